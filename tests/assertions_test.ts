import assert from "node:assert/strict";
import type { Claim } from "../lib/shared/types.ts";
import {
  ASSERTION_COLUMNS,
  assertionClaims,
  assertionReportRows,
  assertionRows,
  assertions,
} from "../lib/tables/assertions.ts";
import { findSyndication } from "../lib/tables/syndication.ts";
import { assertionsBySideDate } from "../lib/tables/tabulate.ts";
import { gap } from "../lib/gap/gap.ts";
import { plotAssertions } from "../lib/notebook/assertions_view.ts";
import { article } from "./_assert_fixtures.ts";
import { FIXTURE_PLACES, withMapping } from "./_mapping_fixture.ts";
import {
  ASSERTION_REPORT_COLUMNS,
  assertionReport,
  assertionReportsHtml,
  type Syndication,
} from "../lib/mod.ts";

let _n = 0;
/** A capture claim of the ministry about Lomkivka; the quote is a sentence of our own. */
function claim(over: Partial<Claim> & { article: string }): Claim {
  const quote = over.quote ?? "The ministry said its troops took Lomkivka.";
  const start = over.start ?? 0;
  return {
    claimant: "Russian Defence Ministry",
    side: "russia",
    role: "official",
    place: "Lomkivka",
    area: null,
    claim: "captured",
    status: "russia",
    date: "2025-03-02",
    reported: "2025-03-02",
    quote,
    start,
    end: start + quote.length,
    id: `${over.article}:${start}:${_n++}`,
    ...over,
  };
}

Deno.test("assertions() makes one assertion of the same claim in several articles, with counts", () => {
  const claims = [
    claim({ article: "w1" }),
    claim({ article: "w2", start: 40 }),
    claim({ article: "w3", reported: "2025-03-03", quote: "Moscow claimed Lomkivka on 2 March." }),
    claim({ article: "w1", start: 90, claimant: "Ukrainian military", side: "ukraine" }),
  ];
  const articles = [
    article("w1", "2025-03-02", ["One"], "Wire"),
    article("w2", "2025-03-02", ["Two"], "Wire"),
    article("w3", "2025-03-03", ["Three"], null),
  ];
  const list = assertions(claims, { articles });
  assert.equal(list.length, 2);
  const ru = list.find((a) => a.side === "russia")!;
  assert.equal(ru.reports, 3);
  assert.equal(ru.outlets, 2, "Wire, and w3 without an outlet counts as its own");
  assert.equal(ru.independent, 3, "no syndication given: every article is its own story");
  assert.equal(ru.date, "2025-03-02");
  assert.equal(ru.first_reported, "2025-03-02");
  assert.equal(ru.last_reported, "2025-03-03");
  assert.deepEqual(ru.reportList.map((r) => r.article), ["w1", "w2", "w3"]);
  assert.deepEqual(ru.reportList.map((r) => r.outlet), ["Wire", "Wire", null]);
  assert.equal(list.find((a) => a.side === "ukraine")!.reports, 1);
  // The reports are listed by day reported, then article, whatever the order of the claims.
  const reversed = assertions([...claims].reverse(), { articles });
  assert.deepEqual(
    reversed.find((a) => a.side === "russia")!.reportList.map((r) => r.article),
    ["w1", "w2", "w3"],
  );
  // Without articles every article counts as its own outlet.
  assert.equal(assertions(claims).find((a) => a.side === "russia")!.outlets, 3);
});

Deno.test("assertions() counts a syndicated copy once among independent reports", () => {
  const story = [
    "The river ferry at Lomkivka resumed crossings on a cold grey morning after repairs.",
    "Engineers replaced two rusted hinges on the loading ramp and tested the winch for an hour.",
    "The harbour master said twelve trucks and forty cars crossed before noon without delay.",
  ];
  const articles = [
    article("s1", "2025-03-02", ["Ferry back", ...story], "Wire"),
    article("s2", "2025-03-02", ["Ferry crossing reopens", ...story], "Site"),
    article(
      "s3",
      "2025-03-02",
      ["Other news", "A bakery doubled its bread output today."],
      "Paper",
    ),
  ];
  const syndication = findSyndication(articles);
  assert.equal(syndication.originalOf.get("s2"), "s1");
  const claims = ["s1", "s2", "s3"].map((a) => claim({ article: a }));
  const [a] = assertions(claims, { articles, syndication });
  assert.equal(a.reports, 3);
  assert.equal(a.outlets, 3);
  assert.equal(a.independent, 2);
  assert.deepEqual(a.reportList.map((r) => r.story), ["s1", "s1", "s3"]);
});

