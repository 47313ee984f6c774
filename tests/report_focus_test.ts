/**
 * The `places` parameter as an analyst uses it (issue 13, points 2-4 and 8): names resolved
 * through the gazetteer's variants, one filter for every table and chart of a page, the lag chart
 * and lag table on one selection, the per-place summary and folded tables.
 */
import assert from "node:assert/strict";
import { focusReport, inPlaces, resolvePlaceNames } from "../lib/report/report_focus.ts";
import {
  lagChart,
  lagSummaryTable,
  mapChart,
  mapView,
  prepareReport,
  type ReportData,
  reportStatusHtml,
} from "../lib/report/report_data.ts";
import { placeSummary, placeSummaryHtml } from "../lib/report/report_summary.ts";
import { claimsByPlaceSide } from "../lib/tables/tabulate.ts";
import { summarizeGap } from "../lib/gap/gap.ts";
import type { GapRow, LagRow } from "../lib/gap/gap_types.ts";
import { tableHtml } from "../lib/notebook/display.ts";
import { sampleClaims, sampleGapRows } from "./_charts_fixtures.ts";
import { focusNote, placeAnchor } from "../lib/mod.ts";

function fakeData(over: Partial<ReportData> = {}): ReportData {
  return {
    corpus: "corpus",
    articles: [],
    loadReport: { entries: [] },
    claims: sampleClaims(),
    places: [],
    mapping: null,
    mappingPath: null,
    gapRows: sampleGapRows() as unknown as GapRow[],
    lagRows: [],
    notes: [],
    ...over,
  };
}

Deno.test("resolvePlaceNames() takes a plain string, a comma list or an array, any case, any variant", () => {
  assert.deepEqual(resolvePlaceNames("Pokrovsk"), ["Pokrovsk"]);
  assert.deepEqual(resolvePlaceNames("krasnoarmeysk, MYRNOHRAD"), ["Pokrovsk", "Myrnohrad"]);
  assert.deepEqual(resolvePlaceNames(["Krasnoarmeysk", "pokrovsk"]), ["Pokrovsk"], "once each");
  assert.deepEqual(resolvePlaceNames(["Dimitrov"]), ["Myrnohrad"], "a Soviet-era name");
  for (const all of [undefined, null, "", [], " , "]) assert.deepEqual(resolvePlaceNames(all), []);
  assert.deepEqual(resolvePlaceNames("the farm", { known: ["The Farm"] }), ["The Farm"]);
});

