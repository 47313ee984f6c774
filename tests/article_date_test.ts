import assert from "node:assert/strict";
import { _articleDate } from "../lib/load/_article_date.ts";
import { loadArticles, parseArticleFile } from "../lib/mod.ts";

const enc = new TextEncoder();

/** The date read, failing with the problem when there is none. */
function day(value: unknown): string {
  const r = _articleDate(value);
  assert.ok(r.date !== null, `${JSON.stringify(value)}: ${"problem" in r ? r.problem : ""}`);
  return r.date;
}

/** The problem, failing when a date was read. */
function problem(value: unknown): string {
  const r = _articleDate(value);
  assert.ok(r.date === null, `${JSON.stringify(value)} read as ${r.date}`);
  return r.problem;
}

Deno.test("_articleDate() reads ISO days and timestamps as the day written, whatever the offset", () => {
  assert.equal(day("2025-03-12"), "2025-03-12");
  assert.equal(day(" 2025-3-2 "), "2025-03-02");
  assert.equal(day("2025-03-12T10:00:00Z"), "2025-03-12");
  assert.equal(day("2025-03-12T10:00:00.123+02:00"), "2025-03-12");
  // 13 March in UTC, but the source dated it the 12th in its own offset: the 12th.
  assert.equal(day("2025-03-12T23:30:00-05:00"), "2025-03-12");
  assert.equal(day("2025-03-13T00:30:00+0300"), "2025-03-13");
  assert.equal(day("2025-03-12 10:00 UTC"), "2025-03-12");
  assert.equal(day("20250312"), "2025-03-12");
});

Deno.test("_articleDate() reads RSS (RFC 2822) dates, with or without the weekday and zone", () => {
  assert.equal(day("Wed, 12 Mar 2025 10:00:00 GMT"), "2025-03-12");
  assert.equal(day("Wed, 12 Mar 2025 23:59:59 -0500"), "2025-03-12");
  assert.equal(day("12 Mar 2025 10:00 +0000"), "2025-03-12");
  assert.equal(day("Wed Mar 12 2025 10:00:00 GMT+0000 (Coordinated Universal Time)"), "2025-03-12");
});

Deno.test("_articleDate() reads 'March 12, 2025', 'Mar. 12, 2025' and ordinals, any case", () => {
  assert.equal(day("March 12, 2025"), "2025-03-12");
  assert.equal(day("Mar. 12, 2025"), "2025-03-12");
  assert.equal(day("mar 12 2025"), "2025-03-12");
  assert.equal(day("Sept. 3, 2025"), "2025-09-03");
  assert.equal(day("Wednesday, March 12th, 2025 at 10:00 p.m. EST"), "2025-03-12");
});

Deno.test("_articleDate() reads '12 March 2025' and '12th Mar. 2025'", () => {
  assert.equal(day("12 March 2025"), "2025-03-12");
  assert.equal(day("12th Mar. 2025"), "2025-03-12");
  assert.equal(day("1 JUNE 2024"), "2024-06-01");
});

Deno.test("_articleDate() reads 12.03.2025 as day.month.year and 2025/03/12 as year/month/day", () => {
  assert.equal(day("12.03.2025"), "2025-03-12");
  assert.equal(day("02.11.2025 14:05"), "2025-11-02");
  assert.equal(day("2025/03/12"), "2025-03-12");
  assert.equal(day("2025.03.12"), "2025-03-12");
});

Deno.test("_articleDate() reads a/b/yyyy when only one order is a real day", () => {
  assert.equal(day("13/03/2025"), "2025-03-13"); // 13 can only be the day
  assert.equal(day("03/13/2025"), "2025-03-13");
  assert.equal(day("31-12-2025"), "2025-12-31");
  assert.equal(day("03/03/2025"), "2025-03-03"); // the same day either way
});

Deno.test("_articleDate() reads epoch seconds and milliseconds (numbers or digit strings) as UTC days", () => {
  assert.equal(day(1741773600), "2025-03-12"); // 2025-03-12T10:00:00Z
  assert.equal(day(1741773600000), "2025-03-12");
  assert.equal(day(1741823999.5), "2025-03-12"); // 23:59:59.5 UTC
  assert.equal(day("1741773600"), "2025-03-12");
  assert.equal(day("1741773600000"), "2025-03-12");
});

Deno.test("_articleDate() reports days that do not exist", () => {
  assert.equal(problem("2025-02-30"), '"2025-02-30" is not a real calendar day');
  assert.equal(problem("30.02.2025"), '"30.02.2025" is not a real calendar day');
  assert.equal(problem("31 April 2025"), '"31 April 2025" is not a real calendar day');
  assert.equal(problem("04/31/2025"), '"04/31/2025" is not a real calendar day');
  assert.match(problem("2025-03-12T25:00:00Z"), /impossible time of day/);
});

Deno.test("_articleDate() reports day/month order it cannot tell, naming both readings", () => {
  assert.equal(
    problem("03/04/2025"),
    '"03/04/2025" is ambiguous: 3 April 2025 (day/month) or March 4, 2025 (month/day)',
  );
  assert.match(problem("05-06-2025"), /ambiguous: 5 June 2025 .* or May 6, 2025/);
});

