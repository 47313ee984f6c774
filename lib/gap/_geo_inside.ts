/**
 * Point-in-polygon on the grid index: one scan of a row's crossings (sorted for the index's
 * cell centres, counted for the slow path), their parity, and the fast path through a cell.
 * Takes a {@link PolygonIndex} and a point; gives whether it is inside (even-odd, edges inside).
 * @module
 */

import { _clamp, _nextTick, _onSegment } from "./_geo_edge.ts";
import { EDGE_EPS, type PolygonIndex } from "./geo_types.ts";

/**
 * The one row scan: the edges in row `r`'s cells from column `c` eastwards (each once) that
 * cross the horizontal line at `py` (half-open rule: one end above, one at or below). Pushes each
 * crossing's x to `out` when given; returns how many lie east of `px`.
 */
function _rowScan(
  ix: PolygonIndex,
  py: number,
  r: number,
  c: number,
  px: number,
  out: number[] | null,
): number {
  const { _nx: nx, _seg: seg, _start: start, _ids: ids } = ix;
  const stamp = ix._stamp;
  const tick = _nextTick(ix);
  let east = 0;
  for (let cell = r * nx + c, end = r * nx + nx; cell < end; cell++) {
    for (let k = start[cell]; k < start[cell + 1]; k++) {
      const s = ids[k];
      if (stamp[s] === tick) continue;
      stamp[s] = tick;
      const o = s * 4;
      const y1 = seg[o + 1], y2 = seg[o + 3];
      if ((y1 > py) !== (y2 > py)) {
        const x1 = seg[o], x2 = seg[o + 2];
        const xi = x1 + ((py - y1) * (x2 - x1)) / (y2 - y1);
        if (out !== null) out.push(xi);
        if (px < xi) east++;
      }
    }
  }
  return east;
}

/**
 * x of every crossing of the horizontal line at `py` with the polygon's edges, for edges that
 * reach `x0` or further east, sorted ascending. Uses the same half-open rule as {@link _inside}.
 */
export function _rowCrossings(ix: PolygonIndex, py: number, x0: number): number[] {
  const out: number[] = [];
  if (ix.segments === 0) return out;
  const [minX, minY, , maxY] = ix.bbox;
  if (py < minY || py > maxY) return out;
  const r = _clamp(Math.floor((py - minY) / ix._ch), ix._ny);
  const c = _clamp(Math.floor((x0 - minX) / ix._cw), ix._nx);
  _rowScan(ix, py, r, c, Infinity, out);
  return out.sort((a, b) => a - b);
}

/** Even-odd parity at `x` given sorted crossings: inside when an odd number lie east of x. */
export function _parityAt(sorted: number[], x: number): boolean {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return ((sorted.length - lo) & 1) === 1;
}

// ---------------------------------------------------------------------------------------------

/** @internal even-odd test with the grid; edges count as inside. No argument checks. */
export function _inside(ix: PolygonIndex, px: number, py: number): boolean {
  if (ix.segments === 0) return false;
  const [minX, minY, maxX, maxY] = ix.bbox;
  if (
    px < minX - EDGE_EPS || px > maxX + EDGE_EPS || py < minY - EDGE_EPS || py > maxY + EDGE_EPS
  ) {
    return false;
  }
  const { _nx: nx, _ny: ny, _cw: cw, _ch: ch, _seg: seg, _start: start, _ids: ids } = ix;
  // On-edge check: segments within EPS of the point sit in its cell, or in a neighbour when the
  // point is within EPS of the cell's border.
  const c0 = _clamp(Math.floor((px - EDGE_EPS - minX) / cw), nx);
  const c1 = _clamp(Math.floor((px + EDGE_EPS - minX) / cw), nx);
  const r0 = _clamp(Math.floor((py - EDGE_EPS - minY) / ch), ny);
  const r1 = _clamp(Math.floor((py + EDGE_EPS - minY) / ch), ny);
  for (let rr = r0; rr <= r1; rr++) {
    for (let cc = c0; cc <= c1; cc++) {
      const cell = rr * nx + cc;
      for (let k = start[cell]; k < start[cell + 1]; k++) {
        const o = ids[k] * 4;
        if (_onSegment(px, py, seg[o], seg[o + 1], seg[o + 2], seg[o + 3])) return true;
      }
    }
  }
  if (px < minX || px > maxX || py < minY || py > maxY) return false;
  return _insideFast(ix, px, py);
}

/**
 * @internal even-odd test for a point within the bounding box, without the on-edge rule:
 * parity at the cell centre, flipped by the edges of the cell crossed on the way from the centre
 * to the point (vertically to the point's row, then horizontally). Falls back to a ray along the
 * row when the centre or the corner of that path lies on an edge.
 */
export function _insideFast(ix: PolygonIndex, px: number, py: number): boolean {
  const [minX, minY] = ix.bbox;
  const { _nx: nx, _ny: ny, _cw: cw, _ch: ch, _seg: seg, _start: start, _ids: ids } = ix;
  const r = _clamp(Math.floor((py - minY) / ch), ny);
  const c = _clamp(Math.floor((px - minX) / cw), nx);
  const cell = r * nx + c;
  const centre = ix._centre[cell];
  if (centre === 2) return _insideRow(ix, px, py, r, c);
  const cx = minX + (c + 0.5) * cw, cy = minY + (r + 0.5) * ch;
  const vlo = Math.min(cy, py), vhi = Math.max(cy, py);
  const hlo = Math.min(cx, px), hhi = Math.max(cx, px);
  let inside = centre === 1;
  for (let k = start[cell]; k < start[cell + 1]; k++) {
    const o = ids[k] * 4;
    const x1 = seg[o], y1 = seg[o + 1], x2 = seg[o + 2], y2 = seg[o + 3];
    // Vertical leg x = cx from cy to py (crossings counted with the vertical-ray rule).
    if ((x1 > cx) !== (x2 > cx)) {
      const yi = y1 + ((cx - x1) * (y2 - y1)) / (x2 - x1);
      if (yi > vlo && yi <= vhi) inside = !inside;
    }
    if (_onSegment(cx, py, x1, y1, x2, y2)) return _insideRow(ix, px, py, r, c);
    // Horizontal leg y = py from cx to px (crossings counted with the horizontal-ray rule).
    if ((y1 > py) !== (y2 > py)) {
      const xi = x1 + ((py - y1) * (x2 - x1)) / (y2 - y1);
      if (xi > hlo && xi <= hhi) inside = !inside;
    }
  }
  return inside;
}

/** Ray to +x along row `r` from column `c` (the slow, always-correct path). */
function _insideRow(ix: PolygonIndex, px: number, py: number, r: number, c: number): boolean {
  return (_rowScan(ix, py, r, c, px, null) & 1) === 1;
}
