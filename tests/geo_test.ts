import assert from "node:assert/strict";
import { discShare, polygonShare } from "../lib/gap/geo_share.ts";
import {
  distanceToEdgeKm,
  haversineKm,
  indexMultiPolygon,
  pointInPolygon,
} from "../lib/gap/geo.ts";
import { type MultiPolygonCoords } from "../lib/gap/geo_types.ts";

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

Deno.test("discShare() of a disc centred on a straight edge is one half (±0.02)", () => {
  const s = discShare(HALF, 37, 48, 5);
  assert.ok(Math.abs(s - 0.5) <= 0.02, `share ${s}`);
});

Deno.test("discShare() of a disc cut at half its radius matches the circular segment area", () => {
  // Centre r/2 east of the edge: the occupied segment is (θ − sin θ)/2π with θ = 2 acos(1/2).
  const r = 4;
  const dLon = (r / 2) / ((6371.0088 * Math.PI) / 180 * Math.cos((48 * Math.PI) / 180));
  const theta = 2 * Math.acos(0.5);
  const want = (theta - Math.sin(theta)) / (2 * Math.PI);
  const s = discShare(indexMultiPolygon(HALF), 37 + dLon, 48, r);
  assert.ok(Math.abs(s - want) <= 0.02, `share ${s} vs ${want}`);
  const west = discShare(indexMultiPolygon(HALF), 37 - dLon, 48, r);
  assert.ok(Math.abs(west - (1 - want)) <= 0.02, `share ${west} vs ${1 - want}`);
});

Deno.test("discShare() is exactly 0 or 1 when the edge is farther than the radius", () => {
  assert.equal(discShare(HALF, 36, 48, 5), 1);
  assert.equal(discShare(HALF, 38, 48, 5), 0);
  assert.equal(discShare(HALF, 36.99, 48, 0), 1);
});

Deno.test("discShare() rejects a negative radius and a bad sample count", () => {
  assert.throws(() => discShare(HALF, 37, 48, -1), {
    name: "RangeError",
    message: "discShare: radiusKm: expected a number ≥ 0, found -1",
  });
  assert.throws(() => discShare(HALF, 37, 48, 1, { samples: 0 }), {
    name: "RangeError",
    message: "discShare: samples: expected an integer from 1 to 1000000, found 0",
  });
  assert.throws(() => discShare(HALF, 37, 48, 1, { samples: 1.5 }), TypeError);
});

Deno.test("polygonShare() of a boundary square split by the edge is one half; outside is 0", () => {
  const s = polygonShare(HALF, [rect(36.9, 47.9, 37.1, 48.1)]);
  assert.ok(Math.abs(s - 0.5) <= 0.03, `share ${s}`);
  assert.equal(polygonShare(HALF, [rect(37.5, 47.9, 37.7, 48.1)]), 0);
  // Three quarters of the square lies west of 37.05.
  const q = polygonShare([[rect(30, 40, 37.05, 56)]], [rect(36.9, 47.9, 37.1, 48.1)]);
  assert.ok(Math.abs(q - 0.75) <= 0.03, `share ${q}`);
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
