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
import { _binStart, _day, _dayDomain, _dayTicks, _radius } from "./plot_timeline.ts";
import { _episodes, _fmt, _placesByCount, _series, _textPoints } from "./_gap_chart_data.ts";

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

/** Render the gap chart as an HTML `<figure>` string: title, one legend, one panel per place. */
export function plotGap(rows: readonly GapPoint[], options: GapChartOptions = {}): string {
  if (!Array.isArray(rows)) {
    throw new TypeError(`rows: expected an array of gap rows, found ${_describe(rows)}`);
  }
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
  const dated = rows.filter((r) => r.date !== null);
  const undated = rows.length - dated.length;
  const byPlace = new Map<string, GapPoint[]>();
  for (const r of dated) {
    const list = byPlace.get(r.place);
    if (list) list.push(r);
    else byPlace.set(r.place, [r]);
  }
  const claimsOf = (p: string) =>
    (byPlace.get(p) ?? []).filter((r) => roles.includes(r.role) && r.asserted !== null);
  const places = options.places?.length ? [...options.places] : _placesByCount(
    dated.filter((r) => roles.includes(r.role) && r.asserted !== null),
  );
  const legendDomain = [...SIDES, mapLabel, TEXT_LABEL];
  const legendRange = [...SIDES.map((s) => SIDE_COLORS[s]), MAPPING_COLOR, "#9a9a9a"];
  const color = { domain: legendDomain, range: legendRange };
  const marginLeft = _marginFor(["contested"]);
  const panels: string[] = [];
  const jobs: {
    place: string;
    label: string;
    claims: GapPoint[];
    textRows: GapPoint[];
    lo: Date;
    hi: Date;
  }[] = [];
  const omitted: string[] = [];
  let cutEpisodes = 0;
  for (const place of places) {
    if (jobs.length >= maxPanels) {
      omitted.push(place);
      continue;
    }
    const allClaims = claimsOf(place);
    const allText = (byPlace.get(place) ?? []).filter((r) => r.assessed_text !== null);
    const episodes = _episodes([...allClaims, ...allText].map((r) => r.date!), splitDays);
    for (const [a, b] of episodes) {
      if (jobs.length >= maxPanels) {
        cutEpisodes++;
        continue;
      }
      const claims = allClaims.filter((r) => r.date! >= a && r.date! <= b);
      const textRows = allText.filter((r) => r.date! >= a && r.date! <= b);
      const n = `${claims.length} claim${claims.length === 1 ? "" : "s"}`;
      const label = episodes.length > 1
        ? `${place}, ${a === b ? a : `${a} to ${b}`}: ${n}`
        : `${place}: ${n}`;
      const lo = new Date(_day(a).getTime() - padDays * 86_400_000);
      const hi = new Date(_day(b).getTime() + padDays * 86_400_000);
      jobs.push({ place, label, claims, textRows, lo, hi });
    }
    if (!episodes.length) {
      const [lo, hi] = _dayDomain([]);
      jobs.push({ place, label: `${place}: no dated claims`, claims: [], textRows: [], lo, hi });
    }
  }
  const assessmentByPlace = new Map<string, AssessmentPoint[]>();
  for (const a of assessment) {
    const list = assessmentByPlace.get(a.place);
    if (list) list.push(a);
    else assessmentByPlace.set(a.place, [a]);
  }
  let aggregated = false;
  const units = new Set<string>();
  for (const { place, label, claims, textRows, lo, hi } of jobs) {
    const series = _series(place, assessmentByPlace.get(place) ?? [], byPlace.get(place) ?? []);
    const inView = series.filter((s) => s.x >= lo && s.x <= hi);
    // carry the last assessment before the window into its first day, so the step line starts
    const before = series.filter((s) => s.x < lo).at(-1);
    if (before) inView.unshift({ ...before, x: lo });
    // Same-day claims of one side asserting the same status are one dot (radius grows with their
    // number, the tooltip lists them); the link goes to their mean assessment.
    // A long panel groups by week or month instead (a day is under a pixel wide there).
    const spanDays = (hi.getTime() - lo.getTime()) / 86_400_000;
    const unit = spanDays <= 120 ? "day" : spanDays <= 730 ? "week" : "month";
    if (unit !== "day") units.add(unit);
    const groups = new Map<string, GapPoint[]>();
    for (const r of claims) {
      const key = `${_binStart(r.date!, unit)}|${r.side}|${r.asserted}`;
      const list = groups.get(key);
      if (list) list.push(r);
      else groups.set(key, [r]);
    }
    const points = [...groups.values()].map((list) => {
      const r = list[0];
      const assessedAll = list.map((x) => x.assessed_map ?? x.assessed_text).filter((v) =>
        v !== null
      ) as number[];
      const assessed = assessedAll.length
        ? assessedAll.reduce((a, b) => a + b, 0) / assessedAll.length
        : null;
      const lines = list.map((x) =>
        `${x.claimant} (${x.side}): ${x.claim}, ${x.date}; asserted ${x.asserted}, map ${
          _fmt(x.assessed_map)
        }, mapping claims ${_fmt(x.assessed_text)}`
      ).sort();
      if (list.length > 1) aggregated = true;
      return {
        x: _day(_binStart(r.date!, unit)),
        y: r.asserted!,
        side: r.side,
        assessed,
        count: list.length,
        r: _radius(list.length),
        tip: (list.length > 1
          ? `${list.length} claims${
            unit === "day" ? "" : `, ${unit} of ${_binStart(r.date!, unit)}`
          }:\n`
          : "") +
          lines.slice(0, 5).join("\n") +
          (lines.length > 5 ? `\n… and ${lines.length - 5} more` : ""),
      };
    }).sort((a, b) =>
      a.x.getTime() - b.x.getTime() || SIDES.indexOf(a.side) - SIDES.indexOf(b.side) ||
      a.y - b.y
    );
    // Dots of different sides on the same day and status would hide each other: spread them
    // sideways (centred on the day), converting pixels to time on this panel's axis.
    const msPerPx = (hi.getTime() - lo.getTime()) / Math.max(1, width - marginLeft - 20);
    const same = new Map<string, typeof points>();
    for (const p of points) {
      const key = `${p.x.getTime()}|${p.y}`;
      const list = same.get(key);
      if (list) list.push(p);
      else same.set(key, [p]);
    }
    for (const list of same.values()) {
      if (list.length < 2) continue;
      const step = 2 * Math.max(...list.map((p) => p.r)) + 1;
      list.forEach((p, k) => {
        p.x = new Date(p.x.getTime() + (k - (list.length - 1) / 2) * step * msPerPx);
      });
    }
    const marks = [
      Plot.ruleY([0.5], { stroke: "#eee" }),
      Plot.line(inView, {
        x: "x",
        y: "value",
        stroke: () => mapLabel,
        strokeWidth: 2,
        curve: "step-after",
      }),
      Plot.dot(_textPoints(textRows, unit), {
        x: "x",
        y: "y",
        stroke: () => TEXT_LABEL,
        symbol: "square",
        r: 4,
        strokeWidth: 1.5,
        clip: true,
      }),
      ...SIDES.flatMap((side) => {
        const mine = points.filter((p) => p.side === side);
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
      }),
      Plot.text(points.filter((p) => p.count > 1), {
        x: "x",
        y: "y",
        text: (p: { count: number }) => String(p.count),
        fill: "white",
        fontSize: 8,
        fontWeight: "bold",
        pointerEvents: "none",
      }),
      Plot.text([label], {
        frameAnchor: "top-left",
        dy: -16,
        dx: -marginLeft + 4,
        fontWeight: "bold",
        fontSize: 12,
        text: (d: string) => d,
      }),
    ];
    panels.push(_renderPlot({
      width,
      height,
      marginTop: 24,
      marginLeft,
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
      marks,
    }));
  }
  const legend = _serialize(
    Plot.legend(
      {
        color: { ...color, type: "ordinal" as const },
        document: _document(),
        style: { fontFamily: FONT_FAMILY, fontSize: "11px" },
      } as unknown as Parameters<typeof Plot.legend>[0],
    ) as unknown as Element,
  );
  const notes: string[] = [
    `${places.length - omitted.length} place${
      places.length - omitted.length === 1 ? "" : "s"
    }; dots: claims by ${roles.join(", ")}`,
    "a vertical link is the gap between a claim and the map's status on its day (without mapping data: the mapping claims in the articles)",
  ];
  if (aggregated) {
    notes.push(
      `a bigger dot with a number stands for that many claims of one side asserting the same status on the same day${
        units.size ? ` (${[...units].sort().join(" or ")} in panels spanning months)` : ""
      }`,
    );
  }
  if (omitted.length) {
    const shown = omitted.slice(0, 30).join(", ");
    const more = omitted.length > 30 ? ` and ${omitted.length - 30} more` : "";
    notes.push(
      `${maxPanels} panels at most: ${omitted.length} other place${
        omitted.length === 1 ? "" : "s"
      } not shown: ${shown}${more}`,
    );
  }
  if (cutEpisodes) {
    notes.push(`${cutEpisodes} later episode${cutEpisodes === 1 ? "" : "s"} not shown`);
  }
  if (undated) notes.push(`${undated} undated row${undated === 1 ? "" : "s"} not shown`);
  const body = panels.length
    ? panels.join("\n")
    : `<p style="font: 12px ${FONT_FAMILY}; color: #555;">No dated claims to show.</p>`;
  return _styleFigure(
    `<figure class="claimgap-gap" style="max-width: initial;"><h2>${
      _escapeHtml(options.title ?? "Official claims against the mapping assessment")
    }</h2><h3>${_escapeHtml(notes.join("; ") + ".")}</h3>${legend}\n${body}</figure>`,
  );
}
