/**
 * The occupied share of a disc or of a boundary polygon, computed exactly as a ratio of areas:
 * the disc (a regular {@link DISC_VERTICES}-gon) or a convex boundary intersected with the
 * occupied rings by the hand-written convex cut (`_geo_convex.ts`), any other boundary (or rings
 * that touch or cross) by polygon-clipping (`_geo_clip.ts`), in a local equirectangular frame in
 * km centred on the place (see `geo.ts` for the conventions).
 * Takes an index and a disc (centre, radius) or a boundary; gives a share in [0, 1].
 * @module
 */

// deno-lint-ignore no-import-prefix -- the team pins npm packages with versioned npm: specifiers
import type { Pair } from "npm:polygon-clipping@0.15.7";
import { _describe } from "../shared/_validate.ts";
import { _inside } from "./_geo_inside.ts";
import { _edgeDistance } from "./_geo_edge.ts";
import { _area, _clipper, _occupiedArea, _project } from "./_geo_clip.ts";
import {
  _convexCCW,
  _convexCut,
  _frame,
  _nestedOccupied,
  _shoelace,
  _trimmed,
} from "./_geo_convex.ts";
import { _discGon, _discGonArea, _discRingArea } from "./_geo_disc.ts";
import {
  type MultiPolygonCoords,
  type PolygonCoords,
  type PolygonIndex,
  type ShareOptions,
} from "./geo_types.ts";
import { _asIndex, _checkPoint } from "./geo.ts";

/**
 * Share (0..1) of a disc of `radiusKm` around `[lon, lat]` that lies inside the polygon.
 *
 * When the edge is farther than the radius from the centre, the answer is exact (0 or 1, from
 * the centre point). Otherwise the disc, as a regular {@link DISC_VERTICES}-gon inscribed in the
 * circle (a vertex due east) in the equirectangular frame centred on the point (x scaled by
 * cos(lat), as for the edge distance), is intersected with the occupied rings: the share is the
 * area of the intersection over the polygon's area. It differs from the true circle's share by
 * at most about 1e-4; a disc centred on a straight edge gives 0.5 to rounding (the polygon is
 * centrally symmetric). Radius 0 gives 0 or 1 for the centre point.
 *
 * @throws {RangeError} when `radiusKm` is negative or `samples` (deprecated, no effect) is out of
 *   range.
 * @throws {Error} only when the disc straddles the edge, the occupied rings touch or cross (never
 *   on the DeepState series) and the program may not read polygon-clipping's two environment
 *   variables (run with `--allow-env`).
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
  _samples("discShare", options.samples);
  if (ix.segments === 0) return 0;
  const d = _edgeDistance(ix, lon, lat, radiusKm);
  if (radiusKm === 0 || d >= radiusKm) return _inside(ix, lon, lat) ? 1 : 0;
  return _discClip(ix, lon, lat, radiusKm);
}

/** @internal the exact disc share of {@link discShare}: no checks and no fast path. */
export function _discClip(ix: PolygonIndex, lon: number, lat: number, radiusKm: number): number {
  const f = _frame(lon, lat);
  // The box holds the disc with 1% to spare, so the box sides the cut rings run along stay out.
  const dx = (1.01 * radiusKm) / f.kx, dy = (1.01 * radiusKm) / f.ky;
  const box = [lon - dx, lat - dy, lon + dx, lat + dy] as const;
  let a = _nestedOccupied(ix, box, f, (p, n) => _discRingArea(p, n, radiusKm));
  if (Number.isNaN(a)) a = _occupiedArea("discShare", ix, [_closed(_discGon(radiusKm))], box, f);
  return Math.min(1, Math.max(0, a / _discGonArea(radiusKm)));
}

/**
 * Share (0..1) of the area of `boundary` (a place's outline) that lies inside `polygon`.
 *
 * Exact: the boundary's region (even-odd over its rings, as for the occupied area) intersected
 * with the occupied rings, over the boundary's area, both in the equirectangular frame centred
 * on the boundary's box (x scaled by cos of its middle latitude). A boundary of one convex ring
 * is cut by hand, as a disc is; any other boundary by polygon-clipping. `samples` is deprecated
 * and has no effect.
 *
 * @throws {RangeError} when the boundary has no rings or no area (degenerate boundary).
 * @throws {Error} when the boundary is not one convex ring (or the occupied rings touch or
 *   cross) and the program may not read polygon-clipping's two environment variables.
 */
export function polygonShare(
  polygon: PolygonIndex | MultiPolygonCoords | PolygonCoords,
  boundary: PolygonIndex | MultiPolygonCoords | PolygonCoords,
  options: ShareOptions = {},
): number {
  const ix = _asIndex(polygon);
  const bx = _asIndex(boundary);
  _samples("polygonShare", options.samples);
  if (bx.segments === 0) {
    throw new RangeError("polygonShare: boundary: expected a polygon with area, found no rings");
  }
  const [x0, y0, x1, y1] = bx.bbox;
  const f = _frame((x0 + x1) / 2, (y0 + y1) / 2);
  const mx = 0.01 * (x1 - x0) + 1e-9, my = 0.01 * (y1 - y0) + 1e-9;
  const box = [x0 - mx, y0 - my, x1 + mx, y1 + my] as const;
  const convex = bx._rings.length === 1 ? _convexCCW(_trimmed(bx._rings[0], box, f, true)) : null;
  if (convex !== null) {
    const a = _nestedOccupied(ix, box, f, _convexCut(convex));
    if (!Number.isNaN(a)) return Math.min(1, Math.max(0, a / _shoelace(convex, convex.length / 2)));
  }
  const rings = bx._rings.map((r) => [_project(r, f)]);
  const region = _clipper("polygonShare").xor(rings[0], ...rings.slice(1));
  const whole = _area(region);
  if (!(whole > 0)) {
    throw new RangeError(
      `polygonShare: boundary: expected a polygon with area, found an area of ${whole} km²`,
    );
  }
  return Math.min(1, Math.max(0, _occupiedArea("polygonShare", ix, region, box, f) / whole));
}

/** A packed open ring as polygon-clipping's closed ring of pairs. */
function _closed(p: Float64Array): Pair[] {
  const out: Pair[] = [];
  for (let i = 0; i < p.length; i += 2) out.push([p[i], p[i + 1]]);
  out.push([p[0], p[1]]);
  return out;
}

/** Checks the deprecated `samples` option (no effect), as when it sized the lattice. */
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