Deno.test("_articleDate() reports two-digit years, placeholder epochs and unreadable values", () => {
  assert.equal(problem("12.03.25"), '"12.03.25" has a two-digit year (expected four)');
  assert.match(problem("Wed, 12 Mar 25 10:00:00 GMT"), /two-digit year/);
  assert.match(problem(0), /^epoch 0 is out of range/);
  assert.match(problem(2025), /^epoch 2025 is out of range/);
  assert.match(problem(-1741773600), /out of range/);
  assert.match(problem(1e17), /out of range/);
  assert.match(problem("someday"), /^expected a date \(2025-03-12, .*\), found "someday"$/);
  assert.match(problem("Published 12 March 2025"), /^expected a date/);
  assert.match(problem("12 Marchember 2025"), /^expected a date/);
  assert.equal(problem(true), "expected a date string or epoch number, found boolean true");
  assert.match(problem({}), /found an object/);
});

Deno.test("_articleDate() keeps the date as written when its weekday contradicts it, with a note", () => {
  const r = _articleDate("Thu, 12 Mar 2025 10:00:00 GMT");
  assert.equal(r.date, "2025-03-12");
  assert.ok("note" in r);
  assert.equal(
    r.note,
    '"Thu, 12 Mar 2025 10:00:00 GMT" names a Thursday, but 2025-03-12 is a Wednesday: ' +
      "the date as written is kept",
  );
  assert.equal("note" in _articleDate("Wed, 12 Mar 2025 10:00:00 GMT"), false);
});

// --- in the loader ---------------------------------------------------------------------------

function parse(content: string, name: string) {
  return parseArticleFile(enc.encode(content), name);
}

Deno.test("parseArticleFile() reads scraper dates of JSONL records and reports bad ones by line", () => {
  const lines = [
    { id: "a", text: "The ferry left.", date: "Wed, 12 Mar 2025 10:00:00 GMT" },
    { id: "b", text: "The ferry left.", date: 1741773600 },
    { id: "c", text: "The ferry left.", published: "12.03.2025" },
    { id: "d", text: "The ferry left.", date: "03/04/2025" },
  ].map((r) => JSON.stringify(r)).join("\n");
  const { articles, entry } = parse(lines, "feed.jsonl");
  assert.deepEqual(articles.map((a) => a.date), ["2025-03-12", "2025-03-12", "2025-03-12", null]);
  assert.equal(entry.action, "repaired");
  assert.equal(entry.file, "feed.jsonl");
  assert.equal(entry.line, 4);
  assert.deepEqual(entry.notes, [
    'line 4: bad date ("03/04/2025" is ambiguous: 3 April 2025 (day/month) or March 4, 2025 ' +
    "(month/day)); date left null",
  ]);
});

Deno.test("parseArticleFile() reads a JSON record's 'March 12, 2025' and notes a wrong weekday", () => {
  const recs = [
    { id: "a", text: "The ferry left.", date: "March 12, 2025" },
    { id: "b", text: "The ferry left.", date: "Thu, 12 Mar 2025 10:00:00 GMT" },
  ];
  const { articles, entry } = parse(JSON.stringify(recs), "dump.json");
  assert.deepEqual(articles.map((a) => a.date), ["2025-03-12", "2025-03-12"]);
  assert.equal(entry.action, "read");
  assert.match(entry.notes.join("\n"), /^record 2: date: "Thu, 12 Mar 2025.*names a Thursday/m);
});

Deno.test("parseArticleFile() reads an HTML page's RSS-form date and reports an impossible one", () => {
  const page = (d: string) =>
    `<html><head><meta property="article:published_time" content="${d}"></head>` +
    "<body><article><p>The ferry left on time this morning.</p></article></body></html>";
  assert.equal(
    parse(page("Wed, 12 Mar 2025 10:00:00 GMT"), "p.html").articles[0].date,
    "2025-03-12",
  );
  assert.equal(parse(page("2025/03/12"), "p.html").articles[0].date, "2025-03-12");
  const bad = parse(page("2025-02-30T10:00:00Z"), "p.html");
  assert.equal(bad.articles[0].date, null);
  assert.equal(bad.entry.action, "repaired");
  assert.match(
    bad.entry.notes[0],
    /^bad date in <meta property="article:published_time"> \("2025-02-30T10:00:00Z" is not a real calendar day\); date left null$/,
  );
});

Deno.test("parseArticleFile() reads '12 March 2025' in Markdown front matter and a dotted header date", () => {
  const md = parse("---\ntitle: Ferry\ndate: 12 March 2025\n---\n\nThe ferry left.\n", "f.md");
  assert.equal(md.articles[0].date, "2025-03-12");
  const txt = parse(" date 12.03.2025  Lake Post\n\nThe ferry left.\n", "t.txt");
  assert.deepEqual([txt.articles[0].date, txt.articles[0].outlet], ["2025-03-12", "Lake Post"]);
  const bad = parse("---\ntitle: Ferry\ndate: 03/04/2025\n---\n\nThe ferry left.\n", "g.md");
  assert.equal(bad.entry.line, 3);
  assert.match(bad.entry.notes[0], /^line 3: bad date in front matter \(".*" is ambiguous/);
});

Deno.test("loadArticles() applies sidecar dates in scraper forms and reports bad ones by CSV line", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/a.txt`, "The ferry left.");
    await Deno.writeTextFile(`${dir}/b.txt`, "The bus left.");
    await Deno.writeTextFile(
      `${dir}/articles.csv`,
      'id,date\na,"Mar. 12, 2025"\nb,12/04/2025\n',
    );
    const r = await loadArticles(dir);
    assert.deepEqual(r.articles.map((a) => [a.id, a.date]), [["a", "2025-03-12"], ["b", null]]);
    const side = r.report.entries.find((e) => e.file.endsWith("articles.csv"))!;
    assert.equal(side.action, "repaired");
    assert.equal(side.line, 3);
    assert.match(side.notes.join("\n"), /line 3: bad date for "b" \("12\/04\/2025" is ambiguous/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
