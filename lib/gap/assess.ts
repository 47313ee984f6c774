/**
 * What the mapping data shows at a place on a day: the place reduced to a point, a disc or a
 * boundary, its inside/share/distance series over the snapshots (cached), and the status read off
 * them with the options' thresholds.
 * Takes mapping data, a place and a day; gives an {@link Assessment} ({@link assessPlace}) or null.
 * @module
 */

import { type Status, STATUSES } from "../shared/types.ts";
import { _describe, _isoDate, _number, _oneOf } from "../shared/_validate.ts";
import { _discClip, polygonShare } from "./geo_share.ts";
import { _edgeDistance } from "./_geo_edge.ts";
import { _inside } from "./_geo_inside.ts";
import { indexMultiPolygon } from "./geo.ts";
import { type PolygonIndex } from "./geo_types.ts";
import { _dayDiff, type MappingData, snapshotIndexOn } from "./mapping_data.ts";
import { type Assessment, type AssessOptions, type PlaceLike, STATUS_VALUES } from "./gap_types.ts";

/** Value of a status (default {@link STATUS_VALUES}). */
export function statusValue(status: Status, values: Partial<Record<Status, number>> = {}): number {
  _oneOf("statusValue: status", status, STATUSES);
  return values[status] ?? STATUS_VALUES[status];
}

/**
 * The mapping data's assessment of a place on `day`, from the latest snapshot on or before it
 * (null when there is none within `maxAgeDays`).
 *
 * - Point place (kind not in `areaKinds`, no boundary): inside the occupied area (edge counts)
 *   → `russia`, share 1; else within `edgeKm` of its edge → `contested`; else `ukraine`; share 0.
 * - Areal place: occupied share of its `boundary`, else of a disc of `radius_km`
 *   (or `defaultRadiusKm[kind]`) around its point; share ≥ `russiaShare` → `russia`,
 *   ≤ `ukraineShare` → `ukraine`, else `contested`.
 *
 * Kinds in `unassessedKinds` (default: region) give null.
 *
 * Results are cached per (place geometry, snapshot) inside the MappingData, so repeated
 * queries cost a map lookup.
 *
 * @throws {TypeError} bad place, day or options; {@link RangeError} options out of range.
 */
export function assessPlace(
  data: MappingData,
  place: PlaceLike,
  day: string,
  options: AssessOptions = {},
): Assessment | null {
  _isoDate("assessPlace: day", day);
  const o = _assessOptions("assessPlace", options);
  _checkPlace("assessPlace", place);
  const g = _geomFor(place, o);
  return typeof g === "string" ? null : _assessAt(data, g, day, o);
}

// ---------------------------------------------------------------------------------------------

export interface _Opts {
  edgeKm: number;
  russiaShare: number;
  ukraineShare: number;
  maxAgeDays: number;
  samples: number;
  areaKinds: readonly string[];
  unassessedKinds: readonly string[];
  defaultRadiusKm: Readonly<Record<string, number>>;
}

/** A place reduced to what the map needs, with a cache key. */
export interface _PlaceGeom {
  key: string;
  lon: number;
  lat: number;
  method: "point" | "disc" | "boundary";
  radiusKm: number;
  boundary: PolygonIndex | null;
}

interface _Raw {
  inside: boolean;
  share: number;
  distanceKm: number;
}

const _boundaryIds = new WeakMap<object, number>();
let _nextBoundaryId = 1;

