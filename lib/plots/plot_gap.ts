/**
 * The gap chart: for each place, each side's official assertions (0 = Ukraine holds it, 0.5 =
 * contested, 1 = Russia holds it) and the mapping assessment over time, with the gap between an
 * assertion and the assessment of its day drawn as a vertical link.
 *
 * Each place gets its own small panel with its own date range (a village taken in 2024 and a city
 * fought over in 2025 would otherwise share one unreadable axis); one legend serves all panels.
 * @module
 */

import { type Role, ROLES, type Side, SIDES } from "../shared/types.ts";
import { _document, _renderPlot, _serialize, Plot } from "../shared/_dom.ts";
import { _describe, _number, _oneOf } from "../shared/_validate.ts";
import { _escapeHtml } from "../shared/_escape.ts";
import {
  _marginFor,
  _styleFigure,
  FONT_FAMILY,
  MAPPING_COLOR,
  PLOT_STYLE,
  SIDE_COLORS,
} from "./_style.ts";
import { _dayTicks } from "./_days.ts";
import {
  type _ClaimDot,
  _claimDots,
  type _Panel,
  _panels,
  _placesByCount,
  _series,
  _spread,
  _textPoints,
} from "./_gap_chart_data.ts";
import { _count, _nameList } from "./_words.ts";

/** The fields of a gap row (see `gap.ts`) this chart reads. */
export interface GapPoint {
  place: string;
  date: string | null;
  side: Side;
  role: Role;
  claimant: string;
  claim: string;
  /** The claim's status as a number (0 ukraine, 0.5 contested, 1 russia). */
  asserted: number | null;
  /** Assessment from mapping-project claims in the articles, or null. */
  assessed_text: number | null;
  /** Assessment from mapping data (status value, or occupied share), or null. */
  assessed_map: number | null;
  /** Day of the mapping claim behind `assessed_text` (drawn there); else the claim's day. */
  assessed_text_date?: string | null;
}

/** One day of the mapping assessment of one place (e.g. DeepState's occupied share). */
export interface AssessmentPoint {
  place: string;
  date: string;
  /** 0..1: 0 Ukraine holds it, 1 Russia holds it (status value or occupied share). */
  value: number;
}

/** Options of {@link plotGap}. */
export interface GapChartOptions {
  /** @default "Official claims against the mapping assessment" */
  title?: string;
  /** Places, one panel each, in this order (empty: all). @default places with a dated claim, most claims first */
  places?: readonly string[];
  /** Roles whose claims are drawn as assertions. @default ["official"] */
  roles?: readonly Role[];
  /**
   * Daily mapping assessment per place, drawn as a step line. When omitted, the line joins the
   * map assessments found in the rows (`assessed_map`) at the claims' days.
   * @default undefined
   */
  assessment?: readonly AssessmentPoint[];
  /** Name of the mapping series in the legend. @default "DeepState map (occupied share)" */
  mapLabel?: string;
  /** Width of each panel in pixels. @default 760 */
  width?: number;
  /** Height of each panel in pixels. @default 150 */
  panelHeight?: number;
  /** Days shown before the first and after the last claim of a place. @default 14 */
  padDays?: number;
  /**
   * A place whose dated claims are more than this many days apart gets one panel per episode.
   * @default 60
   */
  splitDays?: number;
  /**
   * At most this many panels: places with most claims first (a place split into episodes takes
   * one panel per episode); the places left out are named in the subtitle. @default 12
   */
  maxPanels?: number;
}

const STATUS_TICKS = [0, 0.5, 1];
const STATUS_LABELS: Record<number, string> = { 0: "ukraine", 0.5: "contested", 1: "russia" };
const TEXT_LABEL = "mapping claims in articles";
/** Left margin of every panel: room for the longest status label. */
const MARGIN_LEFT = _marginFor(["contested"]);