Deno.test("assertions() joins a next-day report without a day of its own to the day before", () => {
  const sunday = claim({
    article: "d1",
    quote: "The ministry said on Sunday its troops took Lomkivka.",
  });
  // Monday's article refers back: no day in its sentence, so the claim is dated Monday.
  const monday = claim({
    article: "d2",
    date: "2025-03-03",
    reported: "2025-03-03",
    quote: "The ministry's claim that its troops took Lomkivka was disputed.",
  });
  const list = assertions([monday, sunday]);
  assert.equal(list.length, 1);
  assert.equal(list[0].date, "2025-03-02");
  assert.equal(list[0].reports, 2);
  assert.equal(list[0].first_reported, "2025-03-02");
  assert.equal(list[0].last_reported, "2025-03-03");
  assert.deepEqual(list[0].reportList.map((r) => r.date), ["2025-03-02", "2025-03-03"]);
  // The rule can be switched off.
  assert.equal(assertions([monday, sunday], { joinNextDay: false }).length, 2);
});

Deno.test("assertions() keeps apart a next-day claim with its own day, another status, or two days later", () => {
  const sunday = claim({ article: "d1" });
  const ownDay = claim({
    article: "d2",
    date: "2025-03-03",
    reported: "2025-03-03",
    quote: "On Monday the ministry said its troops took Lomkivka.",
  });
  const partial = claim({
    article: "d3",
    date: "2025-03-03",
    reported: "2025-03-03",
    status: "contested",
    area: "east",
  });
  assert.equal(assertions([sunday, ownDay]).length, 2);
  assert.equal(assertions([sunday, partial]).length, 2);
  // Monday joins Sunday; Tuesday does not chain on through Monday.
  const monday = claim({ article: "d4", date: "2025-03-03", reported: "2025-03-03" });
  const tuesday = claim({ article: "d5", date: "2025-03-04", reported: "2025-03-04" });
  const list = assertions([sunday, monday, tuesday]);
  assert.deepEqual(list.map((a) => [a.date, a.reports]), [["2025-03-02", 2], ["2025-03-04", 1]]);
  // A report dated back (its date is not its publication day) never moves.
  const late = claim({ article: "d6", date: "2025-03-03", reported: "2025-03-05" });
  assert.equal(assertions([sunday, late]).length, 2);
});

Deno.test("assertions() groups undated claims by claim and publication day", () => {
  const list = assertions([
    claim({ article: "u1", date: null, reported: "2025-03-02" }),
    claim({ article: "u2", date: null, reported: "2025-03-02" }),
    claim({ article: "u3", date: null, reported: "2025-03-05" }),
    claim({ article: "u4", date: null, reported: null }),
  ]);
  assert.deepEqual(list.map((a) => [a.date, a.reports, a.first_reported]), [
    [null, 2, "2025-03-02"],
    [null, 1, "2025-03-05"],
    [null, 1, null],
  ]);
});

Deno.test("assertions() gives the same ids and order whatever the input order", () => {
  const claims = [
    claim({ article: "o1" }),
    claim({ article: "o2", place: "Brovarky" }),
    claim({ article: "o3", date: "2025-03-03", reported: "2025-03-03" }),
    claim({ article: "o4", claim: "denied", status: "ukraine", side: "ukraine" }),
    claim({ article: "o5", date: "2025-03-05", reported: "2025-03-05" }),
  ];
  const first = assertions(claims);
  const ids = first.map((a) => a.assertion);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^a[0-9a-f]{12}$/);
  for (let k = 0; k < 5; k++) {
    const shuffled = [...claims].sort((a, b) =>
      ((a.id! + k) < (b.id! + k) ? 1 : -1) * (k % 2 ? 1 : -1)
    );
    assert.deepEqual(assertions(shuffled), first);
  }
  // The id depends on what is asserted and the day, not on which claims carry it.
  const lomkivka = (l: typeof first) =>
    l.find((a) => a.date === "2025-03-02" && a.place === "Lomkivka" && a.side === "russia")!;
  const fewer = assertions(claims.filter((c) => c.article !== "o3"));
  assert.equal(lomkivka(first).reports, 2);
  assert.equal(lomkivka(fewer).reports, 1);
  assert.equal(lomkivka(fewer).assertion, lomkivka(first).assertion);
});

