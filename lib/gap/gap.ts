/**
 * The gap: how far each side's official assertions about a place sit from what the mapping
 * projects assess, per claim, with summaries and the confirmation lag of capture claims.
 *
 * Status as a number ({@link STATUS_VALUES}, overridable with `statusValues`):
 * `ukraine` 0, `contested` 0.5, `russia` 1. A gap is `asserted − assessed`: positive when the
 * claim puts the place further on Russia's side than the assessment, negative the other way.
 *
 * Two assessments per claim:
 * - **text** (`assessed_text`): the latest claim of a `mapping`-role claimant (DeepState, ISW...)
 *   found in the claims themselves, about the same place, dated on or before the claim's day and
 *   at most `windowDays` before it;
 * - **map** (`assessed_map`, `map_share`): the mapping data snapshot in force on the claim's day
 *   (see `mapping_data.ts`), evaluated at the place by {@link assessPlace}.
 *
 * Takes claims and {@link GapOptions} (mapping data and a place table, read by
 * `place_table.ts` and `mapping_data.ts`); gives new {@link GapRow}s and their summary. The
 * pieces: the shapes (`gap_types.ts`), what the map shows at a place (`assess.ts`), the
 * confirmation lag (`lag.ts`), checks shared with it (`_gap_checks.ts`).
 *
 * @example
 * ```ts
 * import { confirmationLag, gap, loadMappingData, readPlaceTable, summarizeGap } from "../lib/mod.ts";
 * const mapping = await loadMappingData("../../shared/reference/deepstate");
 * const { places } = await readPlaceTable("../data/places.csv");
 * const rows = gap(claims, { mapping, places, windowDays: 7 });
 * const { bySide, byPlace } = summarizeGap(rows);
 * const lags = confirmationLag(claims, mapping, places);
 * ```
 *
 * @module
 */

import type { Claim, Role, Status } from "../shared/types.ts";
import { _describe, _number } from "../shared/_validate.ts";
import { _dayDiff, type MappingData } from "./mapping_data.ts";
import type { GapOptions, GapRow, GapSummary, GapSummaryRow, StatusValues } from "./gap_types.ts";
import { _assessAt, _assessOptions, _geomFor, type _Opts, type _PlaceGeom } from "./assess.ts";
import { _lag } from "./lag.ts";
import {
  _checkClaim,
  _claimFields,
  _key,
  _mean,
  _placeMap,
  _roles,
  _target,
  _values,
} from "./_gap_checks.ts";

/**
 * Gap rows: one per claim whose role is in `roles` (default: official), in input order.
 *
 * - `asserted` is the value of the claim's status.
 * - `assessed_text`: the latest claim with a role in `mappingRoles` about the same place
 *   (case-insensitive name match) dated `date − windowDays ≤ d ≤ date`; on a tie of dates the
 *   later one in input order wins. Mapping claims with a null date never count.
 * - `assessed_map`/`map_share`: {@link assessPlace} on the claim's day, when `mapping` and
 *   `places` are given and the place is in the table.
 * - `lag_days`: {@link confirmationLag} for captured/recaptured claims when mapping data is given.
 * - A claim with a null date gets `asserted` only; the assessments are null, `note` says
 *   "no date: not assessed".
 *
 * @throws {RangeError} when `windowDays` is negative; {@link TypeError} on bad options/claims.
 */
export function gap(claims: readonly Claim[], options: GapOptions = {}): GapRow[] {
  if (!Array.isArray(claims)) {
    throw new TypeError(`gap: claims: expected an array of claims, found ${_describe(claims)}`);
  }
  const windowDays = options.windowDays ?? 7;
  _number("gap: windowDays", windowDays, 0);
  const roles = _roles("gap: roles", options.roles ?? ["official"]);
  const mappingRoles = _roles("gap: mappingRoles", options.mappingRoles ?? ["mapping"]);
  const values = _values(options.statusValues);
  const o = _assessOptions("gap", options);
  const mapping = options.mapping ?? null;
  const places = mapping ? _placeMap(options.places ?? null) : null;
  if (mapping && !places) {
    throw new TypeError(
      "gap: places: expected a place table when mapping data is given, found none",
    );
  }

  const byPlace = _mappingClaims(claims, mappingRoles, values);
  const geomCache = new Map<string, _PlaceGeom | string>();
  const rows: GapRow[] = [];
  for (const c of claims as readonly Claim[]) {
    if (!roles.includes(c.role)) continue;
    const notes: string[] = [];
    const asserted = values[c.status];
    let text: _MappingClaim | null = null;
    let map: _MapResult = _NO_MAP;
    if (c.date === null) {
      notes.push("no date: not assessed");
    } else {
      text = _textAssessment(byPlace.get(_key(c.place)), c.date, windowDays);
      if (text === null) notes.push(`no mapping claim within ${windowDays} days`);
      if (mapping && places) {
        const k = _key(c.place);
        let g = geomCache.get(k);
        if (g === undefined) {
          g = _geomFor(places.get(k), o);
          geomCache.set(k, g);
        }
        if (typeof g === "string") notes.push(g);
        else map = _mapAssessment(mapping, g, c, c.date, o, notes);
      }
    }
    const assessedMap = map.status === null ? null : values[map.status];
    rows.push({
      ..._claimFields(c),
      asserted,
      assessed_text: text?.value ?? null,
      assessed_text_by: text?.by ?? null,
      assessed_text_date: text?.date ?? null,
      assessed_map: assessedMap,
      assessed_map_status: map.status,
      map_share: map.share,
      map_date: map.date,
      gap_text: text === null ? null : asserted - text.value,
      gap_map: assessedMap === null ? null : asserted - assessedMap,
      lag_days: map.lag,
      note: notes.length ? notes.join("; ") : null,
    });
  }
  return rows;
}

