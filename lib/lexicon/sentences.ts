/**
 * Sentence splitting with offsets: every sentence is a span of the input text, so
 * `text.slice(s.start, s.end) === s.text` always holds.
 *
 * Splits after `.`, `!`, `?` (and closing quotes or brackets) followed by white space and an
 * upper-case letter, digit or opening quote, except after abbreviations ("Gen.", "U.S.", "Lt.",
 * "Nov."), single initials ("V. Putin") and inside a number ("1.5"). Line breaks always end a
 * sentence. The abbreviation list lives in `data/lexicon_words.csv` (category `abbreviation`).
 *
 * @module
 */

import { _words } from "./_lexicon.ts";

/** One sentence: a span of the text it was split from. */
export interface Sentence {
  /** Offset of the first character (after leading white space). */
  start: number;
  /** Offset just past the last character (trailing white space excluded). */
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
}

/** Options of {@link splitSentences}. */
export interface SplitOptions {
  /** Offset of the span to split. @default 0 */
  from?: number;
  /** Offset just past the span to split. @default text.length */
  to?: number;
  /** Extra abbreviations (without the final dot), added to the lexicon's. @default [] */
  abbreviations?: readonly string[];
  /**
   * Longest sentence, in characters. A run-on "sentence" past it (scraped lists, text with no full
   * stops) is cut at the last comma, semicolon or space before the limit, so pairing actors, places
   * and claim words inside one sentence stays bounded. Real sentences are far shorter.
   * @default 1000
   */
  maxLength?: number;
}

let _abbrevCache: Set<string> | null = null;

function _abbreviations(extra: readonly string[]): Set<string> {
  if (!_abbrevCache) {
    _abbrevCache = new Set((_words().abbreviation ?? []).map((a) => a.toLowerCase()));
  }
  if (!extra.length) return _abbrevCache;
  return new Set([..._abbrevCache, ...extra.map((a) => a.toLowerCase())]);
}

const _CLOSERS = `"'”’»)]`;
const _OPENERS = `"'“‘«(`;

/**
 * Splits `text` (or `text.slice(from, to)`) into sentences with offsets into `text`.
 * Throws `TypeError` when `text` is not a string, `RangeError` when `from`/`to` are out of range.
 */
export function splitSentences(text: string, options: SplitOptions = {}): Sentence[] {
  if (typeof text !== "string") {
    throw new TypeError(`splitSentences: expected text as a string, found ${typeof text}`);
  }
  const from = options.from ?? 0;
  const to = options.to ?? text.length;
  if (
    !Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > text.length || from > to
  ) {
    throw new RangeError(
      `splitSentences: expected 0 <= from <= to <= ${text.length}, found from ${from}, to ${to}`,
    );
  }
  const maxLength = options.maxLength ?? 1000;
  if (!Number.isInteger(maxLength) || maxLength < 20) {
    throw new RangeError(`splitSentences: expected maxLength >= 20, found ${maxLength}`);
  }
  const abbrevs = _abbreviations(options.abbreviations ?? []);
  const out: Sentence[] = [];
  let segStart = from;
  const push = (a: number, b: number) => {
    while (a < b && _isSpace(text, a)) a++;
    while (b > a && _isSpace(text, b - 1)) b--;
    while (b - a > maxLength) {
      const cut = _cutPoint(text, a, a + maxLength);
      push(a, cut);
      a = cut;
      while (a < b && _isSpace(text, a)) a++;
    }
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
  };
  // most characters end nothing: the engine skips to the next that may ("\n", ".", "!", "?", "…")
  for (let i = _nextEnd(text, from, to); i < to; i = _nextEnd(text, i + 1, to)) {
    const code = text.charCodeAt(i);
    if (code === 10) { // "\n"
      push(segStart, i);
      segStart = i + 1;
      continue;
    }
    const c = text[i];
    // extend over repeated punctuation and closing quotes/brackets
    let j = i + 1;
    while (j < to && _END_OR_CLOSER.has(text.charCodeAt(j))) j++;
    if (j >= to) continue;
    if (!_isBlank(text.charCodeAt(j))) continue; // "Nov.2", "1.5", "arteries.analysts"
    let k = j;
    while (k < to && _isBlank(text.charCodeAt(k))) k++;
    if (k >= to) continue;
    const next = text[k];
    const startsSentence = /[\p{Lu}\p{N}]/u.test(next) || _OPENERS.includes(next);
    if (!startsSentence) continue;
    if (c === ".") {
      // the word before the dot
      let w = i;
      while (w > from && _isWordOrDot(text, w - 1)) w--;
      const word = text.slice(w, i);
      if (/^\p{Lu}$/u.test(word)) continue; // initial: "V. Putin"
      if (abbrevs.has(word.toLowerCase())) {
        // month abbreviation followed by a number ("Nov. 3") or a title before a name
        continue;
      }
      if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) continue; // "U.S" in "U.S. forces"
    }
    push(segStart, j);
    segStart = j;
    i = j - 1;
  }
  push(segStart, to);
  return out;
}

/** A character that may end a sentence or a line. */
const _END_CHAR = /[\n.!?…]/g;

/** The offset of the first of `\n.!?…` at or after `at`, or `to` when there is none before `to`. */
function _nextEnd(text: string, at: number, to: number): number {
  if (at >= to) return to;
  _END_CHAR.lastIndex = at;
  // (a match is one character: it ends where `test` leaves `lastIndex`)
  const i = _END_CHAR.test(text) ? _END_CHAR.lastIndex - 1 : to;
  return i < to ? i : to;
}

/** Codes of `.!?…` and of the closing quotes and brackets: the run that ends a sentence. */
const _END_OR_CLOSER = new Set([...`.!?…${_CLOSERS}`].map((c) => c.charCodeAt(0)));

/** A space, tab or no-break space (what may separate two sentences on one line). */
function _isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** `/\s/.test(text[i])`, with ASCII answered by code. */
function _isSpace(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 32) return true;
  if (code > 32 && code < 127) return false;
  return /\s/.test(text[i]);
}

/** `/[\p{L}\p{N}.\-]/u.test(text[i])` (a character of the word before a dot), ASCII by code. */
function _isWordOrDot(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 128) return /[\p{L}\p{N}.\-]/u.test(text[i]);
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) || code === 46 || code === 45;
}

/** Where to cut an over-long sentence in `(a, limit]`: after the last `;`, `,` or space, else at the limit. */
function _cutPoint(text: string, a: number, limit: number): number {
  for (const mark of [";", ",", " "]) {
    const i = text.lastIndexOf(mark, limit - 1);
    if (i > a + 10) return i + 1;
  }
  return limit;
}
