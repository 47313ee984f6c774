/**
 * Assertions: what each side asserted, once, however often it was reported. Takes claim records
 * (with their `id`s, as `extractClaims` gives them), optionally the articles (for outlets) and the
 * syndicated copies (for independent stories); gives one {@link Assertion} per thing asserted, with
 * every report that carries it.
 *
 * The rule. Claims are one assertion when they have the same claimant, side, role, place, area,
 * claim and status and are asserted for the same day. One exception joins a day boundary: a
 * report that refers back to the day before ("the capture announced on Sunday", read on Monday,
 * with no day of its own in its sentence) is dated by the extractor to its article's day. So a
 * day's claims whose every sentence states no day of its own (claim date = article date, and no
 * date expression in the quote) join the same claim's assertion of the day before when there is
 * one. Only an assertion that has a day of its own takes them: a third day does not chain on.
 * Claims without a date are one assertion per (same claimant... status, publication day).
 *
 * Counts: `reports` (claims), `outlets` (distinct outlets; an article without a known outlet
 * counts as its own), `independent` (distinct stories: a syndicated copy counts as its original).
 * Ids: `a` + 12 hex digits of a hash of the assertion's key and day; the same claims in any order
 * give the same assertions, ids and order.
 *
 * @example
 * ```ts
 * const syn = findSyndication(articles);
 * const list = assertions(claims, { articles, syndication: syn });
 * table(assertionRows(list));
 * ```
 * @module
 */
import type { Area, Article, Claim, ClaimKind, Role, Side, Status } from "../shared/types.ts";
import { addDays, findDateExpressions } from "../lexicon/dates.ts";
import { _describe } from "../shared/_validate.ts";
import type { Syndication } from "./syndication.ts";

/** One report of an assertion: one claim record, where it appeared. */
export interface AssertionReport {
  /** The claim's id (as in `claims.csv`). */
  claim: string;
  article: string;
  outlet: string | null;
  /** Publication date of the article. */
  reported: string | null;
  /** The claim's own date as extracted (the assertion's day, or the day after for a back-reference). */
  date: string | null;
  quote: string;
  start: number;
  end: number;
  hedged: boolean;
  /** The story: the syndication group's original, or the article itself. */
  story: string;
}

/** One thing asserted, with its reports. */
export interface Assertion {
  /** Stable id: `a` + 12 hex digits. */
  assertion: string;
  claimant: string;
  side: Side;
  role: Role;
  place: string;
  area: Area | null;
  claim: ClaimKind;
  status: Status;
  /** The day asserted for, or null when unknown. */
  date: string | null;
  first_reported: string | null;
  last_reported: string | null;
  /** Number of reports (claim records). */
  reports: number;
  /** Number of distinct outlets. */
  outlets: number;
  /** Number of independent stories (syndicated copies count once). */
  independent: number;
  /** True when every report is hedged. */
  hedged: boolean;
  /** The reports, by publication date (undated last), article, offset. */
  reportList: AssertionReport[];
}

/** Options of {@link assertions}. */
export interface AssertionOptions {
  /** Articles, for outlets; without them every article counts as its own outlet. @default none */
  articles?: readonly Article[] | null;
  /** Syndicated copies; without them every article is its own story. @default none */
  syndication?: Syndication | null;
  /** Join a back-reference of the next day (see the module documentation). @default true */
  joinNextDay?: boolean;
}

/** Columns of `assertions.csv` (and keys of `assertions.jsonl`, before `claims`). */
export const ASSERTION_COLUMNS = [
  "assertion",
  "claimant",
  "side",
  "role",
  "place",
  "area",
  "claim",
  "status",
  "date",
  "first_reported",
  "last_reported",
  "reports",
  "outlets",
  "independent",
  "hedged",
] as const;

/** Columns of `assertion_reports.csv`: one row per report, the claim by id and by position. */
export const ASSERTION_REPORT_COLUMNS = ["assertion", "claim", "article", "start", "end"] as const;

