/**
 * The map's assessment series a gap chart draws under the claims: for each place, the mapping
 * data's status on every day of a window around its official claims.
 * Takes gap rows, mapping data and places; gives new {@link AssessmentPoint}s ({@link mapAssessmentSeries}).
 * @module
 */

import { type Role, ROLES } from "../shared/types.ts";
import { _number, _oneOf } from "../shared/_validate.ts";
import { _day } from "./_days.ts";
import { type AssessOptions, type PlaceInfo, STATUS_VALUES } from "../gap/gap_types.ts";
import { assessPlace } from "../gap/assess.ts";
import type { MappingData } from "../gap/mapping_data.ts";
import type { AssessmentPoint, GapPoint } from "./plot_gap.ts";

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
