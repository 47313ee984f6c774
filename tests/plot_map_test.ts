import assert from "node:assert/strict";
import { _geometry, _rewind, mapPoints, plotMap, readOccupiedArea } from "../lib/plots/plot_map.ts";
import { SIDE_COLORS } from "../lib/plots/_style.ts";
import { assertGolden } from "./_golden.ts";
import { markFills, parseChart, sampleGapRows } from "./_charts_fixtures.ts";

/** A square occupied area (RFC 7946 winding: outer counter-clockwise) with a square hole. */
const OCCUPIED = {
  type: "Feature" as const,
  properties: {},
  geometry: {
    type: "MultiPolygon" as const,
    coordinates: [[
      [[37.0, 48.0], [37.6, 48.0], [37.6, 48.4], [37.0, 48.4], [37.0, 48.0]],
      [[37.1, 48.1], [37.1, 48.2], [37.2, 48.2], [37.2, 48.1], [37.1, 48.1]],
    ]],
  },
};

const COORDS = [
  { place: "Kalynove", lon: 37.5, lat: 48.3 },
  { place: "Novohrodivka", lon: 37.15, lat: 48.15 },
  { place: "Pokrovsk", lon: 36.9, lat: 48.2 },
  { place: "Myrnohrad", lon: 36.95, lat: 48.24 },
];

Deno.test("plotMap() matches the golden figure: places over an occupied area with a hole", async () => {
  const { points } = mapPoints(sampleGapRows(), COORDS);
  await assertGolden("plot_map", plotMap(points, { occupied: OCCUPIED, date: "2025-12-01" }));
});

