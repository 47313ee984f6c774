/**
 * Article dates as scrapers write them: one value (a string or a number) → the ISO day
 * `YYYY-MM-DD`, or the reason it cannot be read. Used by the loader for the date of a JSON/JSONL
 * record, Markdown front matter, an HTML page's metadata, a sidecar row and the `.txt` header.
 *
 * Forms read (English month names, full, three letters or `Sept`, any case, with or without a
 * dot; an optional weekday in front; an optional time and zone after):
 * - ISO `2025-03-12`, `2025-3-12`, `2025-03-12T10:00:00+02:00`, `2025-03-12 10:00 UTC`;
 *   basic ISO `20250312` (eight digits);
 * - `2025/03/12`, `2025.03.12` (year first);
 * - `12.03.2025`: day.month.year, as European sites write it;
 * - `12/03/2025`, `03-12-2025`: year last with `/` or `-` is read when only one order gives a
 *   date (`13/03/2025`, `03/13/2025`, `03/03/2025`); when both do, it is ambiguous (a problem);
 * - `12 March 2025`, `12th Mar. 2025`, `March 12, 2025`, `Mar. 12th 2025`, RSS / RFC 2822
 *   `Wed, 12 Mar 2025 10:00:00 GMT`, JavaScript's `Wed Mar 12 2025 10:00:00 GMT+0000 (...)`;
 * - epoch numbers (or strings of 9 to 13 digits): seconds below 10^11 (before the year 5138),
 *   milliseconds from there (after 3 March 1973). Numbers below 10^8 (before 3 March 1973 in
 *   seconds: placeholders such as 0, or a bare year) are problems.
 *
 * Which day: a timestamp's date as written, in the source's own offset (`2025-03-12T23:30-05:00`
 * is 2025-03-12, although it is 13 March in UTC): the day the outlet dated the article. Epoch
 * numbers have no offset: their UTC day.
 *
 * Problems (never thrown): not a real day (`2025-02-30`), an impossible time (`25:00`), ambiguous
 * day/month order, a two-digit year, an epoch out of range, anything else unreadable. A weekday
 * that contradicts the date keeps the date as written, with a note.
 * @module
 */
import { _describe } from "../shared/_validate.ts";

/** A date read, with an optional note, or the problem that kept it from being read. */
export type _DateResult =
  | { date: string; note?: string }
  | { date: null; problem: string };

