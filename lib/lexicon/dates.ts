/**
 * Dates of claims: the day a sentence's claims refer to, resolved against the article date.
 *
 * Rules (see `claims-schema.md`, "When"):
 * - an explicit full date ("September 6, 2024", "6 Sept 2024", "2024-09-06") is that day, even
 *   in an article without a date;
 * - a month and day ("November 3", "Nov. 2", "3 Nov") takes the article's year, or the year
 *   before when that would put it more than a day after the article;
 * - a weekday ("on Sunday", "Tuesday") is always the most recent such day on or before the
 *   article date (reported speech looks back: "on Sunday" in a Friday article is five days
 *   earlier, "on Friday" in a Friday article is that day);
 * - "yesterday" is the day before, "two days ago" two days before; "today", "overnight",
 *   "tonight", "this morning" the article date; "last Friday" in a Friday article a week before;
 * - vague past ("earlier", "earlier this week", "last week", "last month", "in recent weeks", "in
 *   early 2024", "since August", "a few days ago") gives null ("recently", "in recent days" are
 *   current news);
 * - otherwise the article date (current news); an article without a date gives null.
 * When several days are named, the last explicit one wins (the event's day usually follows the
 * statement's: "said on Saturday ... did not advance on Thursday"), unless it is the statement's
 * own, right after a verb of saying ("captured X on Tuesday, the ministry said on Thursday").
 *
 * @module
 */

import { _reEscape, _wordList } from "./_lexicon.ts";
import { _checkedDate, _iso, _MONTHS, _WEEKDAYS, addDays, weekdayOnOrBefore } from "./days.ts";

export { addDays, weekdayOnOrBefore };

const _MON =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/** What {@link resolveDate} found. */
export interface DateResolution {
  /** ISO day, or null when it cannot be known. */
  date: string | null;
  /** Which rule decided: `full`, `monthday`, `weekday`, `relative`, `vague`, `article`, `none`. */
  rule: "full" | "monthday" | "weekday" | "relative" | "vague" | "article" | "none";
  /** Offsets (in the given text) of the expression that decided, when there is one. */
  start?: number;
  end?: number;
}

/** Options of {@link resolveDate}. */
export interface ResolveDateOptions {
  /** Resolve vague past expressions to null (schema rule). @default true */
  vagueIsNull?: boolean;
}

