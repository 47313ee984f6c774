/**
 * The shapes and constants of the geometry: positions, rings, polygons, the packed MultiPolygon and
 * its {@link PolygonIndex}, the share options, the Earth's radius and the edge tolerance.
 * Types and constants only (conventions in `geo.ts`).
 * @module
 */

/** A GeoJSON position `[lon, lat]` (degrees). */
export type Position = readonly number[];
/** A closed or open ring of positions (closing vertex optional). */
export type Ring = readonly Position[];
/** A GeoJSON Polygon's coordinates: outer ring then holes. */
export type PolygonCoords = readonly Ring[];
/** A GeoJSON MultiPolygon's coordinates. */
export type MultiPolygonCoords = readonly PolygonCoords[];
/** Polygons as packed rings: each ring a flat `[lon0, lat0, lon1, lat1, ...]` array. */
export type PackedMultiPolygon = readonly (readonly Float64Array[])[];

/** A MultiPolygon prepared for fast queries. Treat as opaque; fields starting with `_` are private. */
export interface PolygonIndex {
  /** `[minLon, minLat, maxLon, maxLat]` of all rings, or all NaN when empty. */
  readonly bbox: readonly [number, number, number, number];
  /** Number of edges (segments) over all rings. */
  readonly segments: number;
  /** Segment endpoints, 4 numbers per segment: lon1, lat1, lon2, lat2. */
  readonly _seg: Float64Array;
  /** Grid: columns, rows, cell width and height (degrees). */
  readonly _nx: number;
  readonly _ny: number;
  readonly _cw: number;
  readonly _ch: number;
  /** CSR grid: segment ids of cell `c` are `_ids[_start[c] .. _start[c + 1])`. */
  readonly _start: Uint32Array;
  readonly _ids: Uint32Array;
  /**
   * Per cell: 0 when the cell's centre is outside, 1 inside, 2 when the centre lies on an edge
   * (queries in that cell fall back to a ray along the whole row).
   */
  readonly _centre: Uint8Array;
  /** The rings, closed and packed (`[lon0, lat0, ..., lon0, lat0]`), for the exact shares. */
  readonly _rings: readonly Float64Array[];
  /** Per ring its box, 4 numbers: minLon, minLat, maxLon, maxLat. */
  readonly _ringBox: Float64Array;
  /** Scratch stamps for de-duplicating segments that sit in several cells. */
  readonly _stamp: Uint32Array;
  _tick: number;
}

/** Options of {@link discShare} and {@link polygonShare}. */
export interface ShareOptions {
  /**
   * @deprecated The shares are exact areas now (see `geo.ts`), so no sampling is left to
   * size: the option is still checked (an integer from 1 to 1,000,000, as when it set the
   * number of lattice points) and has no effect.
   * @default 1600
   */
  samples?: number;
}

/**
 * Vertices of the regular polygon that stands for a disc in {@link discShare}. Inscribed in the
 * circle: its area is n·sin(2π/n)/(2π) = 99.990% of the disc's, and a share differs from the true
 * circle's by at most about 1e-4 (measured 2.7e-5 at most on the DeepState series against a
 * 4096-gon).
 */
export const DISC_VERTICES = 256;

/** Mean Earth radius in km (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;
export const KM_PER_DEG = (EARTH_RADIUS_KM * Math.PI) / 180;
export const EDGE_EPS = 1e-9;