export function _assessOptions(fn: string, o: AssessOptions): _Opts {
  if (o === null || typeof o !== "object") {
    throw new TypeError(`${fn}: options: expected an object, found ${_describe(o)}`);
  }
  const edgeKm = _number(`${fn}: edgeKm`, o.edgeKm ?? 2, 0);
  const russiaShare = _number(`${fn}: russiaShare`, o.russiaShare ?? 0.9, 0, 1);
  const ukraineShare = _number(`${fn}: ukraineShare`, o.ukraineShare ?? 0.1, 0, 1);
  if (ukraineShare >= russiaShare) {
    throw new RangeError(
      `${fn}: ukraineShare: expected less than russiaShare (${russiaShare}), found ${ukraineShare}`,
    );
  }
  const maxAgeDays = o.maxAgeDays ?? 7;
  if (maxAgeDays !== Infinity) _number(`${fn}: maxAgeDays`, maxAgeDays, 0);
  const samples = o.samples ?? 1600;
  if (!Number.isInteger(samples)) {
    throw new TypeError(`${fn}: samples: expected an integer, found ${_describe(samples)}`);
  }
  _number(`${fn}: samples`, samples, 1, 1_000_000);
  const areaKinds = o.areaKinds ?? ["town", "city"];
  if (!Array.isArray(areaKinds) || areaKinds.some((k) => typeof k !== "string")) {
    throw new TypeError(
      `${fn}: areaKinds: expected an array of strings, found ${_describe(areaKinds)}`,
    );
  }
  const unassessedKinds = o.unassessedKinds ?? ["region"];
  if (!Array.isArray(unassessedKinds) || unassessedKinds.some((k) => typeof k !== "string")) {
    throw new TypeError(
      `${fn}: unassessedKinds: expected an array of strings, found ${_describe(unassessedKinds)}`,
    );
  }
  const defaultRadiusKm = { town: 2, city: 4, ...(o.defaultRadiusKm ?? {}) };
  for (const [k, v] of Object.entries(defaultRadiusKm)) {
    _number(`${fn}: defaultRadiusKm.${k}`, v, 0);
  }
  return {
    edgeKm,
    russiaShare,
    ukraineShare,
    maxAgeDays,
    samples,
    areaKinds: areaKinds.map((k) => k.toLowerCase()),
    unassessedKinds: unassessedKinds.map((k) => k.toLowerCase()),
    defaultRadiusKm,
  };
}

export function _checkPlace(fn: string, p: PlaceLike): void {
  if (p === null || typeof p !== "object") {
    throw new TypeError(`${fn}: place: expected {lat, lon, kind}, found ${_describe(p)}`);
  }
  _number(`${fn}: place.lat`, p.lat, -90, 90);
  _number(`${fn}: place.lon`, p.lon, -180, 180);
  if (typeof p.kind !== "string") {
    throw new TypeError(`${fn}: place.kind: expected a string, found ${_describe(p.kind)}`);
  }
  if (p.radius_km !== undefined && p.radius_km !== null) {
    _number(`${fn}: place.radius_km`, p.radius_km, 0);
  }
}

/** The geometry to assess for a table entry, or why there is none (a note). */
export function _geomFor(p: PlaceLike | undefined, o: _Opts): _PlaceGeom | string {
  if (!p) return "place not in the places table";
  const kind = String(p.kind ?? "").toLowerCase();
  if (o.unassessedKinds.includes(kind)) return `${kind}: not assessed on the map`;
  return _placeGeom(p, o);
}

function _placeGeom(p: PlaceLike, o: _Opts): _PlaceGeom {
  const kind = String(p.kind ?? "").toLowerCase();
  if (p.boundary) {
    const b = p.boundary as object;
    let id = _boundaryIds.get(b);
    if (id === undefined) {
      id = _nextBoundaryId++;
      _boundaryIds.set(b, id);
    }
    return {
      key: `b${id}|${p.lon}|${p.lat}`,
      lon: p.lon,
      lat: p.lat,
      method: "boundary",
      radiusKm: 0,
      boundary: indexMultiPolygon(p.boundary),
    };
  }
  if (o.areaKinds.includes(kind)) {
    const r = p.radius_km ?? o.defaultRadiusKm[kind] ?? o.defaultRadiusKm.town ?? 2;
    return {
      key: `d|${p.lon}|${p.lat}|${r}`,
      lon: p.lon,
      lat: p.lat,
      method: "disc",
      radiusKm: r,
      boundary: null,
    };
  }
  return {
    key: `p|${p.lon}|${p.lat}`,
    lon: p.lon,
    lat: p.lat,
    method: "point",
    radiusKm: 0,
    boundary: null,
  };
}

/** Per (mapping data, place geometry): raw results per snapshot, computed on demand. */
interface _Series {
  /** 0 not computed, 1 outside, 2 inside. */
  state: Uint8Array;
  /** Occupied share, NaN until computed. */
  share: Float64Array;
  /** Exact edge distance (km), NaN until computed. */
  dist: Float64Array;
  /** Per target/threshold key: run start index (or -1) and next showing index (or -1). */
  lag: Map<string, { runStart: Int32Array; next: Int32Array }>;
}

const _seriesCache = new WeakMap<MappingData, Map<string, _Series>>();

