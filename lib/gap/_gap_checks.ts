/**
 * Checks and small helpers the gap and the lag share: a claim checked, a place name's key, the place
 * table as a map, the statuses a claim targets, status values, mean and median.
 * Takes claims, names, tables and numbers; gives checked values (or throws) and new values.
 * @module
 */

import {
  type Claim,
  type ClaimKind,
  type Role,
  ROLES,
  type Status,
  STATUSES,
} from "../shared/types.ts";
import { _describe, _isoDate, _number, _oneOf } from "../shared/_validate.ts";
import { type PlaceInfo, type PlaceTable, STATUS_VALUES, type StatusValues } from "./gap_types.ts";
import { _checkPlace } from "./assess.ts";

export function _target(c: Claim, kinds: readonly ClaimKind[]): Status | null {
  if (!kinds.includes(c.claim)) return null;
  return c.status === "contested" ? null : c.status;
}

/** The fields of a claim every gap and lag row repeats, in their column order. */
export function _claimFields(c: Claim) {
  return {
    id: c.id ?? null,
    article: c.article,
    claimant: c.claimant,
    side: c.side,
    role: c.role,
    place: c.place,
    claim: c.claim,
    status: c.status,
    date: c.date,
  };
}

export function _key(name: string): string {
  return name.trim().toLowerCase();
}

export function _placeMap(p: PlaceTable | null): Map<string, PlaceInfo> | null {
  if (p === null || p === undefined) return null;
  const out = new Map<string, PlaceInfo>();
  if (p instanceof Map) {
    for (const [k, v] of p) {
      _checkPlace("places", v);
      if (!out.has(_key(k))) out.set(_key(k), v);
    }
    return out;
  }
  if (!Array.isArray(p)) {
    throw new TypeError(`places: expected a Map or an array of places, found ${_describe(p)}`);
  }
  p.forEach((v: PlaceInfo & { canonical?: string }, i: number) => {
    const name = v?.name ?? v?.canonical;
    if (typeof name !== "string") {
      throw new TypeError(`places[${i}].name: expected a string, found ${_describe(name)}`);
    }
    _checkPlace(`places[${i}]`, v);
    if (!out.has(_key(name))) out.set(_key(name), v);
  });
  return out;
}

const _seenDates = new Set<string>();

export function _checkClaim(fn: string, c: Claim, i: number): void {
  if (c === null || typeof c !== "object") {
    throw new TypeError(`${fn}: claims[${i}]: expected a claim object, found ${_describe(c)}`);
  }
  if (typeof c.place !== "string") {
    throw new TypeError(
      `${fn}: claims[${i}].place: expected a string, found ${_describe(c.place)}`,
    );
  }
  // Fast path first (100k claims): the validators only run on values not seen valid before.
  if (!(STATUSES as readonly string[]).includes(c.status)) {
    _oneOf(`${fn}: claims[${i}].status`, c.status, STATUSES);
  }
  if (!(ROLES as readonly string[]).includes(c.role)) {
    _oneOf(`${fn}: claims[${i}].role`, c.role, ROLES);
  }
  if (c.date !== null && !_seenDates.has(c.date)) {
    _isoDate(`${fn}: claims[${i}].date`, c.date, true);
    if (_seenDates.size > 100_000) _seenDates.clear();
    _seenDates.add(c.date);
  }
}

export function _roles(name: string, r: readonly Role[]): readonly Role[] {
  if (!Array.isArray(r)) {
    throw new TypeError(`${name}: expected an array of roles, found ${_describe(r)}`);
  }
  r.forEach((x, i) => _oneOf(`${name}[${i}]`, x, ROLES));
  return r;
}

export function _values(v: Partial<Record<Status, number>> | undefined): StatusValues {
  const out = { ...STATUS_VALUES, ...(v ?? {}) };
  for (const s of STATUSES) _number(`statusValues.${s}`, out[s]);
  return out;
}

export function _mean(xs: number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

export function _median(sorted: number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}
