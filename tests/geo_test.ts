import assert from "node:assert/strict";
import pc from "npm:polygon-clipping@0.15.7";
import { _discClip, discShare, polygonShare } from "../lib/gap/geo_share.ts";
import { _area, _project } from "../lib/gap/_geo_clip.ts";
import { _frame } from "../lib/gap/_geo_convex.ts";
import {
  distanceToEdgeKm,
  haversineKm,
  indexMultiPolygon,
  pointInPolygon,
} from "../lib/gap/geo.ts";
import { DISC_VERTICES, KM_PER_DEG, type MultiPolygonCoords } from "../lib/gap/geo_types.ts";

/** Axis-aligned rectangle ring, counter-clockwise, closed. */
function rect(x0: number, y0: number, x1: number, y1: number): number[][] {
  return [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
}

// A 1°×1° square with a 0.4° hole, plus a second square to the east, plus an island in the hole.
const WITH_HOLE: MultiPolygonCoords = [
  [rect(37, 48, 38, 49), rect(37.3, 48.3, 37.7, 48.7)],
  [rect(39, 48, 39.5, 48.5)],
  [rect(37.45, 48.45, 37.55, 48.55)],
];

Deno.test("pointInPolygon() is true inside the outer ring and false inside a hole", () => {
  const ix = indexMultiPolygon(WITH_HOLE);
  assert.equal(pointInPolygon(ix, 37.1, 48.1), true);
  assert.equal(pointInPolygon(ix, 37.35, 48.5), false);
  assert.equal(pointInPolygon(ix, 36.9, 48.5), false);
  assert.equal(pointInPolygon(ix, 38.5, 48.2), false);
});

Deno.test("pointInPolygon() finds points in the second polygon and in an island inside a hole", () => {
  const ix = indexMultiPolygon(WITH_HOLE);
  assert.equal(pointInPolygon(ix, 39.25, 48.25), true);
  assert.equal(pointInPolygon(ix, 37.5, 48.5), true);
});

Deno.test("pointInPolygon() counts points on an edge or vertex (outer ring and hole) as inside", () => {
  const ix = indexMultiPolygon(WITH_HOLE);
  assert.equal(pointInPolygon(ix, 37.5, 48), true); // bottom edge
  assert.equal(pointInPolygon(ix, 38, 48.7), true); // right edge
  assert.equal(pointInPolygon(ix, 37, 49), true); // vertex
  assert.equal(pointInPolygon(ix, 37.3, 48.5), true); // hole edge
  assert.equal(pointInPolygon(ix, 38 + 1e-6, 48.7), false); // just outside
});

Deno.test("pointInPolygon() ignores ring orientation and accepts Polygon coordinates", () => {
  const cw = [rect(37, 48, 38, 49).slice().reverse()];
  assert.equal(pointInPolygon(cw, 37.5, 48.5), true);
  assert.equal(pointInPolygon(cw, 38.5, 48.5), false);
  // open ring (no closing vertex)
  assert.equal(pointInPolygon([[[37, 48], [38, 48], [38, 49]]], 37.9, 48.1), true);
  assert.equal(pointInPolygon([[[37, 48], [38, 48], [38, 49]]], 37.1, 48.9), false);
});

/** Reference even-odd test by brute force (no index). */
function bruteInside(rings: number[][][], px: number, py: number): boolean {
  let inside = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i], [xj, yj] = r[j];
      if ((yi > py) !== (yj > py) && px < xi + ((py - yi) * (xj - xi)) / (yj - yi)) {
        inside = !inside;
      }
    }
  }
  return inside;
}

/** A wiggly star-shaped ring with many vertices and a star-shaped hole. */
function star(cx: number, cy: number, n: number, r0: number, r1: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const t = (2 * Math.PI * i) / n;
    const r = i % 2 ? r0 : r1 + 0.05 * Math.sin(7 * t);
    out.push([cx + r * Math.cos(t), cy + r * Math.sin(t)]);
  }
  return out;
}

