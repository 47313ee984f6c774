/**
 * Paragraph kinds: an article's text cut into spans (lines or blank-line blocks, Markdown blocks),
 * then each span classified as body, headline, tweet, caption, boilerplate, comment or repeat.
 * Takes the text and its spans; gives new paragraphs with their kinds, notes and the headline.
 * @module
 */

import type { Paragraph, ParagraphKind } from "../shared/types.ts";
import { _collapseSpace } from "../shared/_text.ts";
import { _isoDay } from "./_article_date.ts";
import { _countMatches, _firstMatch, _isSpace, _matches } from "./_patterns.ts";

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
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** Line ends: CRLF, LF, or a lone CR (old Mac files). */
export const _BREAKS = /\r\n|\n|\r/g;

const _MD_BLOCK = /^(?:#{1,6}\s|>|[-*+]\s|\d{1,3}[.)]\s|!\[|```|---+\s*$|\*\*\*+\s*$)/;

/**
 * Splits `text[from..]` into spans: blank lines separate blocks; within a block every line is a
 * paragraph (the sample format), except a line that starts in lower case after a line of 40+
 * characters without final punctuation (a hard-wrapped sentence) which continues it. In `md` mode lines of a block
 * form one paragraph unless a line starts a heading, list item, quote or image.
 */
export function _splitSpans(text: string, from: number, mode: "text" | "md"): _Span[] {
  const spans: _Span[] = [];
  let block = 0;
  let line = 1 + (text.slice(0, from).match(_BREAKS)?.length ?? 0);
  let pos = from;
  let blankBefore = true;
  let prevLineStart = 0;
  let prevLineEnd = 0;
  const brk = new RegExp(_BREAKS.source, "g");
  while (pos <= text.length) {
    brk.lastIndex = pos;
    const found = brk.exec(text);
    const nl = found ? found.index : text.length;
    const [s, e] = _trimSpan(text, pos, nl);
    if (s === e) {
      if (!blankBefore) block++;
      blankBefore = true;
    } else {
      const prev = spans[spans.length - 1];
      const first = text.slice(s, e);
      let join = false;
      if (prev && prev.block === block && !blankBefore) {
        const prevText = text.slice(prev.start, prev.end);
        if (mode === "md") {
          join = !_MD_BLOCK.test(first) && !prev.heading && !/^(?:[-*+]\s|\d{1,3}[.)]\s)/.test(
            prevText,
          ) &&
            !/^!\[/.test(prevText) && !/ {2}$|\\$/.test(text.slice(prev.start, prevLineEnd));
        } else {
          // Hard-wrapped prose: the previous physical line is long and stops mid-sentence.
          const prevLine = text.slice(prevLineStart, prevLineEnd).trim();
          join = /^\p{Ll}/u.test(first) && !/[.!?:;"”’)\]]$/.test(prevText) &&
            prevLine.length >= 40 && prev.kind === undefined;
        }
      }
      if (join) {
        prev.end = e;
      } else {
        const h = mode === "md" ? /^(#{1,6})\s/.exec(first) : null;
        spans.push({ start: s, end: e, block, line, ...(h ? { heading: h[1].length } : {}) });
      }
      blankBefore = false;
      prevLineStart = s;
      prevLineEnd = nl;
    }
    if (!found) break;
    pos = nl + found[0].length;
    line++;
  }
  return spans;
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

/**
 * A hash of the first and last words of the paragraph `text[start..end]` (up to the first and
 * from the last white space; the whole text when it has none), which whitespace normalisation
 * leaves alone: paragraphs equal once normalised have equal hashes. A small integer, a cheap
 * Map key (no string is cut out).
 */
function _endsHash(text: string, start: number, end: number): number {
  let h = 0;
  let a = start;
  for (; a < end; a++) {
    const c = text.charCodeAt(a);
    if (_isSpace(c)) break;
    h = (Math.imul(h, 31) + c) | 0;
  }
  if (a < end) {
    let b = end;
    while (b > a && !_isSpace(text.charCodeAt(b - 1))) b--;
    h = (Math.imul(h, 31) + 32) | 0;
    for (let k = b; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  }
  return h & 0x3fffffff;
}

/** The kinds {@link _classify} tests every paragraph for, as one {@link _group}. */
const _PARAGRAPH_KINDS = "tweet_signature+tweet+caption+boilerplate";

/** Classified paragraphs plus notes and the headline text. */
interface _Classified {
  paragraphs: Paragraph[];
  notes: string[];
  headline: string | null;
}

function _ranges(lines: number[]): string {
  const out: string[] = [];
  let a = lines[0];
  let b = lines[0];
  for (const n of lines.slice(1).concat([NaN])) {
    if (n === b + 1 || n === b + 2) {
      b = n;
      continue;
    }
    out.push(a === b ? `${a}` : `${a}-${b}`);
    a = b = n;
  }
  return out.join(", ");
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
  const kinds: ParagraphKind[] = [];
  const dates: (string | null | undefined)[] = [];
  const texts = spans.map((s) => _plain(text.slice(s.start, s.end)));

  spans.forEach((s, i) => {
    dates[i] = s.date;
    if (s.kind) {
      kinds[i] = s.kind;
      return;
    }
    const t = texts[i];
    // Most paragraphs match no pattern of these kinds: one test of them all settles that.
    if (!_matches(_PARAGRAPH_KINDS, t)) {
      kinds[i] = /\p{L}{3,}/u.test(t) ? "body" : "boilerplate";
      return;
    }
    const sig = _firstMatch("tweet_signature", t);
    if (sig) {
      kinds[i] = "tweet";
      dates[i] = _isoDay(sig.groups?.date ?? "", true);
      // A signature line alone belongs to the tweet text just above it (same block).
      const prev = i - 1;
      if (sig.index <= 2 && prev >= 0 && spans[prev].block === s.block && !spans[prev].kind) {
        kinds[prev] = "tweet";
        dates[prev] = dates[i];
      }
      return;
    }
    if (_matches("tweet", t)) {
      kinds[i] = "tweet";
      dates[i] = null;
      return;
    }
    if (_matches("caption", t)) kinds[i] = "caption";
    else if (_matches("boilerplate", t) || !/\p{L}{3,}/u.test(t)) kinds[i] = "boilerplate";
    else kinds[i] = "body";
  });

  // Headline: the first paragraph that is not header, caption or page furniture, when short and
  // without final punctuation (or a markdown heading).
  let headline: string | null = null;
  const h = spans.findIndex((_, i) => !["header", "caption", "boilerplate"].includes(kinds[i]));
  if (h >= 0 && kinds[h] === "body" && !spans[h].noHeadline) {
    const t = texts[h];
    const words = t.split(/\s+/).length;
    if (
      spans[h].heading ||
      (t.length <= 200 && words <= 25 && !/[.!?;,:…]["”’)\]]*$/.test(t) && /\p{L}{2,}/u.test(t))
    ) {
      kinds[h] = "headline";
      headline = t;
    }
  }

  // Reader comments: from an explicit marker, or from a tail of comment-style paragraphs.
  const firstBody = kinds.findIndex((k) => k === "body" || k === "headline");
  let commentFrom = -1;
  let why = "";
  for (let i = Math.max(firstBody, 0) + 1; i < spans.length && firstBody >= 0; i++) {
    if (kinds[i] === "header" || spans[i].kind) continue;
    const m = _matches("comment_marker", texts[i]);
    if (m) {
      commentFrom = i;
      why = `marker ${JSON.stringify(texts[i].slice(0, 40))}`;
      break;
    }
  }
  if (commentFrom < 0 && firstBody >= 0) {
    const eligible = spans.map((_, i) => i).filter((i) =>
      i > firstBody && kinds[i] !== "header" && kinds[i] !== "boilerplate" && !spans[i].kind
    );
    // Body and headline paragraphs before each eligible one (a tail needs 3 before it).
    const before: number[] = [];
    for (let j = 0, k = 0, n = 0; j < eligible.length; j++) {
      for (; k < eligible[j]; k++) if (kinds[k] === "body" || kinds[k] === "headline") n++;
      before.push(n);
    }
    // The first eligible paragraph from which at least half of the eligible ones to the end carry
    // cues (two cues in all), itself a cued body paragraph. Scanned from the end with suffix
    // counts; the scan stops once even all-cued paragraphs further up could not reach half.
    const e = eligible.length;
    let cued = 0;
    let total = 0;
    let found = -1;
    let foundCued = 0;
    for (let j = e - 1; j >= 0 && 2 * (cued + j + 1) >= e; j--) {
      const i = eligible[j];
      const score = _cueScore(texts[i]);
      if (score > 0) cued++;
      total += score;
      if (
        kinds[i] === "body" && score > 0 && before[j] >= 3 && cued * 2 >= e - j && total >= 2
      ) {
        found = j;
        foundCued = cued;
      }
    }
    if (found >= 0) {
      commentFrom = eligible[found];
      why = `comment-style paragraphs after the body (${foundCued} of ${e - found} with cues)`;
    }
    // A commenter's name line just above the first cued comment belongs to the comments.
    while (
      commentFrom > firstBody + 1 && kinds[commentFrom - 1] === "body" &&
      _isNameLine(texts[commentFrom - 1])
    ) commentFrom--;
  }
  if (commentFrom >= 0) {
    let n = 0;
    for (let i = commentFrom; i < spans.length; i++) {
      if (kinds[i] === "header") continue;
      kinds[i] = "comment";
      dates[i] = undefined;
      n++;
    }
    notes.push(
      `${n} reader-comment paragraph${n === 1 ? "" : "s"} marked from ${where} ${
        spans[commentFrom].line
      } (${why})`,
    );
  }

  // Exact repeats (whitespace-normalised): the first stays, later ones are marked. Paragraphs
  // are first grouped by a hash of their first and last words (which normalising leaves
  // alone): only paragraphs of one group, few, are normalised and compared whole.
  const byEnds = new Map<number, number[]>();
  spans.forEach((s, i) => {
    if (kinds[i] === "header" || kinds[i] === "boilerplate" || kinds[i] === "comment") return;
    const ends = _endsHash(text, s.start, s.end);
    const list = byEnds.get(ends);
    if (list) list.push(i);
    else byEnds.set(ends, [i]);
  });
  const repeatOf: (number | undefined)[] = [];
  const repeats: number[] = [];
  for (const list of byEnds.values()) {
    if (list.length < 2) continue;
    const seen = new Map<string, number>();
    for (const i of list) {
      const key = _collapseSpace(text.slice(spans[i].start, spans[i].end));
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else {
        kinds[i] = "repeat";
        repeatOf[i] = first;
        repeats.push(i);
      }
    }
  }
  const repeatLines = repeats.sort((a, b) => a - b).map((i) => spans[i].line);
  if (repeatLines.length) {
    notes.push(
      `${repeatLines.length} repeated paragraph${
        repeatLines.length === 1 ? "" : "s"
      } kept once (marked "repeat" at ${where}${repeatLines.length === 1 ? "" : "s"} ${
        _ranges(repeatLines)
      })`,
    );
  }
  const count = (k: ParagraphKind) => kinds.filter((x) => x === k).length;
  for (const k of ["caption", "tweet", "boilerplate"] as const) {
    const n = count(k);
    if (n) notes.push(`${n} ${k} paragraph${n === 1 ? "" : "s"} marked`);
  }

  const paragraphs = spans.map((s, i): Paragraph => {
    const p: Paragraph = { start: s.start, end: s.end, kind: kinds[i] };
    if (repeatOf[i] !== undefined) p.repeatOf = repeatOf[i];
    if (kinds[i] === "tweet" || dates[i] !== undefined) p.date = dates[i] ?? null;
    return p;
  });
  return { paragraphs, notes, headline };
}
