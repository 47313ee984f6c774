/**
 * Plane geometry on WGS84 longitude/latitude polygons: point-in-polygon, distance from a point to a polygon's edge, occupied share of a disc or of a
 * boundary polygon.
 *
 * Conventions (apply to every function here):
 * - Positions are `[lon, lat]` in degrees, as in GeoJSON.
 * - A MultiPolygon is an array of polygons, a polygon an array of rings (outer ring first, then
 *   holes). Inside-ness uses the **even-odd rule over all rings** of all polygons: a point inside
 *   a hole is outside, a point inside an island within a hole is inside again. Ring orientation
 *   is ignored, so both GeoJSON (RFC 7946) and older clockwise files work. Overlapping polygons
 *   of one MultiPolygon (invalid GeoJSON) would cancel out where they overlap.
 * - **A point on an edge or vertex counts as inside** (within 1e-9 degrees, about 0.1 mm).
 * - Distances are in km on a sphere of radius 6371.0088 km (mean Earth radius). Edge distances
 *   use a local equirectangular projection centred on the query point (x scaled by cos(lat)),
 *   accurate to well under 1% for distances under ~100 km in Ukraine's latitudes; farther
 *   distances are still monotone and good enough to rank (error < 2% at 500 km).
 * - Shares are exact ratios of areas in the local equirectangular frame in km centred on the
 *   place; a disc is a regular 256-gon (see {@link discShare}, {@link polygonShare}).
 *
 * A {@link PolygonIndex} (built once by {@link indexMultiPolygon}) stores all ring segments in a
 * flat array and buckets them in a uniform grid over the bounding box (about one cell per two
 * segments) and records whether each cell's centre is inside. A point query then only crosses
 * the edges of its own cell on the way from the centre (a few segments instead of thousands);
 * the edge distance searches rings of cells outwards from the point. On the DeepState series
 * (about 3,000 segments a day) a point-in-polygon query takes ~0.3-0.5 µs, an edge distance
 * ~3 µs (2 busy cores, Deno 2.9.5). The index also keeps the rings and their boxes for the shares.
 *
 * Takes `[lon, lat]` points and GeoJSON-style polygons; gives distances, inside-ness, indexes and
 * shares. Here: the index ({@link indexMultiPolygon}), {@link pointInPolygon},
 * {@link distanceToEdgeKm}, {@link haversineKm}; the shapes in `geo_types.ts`, the shares in
 * `geo_share.ts`, the index's inside and edge queries in `_geo_inside.ts` and `_geo_edge.ts`.
 *
 * Why not a library for all of it: `@turf/boolean-point-in-polygon` (7.4.0) scans every ring per
 * query and has no distance-to-edge, so point-in-polygon and the edge distance stay on the index.
 * The shares are exact; who cuts what, measured on the 8,411 (place, day) discs of
 * data/places.csv's towns and cities that the DeepState edge crosses (656 distinct days):
 * - A disc is cut by hand (`_geo_disc.ts`): each ring, first cut to the disc's box, is a fan of
 *   triangles from the centre whose parts inside the 256-gon have closed-form areas, and the
 *   rings' areas add up with the sign of their nesting depth (`_geo_nest.ts`: one vertex per
 *   ring tested against the others, once per day's index). It agrees with polygon-clipping
 *   0.15.7 to 4.1e-15 at most on all 8,411 discs, and takes ~40 µs a disc (1,052 discs in
 *   33-57 ms, as the old 1600-point lattice's 38-42 ms, which was off by up to 0.005) where
 *   polygon-clipping takes ~0.8-1.8 ms. Sutherland–Hodgman against the 256-gon gives the same
 *   areas 3-4× slower (8,411 discs in 0.7-1.1 s against 0.23-0.27 s): its result follows the
 *   disc's arc, so each of ~180 cutting sides rescans ~150 positions. The depth rule needs
 *   rings that never meet: a per-day check of the pairs of edges in each grid cell (0.2-0.5 ms
 *   a day) finds none on the series; where rings do meet (an
 *   invalid or self-touching MultiPolygon) the share falls back to polygon-clipping.
 * - A boundary of one convex ring is cut by hand too (Sutherland–Hodgman, few sides); any other
 *   boundary by polygon-clipping (`_geo_clip.ts`), which also serves as the tests' reference.
 *   polygon-clipping reads two environment variables when it loads, so it is loaded only under
 *   `--allow-env`: a disc or a convex boundary needs no permission. `@turf/intersect` (7.4.0,
 *   polyclip-ts) gives polygon-clipping's shares (within 4e-16) 6× slower.
 * - Around both: cutting each ring to the clip's box first (the 2,300-vertex front-line ring
 *   comes down to ~15 positions; 2-5× faster for polygon-clipping than the whole ring), a
 *   plain scan of the ring boxes (at most 22 rings a day: flatbush 4.7.0 saves 0.2 µs) and the
 *   exact 0/1 fast path when the edge is farther than the radius.
 *
 * @module
 */

