import assert from "node:assert/strict";
import {
  _extent,
  _geometry,
  _rewind,
  mapPoints,
  plotMap,
  readOccupiedArea,
} from "../lib/plots/plot_map.ts";
import { defaultBasemap, readCities } from "../lib/plots/basemap.ts";
import { placeLabels } from "../lib/plots/map_labels.ts";
import { _textWidth, SIDE_COLORS } from "../lib/plots/_style.ts";
import { assertGolden } from "./_golden.ts";
import { countMarks, markFills, parseChart, sampleGapRows } from "./_charts_fixtures.ts";

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
  const path = doc.querySelector('g[aria-description="occupied area"] path');
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
  assert.equal(parseChart(out).querySelector('g[aria-description="occupied area"]'), null);
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

Deno.test("plotMap() draws regions (oblasts, Donbas) not as points but lists them in the caption", () => {
  const out = plotMap([
    { place: "Donetsk", lon: 37.803, lat: 48.016, gap: 1, kind: "city" },
    { place: "Donetsk Oblast", lon: 37.8, lat: 48.0, gap: 1, kind: "region" },
    { place: "Donbas", lon: 38.3, lat: 48.3, gap: null, kind: "region" },
  ]);
  assert.equal(countMarks(out, "dot"), 1, "only the settlement is a dot");
  assert.match(
    out,
    /region claims \(areas, not drawn as points\): Donbas n\/a, Donetsk Oblast \+1/,
  );
  const labels = [...parseChart(out).querySelectorAll("text")].map((t) => t.textContent);
  assert.ok(!labels.includes("Donetsk Oblast") && labels.includes("Donetsk"), `${labels}`);
});

Deno.test("plotMap() draws land, coast, borders and labelled major cities of the base layer", () => {
  const out = plotMap([{ place: "Pokrovsk", lon: 37.176, lat: 48.282, gap: 0, kind: "city" }], {
    occupied: OCCUPIED,
    padDegrees: 1.2,
  });
  for (const layer of ["land", "coast", "borders", "occupied area", "cities"]) {
    const drawn = parseChart(out).querySelectorAll(`g[aria-description="${layer}"] path`);
    assert.ok(drawn.length > 0, `${layer} drawn`);
  }
  const texts = [...parseChart(out).querySelectorAll("text")].map((t) => t.textContent);
  for (const city of ["Donetsk", "Kramatorsk", "Sloviansk"]) assert.ok(texts.includes(city), city);
  assert.equal(texts.filter((t) => t === "Pokrovsk").length, 1, "a claimed city is labelled once");
  assert.match(out, /base: Natural Earth 1:50m \(world-atlas 2\.0\.2\)/);
});

Deno.test("plotMap() labels the base layer's cities of one rank in name order, whatever the order of its table", () => {
  const city = (name: string) => ({ name, country: "UA", lat: 48.5, lon: 37.5, rank: 2 });
  for (
    const cities of [[city("Betaville"), city("Alphaville")], [
      city("Alphaville"),
      city("Betaville"),
    ]]
  ) {
    const out = plotMap([{ place: "Pokrovsk", lon: 37.176, lat: 48.282, gap: 0, kind: "city" }], {
      basemap: { ...defaultBasemap(), cities },
      padDegrees: 0.5,
    });
    const texts = [...parseChart(out).querySelectorAll("text")].map((t) => t.textContent)
      .filter((t) => t?.endsWith("ville"));
    assert.deepEqual(texts, ["Alphaville", "Betaville"]);
  }
});

Deno.test("defaultBasemap() draws no border across Crimea's isthmus (recognised borders)", () => {
  const { borders, coast, land } = defaultBasemap();
  const inBox = ([lon, lat]: number[]) => lon > 33.2 && lon < 35.2 && lat > 44.3 && lat < 46.3;
  assert.ok(coast.coordinates.flat().some(inBox), "Crimea's coast is drawn");
  assert.ok(land.coordinates.length > 100);
  assert.deepEqual(borders.coordinates.flat().filter(inBox), [], "no border vertex in Crimea");
  assert.ok(
    borders.coordinates.flat().some(([lon, lat]) => lon > 38 && lon < 40.5 && lat > 47 && lat < 50),
    "the Ukraine-Russia border east of Luhansk is drawn",
  );
});