/** A mapping-role claim as the text assessment uses it. */
interface _MappingClaim {
  date: string;
  value: number;
  by: string;
  i: number;
}

/** Every claim checked; the mapping-role claims by place, sorted by date then input order. */
function _mappingClaims(
  claims: readonly Claim[],
  mappingRoles: readonly Role[],
  values: StatusValues,
): Map<string, _MappingClaim[]> {
  const byPlace = new Map<string, _MappingClaim[]>();
  claims.forEach((c: Claim, i: number) => {
    _checkClaim("gap", c, i);
    if (!mappingRoles.includes(c.role) || c.date === null) return;
    const key = _key(c.place);
    const list = byPlace.get(key) ?? [];
    list.push({ date: c.date, value: values[c.status], by: c.claimant, i });
    byPlace.set(key, list);
  });
  for (const list of byPlace.values()) {
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));
  }
  return byPlace;
}

/** The latest mapping claim dated on or before `date` (binary search), if within the window. */
function _textAssessment(
  list: readonly _MappingClaim[] | undefined,
  date: string,
  windowDays: number,
): _MappingClaim | null {
  if (!list) return null;
  let lo = 0, hi = list.length - 1, at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].date <= date) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at >= 0 && _dayDiff(list[at].date, date) <= windowDays ? list[at] : null;
}

/** What the map shows at a claim's place on its day, and the capture's lag. */
interface _MapResult {
  status: Status | null;
  share: number | null;
  date: string | null;
  lag: number | null;
}

const _NO_MAP: _MapResult = Object.freeze({ status: null, share: null, date: null, lag: null });

/** {@link _MapResult} of a claim's place on its day; notes added to `notes`. */
function _mapAssessment(
  mapping: MappingData,
  g: _PlaceGeom,
  c: Claim,
  date: string,
  o: _Opts,
  notes: string[],
): _MapResult {
  const out: _MapResult = { ..._NO_MAP };
  const a = _assessAt(mapping, g, date, o);
  if (a === null) notes.push(`no mapping snapshot within ${o.maxAgeDays} days before`);
  else {
    out.status = a.status;
    out.share = a.share;
    out.date = a.snapshotDate;
  }
  const target = _target(c, ["captured", "recaptured"]);
  if (target) {
    const l = _lag(mapping, g, date, target, o);
    out.lag = l.lag_days;
    if (!l.confirmed) notes.push("capture never confirmed by the mapping data");
  }
  return out;
}

/** Mean gaps and counts per side, and per (place, side); groups sorted by side then place. */
export function summarizeGap(rows: readonly GapRow[]): GapSummary {
  const group = (keyOf: (r: GapRow) => string, place: (r: GapRow) => string | null) => {
    const m = new Map<string, GapRow[]>();
    for (const r of rows) {
      const k = keyOf(r);
      const l = m.get(k) ?? [];
      l.push(r);
      m.set(k, l);
    }
    const sideOrder = { russia: 0, ukraine: 1, independent: 2 } as const;
    const res: GapSummaryRow[] = [...m.values()].map((l) => {
      const t = l.filter((r) => r.gap_text !== null).map((r) => r.gap_text!);
      const g = l.filter((r) => r.gap_map !== null).map((r) => r.gap_map!);
      return {
        side: l[0].side,
        place: place(l[0]),
        claims: l.length,
        with_text: t.length,
        mean_gap_text: _mean(t),
        with_map: g.length,
        mean_gap_map: _mean(g),
        mean_abs_gap_map: _mean(g.map(Math.abs)),
      };
    });
    res.sort((a, b) =>
      sideOrder[a.side] - sideOrder[b.side] ||
      (a.place ?? "").localeCompare(b.place ?? "", "en")
    );
    return res;
  };
  return {
    bySide: group((r) => r.side, () => null),
    byPlace: group((r) => `${r.side}\u0000${r.place}`, (r) => r.place),
  };
}