import { _describe } from "../shared/_validate.ts";
import { _inside, _parityAt, _rowCrossings } from "./_geo_inside.ts";
import { _edgeDistance, _onSegment } from "./_geo_edge.ts";
import {
  EARTH_RADIUS_KM,
  type MultiPolygonCoords,
  type PackedMultiPolygon,
  type PolygonCoords,
  type PolygonIndex,
} from "./geo_types.ts";

/** Great-circle distance in km between two `[lon, lat]` points (haversine formula). */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const a = Math.sin(dLat / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The index of no segment (an empty MultiPolygon): every query is outside. */
function _emptyIndex(seg: Float64Array): PolygonIndex {
  return {
    bbox: [NaN, NaN, NaN, NaN],
    segments: 0,
    _seg: seg,
    _nx: 1,
    _ny: 1,
    _cw: 1,
    _ch: 1,
    _start: new Uint32Array(2),
    _ids: new Uint32Array(0),
    _centre: new Uint8Array(1),
    _rings: [],
    _ringBox: new Float64Array(0),
    _stamp: new Uint32Array(0),
    _tick: 0,
  };
}

/** Inside-ness of every cell centre of a new index (`_centre`): one sweep of crossings per row. */
function _markCentres(ix: PolygonIndex): void {
  const [minX, minY] = ix.bbox;
  const { _nx: nx, _ny: ny, _cw: cw, _ch: ch, _start: start, _ids: ids, _seg: seg } = ix;
  for (let r = 0; r < ny; r++) {
    const cy = minY + (r + 0.5) * ch;
    const xs = _rowCrossings(ix, cy, minX);
    for (let c = 0; c < nx; c++) {
      const cx = minX + (c + 0.5) * cw;
      const cell = r * nx + c;
      let onEdge = false;
      for (let k = start[cell]; k < start[cell + 1] && !onEdge; k++) {
        const o = ids[k] * 4;
        onEdge = _onSegment(cx, cy, seg[o], seg[o + 1], seg[o + 2], seg[o + 3]);
      }
      ix._centre[cell] = onEdge ? 2 : _parityAt(xs, cx) ? 1 : 0;
    }
  }
}

/** The box of each ring, 4 numbers per ring: minLon, minLat, maxLon, maxLat. */
function _ringBoxes(rings: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(rings.length * 4);
  rings.forEach((r, i) => {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let k = 0; k + 1 < r.length; k += 2) {
      x0 = Math.min(x0, r[k]);
      x1 = Math.max(x1, r[k]);
      y0 = Math.min(y0, r[k + 1]);
      y1 = Math.max(y1, r[k + 1]);
    }
    out.set([x0, y0, x1, y1], i * 4);
  });
  return out;
}

/**
 * Builds a {@link PolygonIndex} from GeoJSON MultiPolygon coordinates, Polygon coordinates (one
 * polygon: an array of rings) or packed rings. Rings need not be closed. Rings with fewer than
 * 3 distinct positions contribute nothing.
 *
 * @throws {TypeError} when the coordinates are not arrays of `[lon, lat]` finite numbers.
 */
