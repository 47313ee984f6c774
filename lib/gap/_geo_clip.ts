/**
 * Exact occupied area inside a clip polygon (a place's disc or boundary) with polygon-clipping:
 * the index's rings whose box meets the clip's box, each cut to that box (Sutherland–Hodgman),
 * projected to km around the place, intersected with the clip, and combined by xor (even-odd).
 * Takes a {@link PolygonIndex}, a clip polygon in km and its lon/lat box; gives areas in km².
 * @module
 */

// deno-lint-ignore no-import-prefix -- the team pins npm packages with versioned npm: specifiers
import type { MultiPolygon, Pair, Polygon } from "npm:polygon-clipping@0.15.7";
import { KM_PER_DEG, type PolygonIndex } from "./geo_types.ts";

/**
 * polygon-clipping reads these two environment variables when it loads: it is loaded only when
 * the program may read them, so importing the kit needs no permission (no prompt either).
 */
const _ENV_VARS = ["POLYGON_CLIPPING_MAX_QUEUE_SIZE", "POLYGON_CLIPPING_MAX_SWEEPLINE_SEGMENTS"];

function _envGranted(): boolean {
  return _ENV_VARS.every((variable) =>
    Deno.permissions.querySync({ name: "env", variable }).state === "granted"
  );
}

type _Clipper = {
  intersection(a: Polygon | MultiPolygon, ...b: (Polygon | MultiPolygon)[]): MultiPolygon;
  xor(a: Polygon | MultiPolygon, ...b: (Polygon | MultiPolygon)[]): MultiPolygon;
};

const _pc: _Clipper | null = _envGranted()
  ? (await import("npm:polygon-clipping@0.15.7")).default as _Clipper
  : null;

/** polygon-clipping, or an Error naming the permission it needs. */
export function _clipper(fn: string): _Clipper {
  if (_pc === null) {
    throw new Error(
      `${fn}: the exact share uses polygon-clipping, which reads the environment variables ` +
        `${_ENV_VARS.join(" and ")} when it loads: run with --allow-env (or ` +
        `--allow-env=${_ENV_VARS.join(",")})`,
    );
  }
  return _pc;
}

/** A local equirectangular frame: km east and north of (`lon`, `lat`), x scaled by cos(lat). */
export interface _Frame {
  lon: number;
  lat: number;
  kx: number;
  ky: number;
}

export function _frame(lon: number, lat: number): _Frame {
  return { lon, lat, kx: KM_PER_DEG * Math.cos((lat * Math.PI) / 180), ky: KM_PER_DEG };
}

/** A closed packed ring in the frame (positions in km). */
export function _project(ring: Float64Array, f: _Frame): Pair[] {
  const out: Pair[] = [];
  for (let i = 0; i + 1 < ring.length; i += 2) {
    out.push([(ring[i] - f.lon) * f.kx, (ring[i + 1] - f.lat) * f.ky]);
  }
  return out;
}

/**
 * A closed packed ring cut to the box `[x0, x1] × [y0, y1]` (degrees) by Sutherland–Hodgman,
 * in the frame. The part of the ring's inside within the box is kept exactly; where the ring
 * leaves and re-enters the box the result runs along the box's sides (outside any clip polygon
 * that lies strictly within the box). Empty when nothing of the ring is in the box.
 */
export function _trimRing(
  ring: Float64Array,
  box: readonly [number, number, number, number],
  f: _Frame,
): Pair[] {
  let n = ring.length / 2 - 1; // closed: the last position repeats the first
  // Two scratch buffers, swapped after each side; a side adds at most one position per edge.
  let a = new Float64Array(4 * n + 8), b = new Float64Array(4 * n + 8);
  a.set(ring.subarray(0, 2 * n));
  for (let side = 0; side < 4 && n > 0; side++) {
    const ax = side >> 1, lim = box[side === 0 ? 0 : side === 1 ? 2 : side === 2 ? 1 : 3];
    const low = (side & 1) === 0;
    if (b.length < 4 * n + 8) b = new Float64Array(4 * n + 8);
    let m = 0;
    let px = a[2 * n - 2], py = a[2 * n - 1];
    let pin = low ? (ax ? py : px) >= lim : (ax ? py : px) <= lim;
    for (let i = 0; i < n; i++) {
      const qx = a[2 * i], qy = a[2 * i + 1];
      const qin = low ? (ax ? qy : qx) >= lim : (ax ? qy : qx) <= lim;
      if (qin !== pin) {
        if (ax === 0) {
          b[m++] = lim;
          b[m++] = py + ((lim - px) * (qy - py)) / (qx - px);
        } else {
          b[m++] = px + ((lim - py) * (qx - px)) / (qy - py);
          b[m++] = lim;
        }
      }
      if (qin) {
        b[m++] = qx;
        b[m++] = qy;
      }
      px = qx;
      py = qy;
      pin = qin;
    }
    const t = a;
    a = b;
    b = t;
    n = m / 2;
  }
  const out: Pair[] = [];
  for (let i = 0; i < n; i++) out.push([(a[2 * i] - f.lon) * f.kx, (a[2 * i + 1] - f.lat) * f.ky]);
  if (n > 0) out.push([out[0][0], out[0][1]]);
  return out;
}

/** Area (km² in the frame) of polygon-clipping's output: outer rings add, holes subtract. */
export function _area(mp: MultiPolygon): number {
  let total = 0;
  for (const poly of mp) {
    for (let k = 0; k < poly.length; k++) {
      const r = poly[k];
      let s = 0;
      for (let i = 0; i + 1 < r.length; i++) s += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
      total += k === 0 ? Math.abs(s / 2) : -Math.abs(s / 2);
    }
  }
  return total;
}

/**
 * Area (km² in the frame) of the occupied part of `clip`: the even-odd region of the index's
 * rings intersected with `clip`. `box` (degrees) must hold `clip` strictly inside it.
 */
export function _occupiedArea(
  fn: string,
  ix: PolygonIndex,
  clip: Polygon | MultiPolygon,
  box: readonly [number, number, number, number],
  f: _Frame,
): number {
  const pc = _clipper(fn);
  const pieces: MultiPolygon[] = [];
  const rb = ix._ringBox;
  for (let i = 0; i < ix._rings.length; i++) {
    const o = 4 * i;
    if (rb[o] > box[2] || rb[o + 2] < box[0] || rb[o + 1] > box[3] || rb[o + 3] < box[1]) continue;
    const inBox = rb[o] >= box[0] && rb[o + 2] <= box[2] && rb[o + 1] >= box[1] &&
      rb[o + 3] <= box[3];
    const ring = inBox ? _project(ix._rings[i], f) : _trimRing(ix._rings[i], box, f);
    if (ring.length < 4) continue;
    const got = pc.intersection(clip, [ring]);
    if (got.length > 0) pieces.push(got);
  }
  if (pieces.length === 0) return 0;
  return _area(pieces.length === 1 ? pieces[0] : pc.xor(pieces[0], ...pieces.slice(1)));
}
