/**
 * The occupied share of a disc or of a boundary polygon, by deterministic sampling on a lattice
 * against a {@link PolygonIndex} (see `geo.ts` for the conventions).
 * Takes an index and a disc (centre, radius) or a boundary; gives a share in [0, 1].
 * @module
 */

import { _describe } from "../shared/_validate.ts";
import { _inside, _rowWindow, _windowParity } from "./_geo_inside.ts";
import { _edgeDistance } from "./_geo_edge.ts";
import {
  KM_PER_DEG,
  type MultiPolygonCoords,
  type PolygonCoords,
  type PolygonIndex,
  type ShareOptions,
} from "./geo_types.ts";
import { _asIndex, _checkPoint } from "./geo.ts";

/**
 * Share (0..1) of a disc of `radiusKm` around `[lon, lat]` that lies inside the polygon.
 *
 * When the edge is farther than the radius from the centre, the answer is exact (0 or 1).
 * Otherwise the disc is covered by a square lattice of cell-centre points (spacing
 * `radiusKm·√(π/samples)` on the ground, symmetric about the centre, about `samples` points in
 * the disc) and the share is the fraction of those points inside. Each lattice row costs about
 * one point-in-polygon query (one sweep of the crossings of that row), so 1600 samples are about
 * 45 queries. Radius 0 gives 0 or 1 for the centre point. Lattice points exactly on an edge fall
 * on either side (the sampling ignores the edge-is-inside rule).
 *
 * @throws {RangeError} when `radiusKm` is negative or `samples` out of range.
 */
export function discShare(
  polygon: PolygonIndex | MultiPolygonCoords | PolygonCoords,
  lon: number,
  lat: number,
  radiusKm: number,
  options: ShareOptions = {},
): number {
  const ix = _asIndex(polygon);
  _checkPoint("discShare", lon, lat);
  if (typeof radiusKm !== "number" || !Number.isFinite(radiusKm)) {
    throw new TypeError(
      `discShare: radiusKm: expected a finite number, found ${_describe(radiusKm)}`,
    );
  }
  if (radiusKm < 0) {
    throw new RangeError(`discShare: radiusKm: expected a number ≥ 0, found ${radiusKm}`);
  }
  const samples = _samples("discShare", options.samples);
  if (ix.segments === 0) return 0;
  const d = _edgeDistance(ix, lon, lat, radiusKm);
  if (radiusKm === 0 || d >= radiusKm) return _inside(ix, lon, lat) ? 1 : 0;
  return _discSample(ix, lon, lat, radiusKm, samples);
}

/** @internal the lattice sampling of {@link discShare}, no checks and no fast path. */
export function _discSample(
  ix: PolygonIndex,
  lon: number,
  lat: number,
  radiusKm: number,
  samples: number,
): number {
  const kx = 1 / (KM_PER_DEG * Math.cos((lat * Math.PI) / 180));
  const ky = 1 / KM_PER_DEG;
  const step = radiusKm * Math.sqrt(Math.PI / samples);
  const half = Math.ceil(radiusKm / step);
  const r2 = radiusKm * radiusKm;
  let total = 0, hit = 0;
  for (let j = -half; j < half; j++) {
    const v = (j + 0.5) * step;
    if (v * v > r2) continue;
    const h = Math.sqrt(r2 - v * v);
    const m = Math.floor(h / step - 0.5); // columns u = (i + 0.5)·step with |u| ≤ h
    if (m < 0) continue;
    const row = _rowWindow(
      ix,
      lat + v * ky,
      lon - (m + 1) * step * kx,
      lon + (m + 1) * step * kx,
    );
    const xs = row.xs;
    total += 2 * m + 2;
    if (xs.length === 0) {
      if (row.base) hit += 2 * m + 2;
      continue;
    }
    // Samples run west to east: walk the sorted crossings alongside them.
    let p = 0;
    for (let i = -m - 1; i <= m; i++) {
      const x = lon + (i + 0.5) * step * kx;
      while (p < xs.length && xs[p] <= x) p++;
      if (row.base !== ((p & 1) === 1)) hit++;
    }
  }
  if (total === 0) return _inside(ix, lon, lat) ? 1 : 0;
  return hit / total;
}

/**
 * Share (0..1) of the area of `boundary` (a place's outline) that lies inside `polygon`.
 *
 * The boundary's bounding box is covered by a regular lattice (cell centres, x spacing corrected
 * by cos(lat) so cells are square on the ground) sized to put about `samples` points in the
 * bounding box; the share is (lattice points inside both) / (lattice points inside the boundary).
 *
 * @throws {RangeError} when no lattice point falls inside the boundary (degenerate boundary).
 */
export function polygonShare(
  polygon: PolygonIndex | MultiPolygonCoords | PolygonCoords,
  boundary: PolygonIndex | MultiPolygonCoords | PolygonCoords,
  options: ShareOptions = {},
): number {
  const ix = _asIndex(polygon);
  const bx = _asIndex(boundary);
  const samples = _samples("polygonShare", options.samples);
  if (bx.segments === 0) {
    throw new RangeError("polygonShare: boundary: expected a polygon with area, found no rings");
  }
  const [x0, y0, x1, y1] = bx.bbox;
  const cosLat = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const wKm = Math.max((x1 - x0) * cosLat, 1e-12), hKm = Math.max(y1 - y0, 1e-12);
  const step = Math.sqrt((wKm * hKm) / samples);
  const nx = Math.max(1, Math.round(wKm / step)), ny = Math.max(1, Math.round(hKm / step));
  let inB = 0, inBoth = 0;
  for (let j = 0; j < ny; j++) {
    const y = y0 + ((j + 0.5) * (y1 - y0)) / ny;
    const brow = _rowWindow(bx, y, x0, x1);
    const orow = _rowWindow(ix, y, x0, x1);
    for (let i = 0; i < nx; i++) {
      const x = x0 + ((i + 0.5) * (x1 - x0)) / nx;
      if (!_windowParity(brow, x)) continue;
      inB++;
      if (_windowParity(orow, x)) inBoth++;
    }
  }
  if (inB === 0) {
    throw new RangeError(
      `polygonShare: boundary: expected a polygon with area, found none of ${nx * ny} lattice ` +
        `points inside it`,
    );
  }
  return inBoth / inB;
}

function _samples(fn: string, v: unknown): number {
  if (v === undefined) return 1600;
  if (typeof v !== "number" || !Number.isInteger(v)) {
    throw new TypeError(`${fn}: samples: expected an integer, found ${_describe(v)}`);
  }
  if (v < 1 || v > 1_000_000) {
    throw new RangeError(`${fn}: samples: expected an integer from 1 to 1000000, found ${v}`);
  }
  return v;
}
