/**
 * The map's data: the points (each place's latest gap, from gap rows and a places table) and the
 * occupied area of a day (read from a DeepState-style folder or one dated GeoJSON file, as one
 * MultiPolygon wound the way d3-geo draws it). {@link plotMap} draws them.
 * @module
 */
import type { Role } from "../shared/types.ts";
import { ROLES } from "../shared/types.ts";
import { _describe, _isoDate, _oneOf } from "../shared/_validate.ts";

/** A place on the map. */
export interface MapPoint {
  place: string;
  lon: number;
  lat: number;
  /** Latest gap, −1..1 (assertion minus assessment); null when nothing to compare. */
  gap: number | null;
  /** Day of the claim the gap comes from, for the tooltip. @default null */
  date?: string | null;
  /** Who made that claim, for the tooltip. @default null */
  claimant?: string | null;
  /**
   * Kind of place from the places table (`city`, `town`, `village`, `region`); regions (oblasts,
   * "Donbas") are not drawn as points. @default null (a settlement)
   */
  kind?: string | null;
}

/** A GeoJSON object the map can draw as the occupied area. */
export type OccupiedGeoJSON =
  | { type: "Polygon"; coordinates: number[][][] }
  | { type: "MultiPolygon"; coordinates: number[][][][] }
  | { type: "Feature"; geometry: OccupiedGeoJSON | null; properties?: unknown }
  | { type: "FeatureCollection"; features: { geometry: OccupiedGeoJSON | null }[] };

/** The (Multi)Polygon geometry of any accepted GeoJSON object, as one MultiPolygon. */
export function _geometry(
  g: OccupiedGeoJSON,
): { type: "MultiPolygon"; coordinates: number[][][][] } {
  const polys: number[][][][] = [];
  const visit = (o: OccupiedGeoJSON | null, where: string) => {
    if (o === null) return;
    if (!o || typeof o !== "object") {
      throw new TypeError(`${where}: expected a GeoJSON object, found ${_describe(o)}`);
    }
    switch (o.type) {
      case "Polygon":
        polys.push(o.coordinates);
        return;
      case "MultiPolygon":
        polys.push(...o.coordinates);
        return;
      case "Feature":
        return visit(o.geometry, `${where}.geometry`);
      case "FeatureCollection":
        o.features.forEach((f, i) => visit(f?.geometry ?? null, `${where}.features[${i}]`));
        return;
      default:
        throw new TypeError(
          `${where}: expected a Polygon, MultiPolygon, Feature or FeatureCollection, found type ${
            _describe((o as { type?: unknown }).type)
          }`,
        );
    }
  };
  visit(g, "options.occupied");
  return { type: "MultiPolygon", coordinates: polys };
}

/** Twice the signed planar area of a ring (positive: counter-clockwise with y up). */
function _ringArea(ring: number[][]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return s;
}

/**
 * Wind rings the way d3-geo (which Plot uses) expects: outer rings clockwise, holes
 * counter-clockwise. GeoJSON (RFC 7946) uses the opposite, and d3 would then fill the whole globe
 * except the polygon. Returns new arrays; the input is not modified.
 */
export function _rewind(
  g: { type: "MultiPolygon"; coordinates: number[][][][] },
): { type: "MultiPolygon"; coordinates: number[][][][] } {
  return {
    type: "MultiPolygon",
    coordinates: g.coordinates.map((poly) =>
      poly.map((ring, k) => {
        const ccw = _ringArea(ring) > 0;
        const wantCcw = k > 0;
        return ccw === wantCcw ? ring : [...ring].reverse();
      })
    ),
  };
}

/** Which claims' gaps {@link mapPoints} considers. */
export interface MapPointsOptions {
  /** Roles whose claims count. @default ["official"] */
  roles?: readonly Role[];
  /** Use `gap_text` when a place has no `gap_map`. @default true */
  textFallback?: boolean;
}

/** A gap row's fields {@link mapPoints} reads. */
export interface MapGapRow {
  place: string;
  date: string | null;
  role: Role;
  claimant: string;
  gap_map: number | null;
  gap_text: number | null;
}

/**
 * One point per place with coordinates: the gap of its latest dated claim (by the chosen roles)
 * with a map gap (else, with `textFallback`, a text gap); ties on the day go to the larger gap in
 * absolute value, then the claimant name. Every place of the rows (chosen roles) with coordinates
 * in `coords` (matched by `place` or `name`, e.g. `readPlaceTable()`'s places) gets a point with
 * the place's `kind`,
 * `gap: null` when nothing compares; places without coordinates are listed in `missing`.
 */
