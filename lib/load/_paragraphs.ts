/**
 * Paragraph kinds: an article's text cut into spans (lines or blank-line blocks, Markdown blocks),
 * then each span classified as body, headline, tweet, caption, boilerplate, comment or repeat
 * (repeats found by `_repeats.ts`).
 * Takes the text and its spans; gives new paragraphs with their kinds, notes and the headline.
 * @module
 */

import type { Paragraph, ParagraphKind } from "../shared/types.ts";
import { _isoDay } from "./_article_date.ts";
import { _countMatches, _firstMatch, _isSpace, _matches } from "./_patterns.ts";
import { _markRepeats } from "./_repeats.ts";

/** A candidate paragraph before classification. */
export interface _Span {
  start: number;
  end: number;
  /** Kind fixed by structure (header, HTML figcaption...); otherwise classified from text. */
  kind?: ParagraphKind;
  date?: string | null;
  /** Blank-line-separated block number (spans of one block are separated by single newlines). */
  block: number;
  /** 1-based line of the first character. */
  line: number;
  /** Never the headline (rest of a header line). */
  noHeadline?: boolean;
  /** Markdown heading level, when the span is a `#` heading. */
  heading?: number;
}

/** Trims whitespace off a span of `text`. */
export function _trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && _isSpace(text.charCodeAt(start))) start++;
  while (end > start && _isSpace(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** Line ends: CRLF, LF, or a lone CR (old Mac files). */
export const _BREAKS = /\r\n|\n|\r/g;

const _MD_BLOCK = /^(?:#{1,6}\s|>|[-*+]\s|\d{1,3}[.)]\s|!\[|```|---+\s*$|\*\*\*+\s*$)/;

/**
 * Splits `text[from..]` into spans: blank lines separate blocks; within a block every line is a
 * paragraph (the sample format), except a line that starts in lower case after a line of 40+
 * characters without final punctuation (a hard-wrapped sentence) which continues it. In `md`
 * mode lines of a block form one paragraph unless a line starts a heading, list item, quote or
 * image. Blocks are numbered from `firstBlock`.
 */
export function _splitSpans(text: string, from: number, mode: "text" | "md", firstBlock = 0) {
  const spans: _Span[] = [];
  let block = firstBlock;
  let line = 1 + (from === 0 ? 0 : text.slice(0, from).match(_BREAKS)?.length ?? 0);
  let pos = from;
  let blankBefore = true;
  let prevLineStart = 0;
  let prevLineEnd = 0;
  const next = _lineBreaks(text);
  while (pos <= text.length) {
    const found = next(pos);
    const nl = found < 0 ? text.length : found;
    const [s, e] = _trimSpan(text, pos, nl);
    if (s === e) {
      if (!blankBefore) block++;
      blankBefore = true;
    } else {
      const prev = spans[spans.length - 1];
      let join = false;
      if (prev && prev.block === block && !blankBefore) {
        join = _joins(text, prev, s, e, mode, prevLineStart, prevLineEnd);
      }
      if (join) {
        prev.end = e;
      } else {
        const h = mode === "md" && text[s] === "#" ? /^(#{1,6})\s/.exec(text.slice(s, e)) : null;
        spans.push({ start: s, end: e, block, line, ...(h ? { heading: h[1].length } : {}) });
      }
      blankBefore = false;
      prevLineStart = s;
      prevLineEnd = nl;
    }
    if (found < 0) break;
    pos = nl + (text.charCodeAt(nl) === 13 && text.charCodeAt(nl + 1) === 10 ? 2 : 1);
    line++;
  }
  return spans;
}

/**
 * Where the next line break (`\r\n`, `\n` or a lone `\r`) at or after a position is, -1 when none:
 * an `indexOf` of `\n` when the text has no `\r` (the common case), else the {@link _BREAKS} scan.
 */
function _lineBreaks(text: string): (pos: number) => number {
  if (!text.includes("\r")) return (pos) => text.indexOf("\n", pos);
  const brk = new RegExp(_BREAKS.source, "g");
  return (pos) => {
    brk.lastIndex = pos;
    return brk.exec(text)?.index ?? -1;
  };
}

/**
 * Whether the line `text[s..e]` continues the span `prev` of its block: in `md` mode unless it
 * starts a block; in text mode when it starts in lower case after a long unfinished line.
 */
function _joins(
  text: string,
  prev: _Span,
  s: number,
  e: number,
  mode: "text" | "md",
  prevLineStart: number,
  prevLineEnd: number,
): boolean {
  const first = text.slice(s, e);
  const prevText = text.slice(prev.start, prev.end);
  if (mode === "md") {
    return !_MD_BLOCK.test(first) && !prev.heading && !/^(?:[-*+]\s|\d{1,3}[.)]\s)/.test(
      prevText,
    ) &&
      !/^!\[/.test(prevText) && !/ {2}$|\\$/.test(text.slice(prev.start, prevLineEnd));
  }
  // Hard-wrapped prose: the previous physical line is long and stops mid-sentence.
  const prevLine = text.slice(prevLineStart, prevLineEnd).trim();
  return /^\p{Ll}/u.test(first) && !/[.!?:;"”’)\]]$/.test(prevText) &&
    prevLine.length >= 40 && prev.kind === undefined;
}

/** Paragraph text without markdown decoration, for pattern tests. */
function _plain(s: string): string {
  // Each replacement only runs when its marker character is there (most lines have none).
  if (s[0] === "#") s = s.replace(/^#{1,6}\s+/, "");
  if (s[0] === ">") s = s.replace(/^(?:>\s*)+/, "");
  if (s[0] === "-" || s[0] === "*" || s[0] === "+") s = s.replace(/^[-*+]\s+/, "");
  if (s.includes("](")) s = s.replace(/!?\[([^[\]\n]{0,300})\]\([^()\s]{0,500}\)/g, "$1");
  if (s.includes("*") || s.includes("_")) {
    s = s.replace(/(\*\*|__|\*|_)([^*_\n]{1,300}?)\1/g, "$2");
  }
  return s.trim();
}

/** Text with quoted passages removed: cues inside quotations belong to the quoted speaker. */
function _unquoted(s: string): string {
  // Exact: every quotation the pattern removes opens with one of these three characters.
  if (!/["“«]/.test(s)) return s;
  return s.replace(/"[^"]*"|“[^”]*”|«[^»]*»/g, " ");
}

/** Number of distinct comment-style cues in a paragraph. */
function _cueScore(s: string): number {
  const t = _unquoted(_plain(s));
  return _countMatches("comment_cue", t);
}

/** A short line that can be a user name: at most three words, no sentence punctuation. */
function _isNameLine(s: string): boolean {
  return s.length <= 40 && s.split(/\s+/).length <= 3 && !/[.!?,;:"“”]/.test(s);
}

/** The kinds {@link _classify} tests every paragraph for, as one {@link _group}. */
const _PARAGRAPH_KINDS = "tweet_signature+tweet+caption+boilerplate";

/** Classified paragraphs plus notes and the headline text. */
interface _Classified {
  paragraphs: Paragraph[];
  notes: string[];
  headline: string | null;
}

/** Per paragraph: its kind and its date (`undefined`: none; `null`: a tweet's unknown date). */
interface _Kinds {
  kinds: ParagraphKind[];
  dates: (string | null | undefined)[];
}

/**
 * Classifies spans of `text` into paragraph kinds: tweets (with their date), captions,
 * boilerplate, the headline, reader comments (from a marker, or a tail of comment-style
 * paragraphs after the body) and exact repeats (whitespace-normalised).
 */
export function _classify(
  text: string,
  spans: _Span[],
  where: "line" | "block" = "line",
): _Classified {
  const notes: string[] = [];
  const texts = spans.map((s) => _plain(text.slice(s.start, s.end)));
  const own = _ownKinds(spans, texts);
  const { kinds: withHeadline, headline } = _markHeadline(spans, texts, own.kinds);
  const comments = _markComments(spans, texts, { kinds: withHeadline, dates: own.dates }, where);
  if (comments.note) notes.push(comments.note);
  const { kinds, repeatOf, note } = _markRepeats(text, spans, comments.kinds, where);
  if (note) notes.push(note);
  let captions = 0;
  let tweets = 0;
  let furniture = 0;
  for (const k of kinds) {
    if (k === "caption") captions++;
    else if (k === "tweet") tweets++;
    else if (k === "boilerplate") furniture++;
  }
  for (const [k, n] of [["caption", captions], ["tweet", tweets], ["boilerplate", furniture]]) {
    if (n) notes.push(`${n} ${k} paragraph${n === 1 ? "" : "s"} marked`);
  }
  const paragraphs = spans.map((s, i): Paragraph => {
    const p: Paragraph = { start: s.start, end: s.end, kind: kinds[i] };
    if (repeatOf[i] !== undefined) p.repeatOf = repeatOf[i];
    if (kinds[i] === "tweet" || comments.dates[i] !== undefined) {
      p.date = comments.dates[i] ?? null;
    }
    return p;
  });
  return { paragraphs, notes, headline };
}

/**
 * Each paragraph's kind on its own: fixed by structure, else from its plain text `texts[i]`
 * (tweet, caption, boilerplate or body). A tweet signature line alone also makes the paragraph
 * just above it (same block, no fixed kind) a tweet of its date.
 */
function _ownKinds(spans: readonly _Span[], texts: readonly string[]): _Kinds {
  const kinds: ParagraphKind[] = [];
  const dates: (string | null | undefined)[] = [];
  spans.forEach((s, i) => {
    dates[i] = s.date;
    if (s.kind) {
      kinds[i] = s.kind;
      return;
    }
    const t = _textKind(texts[i]);
    kinds[i] = t.kind;
    if (t.kind === "tweet") dates[i] = t.date;
    const prev = i - 1;
    if (
      t.signatureAt !== undefined && t.signatureAt <= 2 && prev >= 0 &&
      spans[prev].block === s.block && !spans[prev].kind
    ) {
      kinds[prev] = "tweet";
      dates[prev] = dates[i];
    }
  });
  return { kinds, dates };
}

/** The answers of {@link _textKind} for most paragraphs, made once (they are only read). */
const _BODY = { kind: "body" } as const;
const _FURNITURE = { kind: "boilerplate" } as const;

/**
 * The kind of a paragraph from its plain text alone: for a tweet, its date (null when unknown)
 * and, for a tweet signature, where the signature starts.
 */
function _textKind(
  t: string,
): { kind: ParagraphKind; date?: string | null; signatureAt?: number } {
  // Most paragraphs match no pattern of these kinds: one test of them all settles that.
  if (!_matches(_PARAGRAPH_KINDS, t)) return /\p{L}{3,}/u.test(t) ? _BODY : _FURNITURE;
  const sig = _firstMatch("tweet_signature", t);
  if (sig) {
    return { kind: "tweet", date: _isoDay(sig.groups?.date ?? "", true), signatureAt: sig.index };
  }
  if (_matches("tweet", t)) return { kind: "tweet", date: null };
  if (_matches("caption", t)) return { kind: "caption" };
  if (_matches("boilerplate", t) || !/\p{L}{3,}/u.test(t)) return { kind: "boilerplate" };
  return { kind: "body" };
}

/**
 * The headline: the first paragraph that is not header, caption or page furniture, when it is a
 * body paragraph, short and without final punctuation (or a markdown heading), and may be one.
 * Gives new kinds with it marked `headline`, and its text.
 */
function _markHeadline(
  spans: readonly _Span[],
  texts: readonly string[],
  kinds: readonly ParagraphKind[],
): { kinds: ParagraphKind[]; headline: string | null } {
  const out = kinds.slice();
  const h = spans.findIndex((_, i) => !["header", "caption", "boilerplate"].includes(kinds[i]));
  if (h < 0 || kinds[h] !== "body" || spans[h].noHeadline) return { kinds: out, headline: null };
  const t = texts[h];
  const words = t.split(/\s+/).length;
  if (
    spans[h].heading ||
    (t.length <= 200 && words <= 25 && !/[.!?;,:…]["”’)\]]*$/.test(t) && /\p{L}{2,}/u.test(t))
  ) {
    out[h] = "headline";
    return { kinds: out, headline: t };
  }
  return { kinds: out, headline: null };
}

/**
 * Reader comments: every paragraph (but headers) from an explicit marker after the first body
 * paragraph, or else from the start of a tail of comment-style paragraphs, becomes a comment
 * without a date. Gives new kinds and dates, and the note saying from where and why.
 */
function _markComments(
  spans: readonly _Span[],
  texts: readonly string[],
  { kinds, dates }: _Kinds,
  where: "line" | "block",
): _Kinds & { note: string | null } {
  const out = { kinds: kinds.slice(), dates: dates.slice() };
  const firstBody = kinds.findIndex((k) => k === "body" || k === "headline");
  if (firstBody < 0) return { ...out, note: null };
  const from = _commentMarker(spans, texts, kinds, firstBody) ??
    _commentTail(spans, texts, kinds, firstBody);
  if (!from) return { ...out, note: null };
  let n = 0;
  for (let i = from.at; i < spans.length; i++) {
    if (kinds[i] === "header") continue;
    out.kinds[i] = "comment";
    out.dates[i] = undefined;
    n++;
  }
  const note = `${n} reader-comment paragraph${n === 1 ? "" : "s"} marked from ${where} ${
    spans[from.at].line
  } (${from.why})`;
  return { ...out, note };
}

/** Where reader comments start, and why. */
interface _CommentStart {
  at: number;
  why: string;
}

/** The first paragraph after the first body paragraph that is a comment-section marker. */
function _commentMarker(
  spans: readonly _Span[],
  texts: readonly string[],
  kinds: readonly ParagraphKind[],
  firstBody: number,
): _CommentStart | null {
  for (let i = firstBody + 1; i < spans.length; i++) {
    if (kinds[i] === "header" || spans[i].kind) continue;
    if (_matches("comment_marker", texts[i])) {
      return { at: i, why: `marker ${JSON.stringify(texts[i].slice(0, 40))}` };
    }
  }
  return null;
}

/**
 * The start of a tail of comment-style paragraphs: the first eligible paragraph (after the first
 * body paragraph, not header or boilerplate, no fixed kind) from which at least half of the
 * eligible ones to the end carry cues (two cues in all), itself a cued body paragraph with three
 * body or headline paragraphs before it; a commenter's name line just above it belongs to the
 * comments. Scanned from the end with suffix counts; the scan stops once even all-cued paragraphs
 * further up could not reach half.
 */
function _commentTail(
  spans: readonly _Span[],
  texts: readonly string[],
  kinds: readonly ParagraphKind[],
  firstBody: number,
): _CommentStart | null {
  const eligible: number[] = [];
  for (let i = firstBody + 1; i < spans.length; i++) {
    if (kinds[i] !== "header" && kinds[i] !== "boilerplate" && !spans[i].kind) eligible.push(i);
  }
  const before = _bodyBefore(kinds, eligible);
  const e = eligible.length;
  let cued = 0;
  let total = 0;
  let found = -1;
  let foundCued = 0;
  // `before` only falls going up: once under three, no paragraph further up can be the start.
  for (let j = e - 1; j >= 0 && 2 * (cued + j + 1) >= e && before[j] >= 3; j--) {
    const i = eligible[j];
    const score = _cueScore(texts[i]);
    if (score > 0) cued++;
    total += score;
    if (kinds[i] === "body" && score > 0 && before[j] >= 3 && cued * 2 >= e - j && total >= 2) {
      found = j;
      foundCued = cued;
    }
  }
  if (found < 0) return null;
  let at = eligible[found];
  while (at > firstBody + 1 && kinds[at - 1] === "body" && _isNameLine(texts[at - 1])) at--;
  return {
    at,
    why: `comment-style paragraphs after the body (${foundCued} of ${e - found} with cues)`,
  };
}

/** Per index of `at` (ascending): the body and headline paragraphs before that paragraph. */
function _bodyBefore(kinds: readonly ParagraphKind[], at: readonly number[]): number[] {
  const before: number[] = [];
  for (let j = 0, k = 0, n = 0; j < at.length; j++) {
    for (; k < at[j]; k++) if (kinds[k] === "body" || kinds[k] === "headline") n++;
    before.push(n);
  }
  return before;
}