Deno.test("pointInPolygon() with the grid index agrees with brute force on 5000 points", () => {
  const outer = star(37.5, 48.5, 400, 0.6, 1.0);
  const hole = star(37.5, 48.5, 120, 0.15, 0.3);
  const ix = indexMultiPolygon([[outer, hole]]);
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let ins = 0;
  for (let i = 0; i < 5000; i++) {
    const x = 36.3 + 2.4 * rnd(), y = 47.3 + 2.4 * rnd();
    const want = bruteInside([outer, hole], x, y);
    assert.equal(pointInPolygon(ix, x, y), want, `point ${x},${y}`);
    if (want) ins++;
  }
  assert.ok(ins > 500 && ins < 4500, `a mix of inside and outside points (${ins})`);
});

Deno.test("distanceToEdgeKm() matches brute-force segment distances on the star polygon", () => {
  const outer = star(37.5, 48.5, 400, 0.6, 1.0);
  const ix = indexMultiPolygon([[outer]]);
  let seed = 99;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const k = (6371.0088 * Math.PI) / 180;
  for (let i = 0; i < 300; i++) {
    const x = 35.5 + 4 * rnd(), y = 46.5 + 4 * rnd();
    const kx = k * Math.cos((y * Math.PI) / 180);
    let best = Infinity;
    for (let j = 0; j < outer.length; j++) {
      const [ax, ay] = outer[j], [bx, by] = outer[(j + 1) % outer.length];
      const ux = (ax - x) * kx, uy = (ay - y) * k, vx = (bx - x) * kx, vy = (by - y) * k;
      const dx = vx - ux, dy = vy - uy;
      const t = Math.max(0, Math.min(1, -(ux * dx + uy * dy) / (dx * dx + dy * dy)));
      best = Math.min(best, Math.hypot(ux + t * dx, uy + t * dy));
    }
    assert.ok(Math.abs(distanceToEdgeKm(ix, x, y) - best) < 1e-9, `point ${x},${y}`);
  }
});

Deno.test("distanceToEdgeKm() gives the km to the nearest edge, holes included, within 0.5% of haversine", () => {
  const ix = indexMultiPolygon(WITH_HOLE);
  // 0.1° of longitude west of the east edge at 48.05N; the bottom edge is 0.05° away in latitude.
  const d1 = distanceToEdgeKm(ix, 37.9, 48.05);
  const want1 = Math.min(haversineKm(37.9, 48.05, 38, 48.05), haversineKm(37.9, 48.05, 37.9, 48));
  assert.ok(Math.abs(d1 - want1) / want1 < 0.005, `${d1} vs ${want1}`);
  // Inside the hole, 0.05° from the hole's west edge.
  const d2 = distanceToEdgeKm(ix, 37.35, 48.4);
  const want2 = haversineKm(37.35, 48.4, 37.3, 48.4);
  assert.ok(Math.abs(d2 - want2) / want2 < 0.005, `${d2} vs ${want2}`);
  assert.equal(distanceToEdgeKm(ix, 37.3, 48.4), 0);
  // Far outside: a point 1° south of the square, still found.
  const d3 = distanceToEdgeKm(ix, 37.5, 47);
  assert.ok(Math.abs(d3 - haversineKm(37.5, 47, 37.5, 48)) < 0.5, `${d3}`);
});

Deno.test("haversineKm() gives 111.19 km per degree of latitude", () => {
  assert.ok(Math.abs(haversineKm(37, 48, 37, 49) - 111.195) < 0.01);
  assert.equal(haversineKm(37, 48, 37, 48), 0);
});

// Occupied half-plane: everything west of 37°E (between 40N and 56N).
const HALF: MultiPolygonCoords = [[rect(30, 40, 37, 56)]];

/** Area (km²) of the regular 256-gon that stands for a disc of radius r. */
const gonArea = (r: number) =>
  (DISC_VERTICES / 2) * r * r * Math.sin((2 * Math.PI) / DISC_VERTICES);

