/**
 * Everything the gap notebooks and the report export need, prepared in one call: articles loaded,
 * claims extracted (once per input and extractor version, shared through `loadAndExtract()`'s
 * cache), the places table, the mapping data when its folder exists, gap rows and confirmation
 * lags. When the mapping-data folder is absent the result says so in `notes` and the
 * gap is text-based only (assessments from mapping-project claims in the articles).
 *
 * @example
 * ```ts
 * const data = await prepareReport("../data/articles", { mapping: "../../shared/reference/deepstate" });
 * html(plotGap(data.gapRows, { assessment: gapAssessment(data) }));
 * ```
 * @module
 */
import type { Article, Claim, LoadReport, Role } from "../shared/types.ts";
import { ROLES } from "../shared/types.ts";
import { loadAndExtract } from "./extraction_cache.ts";
import { loadMappingData, type MappingData } from "../gap/mapping_data.ts";
import { confirmationLag, summarizeLag } from "../gap/lag.ts";
import { gap } from "../gap/gap.ts";
import { type GapRow, type LagRow, type LagSummary, type PlaceInfo } from "../gap/gap_types.ts";
import { readPlaceTable } from "../gap/place_table.ts";
import { type AssessmentPoint, plotGap } from "../plots/plot_gap.ts";
import { mapAssessmentSeries } from "../plots/gap_series.ts";
import { LAG_SELECTION, lagPoints, plotLag } from "../plots/plot_lag.ts";
import { type MapPoint, mapPoints, plotMap, readOccupiedArea } from "../plots/plot_map.ts";
import { roundRows } from "../tables/tabulate.ts";
import { GAP_COLUMNS } from "../tables/export.ts";
import { _describe, _isoDate, _number, _oneOf } from "../shared/_validate.ts";
import { _escapeHtml } from "../shared/_escape.ts";
import { focusNote, focusReport, inPlaces, resolvePlaceNames } from "./report_focus.ts";

/** Options of {@link prepareReport}. */
export interface ReportDataOptions {
  /**
   * Folder of DeepState-style daily GeoJSON files (or one dated GeoJSON file). Null or a path
   * that does not exist: no mapping data, text-based gap only (said in `notes`).
   * @default null
   */
  mapping?: string | null;
  /** Places CSV with coordinates (`canonical,variants,oblast,lat,lon,kind,radius_km`). @default the project's `data/places.csv` */
  places?: string;
  /** Days a mapping-project claim in the articles stays in force. @default 7 */
  windowDays?: number;
  /** Roles whose claims get gap rows and confirmation lags. @default ["official"] */
  roles?: readonly Role[];
  /**
   * Places the report covers (the notebooks' `places` parameter): a name, a comma-separated
   * string or a list, in any case and any spelling the gazetteer knows (see
   * `resolvePlaceNames()`); empty: all. Every claim, gap row, lag row and map point is then of
   * these places only ({@link ReportData.focus}).
   * @default []
   */
  focus?: string | readonly string[] | null;
  /**
   * Folder of the extraction cache shared by the notebooks and the export (see
   * `loadAndExtract()`); null: load and extract without it.
   * @default "<repository>/.cache/claimgap/"
   */
  cacheDir?: string | null;
}

/** What {@link prepareReport} returns. */
export interface ReportData {
  corpus: string;
  articles: Article[];
  loadReport: LoadReport;
  claims: Claim[];
  /** Places table with coordinates (empty when the file is missing; see `notes`). */
  places: PlaceInfo[];
  /** The loaded mapping data, or null when its folder was not given or not found. */
  mapping: MappingData | null;
  /** Where the mapping data was looked for (as given), or null. */
  mappingPath: string | null;
  gapRows: GapRow[];
  /** Confirmation lags of capture claims by the chosen roles (empty without mapping data). */
  lagRows: LagRow[];
  /** What the reader should know: missing mapping data, skipped places rows... */
  notes: string[];
  /** Canonical names of the places the data was narrowed to; empty or absent: all. */
  focus?: string[];
}

const DEFAULT_PLACES = new URL("../../data/places.csv", import.meta.url);

async function _exists(path: string | URL): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return false;
    throw e;
  }
}

/** The report's place table, or none (noted); skipped rows other than regions are noted. */
async function _readPlaces(placesPath: string, notes: string[]): Promise<PlaceInfo[]> {
  let places: PlaceInfo[] = [];
  if (await _exists(placesPath)) {
    const t = await readPlaceTable(placesPath);
    places = t.places;
    const regions = t.skipped.filter((s) => /no usable lat\/lon/.test(s.reason)).length;
    const other = t.skipped.length - regions;
    if (other) {
      notes.push(
        `${other} row(s) of ${placesPath} skipped: ${
          t.skipped.filter((s) => !/no usable lat\/lon/.test(s.reason))
            .map((s) => `line ${s.line}: ${s.reason}`).join("; ")
        }`,
      );
    }
  } else notes.push(`places table ${placesPath} not found: no coordinates, no map assessment`);
  return places;
}