const _MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const _DAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** A name with a capital first letter. */
function _cap(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

/** Month number 1-12 of a full name, three-letter abbreviation or `sept` (any case), or 0. */
function _month(word: string): number {
  const w = word.toLowerCase();
  const i = _MONTH_NAMES.findIndex((m) => m === w || m.slice(0, 3) === w);
  return i >= 0 ? i + 1 : w === "sept" ? 9 : 0;
}

/** Weekday 0 (Sunday) - 6 of a full name or its first three letters (any case), or -1. */
function _weekday(word: string): number {
  const w = word.toLowerCase();
  return _DAY_NAMES.findIndex((d) => d === w || d.slice(0, 3) === w);
}

/** The ISO day `y-m-d` when it is a real day of the (proleptic Gregorian) calendar, or null. */
export function _realDay(y: number, m: number, d: number): string | null {
  if (!(y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  if (d > days) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${
    String(d).padStart(2, "0")
  }`;
}

/**
 * A time of day with an optional zone, as it may follow a date: `10:00`, `10:00:00.123Z`,
 * `T10:00+02:00`, `10:00 AM EST`, `10:00:00 GMT+0000 (Coordinated Universal Time)`. Groups: hour,
 * minute, second, am/pm letter, zone offset hours and minutes.
 */
const _TIME = String.raw`(?:[T ]|,? (?:at )?)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?` +
  String.raw`(?: ?([AaPp])\.?[Mm]\.?)?` +
  String.raw`(?: ?(?:Z|z|(?:[A-Z]{1,5})?([+-])(\d{2}):?(\d{2})?|[A-Z]{1,5}))?(?: \([^()]{1,60}\))?`;

const _ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:${_TIME})?$`);
const _YMD = new RegExp(String.raw`^(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?:${_TIME})?$`);
const _DMY_DOTS = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:${_TIME})?$`);
const _XY_YEAR = new RegExp(String.raw`^(\d{1,2})([/-])(\d{1,2})\2(\d{2}|\d{4})(?:${_TIME})?$`);
const _WEEKDAY = String.raw`(?:([A-Za-z]{3,9})\.?,? )?`;
const _ORD = String.raw`(?:st|nd|rd|th)?`;
const _WORD_DMY = new RegExp(
  String.raw`^${_WEEKDAY}(\d{1,2})${_ORD}\.? ([A-Za-z]{3,9})\.?,? (\d{2}|\d{4})(?:${_TIME})?$`,
);
const _WORD_MDY = new RegExp(
  String.raw`^${_WEEKDAY}([A-Za-z]{3,9})\.? (\d{1,2})${_ORD},? (\d{2}|\d{4})(?:${_TIME})?$`,
);

/** Number of groups {@link _TIME} adds. */
const _TIME_GROUPS = 7;

/** Why a time of day (the groups of {@link _TIME}) is impossible, or null when it is fine. */
function _timeProblem(g: (string | undefined)[], raw: string): string | null {
  const [h, m, s, ampm, , oh, om] = g;
  if (h === undefined) return null;
  const hh = +h;
  const ok = (ampm ? hh >= 1 && hh <= 12 : hh <= 23 || (hh === 24 && +m! === 0 && !+(s ?? 0))) &&
    +m! <= 59 && +(s ?? 0) <= 60 && (oh === undefined || +oh <= 23) && +(om ?? 0) <= 59;
  return ok ? null : `${JSON.stringify(raw)} has an impossible time of day or offset`;
}

/** `{date}` for a real day, else the problem (`raw` as found, for the message). */
function _day(y: number, m: number, d: number, raw: string, yearText: string): _DateResult {
  if (yearText.length === 2) {
    return { date: null, problem: `${JSON.stringify(raw)} has a two-digit year (expected four)` };
  }
  const date = _realDay(y, m, d);
  return date === null
    ? { date: null, problem: `${JSON.stringify(raw)} is not a real calendar day` }
    : { date };
}

/** The last millisecond of the year 9999. */
const _MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** The UTC day of an epoch number (seconds below 10^11, else milliseconds). */
function _epoch(n: number, raw: string): _DateResult {
  const ms = n < 1e11 ? n * 1000 : n;
  if (!(n >= 1e8) || !(ms <= _MAX_MS)) {
    return {
      date: null,
      problem: `epoch ${raw} is out of range (expected seconds from 10^8, 3 March 1973, or ` +
        `milliseconds, up to the year 9999)`,
    };
  }
  return { date: new Date(ms).toISOString().slice(0, 10) };
}

/** `a/b/yyyy`: the one order (day/month or month/day) that gives a real day, or the problem. */
function _slashed(a: number, b: number, y: number, raw: string, yearText: string): _DateResult {
  if (yearText.length === 2) return _day(y, b, a, raw, yearText);
  const dayFirst = _realDay(y, b, a);
  const monthFirst = _realDay(y, a, b);
  if (dayFirst && monthFirst && dayFirst !== monthFirst) {
    const name = (k: number) => _cap(_MONTH_NAMES[k - 1]);
    return {
      date: null,
      problem: `${JSON.stringify(raw)} is ambiguous: ${a} ${name(b)} ${y} (day/month) or ${
        name(a)
      } ${b}, ${y} (month/day)`,
    };
  }
  const date = dayFirst ?? monthFirst;
  return date ? { date } : _day(y, b, a, raw, yearText);
}

/**
 * The article date of `value` (see the module comment for the forms), or the problem. `value`
 * is what the source holds: a string (trimmed here) or a number; anything else is a problem.
 */
export function _articleDate(value: unknown): _DateResult {
  if (typeof value === "number") return _epoch(value, String(value));
  if (typeof value !== "string") {
    return {
      date: null,
      problem: `expected a date string or epoch number, found ${_describe(value)}`,
    };
  }
  const raw = value.trim();
  const s = raw.replace(/\s+/g, " ");
  if (/^\d{8}$/.test(s)) return _day(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6), raw, "yyyy");
  if (/^\d{9,13}(?:\.\d+)?$/.test(s)) return _epoch(+s, s);
  let m: RegExpExecArray | null;
  let r: _DateResult | null = null;
  let timeAt = 0;
  let weekday: string | undefined;
  if ((m = _ISO.exec(s))) {
    [r, timeAt] = [_day(+m[1], +m[2], +m[3], raw, m[1]), 4];
  } else if ((m = _YMD.exec(s))) {
    [r, timeAt] = [_day(+m[1], +m[3], +m[4], raw, m[1]), 5];
  } else if ((m = _DMY_DOTS.exec(s))) {
    [r, timeAt] = [_day(+m[3], +m[2], +m[1], raw, m[3]), 4];
  } else if ((m = _XY_YEAR.exec(s))) {
    [r, timeAt] = [_slashed(+m[1], +m[3], +m[4], raw, m[4]), 5];
  } else if ((m = _WORD_DMY.exec(s) ?? _WORD_MDY.exec(s))) {
    const dmy = /^\d/.test(m[2]);
    const [day, mon] = dmy ? [m[2], m[3]] : [m[3], m[2]];
    const month = _month(mon);
    weekday = m[1];
    if (!month || (weekday !== undefined && _weekday(weekday) < 0)) r = null;
    else [r, timeAt] = [_day(+m[4], month, +day, raw, m[4]), 5];
  }
  if (r === null || m === null) {
    return {
      date: null,
      problem: `expected a date (2025-03-12, 12 March 2025, March 12, 2025, 12.03.2025, ` +
        `2025/03/12, an RSS date or epoch seconds), found ${_describe(raw)}`,
    };
  }
  if (r.date === null) return r;
  const bad = _timeProblem(m.slice(timeAt, timeAt + _TIME_GROUPS), raw);
  if (bad) return { date: null, problem: bad };
  if (weekday !== undefined) {
    const said = _weekday(weekday);
    const real = new Date(`${r.date}T00:00:00Z`).getUTCDay();
    if (said !== real) {
      return {
        date: r.date,
        note: `${JSON.stringify(raw)} names a ${_cap(_DAY_NAMES[said])}, but ${r.date} is a ${
          _cap(_DAY_NAMES[real])
        }: the date as written is kept`,
      };
    }
  }
  return r;
}

/**
 * A real ISO day from `YYYY-MM-DD` or an ISO timestamp (`2025-11-05T10:00:00Z`: the day as
 * written), or null. `words` also accepts `September 6, 2024` and `6 September 2024`. The strict
 * reader of paragraph dates (a tweet's signature line), where a loose one would misfire.
 */
export function _isoDay(value: unknown, words = false): string | null {
  if (typeof value !== "string") return null;
  const s = value.trim();
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
      .exec(s);
  if (iso) return _realDay(+iso[1], +iso[2], +iso[3]);
  if (!words) return null;
  const mdy = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(s);
  const dmy = /^(\d{1,2}) ([A-Za-z]+)\.? (\d{4})$/.exec(s);
  const [mon, day, year] = mdy ? [mdy[1], mdy[2], mdy[3]] : dmy ? [dmy[2], dmy[1], dmy[3]] : [];
  if (!mon) return null;
  const m = _MONTH_NAMES.map((x) => x.slice(0, 3)).indexOf(mon.slice(0, 3).toLowerCase());
  if (m < 0 || (mon.length > 3 && !/^[a-z]+$/i.test(mon))) return null;
  return _realDay(+year!, m + 1, +day!);
}