Deno.test("discShare() of a disc centred on a straight edge is one half (1e-9: the 256-gon is centrally symmetric)", () => {
  assert.ok(Math.abs(discShare(HALF, 37, 48, 5) - 0.5) <= 1e-9, `${discShare(HALF, 37, 48, 5)}`);
  // A diagonal edge through the centre: a straight line in the km frame too, so one half again.
  const diag: MultiPolygonCoords = [[[[36, 47], [38, 49], [36, 49], [36, 47]]]];
  const s = discShare(diag, 37, 48, 3);
  assert.ok(Math.abs(s - 0.5) <= 1e-9, `share ${s}`);
});

Deno.test("discShare() of a disc cut at half its radius is the circular segment's share within 1e-4 (the 256-gon's area is 99.99% of the circle's)", () => {
  // Centre r/2 east of the edge: the occupied segment is (θ − sin θ)/2π with θ = 2 acos(1/2).
  const r = 4;
  const dLon = (r / 2) / ((6371.0088 * Math.PI) / 180 * Math.cos((48 * Math.PI) / 180));
  const theta = 2 * Math.acos(0.5);
  const want = (theta - Math.sin(theta)) / (2 * Math.PI);
  const s = discShare(indexMultiPolygon(HALF), 37 + dLon, 48, r);
  assert.ok(Math.abs(s - want) <= 1e-4, `share ${s} vs ${want}`);
  const west = discShare(indexMultiPolygon(HALF), 37 - dLon, 48, r);
  assert.ok(Math.abs(west - (1 - want)) <= 1e-4, `share ${west} vs ${1 - want}`);
  assert.ok(Math.abs(s + west - 1) <= 1e-9, "the two sides add up to the whole polygon");
});

Deno.test("discShare() is exactly 0 or 1 when the edge is farther than the radius, and the clip agrees", () => {
  assert.equal(discShare(HALF, 36, 48, 5), 1);
  assert.equal(discShare(HALF, 38, 48, 5), 0);
  assert.equal(discShare(HALF, 36.99, 48, 0), 1);
  // The clipping itself (no fast path): a disc well inside, and one well outside.
  const ix = indexMultiPolygon(HALF);
  assert.ok(Math.abs(_discClip(ix, 36.9, 48, 5) - 1) <= 1e-12);
  assert.equal(_discClip(ix, 37.1, 48, 5), 0);
});

Deno.test("discShare() of a disc around a hole in the occupied area is 1 − hole/disc (1e-9)", () => {
  // A 0.01° square hole centred on the disc's centre, inside a large occupied square.
  const occ: MultiPolygonCoords = [[rect(36, 47, 38, 49), rect(36.995, 47.995, 37.005, 48.005)]];
  const kx = KM_PER_DEG * Math.cos((37 * 0 + 48) * Math.PI / 180);
  const hole = 0.01 * kx * 0.01 * KM_PER_DEG;
  const s = discShare(occ, 37, 48, 2);
  assert.ok(Math.abs(s - (1 - hole / gonArea(2))) <= 1e-9, `share ${s}`);
});

Deno.test("discShare() on rings cut to the disc's box equals polygon-clipping on the whole rings", () => {
  const outer = star(37.5, 48.5, 400, 0.6, 1.0);
  const hole = star(37.5, 48.5, 120, 0.15, 0.3);
  const ix = indexMultiPolygon([[outer, hole]]);
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let cut = 0;
  for (let i = 0; i < 40; i++) {
    const lon = 36.5 + 2 * rnd(), lat = 47.5 + 2 * rnd(), r = 2 + 20 * rnd();
    const f = _frame(lon, lat);
    const disc: [number, number][] = [];
    for (let k = 0; k <= DISC_VERTICES; k++) {
      const t = (2 * Math.PI * (k % DISC_VERTICES)) / DISC_VERTICES;
      disc.push([r * Math.cos(t), r * Math.sin(t)]);
    }
    const whole = [outer, hole].map((
      ring,
    ) => [_project(new Float64Array([...ring, ring[0]].flat()), f)]);
    const want = _area(pc.intersection([disc], pc.xor(whole[0], whole[1]))) / _area([[disc]]);
    const got = _discClip(ix, lon, lat, r);
    if (want > 0 && want < 1) cut++;
    assert.ok(Math.abs(got - want) <= 1e-9, `disc ${lon},${lat},${r}: ${got} vs ${want}`);
  }
  assert.ok(cut > 10, `discs the edge crosses (${cut})`);
});

