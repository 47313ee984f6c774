/**
 * The words a text ends on: a text and a set of words → whether one of its last few tokens ends in
 * one of them. The exact cheap test before a RegExp anchored at the end (`...(?:of|about)\s+
 * (?:the\s+)?$`): such a RegExp is tried at every position of its text, while most texts fail
 * this test after reading a few characters from the end.
 *
 * Why it is exact: in such a RegExp a key word is followed by `\s+`, and whatever follows it up to
 * the end is a fixed number of tokens at most (`(?:[\p{L}'’-]+\s+){0,4}`: runs without white
 * space, each followed by white space). So the key word ends one of the text's last tokens split
 * at white space (the text ending in white space itself), and it is that token's trailing run of
 * letters: a `\b` or white space comes before it, and the letters that can match an ASCII letter
 * under the `iu` flags (A-Z, a-z, `ſ`, the Kelvin sign) are all word characters. The run, compared
 * code by code as those flags compare (`ſ` as `s`, the Kelvin sign as `k`), is then the key word.
 * (Without the `u` flag fewer letters match: the test stays exact, it only lets more texts by.)
 *
 * @module
 */

import { _foldIu, _isSpace } from "../lexicon/_prefixes.ts";

/** Key words by length and first letter (see {@link _endWords}). */
export type _EndWords = ReadonlyMap<number, readonly string[]>;

/** The key words `_endsNear` looks for (lower-case ASCII words), indexed for it. */
export function _endWords(words: Iterable<string>): _EndWords {
  const out = new Map<number, string[]>();
  for (const w of words) {
    if (!/^[a-z]+$/.test(w)) throw new RangeError(`_endWords: expected a-z letters, found "${w}"`);
    const k = _key(w.length, w.charCodeAt(0));
    const list = out.get(k) ?? [];
    if (!list.includes(w)) list.push(w);
    out.set(k, list);
  }
  return out;
}

const _key = (length: number, first: number) => length * 128 + first;

/** A code unit that matches an ASCII letter under the `iu` flags. */
function _isFoldLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x17f || c === 0x212a;
}

/**
 * Whether `s` ends in white space and one of its last `n` tokens (split at white space) ends in a
 * run of letters that is one of `words`, as the `iu` flags compare them.
 */
export function _endsNear(s: string, n: number, words: _EndWords): boolean {
  let i = s.length;
  if (i === 0 || !_isSpace(s.charCodeAt(i - 1))) return false;
  for (let k = 0; k < n; k++) {
    while (i > 0 && _isSpace(s.charCodeAt(i - 1))) i--;
    if (i === 0) return false;
    let j = i;
    while (j > 0 && _isFoldLetter(s.charCodeAt(j - 1))) j--;
    if (j < i && _isWord(s, j, i, words)) return true;
    while (j > 0 && !_isSpace(s.charCodeAt(j - 1))) j--;
    i = j;
  }
  return false;
}

/** `s.slice(j, i)` (letters) is one of `words`, compared by folded codes. */
function _isWord(s: string, j: number, i: number, words: _EndWords): boolean {
  const list = words.get(_key(i - j, _foldIu(s.charCodeAt(j))));
  if (list === undefined) return false;
  for (const w of list) {
    let k = 1;
    while (k < w.length && _foldIu(s.charCodeAt(j + k)) === w.charCodeAt(k)) k++;
    if (k === w.length) return true;
  }
  return false;
}

/**
 * `s` without its trailing white space (`\s`) ends in one of `marks` with white space before it
 * (`/\s[-—–]\s*$/.test(s)` for the marks "-—–").
 */
export function _endsInMark(s: string, marks: string): boolean {
  let i = s.length;
  while (i > 0 && _isSpace(s.charCodeAt(i - 1))) i--;
  return i >= 2 && marks.includes(s[i - 1]) && _isSpace(s.charCodeAt(i - 2));
}

/** A RegExp anchored at the end and its cheap test: `n` tokens, `words` (for `_mayEnd`). */
export interface _EndTest {
  n: number;
  words: _EndWords;
  guard: RegExp;
}

/** `_endsNear(s, t.n, t.words)`: false only where `t.guard` cannot match `s`. */
export function _mayEnd(s: string, t: _EndTest): boolean {
  return _endsNear(s, t.n, t.words);
}

/** `s` without its trailing white space (`\s`) ends in `c` (`/,\s*$/.test(s)` for a comma). */
export function _endsInChar(s: string, c: string): boolean {
  let i = s.length;
  while (i > 0 && _isSpace(s.charCodeAt(i - 1))) i--;
  return i > 0 && s.charCodeAt(i - 1) === c.charCodeAt(0);
}
