/**
 * Exact occupied area inside a clip polygon by hand, for rings that nest properly: each ring
 * whose box meets the clip's box is cut to that box (Sutherland–Hodgman), projected to km around
 * the place, and measured inside the clip by a given function (the disc's fan in `_geo_disc.ts`,
 * or Sutherland–Hodgman against a convex boundary here); the rings' areas add up with the sign
 * of their nesting depth (`_geo_nest.ts`). Cutting any simple ring (convex or not) to a convex
 * polygon gives a ring whose shoelace area is exactly the area of ring ∩ clip (where the ring
 * leaves and re-enters, the result runs along the clip's side and back: zero width, no area).
 * Also the local km frame and a convexity test.
 * Takes a {@link PolygonIndex}, a clip (function or convex polygon in km) and its lon/lat box;
 * gives areas in km².
 * @module
 */

import { KM_PER_DEG, type PolygonIndex } from "./geo_types.ts";
import { _ringDepths } from "./_geo_nest.ts";

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

/** A box `[minLon, minLat, maxLon, maxLat]` in degrees. */
export type _Box = readonly [number, number, number, number];

/** Signed shoelace area of the first `n` positions of packed `p` (an open ring). */
export function _shoelace(p: Float64Array, n: number): number {
  let s = 0;
  for (let i = 0, j = n - 1; i < n; j = i++) s += p[2 * j] * p[2 * i + 1] - p[2 * i] * p[2 * j + 1];
  return s / 2;
}

/**
 * An open packed ring in km as a counter-clockwise convex polygon without repeated positions,
 * or null when it is not convex (a reflex corner, a spike, or winding more than once).
 */
export function _convexCCW(ring: Float64Array): Float64Array | null {
  const xs: number[] = [];
  for (let i = 0; i + 1 < ring.length; i += 2) {
    const k = xs.length;
    if (k > 0 && xs[k - 2] === ring[i] && xs[k - 1] === ring[i + 1]) continue;
    xs.push(ring[i], ring[i + 1]);
  }
  while (xs.length > 2 && xs[0] === xs[xs.length - 2] && xs[1] === xs[xs.length - 1]) {
    xs.length -= 2;
  }
  const n = xs.length / 2;
  if (n < 3) return null;
  let turn = 0, sign = 0;
  for (let i = 0; i < n; i++) {
    const a = (i + n - 1) % n, b = (i + 1) % n;
    const ex = xs[2 * i] - xs[2 * a], ey = xs[2 * i + 1] - xs[2 * a + 1];
    const fx = xs[2 * b] - xs[2 * i], fy = xs[2 * b + 1] - xs[2 * i + 1];
    const cross = ex * fy - ey * fx, dot = ex * fx + ey * fy;
    if (cross === 0 && dot < 0) return null;
    if (cross !== 0) {
      if (sign !== 0 && Math.sign(cross) !== sign) return null;
      sign = Math.sign(cross);
    }
    turn += Math.atan2(cross, dot);
  }
  if (sign === 0 || Math.abs(Math.abs(turn) - 2 * Math.PI) > 1e-6) return null;
  const out = new Float64Array(xs);
  if (sign < 0) {
    for (let i = 0; i < n; i++) {
      out[2 * i] = xs[2 * (n - 1 - i)];
      out[2 * i + 1] = xs[2 * (n - 1 - i) + 1];
    }
  }
  return out;
}

/** Two scratch buffers the cuts swap between (grown when needed, reused between calls). */
let _a = new Float64Array(1024), _b = new Float64Array(1024);

/** Makes both buffers hold at least `len` numbers, keeping `_a`'s positions. */
function _room(len: number): void {
  if (_a.length < len) {
    const g = new Float64Array(2 * len);
    g.set(_a);
    _a = g;
  }
  if (_b.length < len) _b = new Float64Array(2 * len);
}

/**
 * Sutherland–Hodgman: the `n` positions in `_a` cut to the left of each directed edge of the
 * convex counter-clockwise polygon `clip`, in turn; the result is left in `_a`. A pass that
 * would keep every position is skipped. Returns the number of positions left.
 */
function _cutConvex(n: number, clip: Float64Array): number {
  const k = clip.length / 2;
  for (let e = 0; e < k && n > 0; e++) {
    const ax = clip[2 * e], ay = clip[2 * e + 1];
    const f = e + 1 === k ? 0 : e + 1;
    const ex = clip[2 * f] - ax, ey = clip[2 * f + 1] - ay;
    let out = -1;
    for (let i = 0; i < n && out < 0; i++) {
      if (ex * (_a[2 * i + 1] - ay) < ey * (_a[2 * i] - ax)) out = i;
    }
    if (out < 0) continue;
    _room(4 * n + 8);
    let m = 0;
    let px = _a[2 * n - 2], py = _a[2 * n - 1];
    let pd = ex * (py - ay) - ey * (px - ax);
    for (let i = 0; i < n; i++) {
      const qx = _a[2 * i], qy = _a[2 * i + 1];
      const qd = ex * (qy - ay) - ey * (qx - ax);
      if ((qd >= 0) !== (pd >= 0)) {
        const t = pd / (pd - qd);
        _b[m++] = px + t * (qx - px);
        _b[m++] = py + t * (qy - py);
      }
      if (qd >= 0) {
        _b[m++] = qx;
        _b[m++] = qy;
      }
      px = qx;
      py = qy;
      pd = qd;
    }
    const t = _a;
    _a = _b;
    _b = t;
    n = m / 2;
  }
  return n;
}

