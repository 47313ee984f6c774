import assert from "node:assert/strict";
import {
  gapAssessment,
  gapChart,
  gapTable,
  lagChart,
  mapChart,
  mapDay,
  prepareReport,
  type ReportData,
  reportStatusHtml,
} from "../lib/report/report_data.ts";
import { assessPlace } from "../lib/gap/assess.ts";
import { type GapRow } from "../lib/gap/gap_types.ts";
import type { Claim } from "../lib/shared/types.ts";
import { parseChart, sampleClaims, sampleGapRows } from "./_charts_fixtures.ts";
import { FIXTURE_CLAIMS, FIXTURE_PLACES, withMapping } from "./_mapping_fixture.ts";
import { gap as gapRowsOf } from "../lib/gap/gap.ts";
import { testOrSkip } from "./_skip.ts";

const REFERENCE = new URL("../../shared/reference/deepstate/", import.meta.url);
const SAMPLE = new URL("../data/articles/", import.meta.url);
const hasReference = (() => {
  try {
    return Deno.statSync(REFERENCE).isDirectory;
  } catch {
    return false;
  }
})();

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

Deno.test("prepareReport() without the mapping folder says so and leaves map columns empty", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(
      `${dir}/a1.txt`,
      " date 2025-03-04  Test Wire\nThe Russian Defence Ministry said its forces captured Pokrovsk.\n",
    );
    const data = await prepareReport(dir, { mapping: `${dir}/no-such-folder` });
    assert.equal(data.mapping, null);
    assert.ok(
      data.notes.some((n) => /^mapping data not found at .*no-such-folder$/.test(n)),
    );
    assert.ok(data.gapRows.every((r) => r.assessed_map === null && r.map_share === null));
    assert.deepEqual(data.lagRows, []);
    assert.match(
      reportStatusHtml(data),
      /No mapping data<\/strong>: the gap below is text-based only/,
    );
    assert.match(lagChart(data), /No mapping data: confirmation lags need the daily map series/);
    assert.match(gapChart(data), /no mapping data/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("prepareReport() rejects a bad corpus argument and bad options", async () => {
  await assert.rejects(prepareReport("" as string), {
    name: "TypeError",
    message: /corpus: expected a folder or file path/,
  });
  await assert.rejects(prepareReport("x", { windowDays: -1 }), {
    name: "RangeError",
    message: /options.windowDays/,
  });
});

Deno.test("reportStatusHtml() escapes paths and notes", () => {
  const html = reportStatusHtml(fakeData({ corpus: "<b>x</b>", notes: ["a & b"] }));
  assert.match(html, /&lt;b&gt;x&lt;\/b&gt;/);
  assert.match(html, /a &amp; b/);
  assert.doesNotMatch(html, /<b>x/);
});

Deno.test("gapTable() keeps the issue's columns, rounds numbers, sorts by place then day", () => {
  const rows = [
    { ...sampleGapRows()[5], place: "Bravo", date: "2025-01-02", map_share: 0.123456 },
    { ...sampleGapRows()[5], place: "Alpha", date: null },
    { ...sampleGapRows()[5], place: "Alpha", date: "2025-01-01" },
  ] as unknown as GapRow[];
  const t = gapTable(rows);
  assert.deepEqual(t.map((r) => [r.place, r.date]), [["Alpha", "2025-01-01"], ["Alpha", null], [
    "Bravo",
    "2025-01-02",
  ]]);
  assert.equal(t[2].map_share, 0.12);
  assert.deepEqual(Object.keys(t[0]).slice(-2), ["lag_days", "note"]);
  const quoted = gapTable(rows.map((r) => ({ ...r, id: "c1" })), {
    claims: [{ id: "c1", quote: "Forces took Alpha." }] as unknown as Claim[],
  });
  assert.equal(quoted[0].quote, "Forces took Alpha.", "the claim's quote beside its gap");
  assert.equal(gapTable(rows, { places: ["Bravo"] }).length, 1);
  assert.equal(gapTable(rows, { places: [] }).length, 3, "an empty focus list means all places");
});

Deno.test("mapDay() uses the given day, else the latest claim day; null without mapping data", () => {
  assert.equal(mapDay(fakeData()), null);
  assert.equal(mapDay(fakeData(), "2025-01-02"), "2025-01-02");
  assert.throws(() => mapDay(fakeData(), "2025-02-30"), { name: "RangeError" });
  const withMap = fakeData({
    mapping: { dates: ["2020-01-01"] } as unknown as ReportData["mapping"],
  });
  assert.equal(mapDay(withMap), "2025-12-27");
});

testOrSkip({
  name:
    "prepareReport() on the sample corpus: Pokrovsk capture claims get the map's share of their day, Kalynove's lag is -10 days (DeepState 10 days before the claim)",
  shared: true,
  skip: hasReference ? null : "../shared/reference/deepstate is absent",
  fn: async () => {
    const data = await prepareReport(SAMPLE.pathname, { mapping: REFERENCE.pathname });
    assert.ok(data.mapping && data.mapping.snapshots.length > 700);
    const pokrovsk = data.gapRows.filter((r) =>
      r.place === "Pokrovsk" && r.side === "russia" && r.claim === "captured" &&
      r.date !== null && r.date >= "2025-10-01" && r.date <= "2025-12-31"
    );
    assert.ok(pokrovsk.length >= 1, "a dated Russian capture claim of Pokrovsk in late 2025");
    const info = data.places.find((p) => p.name === "Pokrovsk")!;
    for (const r of pokrovsk) {
      assert.equal(r.asserted, 1);
      // the share is the map's on the claim's day (exact values: gap_test.ts pins 0.563)
      assert.equal(r.map_share, assessPlace(data.mapping, info, r.date!)!.share, r.date!);
      assert.equal(r.gap_map, r.asserted - r.assessed_map!);
    }
    const kalynove = data.lagRows.find((r) => r.place === "Kalynove" && r.date === "2024-09-07");
    assert.ok(kalynove, "the Kalynove capture claim of 2024-09-07 has a lag row");
    assert.equal(kalynove.confirmed, true);
    assert.equal(kalynove.lag_days, -10, "DeepState shows Kalynove occupied 10 days before");
    const gapRow = data.gapRows.find((r) => r.place === "Kalynove" && r.claim === "captured");
    assert.equal(gapRow?.lag_days, kalynove.lag_days, "gap.csv carries the same lag");
  },
});

Deno.test("mapChart() draws the occupied area of the day and notes the places not on the map", async () => {
  await withMapping(async (dir, mapping) => {
    const gapRows = gapRowsOf(FIXTURE_CLAIMS, { mapping, places: FIXTURE_PLACES });
    const data = fakeData({ places: FIXTURE_PLACES, mapping, mappingPath: dir, gapRows });
    const out = await mapChart(data);
    const doc = parseChart(out.slice(0, out.indexOf("</figure>") + 9));
    const occupied = 'g[aria-label="geo"][aria-description="occupied area"]';
    assert.ok(doc.querySelector(`${occupied} path`), "the occupied area is drawn");
    assert.match(out, /2025-01-05/, "the area of the latest claim day");
    const labels = [...doc.querySelectorAll("text")].map((t) => t.textContent);
    for (const p of ["Alfa", "Bravo", "Charlie"]) assert.ok(labels.includes(p), `${p}: ${labels}`);
    assert.match(
      out,
      /<p class="claimgap-note"[^>]*>Not on the map \(no coordinates in the places table\): Nowhere\.<\/p>$/,
    );
    // without mapping data: places only, no area, the same note
    const bare = await mapChart(fakeData({ places: FIXTURE_PLACES, gapRows }));
    assert.equal(
      parseChart(bare.slice(0, bare.indexOf("</figure>") + 9)).querySelector(occupied),
      null,
    );
    assert.match(bare, /Not on the map \(no coordinates in the places table\): Nowhere\./);
  });
});

Deno.test("gapAssessment() is the daily map series of the gap rows, undefined without mapping data", async () => {
  assert.equal(gapAssessment(fakeData()), undefined);
  await withMapping((dir, mapping) => {
    const gapRows = gapRowsOf(FIXTURE_CLAIMS, { mapping, places: FIXTURE_PLACES });
    const series = gapAssessment(
      fakeData({ places: FIXTURE_PLACES, mapping, mappingPath: dir, gapRows }),
    )!;
    const alfa = series.filter((p) => p.place === "Alfa");
    // the 14-day pad around 01-03, cut to days with a snapshot at most 7 days old: 01-01..01-12
    assert.deepEqual([alfa[0].date, alfa.at(-1)!.date, alfa.length], [
      "2025-01-01",
      "2025-01-12",
      12,
    ]);
    assert.ok(series.filter((p) => p.place === "Alfa").every((p) => p.value === 1));
    assert.equal(series.find((p) => p.place === "Bravo" && p.date === "2025-01-03")?.value, 0);
  });
});