/** Render the gap chart as an HTML `<figure>` string: title, one legend, one panel per place. */
export function plotGap(rows: readonly GapPoint[], options: GapChartOptions = {}): string {
  if (!Array.isArray(rows)) {
    throw new TypeError(`rows: expected an array of gap rows, found ${_describe(rows)}`);
  }
  const o = _gapOptions(options);
  const dated = rows.filter((r) => r.date !== null);
  const byPlace = _byPlace(dated);
  const asserts = (r: GapPoint) => o.roles.includes(r.role) && r.asserted !== null;
  const places = options.places?.length
    ? [...options.places]
    : _placesByCount(dated.filter(asserts));
  const { panels, omitted, cutEpisodes } = _panels(
    places,
    (p) => (byPlace.get(p) ?? []).filter(asserts),
    (p) => (byPlace.get(p) ?? []).filter((r) => r.assessed_text !== null),
    o,
  );
  const assessmentByPlace = _byPlace(o.assessment);
  const color = _colors(o.mapLabel);
  const units = new Set<string>();
  let aggregated = false;
  const svgs = panels.map((panel) => {
    const series = _series(
      panel.place,
      assessmentByPlace.get(panel.place) ?? [],
      byPlace.get(panel.place) ?? [],
    );
    const drawn = _drawPanel(panel, series, color, o);
    if (drawn.unit !== "day") units.add(drawn.unit);
    aggregated ||= drawn.aggregated;
    return drawn.svg;
  });
  const notes = _gapNotes({
    shown: places.length - omitted.length,
    roles: o.roles,
    aggregated,
    units,
    omitted,
    maxPanels: o.maxPanels,
    cutEpisodes,
    undated: rows.length - dated.length,
  });
  const title = options.title ?? "Official claims against the mapping assessment";
  return _figure(title, notes, _legend(color), svgs);
}

/** The figure: title, subtitle, legend, then the panels or a note that there are none. */
function _figure(title: string, notes: string, legend: string, svgs: readonly string[]): string {
  const body = svgs.length
    ? svgs.join("\n")
    : `<p style="font: 12px ${FONT_FAMILY}; color: #555;">No dated claims to show.</p>`;
  return _styleFigure(
    `<figure class="claimgap-gap" style="max-width: initial;"><h2>${_escapeHtml(title)}</h2><h3>${
      _escapeHtml(notes)
    }</h3>${legend}\n${body}</figure>`,
  );
}

/** The colour scale of all panels: sides, the mapping series, mapping claims in articles. */
function _colors(mapLabel: string): { domain: string[]; range: string[] } {
  return {
    domain: [...SIDES, mapLabel, TEXT_LABEL],
    range: [...SIDES.map((s) => SIDE_COLORS[s]), MAPPING_COLOR, "#9a9a9a"],
  };
}

/** The options of {@link plotGap}, checked, with their defaults. */
function _gapOptions(options: GapChartOptions) {
  const roles = (options.roles ?? ["official"]).map((r, i) =>
    _oneOf(`options.roles[${i}]`, r, ROLES)
  );
  const width = _number("options.width", options.width ?? 760, 200, 4000);
  const height = _number("options.panelHeight", options.panelHeight ?? 150, 60, 2000);
  const padDays = _number("options.padDays", options.padDays ?? 14, 0, 3650);
  const splitDays = _number("options.splitDays", options.splitDays ?? 60, 1, 36500);
  const maxPanels = _number("options.maxPanels", options.maxPanels ?? 12, 1, 10_000);
  const mapLabel = options.mapLabel ?? "DeepState map (occupied share)";
  const assessment = options.assessment ?? [];
  assessment.forEach((a, i) => {
    if (!a || typeof a.place !== "string" || typeof a.date !== "string") {
      throw new TypeError(
        `options.assessment[${i}]: expected {place, date, value}, found ${_describe(a)}`,
      );
    }
    _number(`options.assessment[${i}].value`, a.value, 0, 1);
  });
  return { roles, width, height, padDays, splitDays, maxPanels, mapLabel, assessment };
}

/** Rows by place, in their order. */
function _byPlace<T extends { place: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.place);
    if (list) list.push(r);
    else out.set(r.place, [r]);
  }
  return out;
}

/**
 * One panel as SVG, with its time unit (a long panel groups claims by week or month: a day is
 * under a pixel wide there) and whether a dot stands for several claims.
 */
function _drawPanel(
  panel: _Panel,
  series: readonly { x: Date; value: number }[],
  color: { domain: string[]; range: string[] },
  o: ReturnType<typeof _gapOptions>,
): { svg: string; unit: "day" | "week" | "month"; aggregated: boolean } {
  const { lo, hi } = panel;
  const inView = series.filter((s) => s.x >= lo && s.x <= hi);
  // carry the last assessment before the window into its first day, so the step line starts
  const before = series.filter((s) => s.x < lo).at(-1);
  if (before) inView.unshift({ ...before, x: lo });
  const spanDays = (hi.getTime() - lo.getTime()) / 86_400_000;
  const unit = spanDays <= 120 ? "day" : spanDays <= 730 ? "week" : "month";
  const grouped = _claimDots(panel.claims, unit);
  const msPerPx = (hi.getTime() - lo.getTime()) / Math.max(1, o.width - MARGIN_LEFT - 20);
  const dots = _spread(grouped, msPerPx);
  const svg = _renderPlot({
    width: o.width,
    height: o.height,
    marginTop: 24,
    marginLeft: MARGIN_LEFT,
    marginRight: 20,
    marginBottom: 28,
    style: PLOT_STYLE,
    x: { type: "utc", domain: [lo, hi], label: null, grid: true, ..._dayTicks([lo, hi]) },
    y: {
      domain: [-0.08, 1.08],
      ticks: STATUS_TICKS,
      tickFormat: (v: number) => STATUS_LABELS[v] ?? "",
      label: null,
      grid: true,
    },
    color,
    r: { type: "identity" },
    marks: _panelMarks(panel, inView, _textPoints(panel.textRows, unit), dots, o.mapLabel),
  });
  return { svg, unit, aggregated: dots.some((p) => p.count > 1) };
}