Deno.test("discShare() rejects a negative radius and a bad (deprecated) sample count", () => {
  assert.throws(() => discShare(HALF, 37, 48, -1), {
    name: "RangeError",
    message: "discShare: radiusKm: expected a number ≥ 0, found -1",
  });
  assert.throws(() => discShare(HALF, 37, 48, 1, { samples: 0 }), {
    name: "RangeError",
    message: "discShare: samples: expected an integer from 1 to 1000000, found 0",
  });
  assert.throws(() => discShare(HALF, 37, 48, 1, { samples: 1.5 }), TypeError);
  assert.equal(discShare(HALF, 37, 48, 5, { samples: 4 }), discShare(HALF, 37, 48, 5));
});

Deno.test("polygonShare() of a square boundary half covered by a rectangle is 0.5 (1e-9); a quarter 0.25; outside 0", () => {
  const square = [rect(37, 48, 37.1, 48.1)];
  const half = polygonShare([[rect(30, 40, 37.05, 56)]], square);
  assert.ok(Math.abs(half - 0.5) <= 1e-9, `share ${half}`);
  const quarter = polygonShare([[rect(37.05, 48.05, 38, 49)]], square);
  assert.ok(Math.abs(quarter - 0.25) <= 1e-9, `share ${quarter}`);
  assert.equal(polygonShare(HALF, [rect(37.5, 47.9, 37.7, 48.1)]), 0);
  assert.ok(Math.abs(polygonShare(HALF, [rect(35, 47.9, 36, 48.1)]) - 1) <= 1e-12);
});

Deno.test("polygonShare() counts an occupied area's hole out and the island in it back (7/12)", () => {
  // Boundary 0.6°×0.6° over WITH_HOLE's 0.4° hole and its 0.1° island: (0.36 − 0.16 + 0.01)/0.36.
  const s = polygonShare(WITH_HOLE, [rect(37.2, 48.2, 37.8, 48.8)]);
  assert.ok(Math.abs(s - 7 / 12) <= 1e-9, `share ${s}`);
});

Deno.test("polygonShare() leaves a boundary's own hole out of its area (1/3)", () => {
  // Boundary 1°×1° with a 0.5° hole (area 0.75); occupied west of 37.25: 0.25 of it.
  const s = polygonShare([[rect(30, 40, 37.25, 56)]], [
    rect(37, 48, 38, 49),
    rect(37.25, 48.25, 37.75, 48.75),
  ]);
  assert.ok(Math.abs(s - 1 / 3) <= 1e-9, `share ${s}`);
});

Deno.test("polygonShare() rejects a boundary with no rings or no area with a RangeError", () => {
  assert.throws(() => polygonShare(HALF, []), {
    name: "RangeError",
    message: "polygonShare: boundary: expected a polygon with area, found no rings",
  });
  assert.throws(() => polygonShare(HALF, [[[37, 48], [37.1, 48.1], [37.2, 48.2], [37, 48]]]), {
    name: "RangeError",
    message: "polygonShare: boundary: expected a polygon with area, found an area of 0 km²",
  });
});

Deno.test("indexMultiPolygon() rejects positions that are not pairs of finite numbers", () => {
  assert.throws(
    () => indexMultiPolygon([[[[37, 48], [38, "x" as unknown as number], [38, 49]]]]),
    { name: "TypeError", message: /expected a \[lon, lat\] position of finite numbers/ },
  );
  assert.throws(() => indexMultiPolygon("nope" as unknown as MultiPolygonCoords), {
    name: "TypeError",
    message:
      'indexMultiPolygon: expected MultiPolygon or Polygon coordinates (arrays), found "nope"',
  });
});

