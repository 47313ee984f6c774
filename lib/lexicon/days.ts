/**
 * Calendar days: ISO days and the arithmetic dates of claims need (a day from year, month and
 * day; days added; the weekday on or before a day), month and weekday names, and the check of an
 * article's date, each remembered for the few days an article's sentences ask for again.
 *
 * @module
 */

import { _isoDate } from "../shared/_validate.ts";

/** The weekdays' names, Sunday first (their index is the weekday's number). */
export const _WEEKDAYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];
/** Month names and their short forms → the month's number. */
export const _MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** The ISO day of year `y` (up to 9999), month `m` and day `d` (up to 99), or null when no such day. */
export function _iso(y: number, m: number, d: number): string | null {
  // (memoised: an article's sentences name the same few days; the key is unique for those ranges)
  const key = y * 10_000 + m * 100 + d;
  const hit = _isoMemo.get(key);
  if (hit !== undefined) return hit;
  const dt = new Date(Date.UTC(y, m - 1, d));
  const out = dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d
    ? null
    : dt.toISOString().slice(0, 10);
  if (_isoMemo.size >= 10_000) _isoMemo.clear();
  _isoMemo.set(key, out);
  return out;
}

const _isoMemo = new Map<number, string | null>();

/** Article dates already checked by `_isoDate` (valid ones only). */
const _validDates = new Set<string>();

/** Throws as `_isoDate("articleDate", date, nullable)` does; each valid date is checked once. */
export function _checkedDate(date: string | null, nullable: boolean): void {
  if (date !== null && _validDates.has(date)) return;
  _isoDate("articleDate", date, nullable);
  if (typeof date === "string") _validDates.add(date);
}

/**
 * Results of {@link addDays} (by day, then by days added) and {@link weekdayOnOrBefore} (by
 * article date, then weekday), bounded: the sentences of an article ask for the same few days.
 * (Keyed by the day's string, whose hash the string keeps, and a number: no key string is built
 * per call.)
 */
const _addMemo = new Map<string, Map<number, string>>();
const _weekdayMemo = new Map<string, (string | undefined)[]>();

/** Adds `days` (may be negative) to an ISO day. */
export function addDays(iso: string, days: number): string {
  const memo = typeof iso === "string" && typeof days === "number" ? _addMemo.get(iso) : undefined;
  const hit = memo?.get(days);
  if (hit !== undefined) return hit;
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  const out = d.toISOString().slice(0, 10);
  if (typeof iso !== "string" || typeof days !== "number") return out;
  if (memo !== undefined) memo.set(days, out);
  else {
    if (_addMemo.size >= 1_000) _addMemo.clear();
    _addMemo.set(iso, new Map([[days, out]]));
  }
  return out;
}

/**
 * The most recent `weekday` (0 = Sunday … 6 = Saturday, or its English name) on or before
 * `articleDate`: the past reading used for reported speech.
 */
export function weekdayOnOrBefore(articleDate: string, weekday: number | string): string {
  _checkedDate(articleDate, false);
  const wd = typeof weekday === "number" ? weekday : _WEEKDAYS.indexOf(weekday.toLowerCase());
  if (!Number.isInteger(wd) || wd < 0 || wd > 6) {
    throw new RangeError(`weekdayOnOrBefore: expected a weekday 0-6 or its name, found ${weekday}`);
  }
  let memo = _weekdayMemo.get(articleDate);
  const hit = memo?.[wd];
  if (hit !== undefined) return hit;
  const d = new Date(`${articleDate}T00:00:00Z`);
  const back = (d.getUTCDay() - wd + 7) % 7;
  const out = addDays(articleDate, -back);
  if (memo === undefined) {
    if (_weekdayMemo.size >= 1_000) _weekdayMemo.clear();
    _weekdayMemo.set(articleDate, memo = []);
  }
  memo[wd] = out;
  return out;
}
