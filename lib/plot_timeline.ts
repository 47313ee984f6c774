/**
 * Claims timeline: one row per place, days along x, one mark per claim coloured by the claimant's
 * side and shaped by its role. Claims on the same day are dodged apart so none hides another.
 * @module
 */
import type { Claim, Role } from "./types.ts";
import { ROLES, SIDES } from "./types.ts";
import { _renderPlot, Plot } from "./_dom.ts";
import { _describe, _isoDate, _number, _oneOf } from "./_validate.ts";
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
}

/** Parse an ISO day to a UTC Date (midday avoids nothing: Plot's utc scale uses UTC). */
export function _day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * Render the claims timeline as an HTML `<figure>` string (title, legends for side and role, SVG).
 * Claims without a date cannot be placed on the axis: the subtitle says how many were left out.
 */
export function plotTimeline(claims: readonly Claim[], options: TimelineOptions = {}): string {
  if (!Array.isArray(claims)) {
    throw new TypeError(`claims: expected an array of claim records, found ${_describe(claims)}`);
  }
  const width = _number("options.width", options.width ?? 860, 200, 4000);
  const minRow = _number("options.rowHeight", options.rowHeight ?? 36, 12, 400);
  const roles = options.roles?.map((r, i) => _oneOf(`options.roles[${i}]`, r, ROLES));
  let list = claims.filter((c) => !roles || roles.includes(c.role));
  if (options.places?.length) {
    const wanted = new Set(options.places);
    list = list.filter((c) => wanted.has(c.place));
  }
  const from = _isoDate("options.from", options.from ?? null, true);
  const to = _isoDate("options.to", options.to ?? null, true);
  const dated = list.filter((c) => c.date !== null);
  const inRange = dated.filter((c) => !((from && c.date! < from) || (to && c.date! > to)));
  const outside = dated.length - inRange.length;
  const undated = list.length - dated.length;
  const places = options.places?.length
    ? [...options.places].filter((p) => inRange.some((c) => c.place === p))
    : _placesByFirstDate(inRange);
  const rows = inRange
    .map((c) => ({
      x: _day(c.date!),
      place: c.place,
      side: c.side,
      role: c.role,
      tip: `${c.claimant} (${c.side}, ${c.role}): ${c.claim} → ${c.status}, ${c.date}`,
    }))
    .sort((a, b) => a.x.getTime() - b.x.getTime() || _cmp(a.tip, b.tip));
  const notes = [
    `${rows.length} dated claim${rows.length === 1 ? "" : "s"} about ${places.length} place${
      places.length === 1 ? "" : "s"
    }`,
  ];
  if (undated) notes.push(`${undated} without a date not shown`);
  if (outside) notes.push(`${outside} outside ${from ?? "…"} to ${to ?? "…"} not shown`);
  // Layout: one row per place, as tall as its tallest stack of claims close in time. Each claim
  // takes the free slot nearest the row's centre line (0, -1, +1, -2, ...) among marks within
  // one mark's width (STEP px); rows then follow each other, so a busy place does not make every
  // row tall.
  const domain = _dayDomain(rows.map((r) => r.x));
  const marginLeft = _marginFor(places);
  const pxPerMs = (width - marginLeft - 20) / (domain[1].getTime() - domain[0].getTime());
  const STEP = 10;
  const placed: { x: Date; y: number; place: string; side: string; role: string; tip: string }[] =
    [];
  const ticks: { y: number; place: string }[] = [];
  const separators: number[] = [];
  let top = 0;
  for (const place of places) {
    const mine = rows.filter((r) => r.place === place);
    const slots: { px: number; slot: number }[] = [];
    for (const r of mine) {
      const px = r.x.getTime() * pxPerMs;
      const near = slots.filter((s) => Math.abs(s.px - px) < STEP).map((s) => s.slot);
      let slot = 0;
      for (let k = 1; near.includes(slot); k++) slot = k % 2 ? -((k + 1) >> 1) : k >> 1;
      slots.push({ px, slot });
    }
    const lo = Math.min(0, ...slots.map((s) => s.slot));
    const hi = Math.max(0, ...slots.map((s) => s.slot));
    const height = Math.max(minRow, (hi - lo + 1) * STEP + 16);
    const centre = top + height / 2 - ((hi + lo) / 2) * STEP;
    mine.forEach((r, i) => placed.push({ ...r, y: centre + slots[i].slot * STEP }));
    ticks.push({ y: centre, place });
    top += height;
    separators.push(top);
  }
  const plotHeight = Math.max(top, minRow);
  const usedRoles = ROLES.filter((r) => rows.some((d) => d.role === r));
  const usedSides = SIDES.filter((s) => rows.some((d) => d.side === s));
  const marginTop = 10, marginBottom = 40;
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
    x: { type: "utc", domain, label: "date of claim", grid: true, ..._dayTicks(domain) },
    y: { type: "linear", domain: [plotHeight, 0], axis: null },
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
        r: 4.5,
        stroke: "white",
        strokeWidth: 0.7,
        title: "tip",
      }),
    ],
  }));
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