Deno.test("pointInPolygon() and distanceToEdgeKm() on an empty polygon: outside, Infinity", () => {
  assert.equal(pointInPolygon([], 37, 48), false);
  assert.equal(distanceToEdgeKm([], 37, 48), Infinity);
  assert.throws(() => pointInPolygon([], 37, 91), { name: "RangeError", message: /found 91/ });
});

Deno.test("pointInPolygon() agrees with brute force on a lattice hitting edges, vertices and cell centres", () => {
  // Round coordinates: many lattice points lie on edges and vertices, and on the grid's
  // cell-centre lines, which exercises the index's fallbacks.
  const rings = WITH_HOLE.flat() as number[][][];
  const ix = indexMultiPolygon(WITH_HOLE);
  const onEdge = (x: number, y: number) =>
    rings.some((r) =>
      r.some(([x1, y1], i) => {
        const [x2, y2] = r[(i + 1) % r.length];
        const cross = (x - x1) * (y2 - y1) - (y - y1) * (x2 - x1);
        return Math.abs(cross) < 1e-12 && x >= Math.min(x1, x2) - 1e-12 &&
          x <= Math.max(x1, x2) + 1e-12 && y >= Math.min(y1, y2) - 1e-12 &&
          y <= Math.max(y1, y2) + 1e-12;
      })
    );
  let edges = 0;
  for (let i = 0; i <= 140; i++) {
    for (let j = 0; j <= 60; j++) {
      const x = (36900 + i * 25) / 1000, y = (47900 + j * 25) / 1000;
      const e = onEdge(x, y);
      if (e) edges++;
      assert.equal(pointInPolygon(ix, x, y), e || bruteInside(rings, x, y), `point ${x},${y}`);
    }
  }
  assert.ok(edges > 50, `lattice hits edges (${edges})`);
});

Deno.test("indexMultiPolygon() rejects a position that is not an array of two numbers, naming it", () => {
  const ring = (pos: unknown) => [[[[37, 48], pos, [38, 49], [37, 48]]]];
  for (const pos of [{ 0: 37.5, 1: 48 }, ["37.5", 48], [37.5, "48"], [37.5, NaN]]) {
    assert.throws(
      () => indexMultiPolygon(ring(pos) as never),
      { name: "TypeError" },
      JSON.stringify(pos),
    );
  }
});

Deno.test("discShare() and a convex polygonShare() need no permission; without --allow-env a non-convex boundary throws naming it", async () => {
  const root = new URL("../", import.meta.url).pathname;
  const code = `import { discShare, pointInPolygon, polygonShare } from "${root}lib/mod.ts";
const sq = [[[30, 40], [37, 40], [37, 56], [30, 56], [30, 40]]];
const box = [[[36.9, 47.9], [37.1, 47.9], [37.1, 48.1], [36.9, 48.1]]];
const ell = [[[36.9, 47.9], [37.1, 47.9], [37.1, 48], [37, 48], [37, 48.1], [36.9, 48.1]]];
console.log(pointInPolygon(sq, 36, 48), discShare(sq, 36, 48, 5), discShare(sq, 37, 48, 5).toFixed(9));
console.log(polygonShare(sq, box).toFixed(9));
try { polygonShare(sq, ell); } catch (e) { console.log(e.name + ": " + e.message); }`;
  const dir = await Deno.makeTempDir();
  const file = `${dir}/share.ts`;
  await Deno.writeTextFile(file, code);
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--no-prompt", `--config=${root}deno.json`, file],
    cwd: root,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output().finally(() => Deno.remove(dir, { recursive: true }));
  const text = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
  assert.equal(out.code, 0, text);
  assert.equal(
    text.trim(),
    "true 1 0.500000000\n0.500000000\n" +
      "Error: polygonShare: the exact share uses polygon-clipping, which reads the environment " +
      "variables POLYGON_CLIPPING_MAX_QUEUE_SIZE and POLYGON_CLIPPING_MAX_SWEEPLINE_SEGMENTS when " +
      "it loads: run with --allow-env (or --allow-env=POLYGON_CLIPPING_MAX_QUEUE_SIZE," +
      "POLYGON_CLIPPING_MAX_SWEEPLINE_SEGMENTS)",
  );
});
