import assert from "node:assert/strict";
import { _episodes, plotGap } from "../lib/plot_gap.ts";
import { SIDE_COLORS } from "../lib/_style.ts";
import { assertGolden } from "./_golden.ts";
import {
  countMarks,
  parseChart,
  sampleAssessment,
  type SampleGapRow,
  sampleGapRows,
} from "./_charts_fixtures.ts";

Deno.test("plotGap() matches the golden figure for synthetic gap rows and a daily assessment", async () => {
  await assertGolden("plot_gap", plotGap(sampleGapRows(), { assessment: sampleAssessment() }));
});

Deno.test("plotGap() draws one panel per place, official claims as dots, a link per assessed claim", () => {
  const rows = sampleGapRows();
  const out = plotGap(rows);
  const official = rows.filter((r) => r.role === "official" && r.date !== null);
  const assessed = official.filter((r) => (r.assessed_map ?? r.assessed_text) !== null);
  const doc = parseChart(out);
  const panels = doc.querySelectorAll("figure > svg");
  const places = new Set(official.map((r) => r.place));
  assert.equal(panels.length, places.size);
  const squares = new Set(
    rows.filter((r) => r.date !== null && r.assessed_text !== null).map((r) =>
      `${r.place}|${r.date}|${r.assessed_text}`
    ),
  );
  assert.equal(countMarks(out, "dot"), official.length + squares.size);
  assert.equal(countMarks(out, "link"), assessed.length);
});

Deno.test("plotGap() draws a link from the assertion to the map's status of the day", () => {
  const row: SampleGapRow = {
    ...sampleGapRows()[0],
    place: "Alpha",
    date: "2025-03-01",
    side: "russia",
    asserted: 1,
    assessed_map: 0,
    assessed_text: null,
  };
  const out = plotGap([row]);
  const link = parseChart(out).querySelector('g[aria-label="link"] path');
  assert.ok(link, "a link is drawn");
  const d = link.getAttribute("d")!;
  const [, y1, y2] = /M[\d.]+,([\d.]+)L[\d.]+,([\d.]+)/.exec(d) ?? [];
  assert.ok(Number(y2) > Number(y1) + 50, `link goes down from russia to ukraine: ${d}`);
  assert.equal(
    link.getAttribute("stroke") ?? link.parentElement?.getAttribute("stroke"),
    SIDE_COLORS.russia,
  );
});

Deno.test("plotGap() splits a place whose claims are months apart into episodes", () => {
  assert.deepEqual(_episodes(["2024-09-05", "2025-11-04", "2024-09-07", "2025-12-01"], 60), [
    ["2024-09-05", "2024-09-07"],
    ["2025-11-04", "2025-12-01"],
  ]);
  assert.deepEqual(_episodes(["2024-01-01", "2024-03-01"], 60), [["2024-01-01", "2024-03-01"]]);
  const rows = sampleGapRows().map((r) => ({ ...r, place: "Alpha" }));
  const out = plotGap(rows);
  assert.match(out, /Alpha, 2024-09-07 to 2024-10-02: 2 claims/);
  assert.match(out, /Alpha, 2025-11-04 to 2025-12-27: 10 claims/);
});

Deno.test("plotGap() names the mapping series in the legend and counts undated rows", () => {
  const out = plotGap(sampleGapRows(), { mapLabel: "Map X (share)" });
  assert.match(out, /Map X \(share\)/);
  assert.match(out, /1 undated row not shown/);
});

Deno.test("plotGap() says so when there is nothing to draw", () => {
  const out = plotGap([]);
  assert.match(out, /No dated claims to show/);
});

Deno.test("plotGap() rejects bad rows and options", () => {
  assert.throws(() => plotGap({} as never), {
    name: "TypeError",
    message: /rows: expected an array of gap rows/,
  });
  assert.throws(
    () => plotGap([], { assessment: [{ place: "A", date: "2025-01-01", value: 2 }] }),
    {
      name: "RangeError",
      message: /options.assessment\[0\].value: expected a number from 0 to 1, found 2/,
    },
  );
  assert.throws(() => plotGap([], { roles: ["x" as never] }), {
    name: "TypeError",
    message: /options.roles\[0\]/,
  });
});

Deno.test("plotGap() is byte-for-byte deterministic", () => {
  const a = plotGap(sampleGapRows(), { assessment: sampleAssessment() });
  assert.equal(a, plotGap(sampleGapRows(), { assessment: sampleAssessment() }));
});

Deno.test("plotGap() spreads same-day claims of the same status so none hides another", () => {
  const base = sampleGapRows()[8]; // a dated official Russian capture claim
  const rows = [base, { ...base, claimant: "Other" }, { ...base, claimant: "Third" }];
  const doc = parseChart(plotGap(rows));
  const xs = [...doc.querySelectorAll('g[aria-label="dot"] circle, g[aria-label="dot"] path')]
    .filter((e) =>
      (e.getAttribute("fill") ?? e.parentElement?.getAttribute("fill")) === SIDE_COLORS.russia
    )
    .map((e) =>
      Number(
        e.getAttribute("cx") ?? /translate\(([\d.]+)/.exec(e.getAttribute("transform") ?? "")?.[1],
      )
    );
  assert.equal(xs.length, 3);
  assert.equal(new Set(xs).size, 3, `three distinct positions: ${xs}`);
  assert.ok(Math.max(...xs) - Math.min(...xs) >= 17, `9 px apart: ${xs}`);
});

Deno.test("plotGap() escapes hostile place names, titles and legend labels", () => {
  const evil = '<img src=x onerror="alert(1)">';
  const rows = [{ ...sampleGapRows()[8], place: evil, claimant: evil }];
  const out = plotGap(rows, { title: evil, mapLabel: evil });
  assert.doesNotMatch(out, /<img/);
  assert.match(out, /&lt;img src=x/);
});
