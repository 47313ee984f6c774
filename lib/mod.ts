/**
 * claimgap: who claimed what, about which place, on which day, and how far each side's official
 * assertions sit from what the mapping projects assess.
 *
 * One public door: notebooks, the command line and the tests import from here.
 *
 * @example
 * ```ts
 * import { loadArticles } from "../lib/mod.ts";
 * const { articles, report } = await loadArticles("../data/articles");
 * ```
 *
 * @module
 */

export type {
  Area,
  Article,
  Claim,
  ClaimKind,
  LoadEntry,
  LoadReport,
  LoadResult,
  Paragraph,
  ParagraphKind,
  Role,
  Side,
  Status,
} from "./shared/types.ts";
export { AREAS, CLAIM_KINDS, ROLES, SIDES, STATUSES } from "./shared/types.ts";

// Gap engineer: geometry, mapping data, the gap.
export { discShare, polygonShare } from "./gap/geo_share.ts";
export { distanceToEdgeKm, haversineKm, indexMultiPolygon, pointInPolygon } from "./gap/geo.ts";
export { EARTH_RADIUS_KM } from "./gap/geo_types.ts";
export type {
  MultiPolygonCoords,
  PackedMultiPolygon,
  PolygonCoords,
  PolygonIndex,
  Position,
  Ring,
  ShareOptions,
} from "./gap/geo_types.ts";
export { loadMappingData, snapshotIndexOn, snapshotOn } from "./gap/mapping_data.ts";
export type {
  LoadMappingOptions,
  MappingData,
  MappingReportEntry,
  MappingSnapshot,
  SnapshotOnOptions,
} from "./gap/mapping_data.ts";
export { assessPlace, statusValue } from "./gap/assess.ts";
export { confirmationLag, summarizeLag } from "./gap/lag.ts";
export { gap, summarizeGap } from "./gap/gap.ts";
export { readPlaceTable } from "./gap/place_table.ts";
export { STATUS_VALUES } from "./gap/gap_types.ts";
export type {
  Assessment,
  AssessOptions,
  GapOptions,
  GapRow,
  GapSummary,
  GapSummaryRow,
  LagOptions,
  LagRow,
  LagSummary,
  PlaceInfo,
  PlaceLike,
  PlaceTable,
  StatusValues,
} from "./gap/gap_types.ts";
export type { PlaceTableResult } from "./gap/place_table.ts";
export { ARTICLE_EXTENSIONS } from "./load/_options.ts";
export { formatLoadReport, loadArticles } from "./load/load_articles.ts";
export { parseArticleFile } from "./load/parse_file.ts";
export type { ArticleMeta, LoadOptions } from "./load/_options.ts";

// Infrastructure engineer: display objects, the articles chart, the corpus summary.
export {
  dataFrameDisplay,
  dataFrameHtml,
  display,
  foldHtml,
  html,
  JUPYTER_DISPLAY,
  mimeBundle,
  outputsSent,
  placeAnchor,
  svgDisplay,
  table,
  tableHtml,
} from "./notebook/display.ts";
export { reportDisplay } from "./notebook/report_display.ts";
export type {
  DataFrameHtmlOptions,
  DataFrameLike,
  Displayable,
  MimeBundle,
  TableOptions,
} from "./notebook/display.ts";
export {
  ARTICLE_INTERVALS,
  ARTICLE_PLOT_MODES,
  NO_OUTLET,
  plotArticles,
} from "./plots/plot_articles.ts";
export type {
  ArticleInterval,
  ArticlePlotMode,
  PlotArticlesOptions,
} from "./plots/plot_articles.ts";
export { ARTICLE_SUMMARY_COLUMNS, articleSummary, articleSummaryFrame } from "./tables/summary.ts";
export type { ArticleSummaryRow } from "./tables/summary.ts";

