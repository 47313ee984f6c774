/**
 * The map: places at their coordinates, coloured by their latest gap (official assertion minus
 * mapping assessment), over the occupied area of one day of mapping data (a GeoJSON geometry
 * passed in), on a base layer of land, coast, national borders and major cities
 * ({@link defaultBasemap}). Takes points (see {@link mapPoints}); gives an HTML `<figure>`.
 *
 * The frame fits the front: the occupied area and the places (or the places alone with
 * `fit: "places"`). Regions (oblasts, "Donbas") are not points: they are listed in the caption.
 * Labels are placed greedily without overlaps ({@link placeLabels}); a place left without a label
 * is named in the caption. The points' and the occupied area's helpers live in `map_data.ts`.
 * @module
 */
import { geoMercator } from "npm:d3-geo@3.1.2";
import { _renderPlot, Plot } from "../shared/_dom.ts";
import { _describe, _isoDate, _number, _oneOf } from "../shared/_validate.ts";
import { _styleFigure, MAPPING_COLOR, OCCUPIED_FILL, PLOT_STYLE, SIDE_COLORS } from "./_style.ts";
import { type Basemap, defaultBasemap } from "./basemap.ts";
import { type LabelItem, type LabelSpot, placeLabels } from "./map_labels.ts";
import { _geometry, _rewind, type MapPoint, type OccupiedGeoJSON } from "./map_data.ts";

export {
  _geometry,
  _rewind,
  type MapGapRow,
  type MapPoint,
  mapPoints,
  type MapPointsOptions,
  type OccupiedGeoJSON,
  readOccupiedArea,
} from "./map_data.ts";

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
  /** Width in pixels. @default 900 */
  width?: number;
  /** Degrees of margin around the frame's extent. @default 0.12 */
  padDegrees?: number;
  /**
   * What the frame fits: `"front"` the occupied area and the places, `"places"` the places
   * alone (for a report narrowed to a few places). @default "front"
   */
  fit?: "front" | "places";
  /** Base layer (land, coast, borders, cities); null: none. @default defaultBasemap() */
  basemap?: Basemap | null;
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
const SEA = "#e4eef6", LAND = "#f8f6f0", INSET = 8;

/**
 * Render the map as an HTML `<figure>` string. Places without a gap are hollow grey rings; a
 * positive gap (red) means the claim gives Russia more than the map does, a negative one (blue)
 * less. Cities of the base layer are small dark squares with grey labels.
 */
export function plotMap(points: readonly MapPoint[], options: MapOptions = {}): string {
  _checkPoints(points);
  const width = _number("options.width", options.width ?? 900, 200, 4000);
  const pad = _number("options.padDegrees", options.padDegrees ?? 0.12, 0.001, 20);
  const fit = _oneOf("options.fit", options.fit ?? "front", ["front", "places"] as const);
  const date = _isoDate("options.date", options.date ?? null, true);
  const source = options.source ?? "DeepState";
  const base = options.basemap === undefined ? defaultBasemap() : options.basemap;
  const wanted = options.places?.length ? new Set(options.places) : null;
  const sorted = points.filter((p) => !wanted || wanted.has(p.place)).sort((a, b) =>
    a.place < b.place ? -1 : a.place > b.place ? 1 : a.lon - b.lon || a.lat - b.lat
  );
  const regions = sorted.filter((p) => p.kind === "region");
  const spots = sorted.filter((p) => p.kind !== "region");
  const occupied = options.occupied ? _rewind(_geometry(options.occupied)) : null;
  const extent = _extent(spots, fit === "front" ? occupied : null, pad);
  const { projection, height } = _projection(extent, width);
  const at = (p: { lon: number; lat: number }) => projection([p.lon, p.lat]) as [number, number];
  const inv = (x: number, y: number) => projection.invert([x, y]) as [number, number];
  const named = new Set(spots.map((p) => p.place.toLowerCase()));
  const cities = (base?.cities ?? []).filter((c) => {
    const [x, y] = at(c);
    return !named.has(c.name.toLowerCase()) && x >= INSET && x <= width - INSET && y >= INSET &&
      y <= height - INSET;
  }).sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : 1));
  const ordered = [...spots.filter((p) => p.gap !== null), ...spots.filter((p) => p.gap === null)];
  const items: LabelItem[] = [
    ...ordered.map((p) => ({ text: p.place, ...xy(at(p)), r: p.gap === null ? 6 : 7.5 })),
    ...cities.map((c) => ({ text: c.name, ...xy(at(c)), r: 3, fontSize: 10 })),
  ];
  const placed = placeLabels(
    items,
    items.map((i) => ({ x: i.x, y: i.y, r: i.r ?? 0 })),
    [0, 0, width, height],
  );
  const placeSpots = placed.slice(0, ordered.length);
  const citySpots = placed.slice(ordered.length);
  const shownCities = cities.filter((_c, i) => citySpots[i] !== null);
  const unlabelled = ordered.filter((_p, i) => placeSpots[i] === null).map((p) => p.place);
  const labels = [
    ...ordered.map((p, i) => ({ text: p.place, from: at(p), spot: placeSpots[i], city: false })),
    ...cities.map((c, i) => ({ text: c.name, from: at(c), spot: citySpots[i], city: true })),
  ].filter((l): l is { text: string; from: [number, number]; spot: LabelSpot; city: boolean } =>
    l.spot !== null
  );
  const withGap = spots.filter((p) => p.gap !== null);
  const noGap = spots.filter((p) => p.gap === null);
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
  if (regions.length) {
    notes.push(
      `region claims (areas, not drawn as points): ${
        regions.map((p) => `${p.place} ${p.gap === null ? "n/a" : _signed(p.gap)}`).join(", ")
      }`,
    );
  }
  if (unlabelled.length) notes.push(`not labelled (no room; hover): ${unlabelled.join(", ")}`);
  if (base) {
    notes.push(
      `base: ${base.source}, borders as internationally recognised (Crimea in Ukraine); ` +
        `squares: major cities`,
    );
  }
  return _styleFigure(_renderPlot({
    title: options.title ?? `Latest gap per place${date ? ` (map of ${date})` : ""}`,
    subtitle: notes.join("; ") + ".",
    width,
    height,
    margin: 0,
    style: PLOT_STYLE,
    projection,
    color: {
      type: "threshold",
      domain: GAP_THRESHOLDS,
      range: GAP_COLORS,
      legend: true,
      label: "gap (claim − map)",
      tickFormat: (v: number) => (v > 0 ? `+${v}` : String(v)),
    },
    marks: [
      Plot.frame({ stroke: "#bbb", fill: base ? SEA : "#fbfbf8" }),
      ...(base
        ? [Plot.geo(base.land, { fill: LAND, stroke: "none", ariaDescription: "land" })]
        : []),
      ...(occupied
        ? [
          Plot.geo(occupied, {
            fill: OCCUPIED_FILL,
            stroke: "#b4655a",
            strokeWidth: 0.6,
            ariaDescription: "occupied area",
          }),
        ]
        : []),
      ...(base
        ? [
          Plot.geo(base.coast, { stroke: "#8aa9c6", strokeWidth: 0.7, ariaDescription: "coast" }),
          Plot.geo(base.borders, {
            stroke: "#444",
            strokeWidth: 1.1,
            strokeDasharray: "5,2,1,2",
            ariaDescription: "borders",
          }),
          Plot.dot(shownCities, {
            x: "lon",
            y: "lat",
            r: 2.5,
            symbol: "square",
            fill: "#333",
            ariaDescription: "cities",
          }),
        ]
        : []),
      Plot.geo(
        labels.filter((l) => l.spot.leader).map((l) => ({
          type: "LineString",
          coordinates: [inv(...l.from), inv(l.spot.leader!.x, l.spot.leader!.y)],
        })),
        { stroke: "#666", strokeWidth: 0.7, ariaDescription: "leader lines" },
      ),
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
      ..._labelMarks(labels, inv),
    ],
  }));
}

