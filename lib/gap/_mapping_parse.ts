/**
 * One mapping snapshot file parsed: its date read and normalised, the GeoJSON (or a bare
 * geometry) reduced to the occupied polygons, each polygon checked, and aliases of an unchanged day.
 * Takes a file's name and text; gives a raw snapshot or a reported problem.
 * @module
 */

import { indexMultiPolygon } from "./geo.ts";
import { type PolygonIndex } from "./geo_types.ts";
import { _describe } from "../shared/_validate.ts";
import type { MappingSnapshot } from "./mapping_data.ts";

export interface _RawSnapshot {
  date: string;
  file: string;
  coords: Float64Array[][];
}

/** A snapshot whose geometry equals the previous one's: it shares that index. */
export function _alias(r: _RawSnapshot, of: MappingSnapshot): MappingSnapshot {
  return Object.freeze({
    date: r.date,
    file: r.file,
    rings: of.rings,
    vertices: of.vertices,
    geometryIndex: of.geometryIndex,
    geometry: of.geometry,
    toGeoJSON: of.toGeoJSON,
  });
}

export function _sameCoords(a: Float64Array[][], b: Float64Array[][]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].length !== b[i].length) return false;
    for (let j = 0; j < a[i].length; j++) {
      const x = a[i][j], y = b[i][j];
      if (x.length !== y.length) return false;
      for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false;
    }
  }
  return true;
}

export function _snapshot(r: _RawSnapshot, index: number): MappingSnapshot {
  let cached: PolygonIndex | null = null;
  let rings = 0, vertices = 0;
  for (const p of r.coords) {
    for (const ring of p) {
      rings++;
      vertices += ring.length / 2;
    }
  }
  const coords = r.coords;
  return Object.freeze({
    date: r.date,
    file: r.file,
    rings,
    vertices,
    geometryIndex: index,
    geometry(): PolygonIndex {
      if (cached === null) cached = indexMultiPolygon(coords);
      return cached;
    },
    toGeoJSON(): { type: "MultiPolygon"; coordinates: number[][][][] } {
      return _toGeoJSON(coords);
    },
  });
}

function _toGeoJSON(
  coords: Float64Array[][],
): { type: "MultiPolygon"; coordinates: number[][][][] } {
  return {
    type: "MultiPolygon",
    coordinates: coords.map((p) =>
      p.map((ring) => {
        const out: number[][] = [];
        for (let i = 0; i + 1 < ring.length; i += 2) out.push([ring[i], ring[i + 1]]);
        return out;
      })
    ),
  };
}

export function _isRealDay(d: string): boolean {
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}

export function _normDate(d: unknown): string | null {
  if (typeof d !== "string") return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
  if (!m) m = /^(\d{4})(\d{2})(\d{2})$/.exec(d);
  if (!m) return null;
  const s = `${m[1]}-${m[2]}-${m[3]}`;
  return _isRealDay(s) ? s : null;
}

/** Packs polygons into flat [x0, y0, x1, y1, ...] rings (closing vertex kept or added). */
export function _compact(polys: number[][][][]): Float64Array[][] {
  return polys.map((p) =>
    p.map((ring) => {
      const n = ring.length;
      const closed = n > 0 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1];
      const m = closed ? n : n + 1;
      const out = new Float64Array(m * 2);
      for (let i = 0; i < n; i++) {
        out[2 * i] = ring[i][0];
        out[2 * i + 1] = ring[i][1];
      }
      if (!closed) {
        out[2 * n] = ring[0][0];
        out[2 * n + 1] = ring[0][1];
      }
      return out;
    })
  );
}

/**
 * Collects the polygons of a FeatureCollection into `out`. Returns null when fine, else the reason
 * the whole input is unusable. Coordinates are checked: each position must be two finite numbers,
 * lon within -180..180 and lat within -90..90.
 */
export function _collectPolygons(
  json: unknown,
  out: number[][][][],
  feature: number | null,
  ignored: number[] = [],
): string | null {
  const where = feature === null ? "" : `feature ${feature}: `;
  if (json === null || typeof json !== "object") {
    return `not GeoJSON: expected a FeatureCollection object, found ${_describe(json)}`;
  }
  const j = json as { type?: unknown; features?: unknown };
  if (j.type !== "FeatureCollection" || !Array.isArray(j.features)) {
    return `not GeoJSON: expected type "FeatureCollection" with a features array, found type ${
      _describe(j.type)
    }`;
  }
  for (let i = 0; i < j.features.length; i++) {
    const g = (j.features[i] as { geometry?: { type?: unknown; coordinates?: unknown } } | null)
      ?.geometry;
    if (!g || typeof g !== "object" || (g.type !== "Polygon" && g.type !== "MultiPolygon")) {
      ignored.push(i);
      continue;
    }
    const label = feature === null ? `feature ${i}: ` : where;
    if (g.type === "Polygon") {
      const p = _checkPolygon(g.coordinates);
      if (typeof p === "string") return `${label}bad Polygon coordinates: ${p}`;
      out.push(p);
    } else if (g.type === "MultiPolygon") {
      if (!Array.isArray(g.coordinates)) {
        return `${label}bad MultiPolygon coordinates: expected an array, found ${
          _describe(g.coordinates)
        }`;
      }
      for (const pc of g.coordinates) {
        const p = _checkPolygon(pc);
        if (typeof p === "string") return `${label}bad MultiPolygon coordinates: ${p}`;
        out.push(p);
      }
    }
  }
  return null;
}

function _checkPolygon(p: unknown): number[][][] | string {
  if (!Array.isArray(p)) return `expected an array of rings, found ${_describe(p)}`;
  for (const ring of p) {
    if (!Array.isArray(ring) || ring.length < 3) {
      return `expected a ring of at least 3 positions, found ${_describe(ring)}`;
    }
    for (const pos of ring) {
      if (
        !Array.isArray(pos) || pos.length < 2 || typeof pos[0] !== "number" ||
        typeof pos[1] !== "number" || !Number.isFinite(pos[0]) || !Number.isFinite(pos[1])
      ) {
        return `expected a [lon, lat] position, found ${_describe(pos)}`;
      }
      if (Math.abs(pos[1]) > 90 || Math.abs(pos[0]) > 180) {
        return `expected lon -180..180 and lat -90..90, found [${pos[0]}, ${pos[1]}] ` +
          `(${Math.abs(pos[1]) > 90 ? "lat" : "lon"} out of range)`;
      }
    }
  }
  return p as number[][][];
}