Deno.test("resolvePlaceNames() names unknown places with the nearest known ones; wrong shapes are TypeErrors", () => {
  assert.throws(() => resolvePlaceNames(["Pokrovskk", "Myrnohrad", "Zzzzqqq"]), (e: Error) => {
    assert.ok(e instanceof RangeError);
    assert.match(e.message, /^places: unknown places "Pokrovskk" \(nearest known: Pokrovsk/);
    assert.match(e.message, /"Zzzzqqq"/);
    assert.doesNotMatch(e.message, /"Myrnohrad"/);
    return true;
  });
  assert.throws(() => resolvePlaceNames(42), {
    name: "TypeError",
    message: /places: expected a place name, a comma-separated string or a list of names, found/,
  });
  assert.throws(() => resolvePlaceNames(["Pokrovsk", 3]), { name: "TypeError" });
});

Deno.test("focusReport() narrows claims, gap rows, lag rows and articles; the input is untouched", () => {
  const lagRows = [
    { place: "Pokrovsk", side: "russia" },
    { place: "Kupiansk", side: "russia" },
  ] as unknown as LagRow[];
  const data = fakeData({
    lagRows,
    articles: [{ id: "a1" }, { id: "zz" }] as unknown as ReportData["articles"],
    claims: sampleClaims().map((c) => ({ ...c, article: c.place === "Myrnohrad" ? "a1" : "a2" })),
  });
  const before = JSON.stringify(data);
  const v = focusReport(data, ["Myrnohrad", "Pokrovsk"]);
  assert.equal(JSON.stringify(data), before);
  const places = (rows: { place: string }[]) => [...new Set(rows.map((r) => r.place))].sort();
  assert.deepEqual(places(v.claims), ["Myrnohrad", "Pokrovsk"]);
  assert.deepEqual(places(v.gapRows), ["Myrnohrad", "Pokrovsk"]);
  assert.deepEqual(places(v.lagRows), ["Pokrovsk"]);
  assert.deepEqual(v.articles.map((a) => a.id), ["a1"]);
  assert.deepEqual(v.focus, ["Myrnohrad", "Pokrovsk"]);
  assert.deepEqual(inPlaces(data.claims, []).length, data.claims.length, "empty: all");
});

Deno.test("a narrowed report's count tables, mean gaps, summary and map points cover its places only, and say so", () => {
  const places = [...new Set(sampleClaims().map((c) => c.place))].map((place, i) => ({
    place,
    lat: 48 + i / 10,
    lon: 37,
  })) as unknown as ReportData["places"];
  const data = focusReport(fakeData({ places }), ["Pokrovsk"]);
  assert.deepEqual([...new Set(claimsByPlaceSide(data.claims).map((r) => r.place))], ["Pokrovsk"]);
  assert.deepEqual([...new Set(summarizeGap(data.gapRows).byPlace.map((r) => r.place))], [
    "Pokrovsk",
  ]);
  assert.deepEqual(placeSummary(data).map((r) => r.place), ["Pokrovsk"]);
  assert.deepEqual(mapView(data).points.map((p) => p.place), ["Pokrovsk"]);
  assert.match(reportStatusHtml(data), /Places: Pokrovsk only\. Every count, table and chart/);
  assert.match(reportStatusHtml(fakeData()), /Places: all/);
});

Deno.test("prepareReport({focus}) resolves names like the extractor and narrows everything", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(
      `${dir}/a1.txt`,
      " date 2025-03-04  Test Wire\nThe Russian Defence Ministry said its forces captured Pokrovsk.\n" +
        "The Russian Defence Ministry said its forces captured Kupiansk.\n",
    );
    const all = await prepareReport(dir, { mapping: null });
    assert.ok(all.claims.some((c) => c.place === "Kupiansk"), "the corpus names two places");
    const data = await prepareReport(dir, { mapping: null, focus: "krasnoarmeysk" });
    assert.ok(data.claims.length > 0);
    assert.ok(data.claims.every((c) => c.place === "Pokrovsk"));
    assert.ok(data.gapRows.every((r) => r.place === "Pokrovsk"));
    await assert.rejects(prepareReport(dir, { mapping: null, focus: ["Pokrovskk"] }), {
      name: "RangeError",
      message: /unknown place "Pokrovskk" \(nearest known: Pokrovsk/,
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("lagChart() and lagSummaryTable() count the same claims: a region's capture is in neither", () => {
  const row = (place: string, over: Partial<LagRow>): LagRow => ({
    id: null,
    article: "a",
    claimant: "MoD",
    side: "russia",
    role: "official",
    place,
    claim: "captured",
    status: "russia",
    date: "2025-01-01",
    target: "russia",
    assessed: true,
    confirmed: false,
    confirmed_date: null,
    lag_days: null,
    censored: false,
    note: null,
    ...over,
  });
  const lagRows = [
    row("A", { confirmed: true, confirmed_date: "2025-01-05", lag_days: 4 }),
    row("B", {}),
    row("Donbas", { assessed: false, note: "region: not assessed on the map" }),
    row("C", { assessed: false, note: "place not in the places table" }),
  ];
  const data = fakeData({ lagRows, mapping: {} as ReportData["mapping"] });
  const [ru] = lagSummaryTable(data);
  assert.deepEqual([ru.claims, ru.never_confirmed], [2, 1]);
  const chart = lagChart(data);
  assert.match(chart, new RegExp(`not confirmed: ${ru.never_confirmed} of ${ru.claims} `));
  assert.equal(chart.match(/Chart and table below: capture claims with a date/g)?.length, 1);
});

Deno.test("mapChart() draws only claims up to the map's day and says so", async () => {
  const places = [{ place: "Pokrovsk", lat: 48.28, lon: 37.18 }, {
    place: "Kupiansk",
    lat: 49.7,
    lon: 37.6,
  }] as unknown as ReportData["places"];
  const data = fakeData({ places });
  const v = mapView(data, { day: "2025-11-30" });
  const pok = v.points.find((p) => p.place === "Pokrovsk")!;
  assert.ok(pok.date! <= "2025-11-30", `latest claim drawn is of ${pok.date}`);
  assert.ok(v.later > 0);
  const svg = await mapChart(data, { day: "2025-11-30" });
  assert.match(svg, new RegExp(`Claims up to 2025-11-30 only \\(${v.later} later claim`));
});

Deno.test("placeSummaryHtml() links each place down only where its rows are; tableHtml() anchors and folds", () => {
  const data = fakeData();
  const html = placeSummaryHtml(data, {
    links: [{ label: "gap rows", prefix: "gap-", places: ["Pokrovsk"] }],
  });
  assert.match(html, /<a href="#gap-pokrovsk">gap rows<\/a>/);
  assert.doesNotMatch(html, /#gap-kupiansk/);
  const rows = [{ place: "Pokrovsk", n: 1 }, { place: "Pokrovsk", n: 2 }, { place: "Kupiansk" }];
  const t = tableHtml(rows, { anchor: { column: "place", prefix: "gap-" }, foldAfter: 2 });
  assert.equal(t.match(/id="gap-pokrovsk"/g)?.length, 1, "first row of a place only");
  assert.match(t, /id="gap-kupiansk"/);
  assert.match(
    t,
    /^<details class="cg-fold"><summary>3 rows \(click to unfold\)<\/summary><div class="cg-scroll"[^>]*><table/,
  );
  assert.doesNotMatch(tableHtml(rows, { foldAfter: 3 }), /<details/);
});

Deno.test("focusNote() names the focus places in their order, or says the page covers all places", () => {
  assert.equal(
    focusNote({ focus: ["Terny", "Lomkivka"] }),
    "Places: Terny, Lomkivka only. Every count, table and chart below covers these places alone.",
  );
  assert.equal(
    focusNote({ focus: ["Terny"] }),
    "Places: Terny only. Every count, table and chart below covers these places alone.",
  );
  const all =
    "Places: all (set the places parameter to narrow every table and chart of this page).";
  assert.equal(focusNote({ focus: [] }), all);
  assert.equal(focusNote({}), all, "a report never narrowed has no focus");
});

Deno.test("placeAnchor() gives the prefix and a lower-case ASCII slug, or 'place' when nothing is left", () => {
  assert.equal(placeAnchor("gap-", "Lomkivka"), "gap-lomkivka");
  assert.equal(placeAnchor("lag-", "Velyka Novosilka"), "lag-velyka-novosilka");
  assert.equal(placeAnchor("gap-", "Zolota Balka (Kherson)"), "gap-zolota-balka-kherson");
  assert.equal(placeAnchor("gap-", "Šostka's Ústí"), "gap-sostka-s-usti", "accents dropped");
  assert.equal(placeAnchor("gap-", "Покровськ"), "gap-place", "no ASCII letter left");
  assert.equal(placeAnchor("", "  New York 2  "), "new-york-2");
});