/** The report's mapping data, or null (noted) when not given, not found or without snapshots. */
async function _readMapping(
  mappingPath: string | null,
  notes: string[],
): Promise<MappingData | null> {
  let mapping: MappingData | null = null;
  if (mappingPath === null) {
    notes.push("no mapping-data folder given");
  } else if (!(await _exists(mappingPath))) {
    notes.push(`mapping data not found at ${mappingPath}`);
  } else {
    mapping = await loadMappingData(mappingPath);
    const skipped = mapping.report.entries.filter((e) => e.action === "skipped");
    if (!mapping.snapshots.length) {
      notes.push(`no usable snapshot in ${mappingPath}`);
      mapping = null;
    } else if (skipped.length) {
      notes.push(
        `${skipped.length} mapping file(s) skipped: ${
          skipped.slice(0, 5).map((e) => `${e.file}: ${e.reason}`).join("; ")
        }${skipped.length > 5 ? "; …" : ""}`,
      );
    }
  }
  return mapping;
}

/** Load, extract and compare: see the module documentation. */
export async function prepareReport(
  corpus: string,
  options: ReportDataOptions = {},
): Promise<ReportData> {
  if (typeof corpus !== "string" || corpus === "") {
    throw new TypeError(`corpus: expected a folder or file path, found ${_describe(corpus)}`);
  }
  const windowDays = _number("options.windowDays", options.windowDays ?? 7, 0, 3650);
  const roles = (options.roles ?? ["official"]).map((r, i) =>
    _oneOf(`options.roles[${i}]`, r, ROLES)
  );
  const notes: string[] = [];
  // unknown names fail before the (long) load, unless the claims may still name them
  let focus: string[] | null = null;
  try {
    focus = resolvePlaceNames(options.focus);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  const { articles, report: loadReport, claims } = await loadAndExtract(corpus, {
    cacheDir: options.cacheDir,
  });
  focus ??= resolvePlaceNames(options.focus, { known: claims.map((c) => c.place) });
  const placesPath = options.places ?? DEFAULT_PLACES.pathname;
  const places = await _readPlaces(placesPath, notes);
  const mappingPath = options.mapping ?? null;
  const mapping = await _readMapping(mappingPath, notes);
  const usable = mapping && places.length ? mapping : null;
  const gapRows = gap(claims, {
    windowDays,
    roles,
    mapping: usable,
    places: usable ? places : null,
  });
  const lagRows = usable
    ? confirmationLag(claims.filter((c) => roles.includes(c.role)), usable, places)
    : [];
  return focusReport({
    corpus,
    articles,
    loadReport,
    claims,
    places,
    mapping,
    mappingPath,
    gapRows,
    lagRows,
    notes,
  }, focus);
}

/** The daily map assessment series for the gap chart, or undefined without mapping data. */
export function gapAssessment(data: ReportData): AssessmentPoint[] | undefined {
  if (!data.mapping || !data.places.length) return undefined;
  return mapAssessmentSeries(data.gapRows, data.mapping, data.places);
}

/**
 * A short HTML note on what the report rests on: articles, claims, mapping data (its span, or
 * that it is missing and the gap is text-based), and every note of {@link ReportData.notes}.
 */
export function reportStatusHtml(data: ReportData): string {
  const m = data.mapping;
  const e = _escapeHtml;
  const lines = [
    `${data.articles.length} article(s) from ${
      e(data.corpus)
    }, ${data.claims.length} claim(s), ${data.gapRows.length} gap row(s).`,
    m
      ? `Mapping data: ${m.snapshots.length} snapshot(s) from ${m.dates[0]} to ${m.dates.at(-1)} (${
        e(data.mappingPath)
      }).`
      : "<strong>No mapping data</strong>: the gap below is text-based only (assessments from the mapping projects' claims in the articles).",
    e(focusNote(data)),
    ...data.notes.map((n) => e(n)),
  ];
  const style = m
    ? "border-left: 4px solid #7d7d7d; background: #f6f6f6;"
    : "border-left: 4px solid #e09b00; background: #fff7e6;";
  return `<div class="claimgap-status" style="${style} padding: 6px 10px; font: 13px DejaVu Sans, sans-serif;">${
    lines.map((l) => `<p style="margin: 2px 0;">${l}</p>`).join("")
  }</div>`;
}

/** Options of the report chart helpers. */
export interface ReportChartOptions {
  /**
   * Places to show, named as for {@link ReportDataOptions.focus}; empty or omitted: the places
   * the data was narrowed to (all when none). Goes through the same filter as `prepareReport`.
   * @default []
   */
  places?: string | readonly string[];
}

/** The data narrowed to `places` when given (same resolution and filter as prepareReport). */
function _view(data: ReportData, places: string | readonly string[] | undefined): ReportData {
  if (places === undefined || places.length === 0) return data;
  return focusReport(
    data,
    resolvePlaceNames(places, { known: data.claims.map((c) => c.place) }),
  );
}

/** The gap chart of the report: daily map assessment when there is mapping data. */
export function gapChart(data: ReportData, options: ReportChartOptions = {}): string {
  const view = _view(data, options.places);
  return plotGap(view.gapRows, {
    assessment: gapAssessment(view),
    places: view.focus?.length ? view.focus : undefined,
    title: data.mapping
      ? "Official claims against the DeepState map"
      : "Official claims against the mapping projects' claims in the articles (no mapping data)",
  });
}

/**
 * The lag chart of the report, or a note saying why there is none. Its claims are
 * {@link LAG_SELECTION}: the same as {@link lagSummaryTable}'s, said once under the chart.
 */
export function lagChart(data: ReportData, options: ReportChartOptions = {}): string {
  if (!data.mapping) {
    return `<p class="claimgap-note" style="font: 13px DejaVu Sans, sans-serif;">No mapping data: confirmation lags need the daily map series.</p>`;
  }
  const view = _view(data, options.places);
  return plotLag(lagPoints(view.lagRows)) +
    `<p class="claimgap-note" style="font: 12px DejaVu Sans, sans-serif; color: #555;">Chart and table below: ${
      _escapeHtml(LAG_SELECTION)
    }.</p>`;
}

/** Median lag and share never confirmed per side, over the lag chart's claims, rounded. */
export function lagSummaryTable(data: ReportData, options: ReportChartOptions = {}): LagSummary[] {
  return roundRows(summarizeLag(_view(data, options.places).lagRows));
}

/**
 * Gap rows for display, by place then day: the export's columns up to `lag_days`, numbers rounded
 * to 2 decimals, then `note` (why a cell is empty) and, when `options.claims` is given, the
 * claim's `quote`.
 */
export function gapTable(
  rows: readonly GapRow[],
  options: ReportChartOptions & { claims?: readonly Claim[] } = {},
): Record<string, string | number | null>[] {
  const focus = options.places?.length
    ? resolvePlaceNames(options.places, { known: rows.map((r) => r.place) })
    : [];
  const quotes = new Map((options.claims ?? []).map((c) => [c.id ?? "", c.quote]));
  const cols = GAP_COLUMNS.slice(0, GAP_COLUMNS.indexOf("lag_days") + 1);
  return inPlaces(rows, focus)
    .map((r) => {
      const o: Record<string, string | number | null> = {};
      for (const c of cols) {
        const v = (r as unknown as Record<string, unknown>)[c];
        o[c] = typeof v === "number" ? Math.round(v * 100) / 100 : (v ?? null) as string | null;
      }
      o.note = r.note;
      if (options.claims) o.quote = quotes.get(r.id ?? "") ?? null;
      return o;
    })
    .sort((a, b) =>
      String(a.place).localeCompare(String(b.place), "en") ||
      String(a.date ?? "9999").localeCompare(String(b.date ?? "9999")) ||
      String(a.claimant).localeCompare(String(b.claimant), "en")
    );
}

/**
 * The day the map shows: `day` when given, else the latest dated gap row, else the last
 * snapshot; null without mapping data.
 */
export function mapDay(data: ReportData, day = ""): string | null {
  if (day) return _isoDate("day", day);
  if (!data.mapping) return null;
  const dates = data.gapRows.map((r) => r.date).filter((d): d is string => d !== null).sort();
  return dates.at(-1) ?? data.mapping.dates.at(-1) ?? null;
}

/** What the map page shows: its day, its points, places without coordinates, claims left out. */
export interface MapView {
  day: string | null;
  points: MapPoint[];
  missing: string[];
  /** Gap rows dated after `day`, not drawn. */
  later: number;
}

/**
 * The map page's data, shared by the map and its tables: the places of the (narrowed) gap rows
 * dated up to {@link mapDay} (undated rows count as places with nothing to compare).
 */
export function mapView(
  data: ReportData,
  options: ReportChartOptions & { day?: string } = {},
): MapView {
  const view = _view(data, options.places);
  const day = mapDay(view, options.day ?? "");
  const rows = view.gapRows.filter((r) => !day || r.date === null || r.date <= day);
  const { points, missing } = mapPoints(rows, view.places);
  return { day, points, missing, later: view.gapRows.length - rows.length };
}

/** The map of the report: places by latest gap over the occupied area of {@link mapDay}. */
export async function mapChart(
  data: ReportData,
  options: ReportChartOptions & { day?: string } = {},
): Promise<string> {
  const { day, points, missing, later } = mapView(data, options);
  const area = data.mapping && day && data.mappingPath
    ? await readOccupiedArea(data.mappingPath, day)
    : null;
  const narrowed = Boolean(data.focus?.length || options.places?.length);
  const svg = plotMap(points, {
    occupied: area?.geometry ?? null,
    date: area?.date ?? null,
    // A report narrowed to a few places shows them up close; otherwise the whole front.
    fit: narrowed ? "places" : "front",
  });
  const p = (text: string) =>
    `<p class="claimgap-note" style="font: 12px DejaVu Sans, sans-serif; color: #555;">${
      _escapeHtml(text)
    }</p>`;
  return svg +
    (day
      ? p(
        `Claims up to ${day} only${
          later ? ` (${later} later claim(s) not drawn)` : ""
        }: each place shows its latest claim on or before the map's day.`,
      )
      : "") +
    (missing.length
      ? p(`Not on the map (no coordinates in the places table): ${missing.join(", ")}.`)
      : "");
}
