/**
 * The area of a ring inside a disc's regular polygon (the gon), hand-written and exact: the ring
 * is a fan of triangles from the disc's centre O (their signed areas add up to the ring's, and
 * their indicator functions to its winding number), and each triangle O·A·B meets the gon in
 * pieces whose areas are closed forms. Along edge AB, the part inside the gon (one interval,
 * found by Cyrus–Beck over the few gon edges an end lies beyond) gives the triangle O·X·Y; a
 * part outside gives the gon's own wedge between the part's two directions from O (the gon is
 * star-shaped from O: along each ray its part lies before the edge), read off a running sum of
 * the gon's equal sector triangles. So a ring costs a few operations per edge, where
 * Sutherland–Hodgman against 256 sides costs the gon's vertices again for every side that cuts.
 * Takes packed positions in km around the disc's centre and the radius; gives areas in km².
 * @module
 */

import { DISC_VERTICES } from "./geo_types.ts";

const N = DISC_VERTICES;
/** Unit vertices (k·2π/N) and unit outward normals of the edges ((2k+1)π/N) of the gon. */
const _VX = new Float64Array(N), _VY = new Float64Array(N);
const _NX = new Float64Array(N), _NY = new Float64Array(N);
for (let k = 0; k < N; k++) {
  _VX[k] = Math.cos((2 * Math.PI * k) / N);
  _VY[k] = Math.sin((2 * Math.PI * k) / N);
  _NX[k] = Math.cos(((2 * k + 1) * Math.PI) / N);
  _NY[k] = Math.sin(((2 * k + 1) * Math.PI) / N);
}
/** How far each edge lies from the centre, for radius 1. */
const _H = Math.cos(Math.PI / N);
const _SECTOR = Math.sin((2 * Math.PI) / N) / 2; // area of one sector triangle, radius 1

/** The gons made so far, by radius (a few radii recur: one per kind of place). */
const _gons = new Map<number, Float64Array>();

/**
 * The disc of radius `r` km as the regular {@link DISC_VERTICES}-gon inscribed in its circle,
 * counter-clockwise from a vertex due east, packed `[x0, y0, x1, y1, ...]` (not closed).
 * Shared between calls with the same radius: do not change it.
 */
export function _discGon(r: number): Float64Array {
  let out = _gons.get(r);
  if (out === undefined) {
    out = new Float64Array(2 * N);
    for (let k = 0; k < N; k++) {
      out[2 * k] = r * _VX[k];
      out[2 * k + 1] = r * _VY[k];
    }
    if (_gons.size >= 64) _gons.clear();
    _gons.set(r, out);
  }
  return out;
}

/** Area (km²) of the gon of radius `r`: N sector triangles. */
export function _discGonArea(r: number): number {
  return N * _SECTOR * r * r;
}

/**
 * Area of the gon (radius 1) from direction 0 counter-clockwise to the point (x, y) outside or
 * on it, whose direction is `q` sectors (q = angle·N/2π, any real: each full turn adds the
 * gon's area): the whole sectors before it plus the triangle from the sector's first vertex to
 * where the ray meets the sector's edge.
 */
function _wedge(q: number, x: number, y: number): number {
  const k = Math.floor(q);
  const e = ((k % N) + N) % N;
  const t = _H / (_NX[e] * x + _NY[e] * y); // the ray meets the edge at t·(x, y)
  return k * _SECTOR + ((_VX[e] * y - _VY[e] * x) * t) / 2;
}

/** Signed area of the gon (radius 1) swept from the direction of (ax, ay) to that of (bx, by). */
function _sweep(ax: number, ay: number, bx: number, by: number): number {
  const q = (Math.atan2(ay, ax) * N) / (2 * Math.PI);
  const dq = (Math.atan2(ax * by - ay * bx, ax * bx + ay * by) * N) / (2 * Math.PI);
  return _wedge(q + dq, bx, by) - _wedge(q, ax, ay);
}

/** The part of edge A→B inside the gon (radius 1): `_T[0]` to `_T[1]`, empty when ≥. */
const _T = new Float64Array(2);

/**
 * Narrows `_T` by the gon's edges that (x, y) may lie beyond: those whose normal is within
 * acos(h/ρ) of its direction, with one edge to spare on each side. None when ρ ≤ h.
 */
function _narrow(x: number, y: number, ax: number, ay: number, bx: number, by: number): void {
  const rho2 = x * x + y * y;
  if (rho2 <= _H * _H * (1 - 1e-9)) return;
  const phi = Math.atan2(y, x), alpha = Math.acos(Math.min(1, _H / Math.sqrt(rho2)));
  const lo = Math.floor(((phi - alpha) * N) / (2 * Math.PI) - 0.5) - 1;
  const hi = Math.ceil(((phi + alpha) * N) / (2 * Math.PI) - 0.5) + 1;
  for (let k = lo; k <= hi && _T[0] < _T[1]; k++) {
    const e = ((k % N) + N) % N;
    const da = _NX[e] * ax + _NY[e] * ay - _H, db = _NX[e] * bx + _NY[e] * by - _H;
    if (da > 0) {
      if (db > 0) _T[0] = 1, _T[1] = 0; // both ends beyond one edge: all outside
      else _T[0] = Math.max(_T[0], da / (da - db)); // enters here
    } else if (db > 0) _T[1] = Math.min(_T[1], da / (da - db)); // leaves here
  }
}

/**
 * Signed area (km², positive when counter-clockwise) of the part of the ring of `n` positions
 * packed in `p` (km around the disc's centre) that lies inside the gon of radius `r`; for a
 * simple ring its absolute value is the area of ring ∩ gon exactly (to rounding).
 */
export function _discRingArea(p: Float64Array, n: number, r: number): number {
  let sum = 0;
  let ax = p[2 * n - 2] / r, ay = p[2 * n - 1] / r; // radius 1: scaled back at the end
  for (let i = 0; i < n; i++) {
    const bx = p[2 * i] / r, by = p[2 * i + 1] / r;
    _T[0] = 0;
    _T[1] = 1;
    _narrow(ax, ay, ax, ay, bx, by);
    _narrow(bx, by, ax, ay, bx, by);
    const t0 = _T[0], t1 = _T[1];
    if (t0 >= t1) sum += _sweep(ax, ay, bx, by);
    else if (t0 === 0 && t1 === 1) sum += (ax * by - ay * bx) / 2;
    else {
      const xx = ax + t0 * (bx - ax), xy = ay + t0 * (by - ay);
      const yx = ax + t1 * (bx - ax), yy = ay + t1 * (by - ay);
      if (t0 > 0) sum += _sweep(ax, ay, xx, xy);
      sum += (xx * yy - xy * yx) / 2;
      if (t1 < 1) sum += _sweep(yx, yy, bx, by);
    }
    ax = bx;
    ay = by;
  }
  return sum * r * r;
}