Deno.test("assertionRows(), assertionReportRows() and assertionClaims() give the export and the gap per assertion", () => {
  const claims = [
    claim({ article: "r1" }),
    claim({ article: "r2" }),
    claim({ article: "r3", place: "Brovarky", side: "ukraine", claimant: "Ukrainian military" }),
  ];
  const list = assertions(claims);
  const rows = assertionRows(list);
  assert.deepEqual(Object.keys(rows[0]), [...ASSERTION_COLUMNS]);
  const links = assertionReportRows(list);
  assert.equal(links.length, 3);
  const byClaim = new Map(claims.map((c) => [c.id, c]));
  for (const l of links) {
    const c = byClaim.get(l.claim as string)!;
    assert.equal(l.article, c.article);
    assert.equal(l.start, c.start);
    assert.equal(l.end, c.end);
  }
  const gapRows = gap(assertionClaims(list));
  assert.deepEqual(gapRows.map((r) => r.id), list.map((a) => a.assertion));
  const table = assertionsBySideDate(list);
  assert.deepEqual(table, [
    { date: "2025-03-02", russia: 1, ukraine: 1, independent: 0, total: 2, reports: 3 },
  ]);
  assert.deepEqual(assertionsBySideDate(list, { sides: ["ukraine"] })[0].reports, 1);
});

Deno.test("assertions() rejects claims without ids, repeated ids and bad dates", () => {
  const c = claim({ article: "e1" });
  assert.throws(() => assertions([{ ...c, id: undefined }]), {
    name: "TypeError",
    message: /claims\[0\]: expected a claim id \(as extractClaims gives\), found undefined/,
  });
  assert.throws(() => assertions([c, c]), {
    name: "TypeError",
    message: /claims\[1\]: id e1:0:\d+ appears twice/,
  });
  assert.throws(() => assertions([{ ...c, date: "3 March" }]), {
    name: "TypeError",
    message: /expected date as an ISO date or null, found "3 March"/,
  });
  assert.throws(() => assertions({} as never), {
    name: "TypeError",
    message: /assertions: claims: expected an array of claims, found an object/,
  });
});

Deno.test("plotAssertions() shows the given places that have dated assertions, and counts the rest and the undated in its subtitle", () => {
  const list = assertions([
    claim({ article: "p1" }),
    claim({ article: "p2", place: "Terny", quote: "The ministry said its troops took Terny." }),
    claim({ article: "p3", date: null, claimant: "Ukrainian military", side: "ukraine" }),
  ]);
  const html = plotAssertions(list, { places: ["Lomkivka", "Nowhere"] });
  assert.match(
    html,
    /1 dated assertion\(s\) about 1 place\(s\); [^;]*; 1 about other places not shown; 1 without a day not shown\./,
  );
  assert.doesNotMatch(html, />Nowhere</);
});

Deno.test("ASSERTION_REPORT_COLUMNS are the link table's columns, and assertionReportRows() gives exactly them", () => {
  assert.deepEqual(ASSERTION_REPORT_COLUMNS, ["assertion", "claim", "article", "start", "end"]);
  const c = claim({ article: "k1", start: 7 });
  const [a] = assertions([c]);
  assert.deepEqual(assertionReportRows([a]), [
    { assertion: a.assertion, claim: c.id, article: "k1", start: 7, end: 7 + c.quote.length },
  ]);
  assert.deepEqual(Object.keys(assertionReportRows([a])[0]), [...ASSERTION_REPORT_COLUMNS]);
});

/** Syndication of our own: `copies` maps a copy to its original. */
function copies(pairs: [string, string][]): Syndication {
  const originalOf = new Map(pairs.flatMap(([c, o]) => [[c, o], [o, o]] as [string, string][]));
  return { rows: [], groups: [], originalOf, candidates: 0 };
}

