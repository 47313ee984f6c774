/**
 * Claims timeline: one row per place, days along x, marks coloured by the claimant's side and
 * shaped by its role. Claims of one place, side and role on the same day (week or month when the
 * corpus is large, see `bin`) are drawn as ONE mark whose size and label give their number, so the
 * chart's size is bounded by distinct combinations, not by claims. Marks of the same day are
 * dodged apart so none hides another.
 * @module
 */
import type { Claim, Role } from "../shared/types.ts";
import { ROLES, SIDES } from "../shared/types.ts";
import { _renderPlot, Plot } from "../shared/_dom.ts";
import { _describe, _isoDate, _number, _oneOf } from "../shared/_validate.ts";
import { _marginFor, _sideScale, _styleFigure, PLOT_STYLE, ROLE_SYMBOLS } from "./_style.ts";
import { _clipLines, _count, _nameList } from "./_words.ts";
import { type _Stacked, _stackRows } from "./_timeline_layout.ts";
import { _binStarts, _day, _dayDomain, _dayTicks } from "./_days.ts";

/** Options of {@link plotTimeline}. */
export interface TimelineOptions {
  /** @default "Claims by place and day" */
  title?: string;
  /** Only these places, top to bottom in this order (empty: all). @default all, by first dated claim */
  places?: readonly string[];
  /** Only claims by these roles. @default all roles */
  roles?: readonly Role[];
  /** Only claims on or after this ISO day. @default no limit */
  from?: string;
  /** Only claims on or before this ISO day. @default no limit */
  to?: string;
  /** Width in pixels. @default 860 */
  width?: number;
  /** Height of one place's row in pixels (at least; rows grow to fit same-day claims). @default 36 */
  rowHeight?: number;
  /**
   * At most this many places get a row: the most-claimed ones (dated, in range); the others are
   * named in the subtitle. Ignored when `places` is given. @default 40
   */
  maxPlaces?: number;
  /**
   * Time unit claims are grouped by. `"auto"`: the finest of day, week (starting Monday), month
   * that yields at most `maxMarks` marks; if even months give more, fewer (most-claimed) places
   * are shown and the others named in the subtitle. @default "auto"
   */
  bin?: "auto" | "day" | "week" | "month";
  /** The mark budget of `bin: "auto"`. @default 400 */
  maxMarks?: number;
}

/** Time units of {@link TimelineOptions.bin}. */
export const TIMELINE_BINS = ["auto", "day", "week", "month"] as const;

/** The options of {@link plotTimeline}, checked, with their defaults. */
function _checked(options: TimelineOptions) {
  return {
    width: _number("options.width", options.width ?? 860, 200, 4000),
    minRow: _number("options.rowHeight", options.rowHeight ?? 36, 12, 400),
    maxPlaces: _number("options.maxPlaces", options.maxPlaces ?? 40, 1, 10_000),
    maxMarks: _number("options.maxMarks", options.maxMarks ?? 400, 1, 1_000_000),
    binOpt: _oneOf("options.bin", options.bin ?? "auto", TIMELINE_BINS),
    from: _isoDate("options.from", options.from ?? null, true),
    to: _isoDate("options.to", options.to ?? null, true),
  };
}

/** The claims of the roles and places asked for. */
function _selected(claims: readonly Claim[], options: TimelineOptions): Claim[] {
  const roles = options.roles?.map((r, i) => _oneOf(`options.roles[${i}]`, r, ROLES));
  const wanted = options.places?.length ? new Set(options.places) : null;
  return claims.filter((c) =>
    (!roles || roles.includes(c.role)) && (!wanted || wanted.has(c.place))
  );
}

/**
 * Render the claims timeline as an HTML `<figure>` string (title, legends for side and role, SVG).
 * Claims without a date cannot be placed on the axis: the subtitle says how many were left out.
 */
export function plotTimeline(claims: readonly Claim[], options: TimelineOptions = {}): string {
  if (!Array.isArray(claims)) {
    throw new TypeError(`claims: expected an array of claim records, found ${_describe(claims)}`);
  }
  const { width, minRow, maxPlaces, maxMarks, binOpt, from, to } = _checked(options);
  const given = options.places?.length ? options.places : null;
  const found = _inRange(_selected(claims, options), from, to);
  const shown = _fitMarks(
    _mostClaimed(found.inRange, found.counts, given, maxPlaces),
    found.counts,
    { binOpt, maxMarks, trim: !given },
  );
  const rows = _aggregate(shown.kept, shown.bin);
  const domain = _dayDomain(rows.map((r) => r.x));
  const marginLeft = _marginFor(shown.places);
  const pxPerMs = (width - marginLeft - 20) / (domain[1].getTime() - domain[0].getTime());
  const stacked = _stackRows(rows, shown.places, pxPerMs, minRow);
  const plotHeight = Math.max(stacked.height, minRow);
  // The date axis at the top and at the bottom: a tall chart is read from either end.
  const marginTop = 40, marginBottom = 40;
  return _styleFigure(_renderPlot({
    title: options.title ?? "Claims by place and day",
    subtitle: _timelineNotes(found, shown, rows.some((r) => r.count > 1), from, to),
    width,
    height: marginTop + plotHeight + marginBottom,
    marginTop,
    marginBottom,
    marginLeft,
    marginRight: 20,
    style: PLOT_STYLE,
    x: { type: "utc", domain },
    y: { type: "linear", domain: [plotHeight, 0], axis: null },
    r: { type: "identity" },
    ..._legendScales(rows),
    marks: _timelineMarks(stacked, _dayTicks(domain)),
  }));
}

