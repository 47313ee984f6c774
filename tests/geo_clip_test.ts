// The hand-written exact shares (the fan cut of a disc, Sutherland–Hodgman for a convex boundary,
// the rings' nesting depths) against polygon-clipping as the reference, on seeded random rings.
import assert from "node:assert/strict";
import pc from "npm:polygon-clipping@0.15.7";
import { _discClip, discShare, polygonShare } from "../lib/gap/geo_share.ts";
import { _area, _project } from "../lib/gap/_geo_clip.ts";
import { _convexCCW, _frame } from "../lib/gap/_geo_convex.ts";
import { _discGon } from "../lib/gap/_geo_disc.ts";
import { _ringDepths } from "../lib/gap/_geo_nest.ts";
import { indexMultiPolygon } from "../lib/gap/geo.ts";
import { KM_PER_DEG, type MultiPolygonCoords } from "../lib/gap/geo_types.ts";

type Pt = [number, number];

/** A seeded generator of numbers in [0, 1) (a linear congruential one: deterministic). */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** A star-shaped (so simple, mostly not convex) ring of `n` vertices, radii from r0 to r1. */
function starRing(rnd: () => number, cx: number, cy: number, n: number, r0: number, r1: number) {
  const out: Pt[] = [];
  for (let i = 0; i < n; i++) {
    const t = (2 * Math.PI * (i + 0.8 * rnd())) / n, r = r0 + (r1 - r0) * rnd();
    out.push([cx + r * Math.cos(t), cy + r * Math.sin(t)]);
  }
  return rnd() < 0.5 ? out : out.reverse(); // either orientation
}

/** Random nested rings: an outer ring, a hole, an island in the hole, and a second outer ring. */
function nestedRings(rnd: () => number): Pt[][] {
  const cx = 36 + 2 * rnd(), cy = 47 + 2 * rnd(), R = 0.05 + 0.3 * rnd();
  const hx = cx + 0.1 * R * (rnd() - 0.5), hy = cy + 0.1 * R * (rnd() - 0.5);
  const n = () => 8 + Math.floor(150 * rnd());
  return [
    starRing(rnd, cx, cy, n(), 0.5 * R, R),
    starRing(rnd, hx, hy, n(), 0.15 * R, 0.35 * R),
    starRing(rnd, hx, hy, n(), 0.03 * R, 0.1 * R),
    starRing(rnd, cx + 2.5 * R, cy, n(), 0.3 * R, R),
  ];
}

/** polygon-clipping's share of `clip` (km pairs in `f`) inside the even-odd region of `rings`. */
function reference(rings: Pt[][], clip: Pt[], f: ReturnType<typeof _frame>): number {
  const whole = rings.map((r) => [_project(new Float64Array([...r, r[0]].flat()), f)]);
  const region = pc.xor(whole[0], ...whole.slice(1));
  return _area(pc.intersection([clip], region)) / _area([[clip]]);
}

function gonPairs(r: number): Pt[] {
  const g = _discGon(r), out: Pt[] = [];
  for (let i = 0; i <= g.length; i += 2) out.push([g[i % g.length], g[(i + 1) % g.length]]);
  return out;
}

Deno.test("discShare()'s hand-written cut equals polygon-clipping's on 600 discs over random nested rings (1e-9)", () => {
  const rnd = rng(2024);
  let cut = 0, worst = 0;
  for (let c = 0; c < 20; c++) {
    const rings = nestedRings(rnd);
    const ix = indexMultiPolygon(rings.map((r) => [r]));
    assert.deepEqual([..._ringDepths(ix)!], [0, 1, 2, 0], "the rings' depths");
    for (let k = 0; k < 30; k++) {
      const [x0, y0] = rings[0][Math.floor(rnd() * rings[0].length)];
      const [x1, y1] = rings[1][Math.floor(rnd() * rings[1].length)];
      const u = rnd(), r = 0.5 + 30 * rnd() * rnd();
      const lon = x0 + u * (x1 - x0), lat = y0 + u * (y1 - y0);
      const want = reference(rings, gonPairs(r), _frame(lon, lat));
      const got = _discClip(ix, lon, lat, r);
      if (want > 1e-6 && want < 1 - 1e-6) cut++;
      worst = Math.max(worst, Math.abs(got - want));
      assert.ok(
        Math.abs(got - want) <= 1e-9,
        `case ${c}, disc ${lon},${lat},${r}: ${got} vs ${want}`,
      );
    }
  }
  assert.ok(cut > 300, `discs the rings cut (${cut} of 600)`);
  assert.ok(worst > 0, "the two computations differ at least by rounding somewhere");
});