export function indexMultiPolygon(
  coords: MultiPolygonCoords | PolygonCoords | PackedMultiPolygon,
): PolygonIndex {
  const rings = _rings(coords);
  let n = 0;
  for (const r of rings) n += r.length / 2 - 1;
  const seg = new Float64Array(n * 4);
  let k = 0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const r of rings) {
    for (let i = 0; i + 3 < r.length; i += 2) {
      const x1 = r[i], y1 = r[i + 1], x2 = r[i + 2], y2 = r[i + 3];
      seg[k++] = x1;
      seg[k++] = y1;
      seg[k++] = x2;
      seg[k++] = y2;
      if (x1 < minX) minX = x1;
      if (x1 > maxX) maxX = x1;
      if (y1 < minY) minY = y1;
      if (y1 > maxY) maxY = y1;
    }
  }
  if (n === 0) return _emptyIndex(seg);
  const w = Math.max(maxX - minX, 1e-9), h = Math.max(maxY - minY, 1e-9);
  const cells = Math.max(1, Math.min(1 << 20, Math.ceil(n / 2)));
  let nx = Math.max(1, Math.round(Math.sqrt((cells * w) / h)));
  let ny = Math.max(1, Math.round(cells / nx));
  nx = Math.min(nx, 4096);
  ny = Math.min(ny, 4096);
  const cw = w / nx, ch = h / ny;
  const counts = new Uint32Array(nx * ny + 1);
  const col = (x: number) => Math.min(nx - 1, Math.max(0, Math.floor((x - minX) / cw)));
  const row = (y: number) => Math.min(ny - 1, Math.max(0, Math.floor((y - minY) / ch)));
  for (let s = 0; s < n; s++) {
    const o = s * 4;
    const c0 = col(Math.min(seg[o], seg[o + 2])), c1 = col(Math.max(seg[o], seg[o + 2]));
    const r0 = row(Math.min(seg[o + 1], seg[o + 3])), r1 = row(Math.max(seg[o + 1], seg[o + 3]));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) counts[r * nx + c + 1]++;
  }
  for (let i = 1; i < counts.length; i++) counts[i] += counts[i - 1];
  const start = counts.slice();
  const fill = counts.slice(0, nx * ny);
  const ids = new Uint32Array(start[nx * ny]);
  for (let s = 0; s < n; s++) {
    const o = s * 4;
    const c0 = col(Math.min(seg[o], seg[o + 2])), c1 = col(Math.max(seg[o], seg[o + 2]));
    const r0 = row(Math.min(seg[o + 1], seg[o + 3])), r1 = row(Math.max(seg[o + 1], seg[o + 3]));
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) ids[fill[r * nx + c]++] = s;
    }
  }
  const ix: PolygonIndex = {
    bbox: [minX, minY, maxX, maxY],
    segments: n,
    _seg: seg,
    _nx: nx,
    _ny: ny,
    _cw: cw,
    _ch: ch,
    _start: start,
    _ids: ids,
    _centre: new Uint8Array(nx * ny),
    _rings: rings,
    _ringBox: _ringBoxes(rings),
    _stamp: new Uint32Array(n),
    _tick: 0,
  };
  _markCentres(ix);
  return ix;
}

/**
 * True when `[lon, lat]` is inside the polygon (even-odd rule over all rings; holes excluded),
 * or on one of its edges (within 1e-9 degrees).
 *
 * @param polygon an index, or raw coordinates (indexed on the fly: index once for many queries).
 */
export function pointInPolygon(
  polygon: PolygonIndex | MultiPolygonCoords | PolygonCoords,
  lon: number,
  lat: number,
): boolean {
  const ix = _asIndex(polygon);
  _checkPoint("pointInPolygon", lon, lat);
  return _inside(ix, lon, lat);
}

/**
 * Distance in km from `[lon, lat]` to the nearest edge of the polygon (any ring, holes
 * included), whether the point is inside or outside. `Infinity` for an empty polygon.
 */