/** Time units claims are grouped by. */
type _Bin = "day" | "week" | "month";

/** The claims kept, their places top to bottom, the time unit, and the places left out. */
interface _Shown {
  kept: readonly Claim[];
  places: string[];
  omitted: string[];
  bin: _Bin;
}

/** The dated claims inside `from`..`to`, counted per place; how many were undated or outside. */
function _inRange(list: readonly Claim[], from: string | null, to: string | null) {
  const dated = list.filter((c) => c.date !== null);
  const inRange = dated.filter((c) => !((from && c.date! < from) || (to && c.date! > to)));
  const counts = new Map<string, number>();
  for (const c of inRange) counts.set(c.place, (counts.get(c.place) ?? 0) + 1);
  return {
    inRange,
    counts,
    outside: dated.length - inRange.length,
    undated: list.length - dated.length,
  };
}

/**
 * The places given (those with claims), or the `maxPlaces` most-claimed ones ordered by their
 * first claim, with their claims; the other places, most claims first.
 */
function _mostClaimed(
  inRange: readonly Claim[],
  counts: ReadonlyMap<string, number>,
  given: readonly string[] | null,
  maxPlaces: number,
): Omit<_Shown, "bin"> {
  let omitted: string[] = [];
  let kept = inRange;
  if (!given && counts.size > maxPlaces) {
    const byCount = [...counts.keys()].sort((a, b) =>
      counts.get(b)! - counts.get(a)! || _cmp(a, b)
    );
    const keep = new Set(byCount.slice(0, maxPlaces));
    omitted = byCount.slice(maxPlaces);
    kept = inRange.filter((c) => keep.has(c.place));
  }
  const places = given ? [...given].filter((p) => counts.has(p)) : _placesByFirstDate(kept);
  return { kept, omitted, places };
}

/**
 * The time unit: `binOpt`, or for `"auto"` the finest whose marks fit `maxMarks`; when even months
 * do not fit and `trim` is true, only the most-claimed places whose marks fit (at least one).
 * Chosen on mark counts: the marks are built once, afterwards.
 */
function _fitMarks(
  shown: Omit<_Shown, "bin">,
  counts: ReadonlyMap<string, number>,
  o: { binOpt: (typeof TIMELINE_BINS)[number]; maxMarks: number; trim: boolean },
): _Shown {
  let bin: _Bin = o.binOpt === "auto" ? "day" : o.binOpt;
  let marks = _marksPerPlace(shown.kept, bin);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  if (o.binOpt === "auto") {
    for (const next of ["week", "month"] as const) {
      if (total(marks) <= o.maxMarks) break;
      bin = next;
      marks = _marksPerPlace(shown.kept, bin);
    }
  }
  if (
    o.binOpt !== "auto" || total(marks) <= o.maxMarks || !o.trim || shown.places.length <= 1
  ) {
    return { ...shown, bin };
  }
  const budget = o.maxMarks;
  const byCount = [...marks.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || _cmp(a, b));
  let sum = 0, n = 0;
  while (n < byCount.length && (n === 0 || sum + marks.get(byCount[n])! <= budget)) {
    sum += marks.get(byCount[n++])!;
  }
  const keep = new Set(byCount.slice(0, n));
  return {
    kept: shown.kept.filter((c) => keep.has(c.place)),
    places: shown.places.filter((p) => keep.has(p)),
    omitted: [...byCount.slice(n), ...shown.omitted],
    bin,
  };
}

/** The subtitle: what was counted, how claims are grouped, and what is not shown. */
function _timelineNotes(
  found: ReturnType<typeof _inRange>,
  shown: _Shown,
  grouped: boolean,
  from: string | null,
  to: string | null,
): string {
  const { omitted, bin } = shown;
  const notes = [
    `${_count(found.inRange.length, "dated claim")} about ${_count(found.counts.size, "place")}`,
  ];
  if (grouped) {
    notes.push(
      `one mark per place, side, role and ${bin}; a bigger mark with a number stands for that many claims`,
    );
  } else if (bin !== "day") notes.push(`one mark per place, side, role and ${bin}`);
  if (omitted.length) {
    notes.push(
      `the ${shown.places.length} most-claimed places shown; ${
        _count(omitted.length, "other")
      } not shown: ${_nameList(omitted, 30)}`,
    );
  }
  if (found.undated) notes.push(`${found.undated} without a date not shown`);
  if (found.outside) {
    notes.push(`${found.outside} outside ${from ?? "…"} to ${to ?? "…"} not shown`);
  }
  return notes.join("; ") + ".";
}