/** Claims grouped into assertions: see the module documentation. Inputs are not modified. */
export function assertions(claims: readonly Claim[], options: AssertionOptions = {}): Assertion[] {
  if (!Array.isArray(claims)) {
    throw new TypeError(
      `assertions: claims: expected an array of claims, found ${_describe(claims)}`,
    );
  }
  const outletOf = new Map<string, string | null>();
  for (const a of options.articles ?? []) outletOf.set(a.id, a.outlet ?? null);
  const originalOf = options.syndication?.originalOf ?? new Map<string, string>();
  const joinNextDay = options.joinNextDay ?? true;
  // key → day ("d:<date>" or "r:<reported>") → claims
  const byKey = new Map<string, Map<string, Claim[]>>();
  const ids = new Set<string>();
  claims.forEach((c, i) => {
    _checkClaim(c, i);
    if (ids.has(c.id!)) throw new TypeError(`assertions: claims[${i}]: id ${c.id} appears twice`);
    ids.add(c.id!);
    const key = `${c.claimant}\u0000${c.side}\u0000${c.role}\u0000${c.place}\u0000${
      c.area ?? ""
    }\u0000${c.claim}\u0000${c.status}`;
    let days = byKey.get(key);
    if (!days) byKey.set(key, days = new Map());
    const day = c.date !== null ? `d:${c.date}` : `r:${c.reported ?? ""}`;
    const list = days.get(day);
    if (list) list.push(c);
    else days.set(day, [c]);
  });
  const out: { key: string; day: string; date: string | null; claims: Claim[] }[] = [];
  for (const [key, days] of byKey) {
    const own = new Map<string, Claim[]>(); // date → claims of an assertion with a day of its own
    for (const day of [...days.keys()].sort()) {
      const list = days.get(day)!;
      if (day.startsWith("r:")) {
        out.push({ key, day, date: null, claims: list });
        continue;
      }
      const date = day.slice(2);
      const before = joinNextDay ? own.get(addDays(date, -1)) : undefined;
      if (before && list.every(_refersBack)) {
        before.push(...list);
        continue;
      }
      const group = [...list];
      own.set(date, group);
      out.push({ key, day, date, claims: group });
    }
  }
  const used = new Set<string>();
  return out.map((g) => _assertion(g.key, g.day, g.date, g.claims, outletOf, originalOf, used))
    .sort(_compareAssertions);
}

/** Plain rows with {@link ASSERTION_COLUMNS}, for tables and CSV. */
export function assertionRows(list: readonly Assertion[]): Record<string, unknown>[] {
  _checkList("assertionRows", list);
  return list.map((a) => {
    const o: Record<string, unknown> = {};
    for (const k of ASSERTION_COLUMNS) o[k] = a[k];
    return o;
  });
}

/** The link table: one row per report with {@link ASSERTION_REPORT_COLUMNS}. */
export function assertionReportRows(list: readonly Assertion[]): Record<string, unknown>[] {
  _checkList("assertionReportRows", list);
  return list.flatMap((a) =>
    a.reportList.map((r) => ({
      assertion: a.assertion,
      claim: r.claim,
      article: r.article,
      start: r.start,
      end: r.end,
    }))
  );
}

/**
 * One claim record per assertion, for the gap and the confirmation lag per assertion: the first
 * report's article, quote and offsets with the assertion's fields, its day and its id as `id`
 * (so `gap(assertionClaims(list))` gives one row per assertion, `id` = assertion id).
 */
export function assertionClaims(list: readonly Assertion[]): Claim[] {
  _checkList("assertionClaims", list);
  return list.map((a) => {
    const r = a.reportList[0];
    return {
      article: r.article,
      claimant: a.claimant,
      side: a.side,
      role: a.role,
      place: a.place,
      area: a.area,
      claim: a.claim,
      status: a.status,
      date: a.date,
      reported: a.first_reported,
      quote: r.quote,
      start: r.start,
      end: r.end,
      id: a.assertion,
      hedged: a.hedged,
    };
  });
}

/** True when a claim's sentence states no day of its own: dated by its article, no date words. */
function _refersBack(c: Claim): boolean {
  return c.date !== null && c.date === c.reported &&
    !findDateExpressions(c.quote, c.reported).length;
}