function xy([x, y]: [number, number]) {
  return { x, y };
}

function _signed(v: number): string {
  return v > 0 ? `+${v}` : String(v);
}

function _checkPoints(points: readonly MapPoint[]): void {
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
}

/** One text mark per anchor and style (place labels dark, city labels grey and smaller). */
function _labelMarks(
  labels: readonly { text: string; spot: LabelSpot; city: boolean }[],
  inv: (x: number, y: number) => [number, number],
) {
  const marks = [];
  for (const city of [true, false]) {
    for (const anchor of ["start", "middle", "end"] as const) {
      const rows = labels.filter((l) => l.city === city && l.spot.anchor === anchor).map((l) => {
        const [lon, lat] = inv(l.spot.x, l.spot.y);
        return { lon, lat, text: l.text };
      });
      if (!rows.length) continue;
      marks.push(Plot.text(rows, {
        x: "lon",
        y: "lat",
        text: "text",
        textAnchor: anchor,
        fontSize: city ? 10 : 11,
        fontStyle: city ? "italic" : "normal",
        fill: city ? "#555" : "#111",
        stroke: "white",
        strokeWidth: 3,
        paintOrder: "stroke",
      }));
    }
  }
  return marks;
}

/**
 * A Mercator projection fitted to `extent` at `width` pixels (height from the extent's shape,
 * 260 to 900 px), clipped to the frame.
 */
export function _projection(extent: readonly number[], width: number) {
  const [x0, y0, x1, y1] = extent;
  const domain = { type: "MultiPoint", coordinates: [[x0, y0], [x1, y1], [x0, y1], [x1, y0]] };
  const probe = geoMercator().fitWidth(width - 2 * INSET, domain);
  const [[, top], [, bottom]] = [probe([x0, y1])!, probe([x1, y0])!];
  const height = Math.round(Math.min(900, Math.max(260, bottom - top + 2 * INSET)));
  const projection = geoMercator()
    .precision(0)
    .fitExtent([[INSET, INSET], [width - INSET, height - INSET]], domain)
    .clipExtent([[0, 0], [width, height]]);
  return { projection, height };
}

/**
 * `[minLon, minLat, maxLon, maxLat]` of the points and the occupied area, padded; a default box
 * (the Donbas front) when both are empty.
 */
export function _extent(
  points: readonly { lon: number; lat: number }[],
  occupied: { coordinates: number[][][][] } | null,
  pad: number,
): number[] {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const add = (lon: number, lat: number) => {
    x0 = Math.min(x0, lon), x1 = Math.max(x1, lon);
    y0 = Math.min(y0, lat), y1 = Math.max(y1, lat);
  };
  for (const p of points) add(p.lon, p.lat);
  for (const poly of occupied?.coordinates ?? []) {
    for (const [lon, lat] of poly[0] ?? []) add(lon, lat);
  }
  if (x0 === Infinity) return [36.5, 47.5, 38.5, 49.0];
  return [x0 - pad, y0 - pad, x1 + pad, y1 + pad];
}