export function mapPoints(
  rows: readonly MapGapRow[],
  coords: readonly {
    place?: string;
    name?: string;
    lon: number;
    lat: number;
    kind?: string | null;
  }[],
  options: MapPointsOptions = {},
): { points: MapPoint[]; missing: string[] } {
  const roles = (options.roles ?? ["official"]).map((r, i) =>
    _oneOf(`options.roles[${i}]`, r, ROLES)
  );
  const textFallback = options.textFallback ?? true;
  const where = new Map<string, { lon: number; lat: number; kind?: string | null }>();
  for (const c of coords) {
    const name = c.place ?? c.name;
    if (typeof name === "string" && !where.has(name)) where.set(name, c);
  }
  const best = new Map<
    string,
    { gap: number | null; date: string | null; claimant: string | null; tier: number }
  >();
  const places = new Set<string>();
  for (const r of rows) {
    if (!roles.includes(r.role)) continue;
    places.add(r.place);
    const gap = r.gap_map ?? (textFallback ? r.gap_text : null);
    if (gap === null || r.date === null) continue;
    const tier = r.gap_map !== null ? 1 : 0;
    const cur = best.get(r.place);
    const better = !cur || tier > cur.tier ||
      (tier === cur.tier &&
        (r.date > cur.date! ||
          (r.date === cur.date &&
            (Math.abs(gap) > Math.abs(cur.gap!) ||
              (Math.abs(gap) === Math.abs(cur.gap!) && r.claimant < cur.claimant!)))));
    if (better) best.set(r.place, { gap, date: r.date, claimant: r.claimant, tier });
  }
  const points: MapPoint[] = [];
  const missing: string[] = [];
  for (const place of [...places].sort()) {
    const at = where.get(place);
    if (!at) {
      missing.push(place);
      continue;
    }
    const b = best.get(place);
    points.push({
      place,
      lon: at.lon,
      lat: at.lat,
      gap: b?.gap ?? null,
      date: b?.date ?? null,
      claimant: b?.claimant ?? null,
      kind: at.kind ?? null,
    });
  }
  return { points, missing };
}

/**
 * The occupied area of the latest snapshot on or before `day`: from a folder of
 * `deepstatemap_data_YYYYMMDD.geojson` files, or one GeoJSON FeatureCollection whose features carry
 * `properties.date`. Null when no snapshot is that early. Throws `Deno.errors.NotFound` when
 * `path` does not exist, `SyntaxError` (file named) when the chosen file is not JSON.
 */
export async function readOccupiedArea(
  path: string,
  day: string,
): Promise<{ date: string; file: string; geometry: OccupiedGeoJSON } | null> {
  _isoDate("day", day);
  const stat = await Deno.stat(path);
  const parse = async (file: string) => {
    const text = await Deno.readTextFile(file);
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new SyntaxError(
        `${file}: expected GeoJSON, found invalid JSON (${(e as Error).message})`,
      );
    }
  };
  if (stat.isDirectory) {
    const re = /^deepstatemap_data_(\d{4})(\d{2})(\d{2})\.geojson$/;
    let pick: { date: string; name: string } | null = null;
    for await (const e of Deno.readDir(path)) {
      const m = re.exec(e.name);
      if (!m) continue;
      const d = `${m[1]}-${m[2]}-${m[3]}`;
      if (d <= day && (!pick || d > pick.date)) pick = { date: d, name: e.name };
    }
    if (!pick) return null;
    const file = `${path.replace(/\/$/, "")}/${pick.name}`;
    return { date: pick.date, file, geometry: _geometry(await parse(file)) };
  }
  const json = await parse(path);
  const features: { properties?: { date?: unknown }; geometry: OccupiedGeoJSON | null }[] =
    Array.isArray(json?.features) ? json.features : [];
  const norm = (v: unknown) =>
    typeof v === "string" ? v.replace(/^(\d{4})(\d{2})(\d{2})$/, "$1-$2-$3") : null;
  let best: string | null = null;
  for (const f of features) {
    const d = norm(f?.properties?.date);
    if (d && d <= day && (!best || d > best)) best = d;
  }
  if (!best) return null;
  return {
    date: best,
    file: path,
    geometry: _geometry({
      type: "FeatureCollection",
      features: features.filter((f) => norm(f?.properties?.date) === best),
    }),
  };
}