/**
 * Closed packed `ring` (degrees) cut to `box` by Sutherland–Hodgman (skipped when the ring's box
 * is `inBox`), then projected to km in the frame; left in `_a`. Returns the number of positions.
 */
function _trimInto(ring: Float64Array, box: _Box, f: _Frame, inBox: boolean): number {
  let n = ring.length / 2 - 1; // closed: the last position repeats the first
  let src = ring; // the first pass reads the ring itself, the others the scratch
  for (let side = 0; side < 4 && n > 0 && !inBox; side++) {
    _room(4 * n + 8); // a pass keeps at most every position and adds one per crossing
    const ax = side >> 1, lim = box[side === 0 ? 0 : side === 1 ? 2 : side === 2 ? 1 : 3];
    const low = (side & 1) === 0;
    let m = 0;
    let px = src[2 * n - 2], py = src[2 * n - 1];
    let pin = low ? (ax ? py : px) >= lim : (ax ? py : px) <= lim;
    for (let i = 0; i < n; i++) {
      const qx = src[2 * i], qy = src[2 * i + 1];
      const qin = low ? (ax ? qy : qx) >= lim : (ax ? qy : qx) <= lim;
      if (qin !== pin) {
        _b[m++] = ax === 0 ? lim : px + ((lim - py) * (qx - px)) / (qy - py);
        _b[m++] = ax === 0 ? py + ((lim - px) * (qy - py)) / (qx - px) : lim;
      }
      if (qin) {
        _b[m++] = qx;
        _b[m++] = qy;
      }
      px = qx;
      py = qy;
      pin = qin;
    }
    const t = _a;
    _a = _b;
    _b = t;
    src = _a;
    n = m / 2;
  }
  _room(2 * n);
  for (let i = 0; i < n; i++) {
    _a[2 * i] = (src[2 * i] - f.lon) * f.kx;
    _a[2 * i + 1] = (src[2 * i + 1] - f.lat) * f.ky;
  }
  return n;
}

/** @internal {@link _trimInto} as a fresh packed array (for polygon-clipping's path). */
export function _trimmed(ring: Float64Array, box: _Box, f: _Frame, inBox: boolean): Float64Array {
  return _a.slice(0, 2 * _trimInto(ring, box, f, inBox));
}

/** The (signed) area of the ring of `n` positions packed in `p` (km) inside a clip polygon. */
/** Where ring `i`'s bounding box (in `boxes`, 4 numbers a ring) lies against `box`. */
export function _ringInBox(boxes: Float64Array, i: number, box: _Box): "out" | "in" | "across" {
  const o = 4 * i;
  if (
    boxes[o] > box[2] || boxes[o + 2] < box[0] || boxes[o + 1] > box[3] || boxes[o + 3] < box[1]
  ) {
    return "out";
  }
  const inside = boxes[o] >= box[0] && boxes[o + 2] <= box[2] && boxes[o + 1] >= box[1] &&
    boxes[o + 3] <= box[3];
  return inside ? "in" : "across";
}

export type _RingArea = (p: Float64Array, n: number) => number;

/**
 * @internal {@link _RingArea} for a convex counter-clockwise `clip`: Sutherland–Hodgman, in the
 * scratch buffer {@link _nestedOccupied} hands it the ring in.
 */
export function _convexCut(clip: Float64Array): _RingArea {
  return (_p, n) => {
    const m = _cutConvex(n, clip);
    return m < 3 ? 0 : _shoelace(_a, m);
  };
}

/**
 * @internal Area (km² in the frame) of the occupied part of a clip polygon, or NaN when the
 * index's rings are not properly nested (see `_ringDepths`: the caller falls back to
 * polygon-clipping). Each ring whose box meets `box` (degrees, holding the clip strictly inside
 * it) is cut to the box, and `inside` gives its area inside the clip; the areas add up with the
 * sign of the ring's depth (the absolute value of each, so ring orientation does not matter).
 */
export function _nestedOccupied(
  ix: PolygonIndex,
  box: _Box,
  f: _Frame,
  inside: _RingArea,
): number {
  const depth = _ringDepths(ix);
  if (depth === null) return NaN;
  let total = 0;
  const rb = ix._ringBox;
  for (let i = 0; i < ix._rings.length; i++) {
    const where = _ringInBox(rb, i, box);
    if (where === "out") continue;
    const inBox = where === "in";
    const n = _trimInto(ix._rings[i], box, f, inBox);
    if (n < 3) continue;
    const a = Math.abs(inside(_a, n));
    total += (depth[i] & 1) === 1 ? -a : a;
  }
  return total;
}
