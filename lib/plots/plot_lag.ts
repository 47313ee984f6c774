/**
 * Confirmation lag per side: for each capture claim, the days until the mapping data first shows
 * the place occupied (negative when the map showed it first). One row per side, one dot per claim,
 * the median marked; captures the map never confirmed are counted separately at the right.
 * @module
 */
import type { Side } from "../shared/types.ts";
import { SIDES } from "../shared/types.ts";
import { _renderPlot, Plot } from "../shared/_dom.ts";
import { _describe, _number } from "../shared/_validate.ts";
import { _sideScale, _styleFigure, PLOT_STYLE } from "./_style.ts";
import { _nameList } from "./_words.ts";

/** One capture claim's confirmation lag. */
export interface LagPoint {
  side: Side;
  place: string;
  date: string | null;
  claimant: string;
  /** Days from the claim to the map's confirmation; null when the map never confirmed it. */
  lag_days: number | null;
  /** The map showed it from its first snapshot on: the real lag may be more negative. */
  censored?: boolean;
}

/** Options of {@link plotLag}. */
export interface LagChartOptions {
  /** @default "Days until the map confirmed a capture claim" */
  title?: string;
  /** Name of the mapping data. @default "DeepState" */
  source?: string;
  /** Width in pixels. @default 760 */
  width?: number;
  /** Height of one side's row in pixels. @default 70 */
  rowHeight?: number;
  /** Name the places beside the dots of a side with at most this many confirmed claims. @default 8 */
  labelMax?: number;
}

/** The fields of a lag row (`confirmationLag()` in `gap.ts`) {@link lagPoints} reads. */
export interface LagInputRow {
  side: Side;
  place: string;
  date: string | null;
  claimant: string;
  /** What the map must show; null for partial captures (no lag can be judged). */
  target: string | null;
  /**
   * True when the claim was checked against the map (`confirmationLag()`): a target, a date and
   * a place the map can assess (not a region). Only these are drawn.
   */
  assessed: boolean;
  confirmed: boolean;
  lag_days: number | null;
  censored?: boolean;
  note: string | null;
}

/** The claims the lag chart and the lag summary (`summarizeLag`) both count, in words. */
export const LAG_SELECTION =
  "capture claims with a date, a full capture (not a part of the place) and a place the map can assess (a settlement in the places table, not a region)";

/**
 * The capture claims whose lag can be judged, as {@link LagPoint}s: the rows with `assessed`
 * true, exactly the selection of `summarizeLag` ({@link LAG_SELECTION}). An unconfirmed one keeps
 * `lag_days: null` ("not confirmed").
 */
export function lagPoints(rows: readonly LagInputRow[]): LagPoint[] {
  if (!Array.isArray(rows)) {
    throw new TypeError(`rows: expected an array of lag rows, found ${_describe(rows)}`);
  }
  return rows
    .filter((r) => r.assessed === true)
    .map((r) => ({
      side: r.side,
      place: r.place,
      date: r.date,
      claimant: r.claimant,
      lag_days: r.confirmed ? r.lag_days : null,
      censored: r.censored ?? false,
    }));
}

/** Median of numbers (mean of the middle two for an even count); null for none. */
export function _median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Render the lag chart as an HTML `<figure>` string. */
export function plotLag(points: readonly LagPoint[], options: LagChartOptions = {}): string {
  _checkPoints(points);
  const width = _number("options.width", options.width ?? 760, 300, 4000);
  const rowHeight = _number("options.rowHeight", options.rowHeight ?? 70, 30, 600);
  const source = options.source ?? "DeepState";
  const labelMax = _number("options.labelMax", options.labelMax ?? 8, 0, 10_000);
  const sides = SIDES.filter((s) => points.some((p) => p.side === s));
  const shownSides = sides.length ? sides : [...SIDES.slice(0, 2)];
  const confirmed = _confirmedDots(points);
  const summary = shownSides.map((side) => _sideSummary(side, points));
  const lags = confirmed.map((p) => p.lag_days!);
  /** Sides with few enough confirmed claims to name each place. */
  const labelled = new Set(
    shownSides.filter((s) => confirmed.filter((p) => p.side === s).length <= labelMax),
  );
  const lo = Math.min(-7, ...lags), hi = Math.max(14, ...lags);
  const span = hi - lo;
  return _styleFigure(_renderPlot({
    title: options.title ?? "Days until the map confirmed a capture claim",
    subtitle:
      `Per side: one dot per capture claim, at the days until ${source} first showed the place occupied (negative: the map showed it first); | = median.`,
    width,
    height: 30 + 45 + shownSides.length * rowHeight,
    marginTop: 30,
    marginLeft: 90,
    marginRight: 200,
    marginBottom: 45,
    style: PLOT_STYLE,
    x: {
      domain: [lo - span * 0.04, hi + span * (labelled.size ? 0.16 : 0.04)],
      label: "days from claim to confirmation →",
      labelAnchor: "center",
      grid: true,
    },
    y: { axis: null },
    fy: { domain: shownSides, label: null, tickSize: 0 },
    color: _sideScale(SIDES),
    marks: [
      ..._guideMarks(shownSides[0]),
      _medianTicks(summary),
      ..._dotMarks(confirmed, labelled),
      ..._summaryMarks(summary),
      Plot.axisFy({ label: null, tickSize: 0, fontWeight: "bold", anchor: "left" }),
    ],
  }));
}