export function _series(data: MappingData, g: _PlaceGeom): _Series {
  let byPlace = _seriesCache.get(data);
  if (!byPlace) {
    byPlace = new Map();
    _seriesCache.set(data, byPlace);
  }
  let s = byPlace.get(g.key);
  if (!s) {
    const n = data.snapshots.length;
    s = {
      state: new Uint8Array(n),
      share: new Float64Array(n).fill(NaN),
      dist: new Float64Array(n).fill(NaN),
      lag: new Map(),
    };
    byPlace.set(g.key, s);
  }
  return s;
}

/**
 * The snapshot whose results stand for snapshot `i`: the first of its run of identical days.
 * Results are stored there, so a run is evaluated once.
 */
function _canon(data: MappingData, i: number): number {
  const u = data.snapshots[i].geometryIndex;
  return u >= 0 && u <= i ? u : i;
}

/** Whether the place's point is inside the occupied area on snapshot `i` (cached). */
function _insideAt(data: MappingData, g: _PlaceGeom, s: _Series, i: number): boolean {
  const u = _canon(data, i);
  if (s.state[u] === 0) {
    s.state[u] = _inside(data.snapshots[u].geometry(), g.lon, g.lat) ? 2 : 1;
  }
  return s.state[u] === 2;
}

/** Exact distance (km) from the place's point to the occupied edge on snapshot `i` (cached). */
function _distAt(data: MappingData, g: _PlaceGeom, s: _Series, i: number): number {
  const u = _canon(data, i);
  if (Number.isNaN(s.dist[u])) {
    s.dist[u] = _edgeDistance(data.snapshots[u].geometry(), g.lon, g.lat);
  }
  return s.dist[u];
}

/** Occupied share of the place on snapshot `i` (cached); needs no exact distance. */
function _shareAt(data: MappingData, g: _PlaceGeom, s: _Series, i: number): number {
  const u = _canon(data, i);
  if (Number.isNaN(s.share[u])) {
    const ix = data.snapshots[u].geometry();
    let share: number;
    if (g.method === "point") share = _insideAt(data, g, s, u) ? 1 : 0;
    else if (g.method === "disc") {
      // Only whether the edge comes within the radius matters here: a bounded search.
      const d = Number.isNaN(s.dist[u]) ? _edgeDistance(ix, g.lon, g.lat, g.radiusKm) : s.dist[u];
      share = d >= g.radiusKm
        ? (_insideAt(data, g, s, u) ? 1 : 0)
        : _discClip(ix, g.lon, g.lat, g.radiusKm);
    } else share = polygonShare(ix, g.boundary!);
    s.share[u] = share;
  }
  return s.share[u];
}

/** Everything about a place on snapshot `i` (for assessments). */
function _raw(data: MappingData, g: _PlaceGeom, s: _Series, i: number): _Raw {
  return {
    inside: _insideAt(data, g, s, i),
    share: _shareAt(data, g, s, i),
    distanceKm: _distAt(data, g, s, i),
  };
}

function _statusOf(g: _PlaceGeom, r: _Raw, o: _Opts): Status {
  if (g.method === "point") {
    return r.inside ? "russia" : r.distanceKm <= o.edgeKm ? "contested" : "ukraine";
  }
  return r.share >= o.russiaShare ? "russia" : r.share <= o.ukraineShare ? "ukraine" : "contested";
}

/** Whether snapshot `i` shows `target` at the place (see confirmationLag). */
export function _shows(
  data: MappingData,
  g: _PlaceGeom,
  s: _Series,
  i: number,
  target: Status,
  o: _Opts,
): boolean {
  if (g.method === "point") {
    const inside = _insideAt(data, g, s, i);
    return target === "russia" ? inside : !inside;
  }
  const share = _shareAt(data, g, s, i);
  return target === "russia" ? share >= o.russiaShare : share <= o.ukraineShare;
}

export function _assessAt(
  data: MappingData,
  g: _PlaceGeom,
  day: string,
  o: _Opts,
): Assessment | null {
  const i = snapshotIndexOn(data, day);
  if (i < 0) return null;
  const date = data.snapshots[i].date;
  if (o.maxAgeDays !== Infinity && _dayDiff(date, day) > o.maxAgeDays) return null;
  const r = _raw(data, g, _series(data, g), i);
  return {
    status: _statusOf(g, r, o),
    share: r.share,
    distanceKm: r.distanceKm,
    snapshotDate: date,
    method: g.method,
  };
}