export function distanceToEdgeKm(
  polygon: PolygonIndex | MultiPolygonCoords | PolygonCoords,
  lon: number,
  lat: number,
): number {
  const ix = _asIndex(polygon);
  _checkPoint("distanceToEdgeKm", lon, lat);
  return _edgeDistance(ix, lon, lat);
}

export function _asIndex(p: PolygonIndex | MultiPolygonCoords | PolygonCoords): PolygonIndex {
  if (p !== null && typeof p === "object" && !Array.isArray(p) && "_seg" in p) {
    return p as PolygonIndex;
  }
  return indexMultiPolygon(p as MultiPolygonCoords);
}

export function _checkPoint(fn: string, lon: unknown, lat: unknown): void {
  if (typeof lon !== "number" || !Number.isFinite(lon)) {
    throw new TypeError(`${fn}: lon: expected a finite number, found ${_describe(lon)}`);
  }
  if (typeof lat !== "number" || !Number.isFinite(lat)) {
    throw new TypeError(`${fn}: lat: expected a finite number, found ${_describe(lat)}`);
  }
  if (lat < -90 || lat > 90) {
    throw new RangeError(`${fn}: lat: expected a latitude from -90 to 90, found ${lat}`);
  }
}

/** Normalises any accepted coordinates to closed packed rings (flat Float64Arrays). */
function _rings(coords: unknown): Float64Array[] {
  if (!Array.isArray(coords)) {
    throw new TypeError(
      `indexMultiPolygon: expected MultiPolygon or Polygon coordinates (arrays), found ${
        _describe(coords)
      }`,
    );
  }
  const out: Float64Array[] = [];
  // Depth detection: Polygon = ring[] (ring = position[]), MultiPolygon = polygon[].
  const first = coords.find((x) => Array.isArray(x) || x instanceof Float64Array);
  const isPacked = Array.isArray(first) && first.length > 0 && first[0] instanceof Float64Array;
  const isPolygon = Array.isArray(first) && Array.isArray(first[0]) &&
    typeof first[0][0] === "number";
  const polys: unknown[] = isPolygon ? [coords] : coords;
  for (const p of polys) {
    if (!Array.isArray(p)) {
      throw new TypeError(
        `indexMultiPolygon: expected a polygon (array of rings), found ${_describe(p)}`,
      );
    }
    for (const ring of p) {
      if (isPacked || ring instanceof Float64Array) {
        const f = ring as Float64Array;
        if (f.length < 6) continue;
        const closed = f[0] === f[f.length - 2] && f[1] === f[f.length - 1];
        if (closed) out.push(f);
        else {
          const g = new Float64Array(f.length + 2);
          g.set(f);
          g[f.length] = f[0];
          g[f.length + 1] = f[1];
          out.push(g);
        }
        continue;
      }
      if (!Array.isArray(ring)) {
        throw new TypeError(
          `indexMultiPolygon: expected a ring (array of positions), found ${_describe(ring)}`,
        );
      }
      const n = ring.length;
      if (n < 3) continue;
      const f = new Float64Array((n + 1) * 2);
      for (let i = 0; i < n; i++) {
        const pos = ring[i];
        if (
          !Array.isArray(pos) || typeof pos[0] !== "number" || typeof pos[1] !== "number" ||
          !Number.isFinite(pos[0]) || !Number.isFinite(pos[1])
        ) {
          throw new TypeError(
            `indexMultiPolygon: expected a [lon, lat] position of finite numbers, found ${
              _describe(pos)
            }`,
          );
        }
        f[2 * i] = pos[0];
        f[2 * i + 1] = pos[1];
      }
      const closed = f[0] === f[2 * n - 2] && f[1] === f[2 * n - 1];
      if (closed) out.push(f.subarray(0, 2 * n));
      else {
        f[2 * n] = f[0];
        f[2 * n + 1] = f[1];
        out.push(f);
      }
    }
  }
  return out;
}
