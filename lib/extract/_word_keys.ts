/**
 * A cheap exact test run before a RegExp that begins with one of a list of words: phrases → a
 * test telling whether a stretch of a text holds, as a whole word, the first word of one of them.
 * For the patterns `findTriggers` reads before a claim word (`\bnot\s+...$`, `\bamid\s+...$`):
 * most windows hold none of their words, and a pass over the characters is cheaper than the
 * engine trying a long alternation at every word of the window.
 *
 * Why exact: a word here is a longest run of the characters `\w` matches under the `iu` flags
 * (ASCII letters, digits, `_`, and "ſ" and the Kelvin sign, read as "s" and "k"), compared in
 * lower case. A pattern `\b(?:phrase|...)` followed by white space or `\b` (as each guarded
 * pattern is) matches only where such a run is the phrase's first word ("n" of "n't", "pave" of
 * "pave the way"): the run begins at the `\b` and ends where the phrase goes on with a character
 * that is not `\w` or ends before one. Words are compared by a hash; a collision only lets a text
 * through to the RegExp.
 * @module
 */

import { _foldIu } from "../lexicon/_prefixes.ts";

/** A hash of the characters of a word (already lowered), as `_WordKeys` computes it. */
function _hash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/** The characters of a word (`\w` under `iu`), folded to lower case and ASCII; else -1. */
function _fold(c: number): number {
  if ((c >= 48 && c <= 57) || c === 95) return c;
  const f = _foldIu(c);
  return f >= 97 && f <= 122 ? f : -1;
}

/** The first words of phrases, and the test of a stretch of text for one of them. */
export class _WordKeys {
  /** By first character: a bit per length (the 31st for 31 and longer) of the words. */
  readonly #lengths = new Uint32Array(128);
  /** The words' hashes, by open addressing (0 for none; a hash of 0 is stored as 1). */
  readonly #table: Int32Array;
  readonly #mask: number;
  /** A phrase begins with no word character: every text may match. */
  readonly #always: boolean;

  constructor(phrases: readonly string[]) {
    let always = false;
    const words: string[] = [];
    for (const p of phrases) {
      const first = /^[a-z0-9_]+/.exec(p.toLowerCase().replace(/ſ/g, "s"));
      if (first === null) always = true;
      else words.push(first[0]);
    }
    this.#always = always;
    let size = 16;
    while (size < words.length * 4) size *= 2;
    this.#table = new Int32Array(size);
    this.#mask = size - 1;
    for (const w of words) {
      this.#lengths[w.charCodeAt(0)] |= 1 << Math.min(w.length, 31);
      const h = _hash(w) || 1;
      let k = h & this.#mask;
      while (this.#table[k] !== 0 && this.#table[k] !== h) k = (k + 1) & this.#mask;
      this.#table[k] = h;
    }
  }

  /**
   * `text.slice(from, to)` holds a first word of the phrases as a whole word (or may: a hash
   * collision; see the module).
   */
  in(text: string, from = 0, to = text.length): boolean {
    if (this.#always) return true;
    const lengths = this.#lengths;
    let h = 0;
    let first = -1;
    let start = -1;
    for (let i = from; i <= to; i++) {
      const c = i < to ? _fold(text.charCodeAt(i)) : -1;
      if (c >= 0) {
        if (start < 0) {
          start = i;
          first = c;
          h = c;
        } else h = (Math.imul(h, 31) + c) | 0;
      } else if (start >= 0) {
        if ((lengths[first] >>> Math.min(i - start, 31)) & 1 && this.#has(h)) return true;
        start = -1;
      }
    }
    return false;
  }

  #has(h0: number): boolean {
    const h = h0 || 1;
    const table = this.#table;
    for (let k = h & this.#mask;; k = (k + 1) & this.#mask) {
      const x = table[k];
      if (x === h) return true;
      if (x === 0) return false;
    }
  }
}