// Charts engineer: tables, charts, report files.
export {
  assertionsBySideDate,
  claimsByClaimant,
  claimsByPlaceSide,
  claimsBySideDate,
  claimsFrame,
  claimsTableRows,
  countClaims,
  NO_DATE,
  pivotRows,
  roundRows,
  TABLE_KINDS,
  toDataFrame,
} from "./tables/tabulate.ts";
export type {
  AssertionLike,
  DataFrame,
  PivotOptions,
  TableKind,
  TableRow,
  TabulateOptions,
} from "./tables/tabulate.ts";
export { MAPPING_COLOR, ROLE_SYMBOLS, SIDE_COLORS, STATUS_COLORS } from "./plots/_style.ts";
export { plotTimeline } from "./plots/plot_timeline.ts";
export type { TimelineOptions } from "./plots/plot_timeline.ts";
export { mapAssessmentSeries } from "./plots/gap_series.ts";
export { plotGap } from "./plots/plot_gap.ts";
export type { AssessmentPoint, GapChartOptions, GapPoint } from "./plots/plot_gap.ts";
export type { SeriesOptions } from "./plots/gap_series.ts";
export { mapPoints, plotMap, readOccupiedArea } from "./plots/plot_map.ts";
export type {
  MapGapRow,
  MapOptions,
  MapPoint,
  MapPointsOptions,
  OccupiedGeoJSON,
} from "./plots/plot_map.ts";
export { defaultBasemap, readCities } from "./plots/basemap.ts";
export type { Basemap, City } from "./plots/basemap.ts";
export { LAG_SELECTION, lagPoints, plotLag } from "./plots/plot_lag.ts";
export type { LagChartOptions, LagInputRow, LagPoint } from "./plots/plot_lag.ts";
export {
  CLAIM_COLUMNS,
  GAP_COLUMNS,
  SYNDICATION_COLUMNS,
  toCsv,
  toJsonl,
  writeAssertionFiles,
  writeReportFiles,
} from "./tables/export.ts";
export type { CsvRow, ReportFiles } from "./tables/export.ts";
export {
  gapAssessment,
  gapChart,
  gapTable,
  lagChart,
  lagSummaryTable,
  mapChart,
  mapDay,
  mapView,
  prepareReport,
  reportStatusHtml,
} from "./report/report_data.ts";
export type {
  MapView,
  ReportChartOptions,
  ReportData,
  ReportDataOptions,
} from "./report/report_data.ts";
export { DEFAULT_CACHE_DIR, loadAndExtract } from "./report/extraction_cache.ts";
export type { ExtractionCacheOptions, ExtractionResult } from "./report/extraction_cache.ts";
export { focusNote, focusReport, inPlaces, resolvePlaceNames } from "./report/report_focus.ts";
export type { ResolvePlaceNamesOptions } from "./report/report_focus.ts";
export { placeSummary, placeSummaryHtml } from "./report/report_summary.ts";
export type { PlaceSummaryHtmlOptions, PlaceSummaryRow } from "./report/report_summary.ts";
export { splitSentences } from "./lexicon/sentences.ts";
export type { Sentence, SplitOptions } from "./lexicon/sentences.ts";
export { defaultActors, findActors, lookupActor, parseActors } from "./lexicon/actors.ts";
export type { Actor, ActorMention, FindActorsOptions } from "./lexicon/actors.ts";
export {
  defaultGazetteer,
  distanceKm,
  loadGazetteer,
  makeGazetteer,
  mergeGazetteers,
  PLACE_KINDS,
  resolvePlaces,
} from "./lexicon/places.ts";
export { findPlaces } from "./lexicon/find_places.ts";
export { parseGazetteer } from "./lexicon/gazetteer_parse.ts";
export type { FindPlacesOptions, PlaceMention } from "./lexicon/find_places.ts";
export type { Gazetteer, Place, PlaceKind, ResolveOptions } from "./lexicon/places.ts";
export { addDays, findDateExpressions, resolveDate, weekdayOnOrBefore } from "./lexicon/dates.ts";
export type { DateResolution, ResolveDateOptions } from "./lexicon/dates.ts";
export { explainClaims, extractClaims, findTriggers } from "./extract/mod.ts";
export { codePointOffset, textAt, unitOffset } from "./shared/offsets.ts";
export { traceDisplay } from "./notebook/trace_display.ts";
export type { TraceDisplayOptions } from "./notebook/trace_display.ts";
export { formatTrace } from "./extract/mod.ts";
export type { ExtractOptions, SentenceTrace, TriggerKind, TriggerMatch } from "./extract/mod.ts";
export {
  CLAIM_FIELDS,
  claimRecord,
  claimsToCsv,
  claimsToJsonl,
  filterClaims,
  SCHEMA_FIELDS,
} from "./run/extract_claims_format.ts";
export type { ClaimFilter } from "./run/extract_claims_format.ts";
export {
  claimSpans,
  highlightDisplay,
  highlightHtml,
  highlightQuote,
} from "./notebook/highlight.ts";
export type { HighlightOptions, HighlightSpan } from "./notebook/highlight.ts";
export { AUTO_MIN_FILES, extractParallel, extractParallelStream } from "./run/extract_parallel.ts";
export type {
  ExtractParallelOptions,
  FileClaims,
  ParallelProgress,
  ParallelResult,
} from "./run/extract_parallel.ts";
export { PROGRESS_MODES, progressBar, progressHooks } from "./notebook/progress.ts";
export type {
  JupyterBroadcast,
  ProgressBar,
  ProgressExtra,
  ProgressHooks,
  ProgressHooksOptions,
  ProgressMode,
  ProgressOptions,
  ProgressStream,
} from "./notebook/progress.ts";

// Assertions: syndicated copies, claims grouped into assertions, their report and views.
export { findSyndication, syndicationNotes } from "./tables/syndication.ts";
export type {
  Syndication,
  SyndicationGroup,
  SyndicationOptions,
  SyndicationRow,
} from "./tables/syndication.ts";
export {
  ASSERTION_COLUMNS,
  ASSERTION_REPORT_COLUMNS,
  assertionClaims,
  assertionReportRows,
  assertionRows,
  assertions,
} from "./tables/assertions.ts";
export type { Assertion, AssertionOptions, AssertionReport } from "./tables/assertions.ts";
export { assertionReport } from "./report/assertion_report.ts";
export type { AssertionReportData, AssertionReportOptions } from "./report/assertion_report.ts";
export {
  assertionReportsHtml,
  plotAssertions,
  syndicationHtml,
} from "./notebook/assertions_view.ts";
export type { AssertionChartOptions } from "./notebook/assertions_view.ts";
