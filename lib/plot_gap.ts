/**
 * The gap chart: for each place, each side's official assertions (0 = Ukraine holds it, 0.5 =
 * contested, 1 = Russia holds it) and the mapping assessment over time, with the gap between an
 * assertion and the assessment of its day drawn as a vertical link.
 *
 * Each place gets its own small panel with its own date range (a village taken in 2024 and a city
 * fought over in 2025 would otherwise share one unreadable axis); one legend serves all panels.
 * @module
 */
import type { Role, Side } from "./types.ts";
import { ROLES, SIDES } from "./types.ts";
import { _document, _renderPlot, _serialize, Plot } from "./_dom.ts";
import { _describe, _number, _oneOf } from "./_validate.ts";
import { _escapeHtml } from "./_escape.ts";
import {
  _marginFor,
  _styleFigure,
  FONT_FAMILY,
  MAPPING_COLOR,
  PLOT_STYLE,
  SIDE_COLORS,
} from "./_style.ts";
import { _day, _dayDomain, _dayTicks } from "./plot_timeline.ts";
import { type AssessOptions, assessPlace, type PlaceInfo, STATUS_VALUES } from "./gap.ts";
import type { MappingData } from "./mapping_data.ts";

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
  const claimsOf = (p: string) =>
    dated.filter((r) => r.place === p && roles.includes(r.role) && r.asserted !== null);
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
  for (const place of places) {
    const allClaims = claimsOf(place);
    const allText = dated.filter((r) => r.place === place && r.assessed_text !== null);
    const episodes = _episodes([...allClaims, ...allText].map((r) => r.date!), splitDays);
    for (const [a, b] of episodes) {
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
  for (const { place, label, claims, textRows, lo, hi } of jobs) {
    const series = _series(place, assessment, dated);
    const inView = series.filter((s) => s.x >= lo && s.x <= hi);
    // carry the last assessment before the window into its first day, so the step line starts
    const before = series.filter((s) => s.x < lo).at(-1);
    if (before) inView.unshift({ ...before, x: lo });
    const points = claims.map((r) => ({
      x: _day(r.date!),
      y: r.asserted!,
      side: r.side,
      assessed: r.assessed_map ?? r.assessed_text,
      tip: `${r.claimant} (${r.side}): ${r.claim}, ${r.date}; asserted ${r.asserted}, map ${
        _fmt(r.assessed_map)
      }, mapping claims ${_fmt(r.assessed_text)}`,
    })).sort((a, b) =>
      a.x.getTime() - b.x.getTime() || SIDES.indexOf(a.side) - SIDES.indexOf(b.side) ||
      (a.tip < b.tip ? -1 : 1)
    );
    // Claims of one day asserting the same status would hide each other: spread them sideways
    // (9 px apart, centred on the day), converting pixels to time on this panel's axis.
    const msPerPx = (hi.getTime() - lo.getTime()) / Math.max(1, width - marginLeft - 20);
    const groups = new Map<string, number>();
    for (const p of points) {
      groups.set(`${p.x.getTime()}|${p.y}`, (groups.get(`${p.x.getTime()}|${p.y}`) ?? 0) + 1);
    }
    const seen = new Map<string, number>();
    for (const p of points) {
      const key = `${p.x.getTime()}|${p.y}`;
      const k = seen.get(key) ?? 0;
      seen.set(key, k + 1);
      p.x = new Date(p.x.getTime() + (k - (groups.get(key)! - 1) / 2) * 9 * msPerPx);
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
      Plot.dot(_textPoints(textRows), {
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
            r: 4.5,
            stroke: "white",
            strokeWidth: 0.7,
            title: "tip",
          }),
        ];
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
    `${places.length} place${places.length === 1 ? "" : "s"}; dots: claims by ${roles.join(", ")}`,
    "a vertical link is the gap between a claim and the map's status on its day (without mapping data: the mapping claims in the articles)",
  ];
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

/** Split sorted-or-not ISO days into runs whose consecutive days are at most `split` days apart. */
export function _episodes(days: readonly string[], split: number): [string, string][] {
  const sorted = [...new Set(days)].sort();
  const out: [string, string][] = [];
  for (const d of sorted) {
    const last = out.at(-1);
    if (last && (_day(d).getTime() - _day(last[1]).getTime()) / 86_400_000 <= split) last[1] = d;
    else out.push([d, d]);
  }
  return out;
}

/** The text assessments of rows as unique (day, value) squares, in day order. */
function _textPoints(rows: readonly GapPoint[]): { x: Date; y: number }[] {
  const seen = new Map<string, { x: Date; y: number }>();
  for (const r of rows) {
    const day = r.assessed_text_date ?? r.date!;
    seen.set(`${day}|${r.assessed_text}`, { x: _day(day), y: r.assessed_text! });
  }
  return [...seen.keys()].sort().map((k) => seen.get(k)!);
}

function _fmt(v: number | null): string {
  return v === null ? "n/a" : String(Math.round(v * 100) / 100);
}

/** Places with most claims first, ties by name. */
function _placesByCount(rows: readonly { place: string }[]): string[] {
  const n = new Map<string, number>();
  for (const r of rows) n.set(r.place, (n.get(r.place) ?? 0) + 1);
  return [...n.keys()].sort((a, b) => n.get(b)! - n.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
}

/** The assessment series of a place: given points, else the rows' map assessments by day. */
function _series(
  place: string,
  assessment: readonly AssessmentPoint[],
  rows: readonly GapPoint[],
): { x: Date; value: number }[] {
  const given = assessment.filter((a) => a.place === place);
  const byDay = new Map<string, number>();
  if (given.length) { for (const a of given) byDay.set(a.date, a.value); }
  else {
    for (const r of rows) {
      if (r.place === place && r.assessed_map !== null) byDay.set(r.date!, r.assessed_map);
    }
  }
  return [...byDay.keys()].sort().map((d) => ({ x: _day(d), value: byDay.get(d)! }));
}

/** Options of {@link mapAssessmentSeries}. */
export interface SeriesOptions extends AssessOptions {
  /** Roles whose claims set each place's window. @default ["official"] */
  roles?: readonly Role[];
  /** Days before the first and after the last claim of a place. @default 14 */
  padDays?: number;
}

/**
 * The daily mapping assessment of each place the rows talk about, over the days its chart panel
 * shows (first claim − `padDays` to last claim + `padDays`): the occupied share for towns and
 * cities (areas), the status value (0, 0.5, 1) for villages (points). Days without a snapshot
 * within `maxAgeDays` are left out. Places missing from `places` get no series.
 */
export function mapAssessmentSeries(
  rows: readonly GapPoint[],
  mapping: MappingData,
  places: readonly PlaceInfo[],
  options: SeriesOptions = {},
): AssessmentPoint[] {
  const { roles: r, padDays: p, ...assess } = options;
  const roles = (r ?? ["official"]).map((x, i) => _oneOf(`options.roles[${i}]`, x, ROLES));
  const padDays = _number("options.padDays", p ?? 14, 0, 3650);
  const byName = new Map<string, PlaceInfo>();
  for (const pl of places) {
    if (!byName.has(pl.name.toLowerCase())) byName.set(pl.name.toLowerCase(), pl);
  }
  const span = new Map<string, [string, string]>();
  for (const row of rows) {
    if (row.date === null || !roles.includes(row.role)) continue;
    const s = span.get(row.place);
    if (!s) span.set(row.place, [row.date, row.date]);
    else {span.set(row.place, [
        row.date < s[0] ? row.date : s[0],
        row.date > s[1] ? row.date : s[1],
      ]);}
  }
  const out: AssessmentPoint[] = [];
  for (const place of [...span.keys()].sort()) {
    const info = byName.get(place.toLowerCase());
    if (!info) continue;
    const [first, last] = span.get(place)!;
    const end = _day(last).getTime() + padDays * 86_400_000;
    for (let t = _day(first).getTime() - padDays * 86_400_000; t <= end; t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const a = assessPlace(mapping, info, date, assess);
      if (!a) continue;
      const value = a.method === "point" ? STATUS_VALUES[a.status] : a.share;
      out.push({ place, date, value: Math.round(value * 1000) / 1000 });
    }
  }
  return out;
}