/** The colour (side) and symbol (role) scales with their legends, of the sides and roles drawn. */
function _legendScales(rows: readonly _Mark[]) {
  const usedRoles = ROLES.filter((r) => rows.some((d) => d.role === r));
  const usedSides = SIDES.filter((s) => rows.some((d) => d.side === s));
  return {
    color: { legend: true, ..._sideScale(usedSides.length ? usedSides : SIDES), label: "side" },
    symbol: {
      legend: true,
      domain: usedRoles.length ? usedRoles : [...ROLES],
      range: (usedRoles.length ? usedRoles : ROLES).map((r) => ROLE_SYMBOLS[r]),
      label: "role",
    },
  };
}

/** Grid, date axes, row separators, place names, the marks and their count labels. */
function _timelineMarks(
  { placed, ticks, separators }: _Stacked<_Mark>,
  dayTicks: ReturnType<typeof _dayTicks>,
) {
  return [
    Plot.gridX({ ...(dayTicks.ticks ? { ticks: dayTicks.ticks } : {}) }),
    ...(["top", "bottom"] as const).map((anchor) =>
      Plot.axisX({ anchor, label: "date of claim", labelAnchor: "center", ...dayTicks })
    ),
    Plot.ruleY(separators, { stroke: "#e4e4e4" }),
    Plot.axisY({
      ticks: ticks.map((t) => t.y),
      tickFormat: (y: number) => ticks.find((t) => t.y === y)?.place ?? "",
      tickSize: 0,
      label: null,
      ariaLabel: "place",
    }),
    Plot.dot(placed, {
      x: "x",
      y: "y",
      fill: "side",
      symbol: "role",
      r: "r",
      stroke: "white",
      strokeWidth: 0.7,
      title: "tip",
    }),
    Plot.text(placed.filter((p) => p.label), {
      x: "x",
      y: "y",
      text: "label",
      fill: "white",
      fontSize: 8,
      fontWeight: "bold",
      pointerEvents: "none",
    }),
  ];
}

/** One mark: the claims of one place, side and role in one time bin. */
interface _Mark {
  x: Date;
  place: string;
  side: string;
  role: string;
  count: number;
  tip: string;
}

/** The number of marks each place gets with this bin. */
function _marksPerPlace(
  claims: readonly Claim[],
  bin: "day" | "week" | "month",
): Map<string, number> {
  const keys = new Set<string>();
  const out = new Map<string, number>();
  const startOf = _binStarts(bin);
  for (const c of claims) {
    const key = `${c.place}\u0000${startOf(c.date!)}\u0000${c.side}\u0000${c.role}`;
    if (keys.has(key)) continue;
    keys.add(key);
    out.set(c.place, (out.get(c.place) ?? 0) + 1);
  }
  return out;
}

/**
 * Group dated claims into one mark per (place, bin, side, role), sorted by time then tooltip.
 * The tooltip lists up to 5 claims and says how many more there are.
 */
export function _aggregate(
  claims: readonly Claim[],
  bin: "day" | "week" | "month",
): _Mark[] {
  const groups = new Map<string, { start: string; claims: Claim[] }>();
  const startOf = _binStarts(bin);
  for (const c of claims) {
    const start = startOf(c.date!);
    const key = `${c.place}\u0000${start}\u0000${c.side}\u0000${c.role}`;
    const g = groups.get(key);
    if (g) g.claims.push(c);
    else groups.set(key, { start, claims: [c] });
  }
  const out: _Mark[] = [];
  for (const { start, claims: list } of groups.values()) {
    const lines = list
      .map((c) => `${c.claimant} (${c.side}, ${c.role}): ${c.claim} → ${c.status}, ${c.date}`)
      .sort(_cmp);
    const c = list[0];
    const head = list.length > 1
      ? `${list.length} claims, ${bin === "day" ? start : `${bin} of ${start}`}:\n`
      : "";
    out.push({
      x: _day(start),
      place: c.place,
      side: c.side,
      role: c.role,
      count: list.length,
      tip: head + _clipLines(lines, 5),
    });
  }
  return out.sort((a, b) => a.x.getTime() - b.x.getTime() || _cmp(a.tip, b.tip));
}

function _cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Places ordered by their first dated claim, ties by name. */
export function _placesByFirstDate(claims: readonly { place: string; date: string | null }[]) {
  const first = new Map<string, string>();
  for (const c of claims) {
    if (c.date === null) continue;
    const f = first.get(c.place);
    if (f === undefined || c.date < f) first.set(c.place, c.date);
  }
  return [...first.keys()].sort((a, b) => _cmp(first.get(a)!, first.get(b)!) || _cmp(a, b));
}