/** Throw a TypeError unless `points` is an array of lag points with a side and a numeric lag. */
function _checkPoints(points: readonly LagPoint[]): void {
  if (!Array.isArray(points)) {
    throw new TypeError(`points: expected an array of lag points, found ${_describe(points)}`);
  }
  points.forEach((p, i) => {
    if (!p || !SIDES.includes(p.side)) {
      throw new TypeError(`points[${i}]: expected a lag point with a side, found ${_describe(p)}`);
    }
    if (p.lag_days !== null) _number(`points[${i}].lag_days`, p.lag_days);
  });
}

/** The confirmed claims with their tooltips, by lag then tooltip. */
function _confirmedDots(points: readonly LagPoint[]): (LagPoint & { tip: string })[] {
  return points
    .filter((p) => p.lag_days !== null)
    .map((p) => ({
      ...p,
      tip: `${p.place}, ${p.claimant}, ${p.date}: ${p.lag_days} d${
        p.censored ? " (map showed it from its first day: may be earlier)" : ""
      }`,
    }))
    .sort((a, b) => a.lag_days! - b.lag_days! || (a.tip < b.tip ? -1 : a.tip > b.tip ? 1 : 0));
}

/** One side's row summary: median lag, claims never confirmed (count, label, first places). */
function _sideSummary(side: Side, points: readonly LagPoint[]) {
  const mine = points.filter((p) => p.side === side);
  const lags = mine.filter((p) => p.lag_days !== null).map((p) => p.lag_days!);
  const never = mine.length - lags.length;
  const unconfirmed = [...new Set(mine.filter((p) => p.lag_days === null).map((p) => p.place))]
    .sort();
  return {
    side,
    names: _nameList(unconfirmed, 4),
    median: _median(lags),
    never,
    total: mine.length,
    label: mine.length
      ? `not confirmed: ${never} of ${mine.length} (${Math.round(100 * never / mine.length)}%)`
      : "no capture claims",
  };
}

/** The frame, the dashed line at 0 and, above the first row, which side of it means what. */
function _guideMarks(firstSide: Side) {
  return [
    Plot.frame({ stroke: "#ddd", anchor: "bottom" }),
    Plot.ruleX([0], { stroke: "#888", strokeDasharray: "3,3" }),
    ...([["← map first", "end", -6], ["claim first →", "start", 6]] as const).map(
      ([text, anchor, dx]) =>
        Plot.text([{ side: firstSide }], {
          x: () => 0,
          fy: "side",
          text: () => text,
          frameAnchor: "top",
          dy: -16,
          dx,
          textAnchor: anchor,
          fill: "#555",
        }),
    ),
  ];
}

/** A tick at each side's median lag. */
function _medianTicks(summary: readonly ReturnType<typeof _sideSummary>[]) {
  return Plot.tickX(summary.filter((s) => s.median !== null), {
    x: "median",
    fy: "side",
    stroke: "#111",
    strokeWidth: 2,
    marginTop: 6,
    marginBottom: 6,
  } as Plot.TickXOptions);
}

/** One dot per confirmed claim, dodged apart; place names beside those of `labelled` sides. */
function _dotMarks(
  confirmed: readonly (LagPoint & { tip: string })[],
  labelled: ReadonlySet<Side>,
) {
  return [
    Plot.dot(
      confirmed,
      Plot.dodgeY("middle", {
        x: "lag_days",
        fy: "side",
        fill: "side",
        r: 4.5,
        stroke: "white",
        strokeWidth: 0.7,
        title: "tip",
        padding: 1,
      }),
    ),
    // Place names beside the dots while they stay readable (same dodge layout as the dots).
    Plot.text(
      confirmed.filter((p) => labelled.has(p.side)),
      Plot.dodgeY("middle", {
        x: "lag_days",
        fy: "side",
        r: 4.5,
        padding: 1,
        text: "place",
        dx: 7,
        textAnchor: "start",
        fontSize: 10,
        fill: "#333",
        stroke: "white",
        strokeWidth: 3,
        paintOrder: "stroke",
      }),
    ),
  ];
}

/** Each side's median label and, at the right, its claims never confirmed and their places. */
function _summaryMarks(summary: readonly ReturnType<typeof _sideSummary>[]) {
  return [
    Plot.text(summary.filter((s) => s.median !== null), {
      x: "median",
      fy: "side",
      text: (d: { median: number }) => `median ${d.median} d`,
      frameAnchor: "bottom",
      dy: 2,
      textAnchor: "middle",
      fontSize: 10,
      fill: "#111",
      stroke: "white",
      strokeWidth: 3,
      paintOrder: "stroke",
    } as Plot.TextOptions),
    ...[true, false].map((bold) =>
      Plot.text(summary.filter((d) => (d.never > 0) === bold), {
        fy: "side",
        text: "label",
        frameAnchor: "right",
        dx: 12,
        textAnchor: "start",
        fill: bold ? "#7a4f00" : "#555",
        fontWeight: bold ? "bold" : "normal",
      })
    ),
    Plot.text(summary.filter((d) => d.names), {
      fy: "side",
      text: "names",
      frameAnchor: "right",
      dx: 12,
      dy: 14,
      textAnchor: "start",
      fontSize: 10,
      fill: "#7a4f00",
    }),
  ];
}
