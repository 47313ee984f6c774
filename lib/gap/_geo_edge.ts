/**
 * Distance from a point to a polygon's nearest edge on the grid index: rings of cells searched
 * outwards from the point until no nearer segment can be found.
 * Takes a {@link PolygonIndex} and a point; gives the distance in km.
 * @module
 */

import { EDGE_EPS, KM_PER_DEG, type PolygonIndex } from "./geo_types.ts";

export function _clamp(i: number, n: number): number {
  return i < 0 ? 0 : i >= n ? n - 1 : i;
}

/**
 * @internal nearest-edge distance (km), expanding square rings of grid cells. With `limitKm`,
 * the search may stop early once every unvisited edge is farther than the limit: the result is
 * then exact when ≤ `limitKm`, and only known to be > `limitKm` otherwise.
 */
export function _edgeDistance(
  ix: PolygonIndex,
  px: number,
  py: number,
  limitKm = Infinity,
): number {
  if (ix.segments === 0) return Infinity;
  const [minX, minY] = ix.bbox;
  const { _nx: nx, _ny: ny, _cw: cw, _ch: ch, _seg: seg, _start: start, _ids: ids } = ix;
  const kx = KM_PER_DEG * Math.cos((py * Math.PI) / 180), ky = KM_PER_DEG;
  const c = Math.min(nx - 1, Math.max(0, Math.floor((px - minX) / cw)));
  const r = Math.min(ny - 1, Math.max(0, Math.floor((py - minY) / ch)));
  const stamp = ix._stamp;
  const tick = _nextTick(ix);
  let best2 = Infinity;
  const visit = (cell: number) => {
    for (let k = start[cell]; k < start[cell + 1]; k++) {
      const s = ids[k];
      if (stamp[s] === tick) continue;
      stamp[s] = tick;
      const o = s * 4;
      const d2 = _segDist2(
        (seg[o] - px) * kx,
        (seg[o + 1] - py) * ky,
        (seg[o + 2] - px) * kx,
        (seg[o + 3] - py) * ky,
      );
      if (d2 < best2) best2 = d2;
    }
  };
  for (let k = 0;; k++) {
    const c0 = c - k, c1 = c + k, r0 = r - k, r1 = r + k;
    for (let rr = Math.max(0, r0); rr <= Math.min(ny - 1, r1); rr++) {
      if (rr === r0 || rr === r1) {
        for (let cc = Math.max(0, c0); cc <= Math.min(nx - 1, c1); cc++) visit(rr * nx + cc);
      } else {
        if (c0 >= 0) visit(rr * nx + c0);
        if (c1 < nx) visit(rr * nx + c1);
      }
    }
    if (c0 <= 0 && r0 <= 0 && c1 >= nx - 1 && r1 >= ny - 1) break;
    // Lower bound of the distance to any cell not yet visited (per side; none beyond the grid).
    const left = c0 <= 0 ? Infinity : (px - (minX + c0 * cw)) * kx;
    const right = c1 >= nx - 1 ? Infinity : (minX + (c1 + 1) * cw - px) * kx;
    const down = r0 <= 0 ? Infinity : (py - (minY + r0 * ch)) * ky;
    const up = r1 >= ny - 1 ? Infinity : (minY + (r1 + 1) * ch - py) * ky;
    const bound = Math.min(left, right, down, up);
    if (best2 <= bound * bound || bound > limitKm) break;
  }
  return Math.sqrt(best2);
}

export function _nextTick(ix: PolygonIndex): number {
  ix._tick = (ix._tick + 1) >>> 0;
  if (ix._tick === 0) {
    ix._stamp.fill(0);
    ix._tick = 1;
  }
  return ix._tick;
}

/** Squared distance from the origin to segment (ax, ay)-(bx, by). */
function _segDist2(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  const x = ax + t * dx, y = ay + t * dy;
  return x * x + y * y;
}

export function _onSegment(
  px: number,
  py: number,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
): boolean {
  if (
    px < Math.min(x1, x2) - EDGE_EPS || px > Math.max(x1, x2) + EDGE_EPS ||
    py < Math.min(y1, y2) - EDGE_EPS || py > Math.max(y1, y2) + EDGE_EPS
  ) return false;
  const dx = x2 - x1, dy = y2 - y1;
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(px - x1, py - y1) <= EDGE_EPS;
  return Math.abs((px - x1) * dy - (py - y1) * dx) / len <= EDGE_EPS;
}