function _assertion(
  key: string,
  day: string,
  date: string | null,
  claims: Claim[],
  outletOf: ReadonlyMap<string, string | null>,
  originalOf: ReadonlyMap<string, string>,
  used: Set<string>,
): Assertion {
  const reportList: AssertionReport[] = claims.map((c) => ({
    claim: c.id!,
    article: c.article,
    outlet: outletOf.get(c.article) ?? null,
    reported: c.reported,
    date: c.date,
    quote: c.quote,
    start: c.start,
    end: c.end,
    hedged: c.hedged === true,
    story: originalOf.get(c.article) ?? c.article,
  }));
  if (reportList.length > 1) reportList.sort(_compareReports);
  let first: string | null = null, last: string | null = null;
  for (const r of reportList) {
    if (r.reported === null) continue;
    if (first === null || r.reported < first) first = r.reported;
    if (last === null || r.reported > last) last = r.reported;
  }
  const single = reportList.length === 1;
  const outlets = single
    ? 1
    : new Set(reportList.map((r) => r.outlet ?? `\u0000${r.article}`)).size;
  const stories = single ? 1 : new Set(reportList.map((r) => r.story)).size;
  const c = claims[0];
  let id = `a${_hash12(`${key}\u0001${day}`)}`;
  for (let n = 2; used.has(id); n++) id = `a${_hash12(`${key}\u0001${day}\u0001${n}`)}`;
  used.add(id);
  return {
    assertion: id,
    claimant: c.claimant,
    side: c.side,
    role: c.role,
    place: c.place,
    area: c.area ?? null,
    claim: c.claim,
    status: c.status,
    date,
    first_reported: first,
    last_reported: last,
    reports: reportList.length,
    outlets,
    independent: stories,
    hedged: reportList.every((r) => r.hedged),
    reportList,
  };
}

function _cmp(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function _compareReports(a: AssertionReport, b: AssertionReport): number {
  return _cmp(a.reported, b.reported) || _cmp(a.article, b.article) || a.start - b.start ||
    _cmp(a.claim, b.claim);
}

/** By day (undated last), place, claimant, claim, status, area, first report, then id. */
function _compareAssertions(a: Assertion, b: Assertion): number {
  return _cmp(a.date, b.date) || _cmp(a.place, b.place) || _cmp(a.claimant, b.claimant) ||
    _cmp(a.claim, b.claim) || _cmp(a.status, b.status) || _cmp(a.area, b.area) ||
    _cmp(a.first_reported, b.first_reported) || _cmp(a.assertion, b.assertion);
}

/** 48 bits of two FNV-1a variants, as 12 hex digits. */
function _hash12(s: string): string {
  let h1 = 0x811c9dc5, h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x000193f3) ^ (h2 >>> 15);
  }
  return ((h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0"))
    .slice(0, 12);
}

function _checkClaim(c: Claim, i: number): void {
  if (c === null || typeof c !== "object") {
    throw new TypeError(`assertions: claims[${i}]: expected a claim record, found ${_describe(c)}`);
  }
  if (typeof c.id !== "string" || c.id === "") {
    throw new TypeError(
      `assertions: claims[${i}]: expected a claim id (as extractClaims gives), found ${
        _describe(c.id)
      }`,
    );
  }
  for (const f of ["article", "claimant", "place", "quote"] as const) {
    if (typeof c[f] !== "string") {
      throw new TypeError(
        `assertions: claims[${i}] (${c.id}): expected ${f} as a string, found ${_describe(c[f])}`,
      );
    }
  }
  for (const f of ["date", "reported"] as const) {
    const v = c[f];
    if (v !== null && (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v))) {
      throw new TypeError(
        `assertions: claims[${i}] (${c.id}): expected ${f} as an ISO date or null, found ${
          _describe(v)
        }`,
      );
    }
  }
}

function _checkList(fn: string, list: readonly Assertion[]): void {
  if (!Array.isArray(list) || list.some((a) => !a || !Array.isArray(a.reportList))) {
    throw new TypeError(
      `${fn}: expected an array of assertions (from assertions()), found ${_describe(list)}`,
    );
  }
}
