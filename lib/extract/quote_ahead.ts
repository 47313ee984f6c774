/**
 * The speaker named after a quotation that runs over several sentences: an article's text, a
 * paragraph, its sentences and the index of one that leaves a quotation open → the sentence that
 * closes it with an attribution after the mark ('"As for X, little has changed. ... X is a grey
 * zone," said Y.'), so that every sentence of the quotation is read in Y's voice, not only the
 * last.
 *
 * @module
 */

import type { Paragraph } from "../shared/types.ts";
import type { Sentence } from "../lexicon/sentences.ts";
import type { Frame, Voice } from "./speakers.ts";

/** Where a quotation left open by a sentence closes: the closing sentence and the mark's end in it. */
export interface QuoteClose {
  /** Index of the closing sentence in the paragraph's sentences. */
  j: number;
  /** Offset in that sentence's text just past the closing mark. */
  after: number;
}

/** A closing mark after the end of a quoted clause (',"', '?”'), with words of its own after it. */
const _CLOSE_BEFORE = /[,!?]\s*$/u;
const _WORDS_AFTER = /^\s*\p{L}/u;

/**
 * The sentence of `sentences` (a paragraph `p` of `text`, article offsets) that closes the
 * quotation sentence `i` leaves open, with an attribution after the mark; null when the sentence
 * ends outside a quotation, the quotation runs past the paragraph, or ends with no attribution.
 */
export function quoteCloser(
  text: string,
  p: Paragraph,
  sentences: readonly Sentence[],
  i: number,
): QuoteClose | null {
  const s = sentences[i];
  const open = _openMark(text, p.start, s.end);
  if (!open) return null;
  const closing = open === '"' ? '"' : open === "«" ? "»" : "”";
  const at = text.slice(s.end, p.end).indexOf(closing) + s.end;
  if (at < s.end) return null;
  for (let j = i + 1; j < sentences.length; j++) {
    const t = sentences[j];
    if (at < t.start || at >= t.end) continue;
    const after = at + 1 - t.start;
    if (!_CLOSE_BEFORE.test(t.text.slice(0, at - t.start))) return null;
    return _WORDS_AFTER.test(t.text.slice(after)) ? { j, after } : null;
  }
  return null;
}

/**
 * The opening mark of the quotation `text.slice(from, to)` leaves open: '"' after an odd number of
 * straight marks, "“" or "«" after more openings than closings; else null.
 */
function _openMark(text: string, from: number, to: number): string | null {
  let straight = 0;
  let curly = 0;
  let guillemet = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x22) straight++;
    else if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
    else if (c === 0xab) guillemet++;
    else if (c === 0xbb) guillemet--;
  }
  if (straight % 2 === 1) return '"';
  if (curly > 0) return "“";
  return guillemet > 0 ? "«" : null;
}

/**
 * The voice of the attribution after the quotation sentence `i` leaves open (see
 * {@link quoteCloser}): the first speaking frame `framesOf` finds after the closing mark, or null.
 */
export function quotedBy<S extends Sentence>(
  text: string,
  p: Paragraph,
  sentences: readonly S[],
  i: number,
  framesOf: (s: S) => readonly Frame[],
): Voice | null {
  const close = quoteCloser(text, p, sentences, i);
  if (!close) return null;
  const f = framesOf(sentences[close.j]).find((f) => !f.owner && f.at >= close.after);
  return f?.voices[0] ?? null;
}
