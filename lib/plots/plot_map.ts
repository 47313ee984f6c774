/**
 * The map: places at their coordinates, coloured by their latest gap (official assertion minus
 * mapping assessment), over the occupied area of one day of mapping data (a GeoJSON geometry
 * passed in). Without mapping data the places are drawn alone.
 *
 * Helpers: {@link mapPoints} picks each place's latest gap from gap rows; {@link readOccupiedArea}
 * reads the occupied MultiPolygon of a day from a DeepState-style folder (or one dated file).
 * @module
 */
import type { Role } from "../shared/types.ts";
import { ROLES } from "../shared/types.ts";
import { _renderPlot, Plot } from "../shared/_dom.ts";
import { _describe, _isoDate, _number, _oneOf } from "../shared/_validate.ts";
import {
  _styleFigure,
  _textWidth,
  MAPPING_COLOR,
  OCCUPIED_FILL,
  PLOT_STYLE,
  SIDE_COLORS,
} from "./_style.ts";

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
}

/** A GeoJSON object the map can draw as the occupied area. */
export type OccupiedGeoJSON =
  | { type: "Polygon"; coordinates: number[][][] }
  | { type: "MultiPolygon"; coordinates: number[][][][] }
  | { type: "Feature"; geometry: OccupiedGeoJSON | null; properties?: unknown }
  | { type: "FeatureCollection"; features: { geometry: OccupiedGeoJSON | null }[] };

/** Options of {@link plotMap}. */
export interface MapOptions {
  /** @default "Latest gap per place" (plus the day of the occupied area when given) */
  title?: string;
  /** Occupied area to draw under the places (Polygon, MultiPolygon, Feature or collection). */
  occupied?: OccupiedGeoJSON | null;
  /** Day of the occupied area, shown in the subtitle. @default null */
  date?: string | null;
  /** Name of the mapping source in the subtitle. @default "DeepState" */
  source?: string;
  /** Only these places (empty: all). @default all points */
  places?: readonly string[];
  /** Width in pixels. @default 760 */
  width?: number;
  /** Degrees of margin around the places' extent. @default 0.12 */
  padDegrees?: number;
}

/** Gap bins of the colour legend (thresholds) and their colours. */
const GAP_THRESHOLDS = [-0.75, -0.25, 0.25, 0.75];
const GAP_COLORS = [
  SIDE_COLORS.ukraine,
  "#8fb3de",
  "#e6e6e6",
  "#e39a8f",
  SIDE_COLORS.russia,
];

/**
 * Render the map as an HTML `<figure>` string. Places without a gap are hollow grey rings; a
 * positive gap (red) means the claim gives Russia more than the map does, a negative one (blue)
 * less.
 */
export function plotMap(points: readonly MapPoint[], options: MapOptions = {}): string {
  if (!Array.isArray(points)) {
    throw new TypeError(
      `points: expected an array of {place, lon, lat, gap}, found ${_describe(points)}`,
    );
  }
  points.forEach((p, i) => {
    if (!p || typeof p.place !== "string") {
      throw new TypeError(`points[${i}]: expected {place, lon, lat, gap}, found ${_describe(p)}`);
    }
    _number(`points[${i}].lon`, p.lon, -180, 180);
    _number(`points[${i}].lat`, p.lat, -90, 90);
    if (p.gap !== null) _number(`points[${i}].gap`, p.gap, -1, 1);
  });
  const width = _number("options.width", options.width ?? 760, 200, 4000);
  const pad = _number("options.padDegrees", options.padDegrees ?? 0.12, 0.001, 20);
  const date = _isoDate("options.date", options.date ?? null, true);
  const source = options.source ?? "DeepState";
  const wanted = options.places?.length ? new Set(options.places) : null;
  const sorted = points.filter((p) => !wanted || wanted.has(p.place)).sort((a, b) =>
    a.place < b.place ? -1 : a.place > b.place ? 1 : a.lon - b.lon || a.lat - b.lat
  );
  const occupied = options.occupied ? _rewind(_geometry(options.occupied)) : null;
  const [x0, y0, x1, y1] = _extent(sorted, pad);
  const height = Math.round(
    Math.min(
      900,
      Math.max(260, width * (y1 - y0) / ((x1 - x0) * Math.cos((y0 + y1) * Math.PI / 360))),
    ),
  );
  const spots = _placeLabels(sorted, [x0, y0, x1, y1], width - 20, height - 20);
  const withGap = sorted.filter((p) => p.gap !== null);
  const noGap = sorted.filter((p) => p.gap === null);
  const tip = (p: MapPoint) =>
    `${p.place}: gap ${p.gap === null ? "n/a" : p.gap}${p.date ? `, ${p.date}` : ""}${
      p.claimant ? ` (${p.claimant})` : ""
    }`;
  const notes = [
    occupied
      ? `shaded: area occupied according to ${source}${date ? ` on ${date}` : ""}`
      : "no mapping data: places only",
    "gap = official claim − map assessment (+ claims more Russian control than mapped)",
  ];
  if (noGap.length) notes.push(`${noGap.length} place(s) with nothing to compare: grey rings`);
  return _styleFigure(_renderPlot({
    title: options.title ?? `Latest gap per place${date ? ` (map of ${date})` : ""}`,
    subtitle: notes.join("; ") + ".",
    width,
    height,
    margin: 10,
    style: PLOT_STYLE,
    projection: {
      type: "mercator",
      domain: { type: "MultiPoint", coordinates: [[x0, y0], [x1, y1], [x0, y1], [x1, y0]] },
    },
    color: {
      type: "threshold",
      domain: GAP_THRESHOLDS,
      range: GAP_COLORS,
      legend: true,
      label: "gap (claim − map)",
      tickFormat: (v: number) => (v > 0 ? `+${v}` : String(v)),
    },
    marks: [
      Plot.frame({ stroke: "#ccc", fill: "#fbfbf8" }),
      ...(occupied
        ? [
          Plot.geo(occupied, {
            fill: OCCUPIED_FILL,
            stroke: "#b4655a",
            strokeWidth: 0.6,
            clip: "frame",
          }),
        ]
        : []),
      Plot.dot(noGap, {
        x: "lon",
        y: "lat",
        r: 5,
        stroke: MAPPING_COLOR,
        strokeWidth: 1.5,
        fill: "white",
        title: tip,
      }),
      Plot.dot(withGap, {
        x: "lon",
        y: "lat",
        r: 6.5,
        fill: "gap",
        stroke: "#222",
        strokeWidth: 0.8,
        title: tip,
      }),
      ...LABEL_SPOTS.map((spot) =>
        Plot.text(sorted.filter((_p, i) => spots[i] === spot.name), {
          x: "lon",
          y: "lat",
          text: "place",
          dx: spot.dx,
          dy: spot.dy,
          textAnchor: spot.anchor,
          fontSize: 11,
          fill: "#111",
          stroke: "white",
          strokeWidth: 3,
          paintOrder: "stroke",
        })
      ),
    ],
  }));
}