Deno.test("plotMap() fills only the occupied area (rings rewound for d3), not the whole frame", () => {
  const out = plotMap([{ place: "A", lon: 36.5, lat: 47.9, gap: null }, {
    place: "B",
    lon: 38.1,
    lat: 48.5,
    gap: 0,
  }], { occupied: OCCUPIED });
  const doc = parseChart(out);
  const path = doc.querySelector('g[aria-label="geo"] path');
  assert.ok(path, "the occupied area is drawn");
  const xs = [...path.getAttribute("d")!.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
  const width = Number([...doc.querySelectorAll("figure > svg")].at(-1)!.getAttribute("width"));
  assert.ok(
    Math.max(...xs) - Math.min(...xs) < 0.6 * width,
    `area spans ${Math.min(...xs)}..${Math.max(...xs)}`,
  );
});

Deno.test("_rewind() makes outer rings clockwise and holes counter-clockwise, input untouched", () => {
  const g = _geometry(OCCUPIED);
  const before = JSON.stringify(g);
  const r = _rewind(g);
  const area = (ring: number[][]) =>
    ring.slice(1).reduce((s, p, i) => s + (ring[i][0] * p[1] - p[0] * ring[i][1]), 0);
  assert.ok(area(r.coordinates[0][0]) < 0, "outer ring clockwise");
  assert.ok(area(r.coordinates[0][1]) > 0, "hole counter-clockwise");
  assert.equal(JSON.stringify(g), before);
  assert.deepEqual(_rewind(r), r, "already wound rings stay as they are");
});

Deno.test("plotMap() without mapping data draws places only and says so", () => {
  const out = plotMap([{ place: "A", lon: 37, lat: 48, gap: 1 }]);
  assert.match(out, /no mapping data: places only/);
  assert.equal(parseChart(out).querySelector('g[aria-label="geo"]'), null);
  assert.deepEqual(markFills(out, "dot"), [SIDE_COLORS.russia]);
});

Deno.test("plotMap() colours places by gap bin: blue below, grey around zero, red above", () => {
  const out = plotMap([
    { place: "A", lon: 37, lat: 48, gap: -1 },
    { place: "B", lon: 37.2, lat: 48, gap: 0 },
    { place: "C", lon: 37.4, lat: 48, gap: 1 },
  ]);
  assert.deepEqual(markFills(out, "dot"), [SIDE_COLORS.ukraine, "#e6e6e6", SIDE_COLORS.russia]);
});

Deno.test("plotMap() moves a label that would overlap a neighbour's", () => {
  const out = plotMap([
    { place: "Alpha", lon: 37, lat: 48, gap: 0 },
    { place: "Bravo", lon: 37.001, lat: 48.001, gap: 0 },
  ], { padDegrees: 0.2 });
  const anchors = [...parseChart(out).querySelectorAll('g[aria-label="text"]')].map((g) =>
    g.getAttribute("text-anchor") ?? "start"
  );
  assert.equal(new Set(anchors).size, 2, `labels placed apart: ${anchors}`);
});

Deno.test("mapPoints() takes each place's latest official map gap, lists places without coordinates", () => {
  const rows = sampleGapRows();
  const { points, missing } = mapPoints(rows, COORDS);
  assert.deepEqual(missing, ["Kupiansk"]);
  const pok = points.find((p) => p.place === "Pokrovsk")!;
  const latest = rows.filter((r) =>
    r.place === "Pokrovsk" && r.role === "official" && r.gap_map !== null
  )
    .sort((a, b) => (a.date! < b.date! ? -1 : 1)).at(-1)!;
  assert.equal(pok.date, latest.date);
  assert.equal(pok.gap, latest.gap_map);
  const { points: byName } = mapPoints(rows, [{ name: "Pokrovsk", lon: 1, lat: 2 }]);
  assert.deepEqual(byName.map((p) => [p.place, p.lon]), [["Pokrovsk", 1]]);
});

Deno.test("plotMap() rejects points without coordinates", () => {
  assert.throws(() => plotMap([{ place: "A", lon: NaN, lat: 1, gap: null }]), {
    name: "TypeError",
    message: /points\[0\].lon: expected a finite number, found number NaN/,
  });
  assert.throws(() => plotMap([], { occupied: { type: "Point" } as never }), {
    name: "TypeError",
    message: /expected a Polygon, MultiPolygon, Feature or FeatureCollection, found type "Point"/,
  });
});

Deno.test("readOccupiedArea() picks the latest snapshot on or before the day", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const fc = (x: number) =>
      JSON.stringify({
        type: "FeatureCollection",
        features: [{
          type: "Feature",
          properties: {},
          geometry: { type: "Polygon", coordinates: [[[x, 0], [x + 1, 0], [x, 1], [x, 0]]] },
        }],
      });
    await Deno.writeTextFile(`${dir}/deepstatemap_data_20250101.geojson`, fc(1));
    await Deno.writeTextFile(`${dir}/deepstatemap_data_20250105.geojson`, fc(5));
    await Deno.writeTextFile(`${dir}/LICENSE`, "text");
    assert.equal(await readOccupiedArea(dir, "2024-12-31"), null);
    const a = await readOccupiedArea(dir, "2025-01-04");
    assert.equal(a?.date, "2025-01-01");
    const b = await readOccupiedArea(dir, "2025-02-01");
    assert.equal(b?.date, "2025-01-05");
    assert.equal((b?.geometry as { coordinates: number[][][][] }).coordinates[0][0][0][0], 5);
    await Deno.writeTextFile(
      `${dir}/one.geojson`,
      JSON.stringify({
        type: "FeatureCollection",
        features: [
          {
            type: "Feature",
            properties: { date: "20250102" },
            geometry: { type: "Polygon", coordinates: [[[2, 0], [3, 0], [2, 1], [2, 0]]] },
          },
          {
            type: "Feature",
            properties: { date: "2025-01-09" },
            geometry: { type: "Polygon", coordinates: [[[9, 0], [10, 0], [9, 1], [9, 0]]] },
          },
        ],
      }),
    );
    const c = await readOccupiedArea(`${dir}/one.geojson`, "2025-01-08");
    assert.equal(c?.date, "2025-01-02");
    await Deno.writeTextFile(`${dir}/bad.geojson`, "{nope");
    await assert.rejects(readOccupiedArea(`${dir}/bad.geojson`, "2025-01-08"), {
      name: "SyntaxError",
      message: /bad\.geojson: expected GeoJSON, found invalid JSON/,
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("plotMap() escapes hostile place names", () => {
  const evil = '<img src=x onerror="alert(1)">';
  const out = plotMap([{ place: evil, lon: 37, lat: 48, gap: 0, claimant: evil }], { title: evil });
  assert.doesNotMatch(out, /<img/);
  assert.match(out, /&lt;img src=x/);
});
