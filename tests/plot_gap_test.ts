import assert from "node:assert/strict";
import { _episodes } from "../lib/plots/_gap_chart_data.ts";
import { plotGap } from "../lib/plots/plot_gap.ts";
import { mapAssessmentSeries } from "../lib/plots/gap_series.ts";
import { gap } from "../lib/gap/gap.ts";
import { FIXTURE_CLAIMS, FIXTURE_PLACES, withMapping } from "./_mapping_fixture.ts";
import { SIDE_COLORS } from "../lib/plots/_style.ts";
import { _document, _normalize, _serialize, _xml, Plot } from "../lib/shared/_dom.ts";
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

Deno.test("plotGap() draws one panel per place, a dot per day, side and status, a link per assessed dot", () => {
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
  const key = (r: SampleGapRow) => `${r.place}|${r.date}|${r.side}|${r.asserted}`;
  const groups = new Set(official.map(key));
  assert.equal(countMarks(out, "dot"), groups.size + squares.size);
  assert.equal(countMarks(out, "link"), new Set(assessed.map(key)).size);
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

Deno.test("plotGap() draws N same-day claims of one side and status as one bigger dot", () => {
  const base = sampleGapRows()[8]; // a dated official Russian capture claim
  const rows = Array.from({ length: 4 }, (_, i) => ({ ...base, claimant: `C${i}` }));
  const dots = (out: string) =>
    [...parseChart(out).querySelectorAll('g[aria-label="dot"] circle')].filter((e) =>
      (e.getAttribute("fill") ?? e.parentElement?.getAttribute("fill")) === SIDE_COLORS.russia
    );
  const many = dots(plotGap(rows));
  assert.equal(many.length, 1, "four claims, one dot");
  assert.match(plotGap(rows), /<text[^>]*>4<\/text>/, "the dot is labelled with its count");
  assert.match(many[0].querySelector("title")?.textContent ?? "", /^4 claims:/);
  const one = dots(plotGap([base]));
  assert.ok(
    Number(many[0].getAttribute("r")) > Number(one[0].getAttribute("r")),
    `${many[0].getAttribute("r")} > ${one[0].getAttribute("r")}`,
  );
  assert.match(plotGap(rows), /a bigger dot with a number stands for that many claims/);
  assert.equal(countMarks(plotGap(rows), "link"), base.assessed_map ?? base.assessed_text ? 1 : 0);
});

Deno.test("plotGap() draws at most maxPanels panels and names the places left out", () => {
  const base = sampleGapRows()[8];
  const rows = ["Big", "Big", "Big", "Mid", "Mid", "Small", "Tiny"].map((place, i) => ({
    ...base,
    place,
    claimant: `C${i}`,
  }));
  const out = plotGap(rows, { maxPanels: 2 });
  assert.equal(parseChart(out).querySelectorAll("figure > svg").length, 2);
  assert.match(out, /Big: 3 claims/);
  assert.match(out, /Mid: 2 claims/);
  assert.match(out, /2 panels at most: 2 other places not shown: Small, Tiny/);
  assert.equal(parseChart(plotGap(rows)).querySelectorAll("figure > svg").length, 4);
  assert.throws(() => plotGap(rows, { maxPanels: 0 }), {
    name: "RangeError",
    message: /options.maxPanels/,
  });
});

Deno.test("plotGap() escapes hostile place names, titles and legend labels", () => {
  const evil = '<img src=x onerror="alert(1)">';
  const rows = [{ ...sampleGapRows()[8], place: evil, claimant: evil }];
  const out = plotGap(rows, { title: evil, mapLabel: evil });
  assert.doesNotMatch(out, /<img/);
  assert.match(out, /&lt;img src=x/);
});

Deno.test("plotGap() spreads dots of two sides asserting the same status on the same day", () => {
  const base = sampleGapRows()[8];
  const rows = [base, { ...base, side: "ukraine" as const, claimant: "Other" }];
  const xs = [...parseChart(plotGap(rows)).querySelectorAll('g[aria-label="dot"] circle')]
    .filter((e) => (e.getAttribute("fill") ?? "") !== "none")
    .map((e) => Number(e.getAttribute("cx")));
  assert.equal(xs.length, 2, `two dots: ${xs}`);
  assert.ok(Math.abs(xs[0] - xs[1]) >= 9, `9 px apart at least: ${xs}`);
});

Deno.test("_serialize() writes what jsdom's XMLSerializer writes, for charts and odd trees", () => {
  const doc = _document();
  const xmlSerializer = new (doc.defaultView as unknown as typeof globalThis).XMLSerializer();
  const reference = (node: Element) => _normalize(xmlSerializer.serializeToString(node));
  const odd = 'a&b <c> "d"\t\n\r é';
  const chart = Plot.plot({
    document: doc,
    color: { legend: true },
    title: odd,
    marks: [
      Plot.dot([{ x: 1, y: 2, s: odd }, { x: 2, y: 3, s: "x" }], {
        x: "x",
        y: "y",
        fill: "s",
        title: "s",
      }),
    ],
  }) as unknown as Element;
  // HTML and SVG mixed: void and empty XHTML elements, an xmlns attribute set by hand, text in
  // <style>; a comment and a namespaced attribute (XMLSerializer's own path).
  const figure = doc.createElement("figure");
  figure.append(doc.createElement("br"), doc.createElement("div"), doc.createElement("img"));
  const style = doc.createElement("style");
  style.textContent = "a > b { content: '&'; }";
  const svg = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  svg.setAttribute("data-x", odd);
  svg.append(doc.createElementNS("http://www.w3.org/2000/svg", "g"), odd);
  figure.append(style, svg);
  const commented = figure.cloneNode(true) as Element;
  commented.append(doc.createComment("note"));
  const linked = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
  linked.setAttributeNS("http://www.w3.org/1999/xlink", "xlink:href", "#a");
  for (const node of [chart, figure, svg, commented, linked]) {
    assert.equal(_serialize(node), reference(node));
  }
  assert.match(_serialize(figure), /<br \/><div><\/div><img \/>/);
  assert.match(_serialize(figure), /xmlns="http:\/\/www.w3.org\/2000\/svg" xmlns="/);
  // Plot's charts take the fast writer (the speed-up), odd trees fall back to XMLSerializer
  const fast = (node: Element) => _xml(node, null, []);
  assert.deepEqual([chart, commented, linked].map(fast), [true, false, false]);
});

Deno.test("mapAssessmentSeries() gives 1 for a village inside the occupied area, 0 outside, the share for a city", async () => {
  await withMapping((_dir, data) => {
    const rows = gap(FIXTURE_CLAIMS, { mapping: data, places: FIXTURE_PLACES });
    const series = mapAssessmentSeries(rows, data, FIXTURE_PLACES, { padDays: 2 });
    const of = (place: string) =>
      series.filter((p) => p.place === place).map((p) => [p.date, p.value]);
    // Alfa is inside the area from the first file on; days before it have no snapshot: left out
    assert.deepEqual(of("Alfa"), [["2025-01-01", 1], ["2025-01-02", 1], ["2025-01-03", 1], [
      "2025-01-04",
      1,
    ], ["2025-01-05", 1]]);
    // Bravo is Ukrainian (0) until the 01-05 file covers it
    assert.deepEqual(of("Bravo").map(([, v]) => v), [0, 0, 0, 0, 1]);
    // Charlie's 4 km disc is cut in half by the 01-01 edge, whole on 01-05: 01-03..01-07
    assert.deepEqual(of("Charlie"), [["2025-01-03", 0.5], ["2025-01-04", 0.5], ["2025-01-05", 1], [
      "2025-01-06",
      1,
    ], ["2025-01-07", 1]]);
    // no coordinates, no series; other roles' claims set no window
    assert.equal(of("Nowhere").length, 0);
    assert.deepEqual(mapAssessmentSeries(rows, data, FIXTURE_PLACES, { roles: ["mapping"] }), []);
  });
});