Deno.test("assertionReport() counts a copy once and gives gap and lag rows per official assertion", async () => {
  const story = [
    "The river ferry at Alfa resumed crossings on a cold grey morning after repairs.",
    "Engineers replaced two rusted hinges on the loading ramp and tested the winch for an hour.",
    "The harbour master said twelve trucks and forty cars crossed before noon without delay.",
  ];
  const articles = [
    article("m1", "2025-01-03", ["Ferry back", ...story], "Wire"),
    article("m2", "2025-01-03", ["Ferry crossing reopens", ...story], "Site"),
  ];
  const on = { date: "2025-01-03", reported: "2025-01-03" };
  const claims = [
    claim({ article: "m1", place: "Alfa", ...on }),
    claim({ article: "m2", place: "Alfa", ...on }),
    claim({ article: "m1", place: "Bravo", start: 50, ...on }),
    claim({ article: "m2", place: "Bravo", role: "blogger", claimant: "A blogger", ...on }),
  ];
  await withMapping((_dir, mapping) => {
    const r = assertionReport({ articles, claims, mapping, places: FIXTURE_PLACES });
    assert.deepEqual(r.syndication.rows.map((x) => [x.article, x.original]), [["m2", "m1"]]);
    assert.deepEqual(
      r.assertions.map((a) => [a.place, a.role, a.reports, a.outlets, a.independent]),
      [["Alfa", "official", 2, 2, 1], ["Bravo", "blogger", 1, 1, 1], [
        "Bravo",
        "official",
        1,
        1,
        1,
      ]],
    );
    const [alfa, , bravo] = r.assertions.map((a) => a.assertion);
    // Alfa was on the map since 01-01 (gap 0, lag -2 at most); Bravo appears on 01-05 (gap 1, lag 2).
    assert.deepEqual(r.gapRows.map((g) => [g.id, g.place, g.assessed_map, g.gap_map]), [
      [alfa, "Alfa", 1, 0],
      [bravo, "Bravo", 0, 1],
    ]);
    assert.deepEqual(r.lagRows.map((l) => [l.id, l.lag_days, l.censored]), [
      [alfa, -2, true],
      [bravo, 2, false],
    ]);
    const both = assertionReport({ articles, claims, mapping, places: FIXTURE_PLACES }, {
      roles: ["official", "blogger"],
    });
    assert.equal(both.gapRows.length, 3);
    assert.equal(both.lagRows.length, 3);
    // Mapping data without places is no mapping data: text-based gap rows, no lags.
    const bare = assertionReport({ articles, claims, mapping, places: [] });
    assert.deepEqual(bare.gapRows.map((g) => [g.place, g.assessed_map]), [
      ["Alfa", null],
      ["Bravo", null],
    ]);
    assert.deepEqual(bare.lagRows, []);
  });
});

Deno.test("assertionReportsHtml() shows an assertion's reports side by side, its copies and hedges, escaped", () => {
  const list = assertions([
    claim({ article: "h1" }),
    claim({ article: "h2", quote: "Moscow said it took Lomkivka.", hedged: true, reported: null }),
  ], {
    articles: [article("h1", "2025-03-02", ["One"], "Wire & <Co>")],
    syndication: copies([["h2", "h1"]]),
  });
  const a = list[0];
  const html = assertionReportsHtml(a);
  assert.equal(
    html.match(/<p style="margin: 4px 0;">(.*?)<\/p>/)?.[1],
    "<b>Russian Defence Ministry</b> (russia, official): captured Lomkivka, status russia, " +
      `day 2025-03-02 · 2 report(s), 2 outlet(s), 1 independent · ${a.assertion}`,
  );
  assert.deepEqual([...html.matchAll(/<div class="cg-meta">(.*?)<\/div>/g)].map((m) => m[1]), [
    "2025-03-02 · <b>Wire &amp; &lt;Co&gt;</b><br>h1",
    "no date · <b>unknown outlet</b><br>h2 · copy of h1 · hedged",
  ]);
  assert.deepEqual([...html.matchAll(/<\/div><div>(.*?)<\/div><\/td>/g)].map((m) => m[1]), [
    'The ministry said its troops <mark class="cg-claim">took</mark> Lomkivka.',
    '<mark class="cg-claimant">Moscow</mark> said it <mark class="cg-claim">took</mark> Lomkivka.',
  ]);
});