Deno.test("plotMap() fits the front: the occupied area and the places, or the places alone", () => {
  const area = {
    type: "Polygon" as const,
    coordinates: [[[33, 45], [39, 45], [39, 49], [33, 49], [33, 45]]],
  };
  const pts = [{ place: "A", lon: 37.1, lat: 48.2, gap: 0 }, {
    place: "B",
    lon: 37.3,
    lat: 48.3,
    gap: 0,
  }];
  assert.deepEqual(_extent(pts, _geometry(area), 0.1).map((v) => +v.toFixed(2)), [
    32.9,
    44.9,
    39.1,
    49.1,
  ]);
  assert.deepEqual(_extent(pts, null, 0.1).map((v) => +v.toFixed(2)), [37, 48.1, 37.4, 48.4]);
  const dx = (fit: "front" | "places") => {
    const doc = parseChart(plotMap(pts, { occupied: area, fit, basemap: null }));
    const xs = [...doc.querySelectorAll('g[aria-label="dot"] circle')].map((c) =>
      Number(c.getAttribute("cx"))
    );
    return Math.abs(xs[1] - xs[0]);
  };
  assert.ok(dx("places") > 10 * dx("front"), `places apart: ${dx("places")} vs ${dx("front")}`);
});

Deno.test("placeLabels() gives crowded labels free spots, leader lines, or none; never overlapping", () => {
  // A Donetsk-like cluster: 12 points within 20 px, long names, in a 300 x 200 frame.
  const items = Array.from({ length: 12 }, (_v, i) => ({
    text: `Settlement${i} Novosilka`,
    x: 150 + (i % 4) * 6,
    y: 100 + Math.floor(i / 4) * 6,
    r: 5,
  }));
  const spots = placeLabels(items, items.map((p) => ({ x: p.x, y: p.y, r: 5 })), [0, 0, 300, 200]);
  assert.deepEqual(placeLabels(items, items.map((p) => ({ ...p, r: 5 })), [0, 0, 300, 200]), spots);
  const boxes = spots.flatMap((s, i) => {
    if (!s) return [];
    const w = _textWidth(items[i].text, 11);
    const left = s.anchor === "start" ? s.x : s.anchor === "end" ? s.x - w : s.x - w / 2;
    return [[left, s.y - 6.5, left + w, s.y + 6.5]];
  });
  assert.ok(spots.some((s) => s?.leader), "some labels on leader lines");
  assert.ok(spots.some((s) => s === null), "some left out");
  for (const [i, a] of boxes.entries()) {
    assert.ok(a[0] >= 0 && a[2] <= 300 && a[1] >= 0 && a[3] <= 200, `box ${i} inside the frame`);
    for (const b of boxes.slice(i + 1)) {
      assert.ok(!(a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1]), `overlap ${a} ${b}`);
    }
    for (const p of items) {
      assert.ok(
        !(a[0] < p.x + 5 && a[2] > p.x - 5 && a[1] < p.y + 5 && a[3] > p.y - 5),
        "on a dot",
      );
    }
  }
});

Deno.test("plotMap() names the places it could not label in the caption", () => {
  const pts = Array.from({ length: 30 }, (_v, i) => ({
    place: `Place${String(i).padStart(2, "0")}`,
    lon: 37 + (i % 6) * 0.001,
    lat: 48 + Math.floor(i / 6) * 0.001,
    gap: 0,
  }));
  const out = plotMap(pts, { width: 300, basemap: null });
  const m = /not labelled \(no room; hover\): ([^;.]+)/.exec(out);
  assert.ok(m, "caption lists unlabelled places");
  const texts = new Set([...parseChart(out).querySelectorAll("text")].map((t) => t.textContent));
  for (const name of m[1].split(", ")) assert.ok(!texts.has(name), `${name} is not drawn`);
  assert.equal(texts.size >= 1, true);
  assert.equal(m[1].split(", ").length + pts.filter((p) => texts.has(p.place)).length, 30);
});

Deno.test("readCities() names the file and line of a bad row", () => {
  assert.throws(() => readCities("name,country,lat,lon,rank\nKyiv,Ukraine,abc,30.5,1\n", "c.csv"), {
    name: "SyntaxError",
    message: 'c.csv:2: expected a number in "lat", found "abc"',
  });
  assert.throws(() => readCities("name,lat\n", "c.csv"), {
    name: "SyntaxError",
    message: /c\.csv:1: expected a column "country"/,
  });
  assert.equal(readCities("name,country,lat,lon,rank\nKyiv,Ukraine,50.45,30.52,1\n")[0].lat, 50.45);
});
