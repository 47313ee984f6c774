/**
 * Rows of a word scanner that are literal phrases (the actor table's variants): a RegExp source →
 * its characters as a list of codes, and the test of such a list at a position of a text, without
 * the RegExp engine. Takes sources built by `_reEscape(phrase)` with `\s+` for a space and `['’]`
 * for an apostrophe; gives null for any other source (its scanner keeps the RegExps).
 *
 * Why: at a position where the scanner's trie lets rows in, it ran one compiled RegExp per set of
 * rows; the actor table has some two hundred such sets, and their native code, used by turns, fell
 * out of the CPU's caches between sentences (a run at 1.2 µs where a warm one takes 0.3). A phrase
 * is read here by comparing character codes: the same matches, no engine.
 * @module
 */

import { _foldIu, _isSpace } from "./_prefixes.ts";

/** Code of a run of white space (`\s+`, at least one character). */
export const _SPACE = -1;
/** Code of an apostrophe, straight or curly (`['’]`). */
export const _APOS = -2;

/** The characters `_reEscape` puts a backslash before. */
const _ESCAPED = new Set(".*+?^${}()|[]\\");

/**
 * The codes of a literal row (`_SPACE`, `_APOS`, else an ASCII code, lowercased under `fold`), or
 * null when the source is not such a row: a character not ASCII, regex syntax, a space run first,
 * last or twice in a row (where the engine could give a run back, and this test would not).
 */
export function _literalCodes(src: string, fold: boolean): Int32Array | null {
  const out: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (src.startsWith("\\s+", i)) {
      if (!out.length || out.at(-1) === _SPACE) return null;
      out.push(_SPACE);
      i += 2;
    } else if (src.startsWith("['’]", i)) {
      out.push(_APOS);
      i += 3;
    } else if (c === "\\" && i + 1 < src.length && _ESCAPED.has(src[i + 1])) {
      out.push(src.charCodeAt(++i));
    } else if (c.charCodeAt(0) < 128 && c.charCodeAt(0) > 32 && !_ESCAPED.has(c)) {
      const k = c.charCodeAt(0);
      out.push(fold && k >= 65 && k <= 90 ? k + 32 : k);
    } else return null;
  }
  if (!out.length || out.at(-1) === _SPACE) return null;
  return Int32Array.from(out);
}

/**
 * The end of the row `codes` matched at `i` in `text`, or -1. Under `fold` (the `iu` flags) a
 * letter matches either case, `s` also `ſ` and `k` the Kelvin sign (the code units that fold to
 * ASCII); a run of white space is what `\s+` matches, taken whole (a character that is not white
 * space always follows it in the row).
 */
export function _literalEnd(text: string, i: number, codes: Int32Array, fold: boolean): number {
  const n = text.length;
  let j = i;
  for (let k = 0; k < codes.length; k++) {
    if (j >= n) return -1;
    const want = codes[k];
    const c = text.charCodeAt(j);
    if (want === _SPACE) {
      if (!_isSpace(c)) return -1;
      while (++j < n && _isSpace(text.charCodeAt(j)));
      continue;
    }
    if (want === _APOS) {
      if (c !== 39 && c !== 0x2019) return -1;
    } else if (c !== want) {
      if (!fold) return -1;
      if (_foldIu(c) !== want) return -1;
    }
    j++;
  }
  return j;
}