const LABEL_SPOTS = [
  { name: "right", dx: 9, dy: 0, anchor: "start" },
  { name: "left", dx: -9, dy: 0, anchor: "end" },
  { name: "below", dx: 0, dy: 13, anchor: "middle" },
  { name: "above", dx: 0, dy: -13, anchor: "middle" },
] as const;

/**
 * Greedy label placement: for each point (in the given order) the first of right, left, below,
 * above whose box (estimated in pixels) overlaps no label or dot placed so far; right when none.
 */
export function _placeLabels(
  points: readonly { place: string; lon: number; lat: number }[],
  extent: readonly number[],
  width: number,
  height: number,
): string[] {
  const merc = (lat: number) =>
    Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180 / Math.PI;
  const [x0, y0, x1, y1] = extent;
  const k = Math.min(width / (x1 - x0), height / (merc(y1) - merc(y0)));
  const xy = points.map((p) => [(p.lon - x0) * k, (merc(y1) - merc(p.lat)) * k]);
  const boxes: [number, number, number, number][] = xy.map((
    [x, y],
  ) => [x - 7, y - 7, x + 7, y + 7]);
  const hit = (b: [number, number, number, number]) =>
    boxes.some((o) => b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]);
  return points.map((p, i) => {
    const [x, y] = xy[i];
    const w = _textWidth(p.place, 11), h = 12;
    for (const spot of LABEL_SPOTS) {
      const cx = x + spot.dx, cy = y + spot.dy;
      const left = spot.anchor === "start" ? cx : spot.anchor === "end" ? cx - w : cx - w / 2;
      const box: [number, number, number, number] = [left, cy - h / 2, left + w, cy + h / 2];
      if (!hit(box)) {
        boxes.push(box);
        return spot.name;
      }
    }
    return "right";
  });
}

/** `[minLon, minLat, maxLon, maxLat]` of the points, padded; a default box when there are none. */
export function _extent(points: readonly { lon: number; lat: number }[], pad: number) {
  if (!points.length) return [36.5, 47.5, 38.5, 49.0];
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.lon), x1 = Math.max(x1, p.lon);
    y0 = Math.min(y0, p.lat), y1 = Math.max(y1, p.lat);
  }
  return [x0 - pad, y0 - pad, x1 + pad, y1 + pad];
}

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
 * in `coords` (matched by `place` or `name`, e.g. `readPlaceTable()`'s places) gets a point,
 * `gap: null` when nothing compares; places without coordinates are listed in `missing`.
 */
export function mapPoints(
  rows: readonly MapGapRow[],
  coords: readonly { place?: string; name?: string; lon: number; lat: number }[],
  options: MapPointsOptions = {},
): { points: MapPoint[]; missing: string[] } {
  const roles = (options.roles ?? ["official"]).map((r, i) =>
    _oneOf(`options.roles[${i}]`, r, ROLES)
  );
  const textFallback = options.textFallback ?? true;
  const where = new Map<string, { lon: number; lat: number }>();
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
