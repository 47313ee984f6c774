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
import { _marginFor, _styleFigure, PLOT_STYLE, ROLE_SYMBOLS, SIDE_COLORS } from "./_style.ts";

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

/** Parse an ISO day to a UTC Date (midday avoids nothing: Plot's utc scale uses UTC). */
export function _day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

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
  const list = _selected(claims, options);
  const dated = list.filter((c) => c.date !== null);
  const inRange = dated.filter((c) => !((from && c.date! < from) || (to && c.date! > to)));
  const outside = dated.length - inRange.length;
  const undated = list.length - dated.length;
  const counts = new Map<string, number>();
  for (const c of inRange) counts.set(c.place, (counts.get(c.place) ?? 0) + 1);
  let omitted: string[] = [];
  let kept = inRange;
  if (!options.places?.length && counts.size > maxPlaces) {
    const byCount = [...counts.keys()].sort((a, b) =>
      counts.get(b)! - counts.get(a)! || _cmp(a, b)
    );
    const keep = new Set(byCount.slice(0, maxPlaces));
    omitted = byCount.slice(maxPlaces);
    kept = inRange.filter((c) => keep.has(c.place));
  }
  let places = options.places?.length
    ? [...options.places].filter((p) => counts.has(p))
    : _placesByFirstDate(kept);
  let bin: "day" | "week" | "month" = binOpt === "auto" ? "day" : binOpt;
  // Choose the bin (and, if need be, fewer places) on mark counts; build marks once at the end.
  let marks = _marksPerPlace(kept, bin);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  if (binOpt === "auto") {
    for (const next of ["week", "month"] as const) {
      if (total(marks) <= maxMarks) break;
      bin = next;
      marks = _marksPerPlace(kept, bin);
    }
  }
  if (
    binOpt === "auto" && total(marks) > maxMarks && !options.places?.length && places.length > 1
  ) {
    // Still too many marks by month: keep the most-claimed places whose marks fit the budget.
    const byCount = [...marks.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || _cmp(a, b));
    let sum = 0, n = 0;
    while (n < byCount.length && (n === 0 || sum + marks.get(byCount[n])! <= maxMarks)) {
      sum += marks.get(byCount[n++])!;
    }
    const keep = new Set(byCount.slice(0, n));
    omitted = [...byCount.slice(n), ...omitted];
    kept = kept.filter((c) => keep.has(c.place));
    places = places.filter((p) => keep.has(p));
  }
  const rows = _aggregate(kept, bin);
  const notes = [
    `${inRange.length} dated claim${inRange.length === 1 ? "" : "s"} about ${counts.size} place${
      counts.size === 1 ? "" : "s"
    }`,
  ];
  if (rows.some((r) => r.count > 1)) {
    notes.push(
      `one mark per place, side, role and ${bin}; a bigger mark with a number stands for that many claims`,
    );
  } else if (bin !== "day") notes.push(`one mark per place, side, role and ${bin}`);
  if (omitted.length) {
    const shown = omitted.slice(0, 30).join(", ");
    const more = omitted.length > 30 ? ` and ${omitted.length - 30} more` : "";
    notes.push(
      `the ${places.length} most-claimed places shown; ${omitted.length} other${
        omitted.length === 1 ? "" : "s"
      } not shown: ${shown}${more}`,
    );
  }
  if (undated) notes.push(`${undated} without a date not shown`);
  if (outside) notes.push(`${outside} outside ${from ?? "…"} to ${to ?? "…"} not shown`);
  // Layout: one row per place, as tall as its tallest stack of marks close in time. Each mark
  // takes the free slot nearest the row's centre line (0, -1, +1, -2, ...) among marks within
  // one mark's width (STEP px); rows then follow each other, so a busy place does not make every
  // row tall.
  const domain = _dayDomain(rows.map((r) => r.x));
  const marginLeft = _marginFor(places);
  const pxPerMs = (width - marginLeft - 20) / (domain[1].getTime() - domain[0].getTime());
  const maxCount = rows.reduce((m, r) => Math.max(m, r.count), 1);
  const STEP = 2 * _radius(maxCount) + 1;
  const placed: (_Mark & { y: number; r: number; label: string })[] = [];
  const ticks: { y: number; place: string }[] = [];
  const separators: number[] = [];
  const byPlace = new Map<string, _Mark[]>();
  for (const r of rows) {
    const list = byPlace.get(r.place);
    if (list) list.push(r);
    else byPlace.set(r.place, [r]);
  }
  let top = 0;
  for (const place of places) {
    const mine = byPlace.get(place) ?? [];
    const slots: { px: number; slot: number }[] = [];
    let recent = 0; // slots[recent..] are the marks within STEP px of the current one (x sorted)
    for (const r of mine) {
      const px = r.x.getTime() * pxPerMs;
      while (recent < slots.length && px - slots[recent].px >= STEP) recent++;
      const near = new Set(slots.slice(recent).map((s) => s.slot));
      let slot = 0;
      for (let k = 1; near.has(slot); k++) slot = k % 2 ? -((k + 1) >> 1) : k >> 1;
      slots.push({ px, slot });
    }
    let lo = 0, hi = 0;
    for (const s of slots) {
      lo = Math.min(lo, s.slot);
      hi = Math.max(hi, s.slot);
    }
    const height = Math.max(minRow, (hi - lo + 1) * STEP + 16);
    const centre = top + height / 2 - ((hi + lo) / 2) * STEP;
    mine.forEach((r, i) =>
      placed.push({
        ...r,
        y: centre + slots[i].slot * STEP,
        r: _radius(r.count),
        label: r.count > 1 ? String(r.count) : "",
      })
    );
    ticks.push({ y: centre, place });
    top += height;
    separators.push(top);
  }
  const plotHeight = Math.max(top, minRow);
  const usedRoles = ROLES.filter((r) => rows.some((d) => d.role === r));
  const usedSides = SIDES.filter((s) => rows.some((d) => d.side === s));
  // The date axis at the top and at the bottom: a tall chart is read from either end.
  const marginTop = 40, marginBottom = 40;
  const dayTicks = _dayTicks(domain);
  return _styleFigure(_renderPlot({
    title: options.title ?? "Claims by place and day",
    subtitle: notes.join("; ") + ".",
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
    color: {
      legend: true,
      domain: usedSides.length ? usedSides : [...SIDES],
      range: (usedSides.length ? usedSides : SIDES).map((s) => SIDE_COLORS[s]),
      label: "side",
    },
    symbol: {
      legend: true,
      domain: usedRoles.length ? usedRoles : [...ROLES],
      range: (usedRoles.length ? usedRoles : ROLES).map((r) => ROLE_SYMBOLS[r]),
      label: "role",
    },
    marks: [
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
    ],
  }));
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