/**
 * A panel's marks: the contested line, the mapping series as a step line, the text assessments as
 * squares, per side the claims' links and dots, their counts, and the panel's heading.
 */
function _panelMarks(
  panel: _Panel,
  inView: readonly { x: Date; value: number }[],
  squares: readonly { x: Date; y: number }[],
  dots: readonly _ClaimDot[],
  mapLabel: string,
) {
  return [
    Plot.ruleY([0.5], { stroke: "#eee" }),
    Plot.line(inView, {
      x: "x",
      y: "value",
      stroke: () => mapLabel,
      strokeWidth: 2,
      curve: "step-after",
    }),
    Plot.dot(squares, {
      x: "x",
      y: "y",
      stroke: () => TEXT_LABEL,
      symbol: "square",
      r: 4,
      strokeWidth: 1.5,
      clip: true,
    }),
    ...SIDES.flatMap((side) => _sideMarks(dots.filter((p) => p.side === side))),
    Plot.text(dots.filter((p) => p.count > 1), {
      x: "x",
      y: "y",
      text: (p: { count: number }) => String(p.count),
      fill: "white",
      fontSize: 8,
      fontWeight: "bold",
      pointerEvents: "none",
    }),
    Plot.text([panel.label], {
      frameAnchor: "top-left",
      dy: -16,
      dx: -MARGIN_LEFT + 4,
      fontWeight: "bold",
      fontSize: 12,
      text: (d: string) => d,
    }),
  ];
}

/** One side's dots and their links to the assessment. */
function _sideMarks(mine: readonly _ClaimDot[]) {
  return [
    Plot.link(mine.filter((p) => p.assessed !== null), {
      x1: "x",
      x2: "x",
      y1: "y",
      y2: "assessed",
      stroke: "side",
      strokeWidth: 2,
      strokeOpacity: 0.55,
    }),
    Plot.dot(mine, {
      x: "x",
      y: "y",
      fill: "side",
      r: "r",
      stroke: "white",
      strokeWidth: 0.7,
      title: "tip",
    }),
  ];
}

/** The one legend of all panels: sides, mapping series, mapping claims in articles. */
function _legend(color: { domain: string[]; range: string[] }): string {
  return _serialize(
    Plot.legend(
      {
        color: { ...color, type: "ordinal" as const },
        document: _document(),
        style: { fontFamily: FONT_FAMILY, fontSize: "11px" },
      } as unknown as Parameters<typeof Plot.legend>[0],
    ) as unknown as Element,
  );
}

/** The subtitle: what the dots and links are, and what is not shown. */
function _gapNotes(s: {
  shown: number;
  roles: readonly Role[];
  aggregated: boolean;
  units: ReadonlySet<string>;
  omitted: readonly string[];
  maxPanels: number;
  cutEpisodes: number;
  undated: number;
}): string {
  const notes: string[] = [
    `${_count(s.shown, "place")}; dots: claims by ${s.roles.join(", ")}`,
    "a vertical link is the gap between a claim and the map's status on its day (without mapping data: the mapping claims in the articles)",
  ];
  if (s.aggregated) {
    notes.push(
      `a bigger dot with a number stands for that many claims of one side asserting the same status on the same day${
        s.units.size ? ` (${[...s.units].sort().join(" or ")} in panels spanning months)` : ""
      }`,
    );
  }
  if (s.omitted.length) {
    notes.push(
      `${s.maxPanels} panels at most: ${_count(s.omitted.length, "other place")} not shown: ${
        _nameList(s.omitted, 30)
      }`,
    );
  }
  if (s.cutEpisodes) notes.push(`${_count(s.cutEpisodes, "later episode")} not shown`);
  if (s.undated) notes.push(`${_count(s.undated, "undated row")} not shown`);
  return notes.join("; ") + ".";
}
