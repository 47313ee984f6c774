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
} from "./types.ts";
export { AREAS, CLAIM_KINDS, ROLES, SIDES, STATUSES } from "./types.ts";

// Gap engineer: geometry, mapping data, the gap.
export {
  discShare,
  distanceToEdgeKm,
  EARTH_RADIUS_KM,
  haversineKm,
  indexMultiPolygon,
  pointInPolygon,
  polygonShare,
} from "./geo.ts";
export type {
  MultiPolygonCoords,
  PackedMultiPolygon,
  PolygonCoords,
  PolygonIndex,
  Position,
  Ring,
  ShareOptions,
} from "./geo.ts";
export { loadMappingData, snapshotIndexOn, snapshotOn } from "./mapping_data.ts";
export type {
  LoadMappingOptions,
  MappingData,
  MappingReportEntry,
  MappingSnapshot,
  SnapshotOnOptions,
} from "./mapping_data.ts";
export {
  assessPlace,
  confirmationLag,
  gap,
  readPlaceTable,
  STATUS_VALUES,
  statusValue,
  summarizeGap,
  summarizeLag,
} from "./gap.ts";
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
  PlaceTableResult,
  StatusValues,
} from "./gap.ts";
export {
  ARTICLE_EXTENSIONS,
  formatLoadReport,
  loadArticles,
  parseArticleFile,
} from "./load_articles.ts";
export type { ArticleMeta, LoadOptions } from "./load_articles.ts";

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
  reportDisplay,
  svgDisplay,
  table,
  tableHtml,
} from "./display.ts";
export type {
  DataFrameHtmlOptions,
  DataFrameLike,
  Displayable,
  MimeBundle,
  TableOptions,
} from "./display.ts";
export { ARTICLE_INTERVALS, ARTICLE_PLOT_MODES, NO_OUTLET, plotArticles } from "./plot_articles.ts";
export type { ArticleInterval, ArticlePlotMode, PlotArticlesOptions } from "./plot_articles.ts";
export { ARTICLE_SUMMARY_COLUMNS, articleSummary, articleSummaryFrame } from "./summary.ts";
export type { ArticleSummaryRow } from "./summary.ts";

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
} from "./tabulate.ts";
export type {
  AssertionLike,
  DataFrame,
  PivotOptions,
  TableKind,
  TableRow,
  TabulateOptions,
} from "./tabulate.ts";
export { MAPPING_COLOR, ROLE_SYMBOLS, SIDE_COLORS, STATUS_COLORS } from "./_style.ts";
export { plotTimeline } from "./plot_timeline.ts";
export type { TimelineOptions } from "./plot_timeline.ts";
export { mapAssessmentSeries, plotGap } from "./plot_gap.ts";
export type { AssessmentPoint, GapChartOptions, GapPoint, SeriesOptions } from "./plot_gap.ts";
export { mapPoints, plotMap, readOccupiedArea } from "./plot_map.ts";
export type {
  MapGapRow,
  MapOptions,
  MapPoint,
  MapPointsOptions,
  OccupiedGeoJSON,
} from "./plot_map.ts";
export { defaultBasemap, readCities } from "./basemap.ts";
export type { Basemap, City } from "./basemap.ts";
export { LAG_SELECTION, lagPoints, plotLag } from "./plot_lag.ts";
export type { LagChartOptions, LagInputRow, LagPoint } from "./plot_lag.ts";
export {
  CLAIM_COLUMNS,
  GAP_COLUMNS,
  SYNDICATION_COLUMNS,
  toCsv,
  toJsonl,
  writeAssertionFiles,
  writeReportFiles,
} from "./export.ts";
export type { CsvRow, ReportFiles } from "./export.ts";
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
} from "./report_data.ts";
export type { MapView, ReportChartOptions, ReportData, ReportDataOptions } from "./report_data.ts";
export { focusNote, focusReport, inPlaces, resolvePlaceNames } from "./report_focus.ts";
export type { ResolvePlaceNamesOptions } from "./report_focus.ts";
export { placeSummary, placeSummaryHtml } from "./report_summary.ts";
export type { PlaceSummaryHtmlOptions, PlaceSummaryRow } from "./report_summary.ts";
export { splitSentences } from "./sentences.ts";
export type { Sentence, SplitOptions } from "./sentences.ts";
export { defaultActors, findActors, lookupActor, parseActors } from "./actors.ts";
export type { Actor, ActorMention, FindActorsOptions } from "./actors.ts";
export {
  defaultGazetteer,
  distanceKm,
  findPlaces,
  loadGazetteer,
  makeGazetteer,
  mergeGazetteers,
  parseGazetteer,
  PLACE_KINDS,
  resolvePlaces,
} from "./places.ts";
export type {
  FindPlacesOptions,
  Gazetteer,
  Place,
  PlaceKind,
  PlaceMention,
  ResolveOptions,
} from "./places.ts";
export { addDays, findDateExpressions, resolveDate, weekdayOnOrBefore } from "./dates.ts";
export type { DateResolution, ResolveDateOptions } from "./dates.ts";
export { explainClaims, extractClaims, findTriggers } from "./extract/mod.ts";
export { codePointOffset, textAt, unitOffset } from "./offsets.ts";
export { traceDisplay } from "./trace_display.ts";
export type { TraceDisplayOptions } from "./trace_display.ts";
export { formatTrace } from "./extract/mod.ts";
export type { ExtractOptions, SentenceTrace, TriggerKind, TriggerMatch } from "./extract/mod.ts";
export {
  CLAIM_FIELDS,
  claimRecord,
  claimsToCsv,
  claimsToJsonl,
  filterClaims,
  SCHEMA_FIELDS,
} from "./extract_claims_format.ts";
export type { ClaimFilter } from "./extract_claims_format.ts";
export { claimSpans, highlightDisplay, highlightHtml, highlightQuote } from "./highlight.ts";
export type { HighlightOptions, HighlightSpan } from "./highlight.ts";
export { AUTO_MIN_FILES, extractParallel, extractParallelStream } from "./extract_parallel.ts";
export type {
  ExtractParallelOptions,
  FileClaims,
  ParallelProgress,
  ParallelResult,
} from "./extract_parallel.ts";
export { PROGRESS_MODES, progressBar, progressHooks } from "./progress.ts";
export type {
  JupyterBroadcast,
  ProgressBar,
  ProgressExtra,
  ProgressHooks,
  ProgressHooksOptions,
  ProgressMode,
  ProgressOptions,
  ProgressStream,
} from "./progress.ts";

// Assertions: syndicated copies, claims grouped into assertions, their report and views.
export { findSyndication, syndicationNotes } from "./syndication.ts";
export type {
  Syndication,
  SyndicationGroup,
  SyndicationOptions,
  SyndicationRow,
} from "./syndication.ts";
export {
  ASSERTION_COLUMNS,
  ASSERTION_REPORT_COLUMNS,
  assertionClaims,
  assertionReportRows,
  assertionRows,
  assertions,
} from "./assertions.ts";
export type { Assertion, AssertionOptions, AssertionReport } from "./assertions.ts";
export { assertionReport } from "./assertion_report.ts";
export type { AssertionReportData, AssertionReportOptions } from "./assertion_report.ts";
export { assertionReportsHtml, plotAssertions, syndicationHtml } from "./assertions_view.ts";
export type { AssertionChartOptions } from "./assertions_view.ts";
