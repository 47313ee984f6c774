/**
 * The confirmation lag: for each capture claim, the days until the mapping data first shows the
 * place on the claimed side (censored when it never does within the data), and its summaries.
 * Takes claims, mapping data and a place table; gives new {@link LagRow}s and {@link LagSummary}s.
 * @module
 */

import type { Claim, Status } from "../shared/types.ts";
import { _describe } from "../shared/_validate.ts";
import { _dayDiff, type MappingData, snapshotIndexOn } from "./mapping_data.ts";
import type { LagOptions, LagRow, LagSummary, PlaceTable } from "./gap_types.ts";
import {
  _assessOptions,
  _geomFor,
  type _Opts,
  type _PlaceGeom,
  _series,
  _shows,
} from "./assess.ts";
import { _checkClaim, _claimFields, _key, _median, _placeMap, _target } from "./_gap_checks.ts";

/**
 * Confirmation lag of every claim of a kind in `kinds` (default captured, recaptured), all roles.
 *
 * Target: a claim with status `russia` waits for the map to show the place occupied (point
 * inside the occupied area; areal place share ≥ `russiaShare`); status `ukraine` waits for it
 * to show it not occupied (point outside; share ≤ `ukraineShare`). Claims with status
 * `contested` (partial captures) get no target and a note.
 *
 * Let S be the snapshot in force on the claim day. If S shows the target, the lag is the first
 * day of the unbroken run of target snapshots ending at S, minus the claim day (≤ 0; `censored`
 * when the run reaches the first snapshot). Otherwise it is the date of the first later snapshot
 * that shows the target minus the claim day (> 0); `confirmed: false` and `lag_days: null`
 * when none does. Snapshots are used as given (no max age).
 *
 * @throws {TypeError} when `places` is missing or claims are malformed.
 */
export function confirmationLag(
  claims: readonly Claim[],
  data: MappingData,
  places: PlaceTable,
  options: LagOptions = {},
): LagRow[] {
  if (!Array.isArray(claims)) {
    throw new TypeError(
      `confirmationLag: claims: expected an array of claims, found ${_describe(claims)}`,
    );
  }
  const o = _assessOptions("confirmationLag", options);
  const kinds = options.kinds ?? ["captured", "recaptured"];
  const table = _placeMap(places);
  if (!table) {
    throw new TypeError(
      `confirmationLag: places: expected a place table, found ${_describe(places)}`,
    );
  }
  const geomCache = new Map<string, _PlaceGeom | string>();
  const rows: LagRow[] = [];
  claims.forEach((c: Claim, i: number) => {
    _checkClaim("confirmationLag", c, i);
    if (!kinds.includes(c.claim)) return;
    const base = _claimFields(c);
    const target = _target(c, kinds);
    const none = {
      assessed: false,
      confirmed: false,
      confirmed_date: null,
      lag_days: null,
      censored: false,
    };
    if (!target) {
      rows.push({ ...base, target: null, ...none, note: "partial capture (status contested)" });
      return;
    }
    if (c.date === null) {
      rows.push({ ...base, target, ...none, note: "no date: not assessed" });
      return;
    }
    const k = _key(c.place);
    let g = geomCache.get(k);
    if (g === undefined) {
      g = _geomFor(table.get(k), o);
      geomCache.set(k, g);
    }
    if (typeof g === "string") {
      rows.push({ ...base, target, ...none, note: g });
      return;
    }
    const l = _lag(data, g, c.date, target, o);
    rows.push({ ...base, target, assessed: true, ...l });
  });
  return rows;
}

/**
 * Per side (sorted russia, ukraine, independent), over rows with `assessed` true: how many
 * were confirmed, the share never confirmed and the median lag of the confirmed ones.
 */
export function summarizeLag(rows: readonly LagRow[]): LagSummary[] {
  const out: LagSummary[] = [];
  for (const side of ["russia", "ukraine", "independent"] as const) {
    const mine = rows.filter((r) => r.side === side && r.assessed);
    if (mine.length === 0) continue;
    const lags = mine.filter((r) => r.confirmed && r.lag_days !== null).map((r) => r.lag_days!)
      .sort((a, b) => a - b);
    const never = mine.length - lags.length;
    out.push({
      side,
      claims: mine.length,
      confirmed: lags.length,
      never_confirmed: never,
      share_never_confirmed: never / mine.length,
      median_lag_days: _median(lags),
    });
  }
  return out;
}

/** Run starts and next-showing indexes of a place for a target over the whole series. */
function _lagArrays(data: MappingData, g: _PlaceGeom, target: Status, o: _Opts) {
  const s = _series(data, g);
  const key = g.method === "point" ? target : `${target}|${o.russiaShare}|${o.ukraineShare}`;
  let a = s.lag.get(key);
  if (!a) {
    const n = data.snapshots.length;
    const runStart = new Int32Array(n), next = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const yes = _shows(data, g, s, i, target, o);
      runStart[i] = yes ? (i > 0 && runStart[i - 1] >= 0 ? runStart[i - 1] : i) : -1;
    }
    let nx = -1;
    for (let i = n - 1; i >= 0; i--) {
      if (runStart[i] >= 0) nx = i;
      next[i] = nx;
    }
    a = { runStart, next };
    s.lag.set(key, a);
  }
  return a;
}

export function _lag(
  data: MappingData,
  g: _PlaceGeom,
  day: string,
  target: Status,
  o: _Opts,
): Pick<LagRow, "confirmed" | "confirmed_date" | "lag_days" | "censored" | "note"> {
  const n = data.snapshots.length;
  if (n === 0) {
    return {
      confirmed: false,
      confirmed_date: null,
      lag_days: null,
      censored: false,
      note: "no mapping snapshots",
    };
  }
  const { runStart, next } = _lagArrays(data, g, target, o);
  const k = snapshotIndexOn(data, day);
  if (k >= 0 && runStart[k] >= 0) {
    const j = runStart[k];
    const d = data.snapshots[j].date;
    return {
      confirmed: true,
      confirmed_date: d,
      lag_days: _dayDiff(day, d),
      censored: j === 0,
      note: j === 0 ? "shown since the first snapshot: lag is an upper bound" : null,
    };
  }
  const j = k + 1 < n ? next[k + 1] : -1;
  if (j >= 0) {
    const d = data.snapshots[j].date;
    return {
      confirmed: true,
      confirmed_date: d,
      lag_days: _dayDiff(day, d),
      censored: false,
      note: null,
    };
  }
  return {
    confirmed: false,
    confirmed_date: null,
    lag_days: null,
    censored: false,
    note: `not shown ${target === "russia" ? "occupied" : "free"} by ${data.snapshots[n - 1].date}`,
  };
}