Deno.test("polygonShare() of a convex boundary (cut by hand) equals polygon-clipping's on random nested rings (1e-9)", () => {
  const rnd = rng(99);
  for (let c = 0; c < 40; c++) {
    const rings = nestedRings(rnd);
    const [x0, y0] = rings[1][0];
    // A convex boundary: points on an ellipse at increasing angles, either orientation.
    const a = 0.02 + 0.2 * rnd(), b = 0.02 + 0.2 * rnd(), n = 3 + Math.floor(20 * rnd());
    let ring: Pt[] = [];
    for (let i = 0; i < n; i++) {
      const t = (2 * Math.PI * (i + 0.5 * rnd())) / n;
      ring.push([x0 + a * Math.cos(t), y0 + b * Math.sin(t)]);
    }
    if (rnd() < 0.5) ring = ring.reverse();
    const bx = indexMultiPolygon([[ring]]);
    const [lx, ly, hx, hy] = bx.bbox;
    const f = _frame((lx + hx) / 2, (ly + hy) / 2);
    const clip = _project(new Float64Array([...ring, ring[0]].flat()), f);
    assert.ok(_convexCCW(new Float64Array(clip.slice(0, -1).flat())) !== null, "convex: by hand");
    const want = reference(rings, clip, f);
    const got = polygonShare(indexMultiPolygon(rings.map((r) => [r])), [ring]);
    assert.ok(Math.abs(got - want) <= 1e-9, `case ${c}: ${got} vs ${want}`);
  }
});

Deno.test("discShare() of rings that cross or touch falls back to polygon-clipping: the even-odd share", () => {
  const sq = (x: number, y: number, s: number): Pt[] => [[x, y], [x + s, y], [x + s, y + s], [
    x,
    y + s,
  ]];
  // Two squares that overlap (invalid GeoJSON): even-odd leaves the overlap out.
  const crossing = [sq(37, 48, 0.1), sq(37.05, 48.05, 0.1)];
  // A square and a hole touching its side at a vertex.
  const touching = [sq(37, 48, 0.1), [[37, 48.05], [37.05, 48.03], [37.05, 48.07]] as Pt[]];
  for (const rings of [crossing, touching]) {
    const ix = indexMultiPolygon(rings.map((r) => [r]));
    assert.equal(_ringDepths(ix), null, "rings that meet have no depths");
    for (const [lon, lat, r] of [[37.05, 48.05, 3], [37.02, 48.05, 2], [37.1, 48.1, 5]]) {
      const want = reference(rings, gonPairs(r), _frame(lon, lat));
      const got = discShare(ix, lon, lat, r);
      assert.ok(Math.abs(got - want) <= 1e-9, `disc ${lon},${lat},${r}: ${got} vs ${want}`);
    }
  }
  // The overlap is out: a disc inside it is empty, though both squares hold it.
  assert.equal(discShare(indexMultiPolygon(crossing.map((r) => [r])), 37.075, 48.075, 1), 0);
});

Deno.test("discShare() of a disc holding a whole ring counts that ring's area exactly", () => {
  // A 0.01° square island in a 0.04° hole of a big square; the disc (6 km) holds hole and island.
  const big: Pt[] = [[36, 47], [38, 47], [38, 49], [36, 49]];
  const hole: Pt[] = [[36.98, 47.98], [37.02, 47.98], [37.02, 48.02], [36.98, 48.02]];
  const island: Pt[] = [[36.995, 47.995], [37.005, 47.995], [37.005, 48.005], [36.995, 48.005]];
  const km2 = (d: number) => d * KM_PER_DEG * Math.cos((48 * Math.PI) / 180) * d * KM_PER_DEG;
  const gon = _area([[gonPairs(6)]]);
  const s = discShare([[big, hole], [island]] as MultiPolygonCoords, 37, 48, 6);
  assert.ok(Math.abs(s - (1 - (km2(0.04) - km2(0.01)) / gon)) <= 1e-9, `share ${s}`);
});