// (each RegExp here that opens with a look back first looks ahead for the characters a match
// may begin with: the engine passes the other offsets at once, with the same matches)
const _MDY_RE = new RegExp(
  `(?=[adfjmnos])(?<![\\p{L}])${_MON}\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
  "giu",
);
const _DMY_RE = new RegExp(
  `(?=\\d)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+${_MON}\\.?,?\\s+(\\d{4})(?!\\d)`,
  "giu",
);
const _MD_RE = new RegExp(
  `(?=[adfjmnos])(?<![\\p{L}])${_MON}\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])`,
  "giu",
);
const _DM_RE = new RegExp(
  `(?=\\d)(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${_MON}(?![\\p{L}])`,
  "giu",
);
const _VAGUE_RE = new RegExp(
  `(?<![\\p{L}])(earlier this (?:week|month|year)|last (?:week|month|year|summer|winter|spring|autumn|fall)|earlier|previously|a few days ago|days ago|weeks ago|months ago|over the (?:past |last )?weekend|at the weekend|this weekend|in recent (?:weeks|months)|in (?:early|late|mid-?)\\s*(?:\\d{4}|${_MON})|(?:since|in|by) (?:(?:early|late|mid-?)\\s*)?(?:${_MON}\\s+)?\\d{4}|since ${_MON}|in ${_MON}(?!\\.?\\s*\\d))(?![\\p{L}])`,
  "giu",
);

const _ISO_RE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;

const _WEEKDAY_RE =
  /(?=[FLMOSTWlot])(?<![\p{L}])(?:[Oo]n\s+|[Ll]ast\s+|[Tt]his\s+(?:past\s+)?)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:['’]s)?(?![\p{L}])/gu;
/** The RegExps above that look ahead first (for tests: without the look ahead, the same matches). */
export const _DATE_LOOKAHEADS: readonly RegExp[] = [_MDY_RE, _DMY_RE, _MD_RE, _DM_RE, _WEEKDAY_RE];

const _RELATIVE_RE =
  /(?<![\p{L}])(yesterday|today|tonight|overnight|this morning|this afternoon|this evening|last night|earlier today|on the night of|(?:a|one|two|three|four|five|six|\d)\s+days?\s+ago)(?![\p{L}])/giu;
/**
 * Every match of `_RELATIVE_RE` contains one of these (same flags): a cheap test first ("days
 * ago" with any white space between, as `_RELATIVE_RE` has it: "two days\u00a0ago").
 */
const _RELATIVE_KEY =
  /(?:yester|to)day|(?:to|over)night|night of|last night|this (?:morning|afternoon|evening)|days?\s+ago/iu;
/**
 * Every match of `_MDY_RE`, `_DMY_RE`, `_MD_RE` and `_DM_RE` contains one of these (same flags):
 * a month's first three letters then a digit, or a digit then a month.
 */
const _MONTH_DAY_KEY =
  /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;
/**
 * Every match of `_VAGUE_RE` contains one of these (same flags): the numeric forms need four
 * digits, "in" + month a month's first three letters, "weekend" holds "ekend". A cheap test first
 * (in this order and form twice as fast as the words listed as `_VAGUE_RE` has them).
 */
const _VAGUE_KEY =
  /\d\d\d\d|ago|e(?:arlier|kend)|last |previously|since |in (?:recent|early|late|mid|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;

const _DIGIT = /\d/;

/**
 * Whether `text` may name a day of its own (a full or month-day date needs a digit, a weekday
 * "day", a relative day a word of `_RELATIVE_KEY`): false means {@link resolveDate} gives the
 * article's date, a vague null or nothing, never a day the text names.
 */
export function mayNameDay(text: string): boolean {
  return _DIGIT.test(text) || text.includes("day") || _RELATIVE_KEY.test(text);
}

/**
 * Every text with a date expression of any rule holds one of these (same flags): a digit, "day",
 * or a word of a key above: their union, written shorter (`_RELATIVE_KEY`'s words hold "day",
 * "night" or "this ", and `_VAGUE_KEY`'s four digits a digit; twice as fast as the keys joined).
 * Without one, `_dateExpressions` finds nothing (each of its scans is guarded by one of them), and
 * a sentence's day is the article's: one scan settles most sentences.
 */
const _ANY_DATE_KEY =
  /\d|day|night|this (?:morning|afternoon|evening)|ago|e(?:arlier|kend)|last |previously|since |in (?:recent|early|late|mid|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;

/** The cheap tests above and the RegExps they guard (for tests: a key must match wherever they do). */
export const _DATE_PREFILTERS: readonly { key: RegExp; guards: readonly RegExp[] }[] = [
  { key: _RELATIVE_KEY, guards: [_RELATIVE_RE] },
  { key: _MONTH_DAY_KEY, guards: [_MDY_RE, _DMY_RE, _MD_RE, _DM_RE] },
  { key: _VAGUE_KEY, guards: [_VAGUE_RE] },
  {
    key: _ANY_DATE_KEY,
    guards: [_ISO_RE, _MDY_RE, _DMY_RE, _MD_RE, _DM_RE, _WEEKDAY_RE, _RELATIVE_RE, _VAGUE_RE],
  },
];

interface _Expr {
  start: number;
  end: number;
  rule: DateResolution["rule"];
  date: string | null;
}

/** All date expressions of a text, in order, resolved against `articleDate` (may be null). */
export function findDateExpressions(text: string, articleDate: string | null): _Expr[] {
  return _dateExpressions(text, articleDate, true);
}

/**
 * {@link findDateExpressions}; when `vagueAlways` is false, vague expressions are looked for only
 * when there is no other (which is all {@link resolveDate} needs: any other one decides).
 */
function _dateExpressions(text: string, articleDate: string | null, vagueAlways: boolean): _Expr[] {
  const out: _Expr[] = [];
  // every numeric form needs a digit, and all but the ISO form a month next to one: without them,
  // those scans are skipped (same result)
  if (_DIGIT.test(text)) {
    _fullDates(text, out, _MONTH_DAY_KEY.test(text), articleDate);
  }
  // weekdays (each name contains "day")
  if (text.includes("day")) _weekdays(text, out, articleDate);
  if (_RELATIVE_KEY.test(text)) _relativeDays(text, out, articleDate);
  // vague past (all expressions so far are explicit ones)
  if ((vagueAlways || !out.length) && _VAGUE_KEY.test(text)) {
    const re = _VAGUE_RE;
    re.lastIndex = 0;
    for (let m; (m = re.exec(text)) !== null;) {
      _add(out, m.index, m.index + m[0].length, "vague", null);
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/** Adds an expression to `out` unless it overlaps one found before. */
function _add(out: _Expr[], s: number, e: number, rule: _Expr["rule"], date: string | null) {
  for (const o of out) if (o.start < e && s < o.end) return;
  out.push({ start: s, end: e, rule, date });
}

/** ISO, full and (when `monthDays`) month-day dates of a text with a digit, in that order. */
function _fullDates(text: string, out: _Expr[], monthDays: boolean, articleDate: string | null) {
  let m: RegExpExecArray | null;
  // ISO dates
  _ISO_RE.lastIndex = 0;
  while ((m = _ISO_RE.exec(text)) !== null) {
    _add(out, m.index, m.index + m[0].length, "full", _iso(+m[1], +m[2], +m[3]));
  }
  if (!monthDays) return;
  // "September 6, 2024" / "Sept. 6 2024" / "6 September 2024"
  _MDY_RE.lastIndex = 0;
  while ((m = _MDY_RE.exec(text)) !== null) {
    const d = _iso(+m[3], _MONTHS[m[1].toLowerCase()], +m[2]);
    _add(out, m.index, m.index + m[0].length, "full", d);
  }
  _DMY_RE.lastIndex = 0;
  while ((m = _DMY_RE.exec(text)) !== null) {
    const d = _iso(+m[3], _MONTHS[m[2].toLowerCase()], +m[1]);
    _add(out, m.index, m.index + m[0].length, "full", d);
  }
  // month + day without a year
  const year0 = articleDate ? Number(articleDate.slice(0, 4)) : null;
  _MD_RE.lastIndex = 0;
  while ((m = _MD_RE.exec(text)) !== null) {
    _monthDay(out, m.index, m[0], m[1], +m[2], year0, articleDate);
  }
  _DM_RE.lastIndex = 0;
  while ((m = _DM_RE.exec(text)) !== null) {
    _monthDay(out, m.index, m[0], m[2], +m[1], year0, articleDate);
  }
}

/** A month and day without a year (`raw` the match at `s`), in the article's year or the one before. */
function _monthDay(
  out: _Expr[],
  s: number,
  raw: string,
  mon: string,
  day: number,
  year0: number | null,
  articleDate: string | null,
) {
  const e = s + raw.length;
  // "May" needs a capital and a day; "march 3" lowercase is a verb
  if (!/^\p{Lu}/u.test(raw) && !/^\d/.test(raw)) return;
  if (year0 === null) return _add(out, s, e, "monthday", null);
  const mo = _MONTHS[mon.toLowerCase()];
  let d = _iso(year0, mo, day);
  if (d && articleDate && d > addDays(articleDate, 1)) d = _iso(year0 - 1, mo, day);
  _add(out, s, e, "monthday", d);
}

/** The weekdays of a text ("on Sunday", "last Friday"): the latest such day on or before the article's. */
function _weekdays(text: string, out: _Expr[], articleDate: string | null) {
  const re = _WEEKDAY_RE;
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)) !== null;) {
    let date = articleDate ? weekdayOnOrBefore(articleDate, _WEEKDAY_OF[m[1]]) : null;
    // "last Friday" in a Friday article is the Friday before
    if (date !== null && date === articleDate && /^last/i.test(m[0])) date = addDays(date, -7);
    _add(out, m.index, m.index + m[0].length, "weekday", date);
  }
}

/** Each weekday's name as `_WEEKDAY_RE` captures it (capitalised) → its number (0 = Sunday). */
const _WEEKDAY_OF: Record<string, number> = Object.fromEntries(
  _WEEKDAYS.map((w, i) => [w[0].toUpperCase() + w.slice(1), i]),
);

/** The relative days of a text ("yesterday", "two days ago"). */
function _relativeDays(text: string, out: _Expr[], articleDate: string | null) {
  const re = _RELATIVE_RE;
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)) !== null;) {
    const w = m[1].toLowerCase();
    const back = w === "yesterday" || w === "last night" ? 1 : _daysAgo(w);
    const date = articleDate ? addDays(articleDate, -back) : null;
    _add(out, m.index, m.index + m[0].length, "relative", date);
  }
}

const _COUNTS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
};

/** "two days ago" → 2 (0 for any other relative day). */
function _daysAgo(words: string): number {
  const m = /^(\S+)\s+days?\s+ago$/.exec(words);
  return m ? _COUNTS[m[1]] ?? Number(m[1]) : 0;
}

/**
 * The day the claims of `text` (a sentence) refer to. `articleDate` is the article's (or the
 * tweet's) ISO date, or null. Throws `TypeError` for a malformed `articleDate`.
 */
export function resolveDate(
  text: string,
  articleDate: string | null,
  options: ResolveDateOptions = {},
): DateResolution {
  if (typeof text !== "string") {
    throw new TypeError(`resolveDate: expected text as a string, found ${typeof text}`);
  }
  // (a copy: the answer is kept, see `_resolved`)
  return { ..._resolved(text, articleDate, options.vagueIsNull ?? true, false) };
}

/**
 * {@link resolveDate} of a sentence's text for the extractor, which only reads the answer: the
 * kept answer itself, not a copy. `named`: the caller found {@link mayNameDay} true (then the
 * text holds a key of `_ANY_DATE_KEY`, which is not tested again).
 */
export function _sentenceDay(
  text: string,
  articleDate: string | null,
  named = false,
): Readonly<DateResolution> {
  return _resolved(text, articleDate, true, named);
}

/** {@link resolveDate} after the text's check: the articleDate checked, the last answer kept. */
function _resolved(
  text: string,
  articleDate: string | null,
  vagueIsNull: boolean,
  named: boolean,
): DateResolution {
  _checkedDate(articleDate, true);
  // (a sentence's day is asked for twice, by its dated statement and by its records: the last
  // answer is kept)
  if (_lastText === text && _lastDate === articleDate && _lastVague === vagueIsNull) {
    return _lastAnswer!;
  }
  const r = _resolve(text, articleDate, vagueIsNull, named);
  _lastText = text;
  _lastDate = articleDate;
  _lastVague = vagueIsNull;
  return _lastAnswer = r;
}

/** The last call of `_resolved` and its answer. */
let _lastText: string | null = null;
let _lastDate: string | null = null;
let _lastVague = true;
let _lastAnswer: DateResolution | null = null;

/** {@link resolveDate} of checked arguments (`named`: see {@link _sentenceDay}). */
function _resolve(
  text: string,
  articleDate: string | null,
  vagueIsNull: boolean,
  named: boolean,
): DateResolution {
  if (!named && !_ANY_DATE_KEY.test(text)) {
    return articleDate ? { date: articleDate, rule: "article" } : { date: null, rule: "none" };
  }
  // (vague expressions are looked for only when there is no other: all are explicit, or all vague)
  const exprs = _dateExpressions(text, articleDate, false);
  if (exprs.length && exprs[0].rule !== "vague") {
    const e = _eventDay(text, exprs);
    return { date: e.date, rule: e.rule, start: e.start, end: e.end };
  }
  const vague = exprs[0];
  if (vague && vagueIsNull) {
    return { date: null, rule: "vague", start: vague.start, end: vague.end };
  }
  if (articleDate) return { date: articleDate, rule: "article" };
  return { date: null, rule: "none" };
}

/**
 * Of several days named, the event's: the last one that is not the statement's own ("captured X
 * on Tuesday, the ministry said on Thursday" is Tuesday); the last one when all are.
 */
function _eventDay(text: string, explicit: readonly _Expr[]): _Expr {
  const last = explicit[explicit.length - 1];
  if (explicit.length === 1) return last;
  const said = _saidBefore();
  return explicit.findLast((e) => !said.test(text.slice(Math.max(0, e.start - 40), e.start))) ??
    last;
}

let _said: RegExp | null = null;
/** A verb of saying right before a day ("said on", "told reporters on"), built on first use. */
function _saidBefore(): RegExp {
  if (_said) return _said;
  const verbs = _wordList("speech_verb").map((w) => _reEscape(w).replace(/ /g, "\\s+"));
  return _said = new RegExp(
    `\\b(?:${
      verbs.join("|")
    })\\s+(?:(?:reporters|journalists)\\s+)?(?:(?:late|early)\\s+)?(?:on\\s+)?$`,
    "iu",
  );
}
