/**
 * What a gap chart draws, computed from its rows: episodes of one status, the text assessments as
 * points, places by claim count, a place's assessment series and the numbers' labels.
 * Takes gap rows and assessment points; gives new arrays and strings.
 * @module
 */

import { _binStart, _day } from "./plot_timeline.ts";
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
