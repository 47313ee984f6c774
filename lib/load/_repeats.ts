/**
 * Exact repeats among an article's paragraphs (whitespace-normalised): the first stays, later
 * ones are marked `repeat` and point at it.
 * Takes the text, its paragraph spans and their kinds so far; gives new kinds, the paragraph each
 * repeat repeats, and the note naming where they are. Pure.
 * @module
 */

import type { ParagraphKind } from "../shared/types.ts";
import { _collapseSpace } from "../shared/_text.ts";
import { _isSpace } from "./_patterns.ts";

/** Kinds with repeats marked, and per paragraph the index of the one it repeats. */
export interface _Repeats {
  kinds: ParagraphKind[];
  repeatOf: (number | undefined)[];
  /** What was marked, or null when nothing was. */
  note: string | null;
}

/**
 * Marks exact repeats of `text`'s paragraphs `spans` (header, boilerplate and comment paragraphs
 * are never compared); `where` names the unit of the lines in the note (`line` or `block`).
 * Paragraphs are first grouped by a hash of their first and last words (which normalising leaves
 * alone), a group again by a hash of the whole normalised text: only paragraphs of one group,
 * few, are normalised and compared whole.
 */
export function _markRepeats(
  text: string,
  spans: readonly { start: number; end: number; line: number }[],
  kinds: readonly ParagraphKind[],
  where: "line" | "block",
): _Repeats {
  const compared: number[] = [];
  spans.forEach((_, i) => {
    if (kinds[i] !== "header" && kinds[i] !== "boilerplate" && kinds[i] !== "comment") {
      compared.push(i);
    }
  });
  const out = kinds.slice();
  const repeatOf: (number | undefined)[] = [];
  const repeats: number[] = [];
  for (const list of _byHash(compared, (i) => _endsHash(text, spans[i].start, spans[i].end))) {
    // Paragraphs that share their ends (common in templated text) split again by a hash of the
    // whole normalised text; only those that share it too are normalised and compared.
    for (const same of _byHash(list, (i) => _normalHash(text, spans[i].start, spans[i].end))) {
      const seen = new Map<string, number>();
      for (const i of same) {
        const key = _collapseSpace(text.slice(spans[i].start, spans[i].end));
        const first = seen.get(key);
        if (first === undefined) seen.set(key, i);
        else {
          out[i] = "repeat";
          repeatOf[i] = first;
          repeats.push(i);
        }
      }
    }
  }
  const lines = repeats.sort((a, b) => a - b).map((i) => spans[i].line);
  return { kinds: out, repeatOf, note: lines.length ? _repeatNote(lines, where) : null };
}

/** `3 repeated paragraphs kept once (marked "repeat" at lines 12-14)`. */
function _repeatNote(lines: number[], where: "line" | "block"): string {
  const s = lines.length === 1 ? "" : "s";
  return `${lines.length} repeated paragraph${s} kept once (marked "repeat" at ${where}${s} ${
    _ranges(lines)
  })`;
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

/** The lists of two or more of `items` (in their order) with equal `hash`. */
function _byHash(items: readonly number[], hash: (i: number) => number): number[][] {
  const groups = new Map<number, number[]>();
  for (const i of items) {
    const h = hash(i);
    const list = groups.get(h);
    if (list) list.push(i);
    else groups.set(h, [i]);
  }
  return [...groups.values()].filter((l) => l.length > 1);
}

/**
 * A hash of `text[start..end]` with every run of white space as one space: the hash of
 * `_collapseSpace` of it, computed without the copy (paragraphs equal once normalised have
 * equal hashes).
 */
function _normalHash(text: string, start: number, end: number): number {
  let h = 0;
  let space = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (_isSpace(c)) {
      if (!space) h = (Math.imul(h, 31) + 32) | 0;
      space = true;
    } else {
      h = (Math.imul(h, 31) + c) | 0;
      space = false;
    }
  }
  return h;
}

/** Sorted line numbers as ranges, gaps of one line bridged: `3, 7-12`. */
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
