/**
 * How an index's rings nest, for the hand-written shares: per ring the number of other rings
 * around it (its depth), or null when two rings touch or cross (or a ring touches itself).
 * When no ring touches another, the even-odd region is Σ (−1)^depth × (inside of the ring), so
 * an area inside a clip polygon is the signed sum of each ring's own area inside it.
 * Takes a {@link PolygonIndex}; gives the depths, found once per index and cached.
 * @module
 */

import type { PolygonIndex } from "./geo_types.ts";

const _cache = new WeakMap<PolygonIndex, Uint16Array | null>();

/**
 * Depth of each ring of `ix` (how many of the other rings contain it), or null when any two
 * edges that are not neighbours on one ring meet (cross, touch or overlap): then the rings are
 * not properly nested and the depth rule may not give the even-odd area. Cached per index; the
 * index is not changed. On the DeepState series no ring meets another (656 distinct days).
 */
export function _ringDepths(ix: PolygonIndex): Uint16Array | null {
  let d = _cache.get(ix);
  if (d === undefined) {
    d = _edgesMeet(ix) ? null : _depths(ix);
    _cache.set(ix, d);
  }
  return d;
}

/** Depths: one vertex of each ring tested against every other ring whose box holds it. */
function _depths(ix: PolygonIndex): Uint16Array {
  const rings = ix._rings, rb = ix._ringBox;
  const out = new Uint16Array(rings.length);
  for (let i = 0; i < rings.length; i++) {
    const x = rings[i][0], y = rings[i][1];
    for (let j = 0; j < rings.length; j++) {
      const o = 4 * j;
      if (j === i || x < rb[o] || x > rb[o + 2] || y < rb[o + 1] || y > rb[o + 3]) continue;
      if (_inRing(rings[j], x, y)) out[i]++;
    }
  }
  return out;
}

/** Even-odd test of a point against one closed packed ring (half-open crossing rule). */
export function _inRing(ring: Float64Array, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0; i + 3 < ring.length; i += 2) {
    const y1 = ring[i + 1], y2 = ring[i + 3];
    if ((y1 > y) !== (y2 > y)) {
      const x1 = ring[i], x2 = ring[i + 2];
      if (x < x1 + ((y - y1) * (x2 - x1)) / (y2 - y1)) inside = !inside;
    }
  }
  return inside;
}

/**
 * True when two edges that are not neighbours on one ring share a point. Two edges that meet
 * at a point both sit in the grid cell of that point, so only pairs within a cell are tested.
 * Zero-length edges are skipped, and neighbours are found across them.
 */
function _edgesMeet(ix: PolygonIndex): boolean {
  const seg = ix._seg, n = ix.segments;
  const ring = new Uint32Array(n), prev = new Int32Array(n), point = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    point[s] = seg[4 * s] === seg[4 * s + 2] && seg[4 * s + 1] === seg[4 * s + 3] ? 1 : 0;
  }
  let s0 = 0;
  ix._rings.forEach((r, k) => {
    const m = r.length / 2 - 1;
    let p = -1;
    for (let j = s0 + m - 1; j >= s0 && p < 0; j--) if (point[j] === 0) p = j;
    for (let j = s0; j < s0 + m; j++) {
      ring[j] = k;
      prev[j] = p;
      if (point[j] === 0) p = j;
    }
    s0 += m;
  });
  const { _start: start, _ids: ids } = ix;
  const order = new Uint32Array(n), west = new Float64Array(n);
  for (let c = 0; c + 1 < start.length; c++) {
    // The cell's edges by their west end (insertion sort: cells hold a few), so each edge meets
    // only those that start west of its own east end.
    let k = 0;
    for (let i = start[c]; i < start[c + 1]; i++) {
      const s = ids[i];
      if (point[s] === 1) continue;
      const w = Math.min(seg[4 * s], seg[4 * s + 2]);
      let j = k++;
      for (; j > 0 && west[j - 1] > w; j--) {
        west[j] = west[j - 1];
        order[j] = order[j - 1];
      }
      west[j] = w;
      order[j] = s;
    }
    for (let a = 0; a < k; a++) {
      const p = order[a], o = 4 * p;
      const x1 = Math.max(seg[o], seg[o + 2]);
      const y0 = Math.min(seg[o + 1], seg[o + 3]), y1 = Math.max(seg[o + 1], seg[o + 3]);
      for (let b = a + 1; b < k; b++) {
        const q = order[b], u = 4 * q;
        if (west[b] > x1) break;
        if ((seg[u + 1] < y0 && seg[u + 3] < y0) || (seg[u + 1] > y1 && seg[u + 3] > y1)) continue;
        if (ring[p] === ring[q] && (prev[p] === q || prev[q] === p)) continue;
        if (_meet(seg, o, u)) return true;
      }
    }
  }
  return false;
}

/** True when the closed segments at offsets `p` and `q` of `seg` share a point. */
function _meet(seg: Float64Array, p: number, q: number): boolean {
  const ax = seg[p], ay = seg[p + 1], bx = seg[p + 2], by = seg[p + 3];
  const cx = seg[q], cy = seg[q + 1], dx = seg[q + 2], dy = seg[q + 3];
  const d1 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  const d2 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);
  const d3 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
  const d4 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    return true;
  }
  const within = (x: number, y: number, x1: number, y1: number, x2: number, y2: number) =>
    x >= Math.min(x1, x2) && x <= Math.max(x1, x2) && y >= Math.min(y1, y2) &&
    y <= Math.max(y1, y2);
  return (d1 === 0 && within(cx, cy, ax, ay, bx, by)) ||
    (d2 === 0 && within(dx, dy, ax, ay, bx, by)) ||
    (d3 === 0 && within(ax, ay, cx, cy, dx, dy)) ||
    (d4 === 0 && within(bx, by, cx, cy, dx, dy));
}
