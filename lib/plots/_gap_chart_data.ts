/**
 * What a gap chart draws, computed from its rows: a place's episodes, its panels, the claims
 * as dots (grouped, spread apart), the text assessments as points, places by claim count, a
 * place's assessment series and the numbers' labels.
 * Takes gap rows and assessment points; gives new arrays and strings.
 * @module
 */

import { type Side, SIDES } from "../shared/types.ts";
import { _binStart, _day, _dayDomain } from "./_days.ts";
import { _radius } from "./_style.ts";
import { _clipLines, _count } from "./_words.ts";
import type { AssessmentPoint, GapPoint } from "./plot_gap.ts";

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

/**
 * The text assessments of rows as unique (day, value) squares, in day order; in a panel grouped
 * by week or month, unique (week or month, value) squares.
 */
export function _textPoints(
  rows: readonly GapPoint[],
  unit: "day" | "week" | "month" = "day",
): { x: Date; y: number }[] {
  const seen = new Map<string, { x: Date; y: number }>();
  for (const r of rows) {
    const day = _binStart(r.assessed_text_date ?? r.date!, unit);
    seen.set(`${day}|${r.assessed_text}`, { x: _day(day), y: r.assessed_text! });
  }
  return [...seen.keys()].sort().map((k) => seen.get(k)!);
}

export function _fmt(v: number | null): string {
  return v === null ? "n/a" : String(Math.round(v * 100) / 100);
}

/** Places with most claims first, ties by name. */
export function _placesByCount(rows: readonly { place: string }[]): string[] {
  const n = new Map<string, number>();
  for (const r of rows) n.set(r.place, (n.get(r.place) ?? 0) + 1);
  return [...n.keys()].sort((a, b) => n.get(b)! - n.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
}

/** The assessment series of a place: given points, else the rows' map assessments by day. */
export function _series(
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

/** One panel of the gap chart: a place or one episode of it, and the days it shows. */
export interface _Panel {
  place: string;
  /** The panel's heading: place, episode days when the place has several, number of claims. */
  label: string;
  /** The claims drawn as assertions. */
  claims: GapPoint[];
  /** The rows with a text assessment, drawn as squares. */
  textRows: GapPoint[];
  lo: Date;
  hi: Date;
}

/**
 * The panels of the gap chart in the order of `places`, at most `maxPanels`: one per episode of a
 * place (its claims' and text assessments' days more than `splitDays` apart start a new one),
 * padded by `padDays` each side, or one saying it has no dated claims; and what did not fit: the
 * places left out and the number of later episodes cut.
 */
export function _panels(
  places: readonly string[],
  claimsOf: (place: string) => GapPoint[],
  textOf: (place: string) => GapPoint[],
  o: { splitDays: number; padDays: number; maxPanels: number },
): { panels: _Panel[]; omitted: string[]; cutEpisodes: number } {
  const out = { panels: [] as _Panel[], omitted: [] as string[], cutEpisodes: 0 };
  for (const place of places) {
    if (out.panels.length >= o.maxPanels) {
      out.omitted.push(place);
      continue;
    }
    const allClaims = claimsOf(place);
    const allText = textOf(place);
    const episodes = _episodes([...allClaims, ...allText].map((r) => r.date!), o.splitDays);
    for (const [a, b] of episodes) {
      if (out.panels.length >= o.maxPanels) {
        out.cutEpisodes++;
        continue;
      }
      const claims = allClaims.filter((r) => r.date! >= a && r.date! <= b);
      const textRows = allText.filter((r) => r.date! >= a && r.date! <= b);
      const n = _count(claims.length, "claim");
      const label = episodes.length > 1
        ? `${place}, ${a === b ? a : `${a} to ${b}`}: ${n}`
        : `${place}: ${n}`;
      const lo = new Date(_day(a).getTime() - o.padDays * 86_400_000);
      const hi = new Date(_day(b).getTime() + o.padDays * 86_400_000);
      out.panels.push({ place, label, claims, textRows, lo, hi });
    }
    if (!episodes.length) {
      const [lo, hi] = _dayDomain([]);
      out.panels.push({
        place,
        label: `${place}: no dated claims`,
        claims: [],
        textRows: [],
        lo,
        hi,
      });
    }
  }
  return out;
}

/** One dot of a gap panel: the claims of one side asserting one status in one time bin. */
export interface _ClaimDot {
  x: Date;
  y: number;
  side: Side;
  /** Mean assessment of the claims (map, else mapping claims in the articles), or null. */
  assessed: number | null;
  count: number;
  r: number;
  tip: string;
}

/**
 * Same-bin claims of one side asserting the same status as one dot (radius grows with their
 * number, the tooltip lists them; its link goes to their mean assessment), sorted by time, side
 * and status.
 */
export function _claimDots(
  claims: readonly GapPoint[],
  unit: "day" | "week" | "month",
): _ClaimDot[] {
  const groups = new Map<string, GapPoint[]>();
  for (const r of claims) {
    const key = `${_binStart(r.date!, unit)}|${r.side}|${r.asserted}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map((list) => {
    const r = list[0];
    const assessedAll = list.map((x) => x.assessed_map ?? x.assessed_text).filter((v) =>
      v !== null
    ) as number[];
    return {
      x: _day(_binStart(r.date!, unit)),
      y: r.asserted!,
      side: r.side,
      assessed: assessedAll.length
        ? assessedAll.reduce((a, b) => a + b, 0) / assessedAll.length
        : null,
      count: list.length,
      r: _radius(list.length),
      tip: _dotTip(list, unit),
    };
  }).sort((a, b) =>
    a.x.getTime() - b.x.getTime() || SIDES.indexOf(a.side) - SIDES.indexOf(b.side) ||
    a.y - b.y
  );
}

/** The tooltip of one dot: how many claims (and the bin when not a day), then up to 5 of them. */
function _dotTip(list: readonly GapPoint[], unit: "day" | "week" | "month"): string {
  const lines = list.map((x) =>
    `${x.claimant} (${x.side}): ${x.claim}, ${x.date}; asserted ${x.asserted}, map ${
      _fmt(x.assessed_map)
    }, mapping claims ${_fmt(x.assessed_text)}`
  ).sort();
  const head = list.length > 1
    ? `${list.length} claims${
      unit === "day" ? "" : `, ${unit} of ${_binStart(list[0].date!, unit)}`
    }:\n`
    : "";
  return head + _clipLines(lines, 5);
}

/**
 * Dots of different sides on the same day and status would hide each other: new dots spread
 * sideways (centred on the day), `msPerPx` converting pixels to time on the panel's axis.
 */
export function _spread(dots: readonly _ClaimDot[], msPerPx: number): _ClaimDot[] {
  const same = new Map<string, number[]>();
  dots.forEach((p, i) => {
    const key = `${p.x.getTime()}|${p.y}`;
    const list = same.get(key);
    if (list) list.push(i);
    else same.set(key, [i]);
  });
  const out = [...dots];
  for (const list of same.values()) {
    if (list.length < 2) continue;
    const step = 2 * Math.max(...list.map((i) => dots[i].r)) + 1;
    list.forEach((i, k) => {
      const x = new Date(dots[i].x.getTime() + (k - (list.length - 1) / 2) * step * msPerPx);
      out[i] = { ...dots[i], x };
    });
  }
  return out;
}