/** Mark radius in px for a number of claims: 4.5 for one, growing with the log, at most 10. */
export function _radius(count: number): number {
  return Math.min(10, 4.5 + 1.5 * Math.log2(Math.max(1, count)));
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

/** The first day (UTC) of the bin holding an ISO day. */
export function _binStart(iso: string, bin: "day" | "week" | "month"): string {
  if (bin === "day") return iso;
  if (bin === "month") return iso.slice(0, 8) + "01";
  const d = _day(iso);
  const back = (d.getUTCDay() + 6) % 7; // Monday starts the week
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/** {@link _binStart} for one bin, remembered per day (claims share a few hundred days). */
function _binStarts(bin: "day" | "week" | "month"): (iso: string) => string {
  if (bin !== "week") return (iso) => _binStart(iso, bin);
  const seen = new Map<string, string>();
  return (iso) => {
    let start = seen.get(iso);
    if (start === undefined) seen.set(iso, start = _binStart(iso, bin));
    return start;
  };
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
    const more = lines.length > 5 ? `\n… and ${lines.length - 5} more` : "";
    out.push({
      x: _day(start),
      place: c.place,
      side: c.side,
      role: c.role,
      count: list.length,
      tip: head + lines.slice(0, 5).join("\n") + more,
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

/** A time domain padded by a day each side (a single day gets a week around it). */
export function _dayDomain(dates: readonly Date[]): [Date, Date] {
  if (!dates.length) return [_day("2024-01-01"), _day("2024-01-08")];
  let lo = Infinity, hi = -Infinity;
  for (const d of dates) {
    lo = Math.min(lo, d.getTime());
    hi = Math.max(hi, d.getTime());
  }
  const day = 86_400_000;
  const pad = hi - lo < 7 * day ? 3 * day : Math.max(day, Math.round((hi - lo) * 0.03 / day) * day);
  return [new Date(lo - pad), new Date(hi + pad)];
}

/** Day ticks for short spans (Plot would label hours); Plot's own ticks otherwise. */
export function _dayTicks(domain: readonly [Date, Date]): { ticks?: string; tickFormat?: string } {
  const days = (domain[1].getTime() - domain[0].getTime()) / 86_400_000;
  return days <= 21 ? { ticks: "day", tickFormat: "%-d %b" } : {};
}
