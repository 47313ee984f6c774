/**
 * Serialising claim records: JSON Lines and CSV with {@link CLAIM_FIELDS}, the one list of a claim
 * record's fields (the schema's, in schema order, then `id` and `hedged`). The claims command, its
 * workers and the report's `claims.csv`/`claims.jsonl` all write exactly these fields.
 * @module
 */

import type { Claim, ClaimKind, Role, Side } from "../shared/types.ts";
import { CLAIM_KINDS, ROLES, SIDES } from "../shared/types.ts";
import { _describe, _isoDate, _oneOf } from "../shared/_validate.ts";
import { toCsv } from "../shared/_csv.ts";

/** The fields `claims-schema.md` defines, in schema order. */
export const SCHEMA_FIELDS = [
  "article",
  "claimant",
  "side",
  "role",
  "place",
  "area",
  "claim",
  "status",
  "date",
  "reported",
  "quote",
  "start",
  "end",
] as const;

/**
 * A claim record's fields, in every output: the schema's in schema order, then `id` (the claim's
 * deterministic id, which gap rows and assertions refer to) and `hedged`.
 */
export const CLAIM_FIELDS = [...SCHEMA_FIELDS, "id", "hedged"] as const;

/**
 * One claim as a plain object with exactly {@link CLAIM_FIELDS}, in order: a missing value is
 * null, except `hedged`, which is always a boolean (false when absent). (Written out field by
 * field, in the order of the list, so that every record has one shape: `JSON.stringify` writes
 * such an object three times faster than fifteen calls on its values, see `_jsonLine`.
 * `tests/claims_format_test.ts` checks it against the list.)
 */
export function claimRecord(c: Claim): Record<string, unknown> {
  return {
    article: c.article ?? null,
    claimant: c.claimant ?? null,
    side: c.side ?? null,
    role: c.role ?? null,
    place: c.place ?? null,
    area: c.area ?? null,
    claim: c.claim ?? null,
    status: c.status ?? null,
    date: c.date ?? null,
    reported: c.reported ?? null,
    quote: c.quote ?? null,
    start: c.start ?? null,
    end: c.end ?? null,
    id: c.id ?? null,
    hedged: c.hedged === true,
  };
}

/** JSON Lines: one record per line, each line ending with `\n`. */
export function claimsToJsonl(claims: readonly Claim[]): string {
  return claims.map((c) => _jsonLine(c) + "\n").join("");
}

/**
 * One claim's JSON line (no line end): `JSON.stringify(claimRecord(c))`. (Measured on the
 * generated 1k's 28k claims: 32 ms, against 95 ms for the fields' values stringified one by one
 * and joined, even with each sentence's quote escaped once.)
 */
export function _jsonLine(c: Claim): string {
  return JSON.stringify(claimRecord(c));
}

/** CSV with a header row (RFC 4180 quoting, `\n` line ends for the terminal), {@link CLAIM_FIELDS} in order. */
export function claimsToCsv(claims: readonly Claim[]): string {
  return toCsv(claims.map(claimRecord), CLAIM_FIELDS, "\n");
}

/** Criteria of {@link filterClaims}; every given criterion must hold. */
export interface ClaimFilter {
  /** Claimant side(s). @default any */
  side?: Side | readonly Side[];
  /** Claimant role(s). @default any */
  role?: Role | readonly Role[];
  /** Claim kind(s). @default any */
  claim?: ClaimKind | readonly ClaimKind[];
  /** Place name(s), compared case-insensitively. @default any */
  place?: string | readonly string[];
  /** First day (ISO, inclusive); claims without a date are excluded when set. @default none */
  from?: string;
  /** Last day (ISO, inclusive); claims without a date are excluded when set. @default none */
  to?: string;
}

function _list<T>(v: T | readonly T[] | undefined): readonly T[] | null {
  return v === undefined ? null : Array.isArray(v) ? v as readonly T[] : [v as T];
}

/** The claims matching `filter` (a new array, in the same order). Validates enums and dates. */
export function filterClaims(claims: readonly Claim[], filter: ClaimFilter = {}): Claim[] {
  if (!Array.isArray(claims)) {
    throw new TypeError(`filterClaims: expected an array of claims, found ${_describe(claims)}`);
  }
  const sides = _list(filter.side)?.map((s, i) => _oneOf(`filter.side[${i}]`, s, SIDES));
  const roles = _list(filter.role)?.map((s, i) => _oneOf(`filter.role[${i}]`, s, ROLES));
  const kinds = _list(filter.claim)?.map((s, i) => _oneOf(`filter.claim[${i}]`, s, CLAIM_KINDS));
  const places = _list(filter.place)?.map((p) => String(p).toLowerCase());
  const from = filter.from === undefined ? null : _isoDate("filter.from", filter.from);
  const to = filter.to === undefined ? null : _isoDate("filter.to", filter.to);
  return claims.filter((c) =>
    (!sides || sides.includes(c.side)) && (!roles || roles.includes(c.role)) &&
    (!kinds || kinds.includes(c.claim)) && (!places || places.includes(c.place.toLowerCase())) &&
    (!from || (c.date !== null && c.date >= from)) && (!to || (c.date !== null && c.date <= to))
  );
}
