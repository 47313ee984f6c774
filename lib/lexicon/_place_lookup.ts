/**
 * The gazetteer's lookup tables, cached per gazetteer: exact names by their normalised key, words
 * by their first letters, and the one-typo (Damerau) match.
 * Takes a gazetteer and a name; gives the places it may be.
 * @module
 */

import { _norm } from "./_lexicon.ts";
import type { Gazetteer, Place } from "./places.ts";

export const _POSSESSIVE_S = /['’]s$/;

/** A name looked up in the index: its entries, and whether a possessive "'s" is cut off. */
interface _Look {
  hit: Place[];
  /** The name matched without its "'s": the mention ends two characters earlier. */
  cut: boolean;
}

/** The index entries of the name `span` (a possessive "'s" is not part of it unless indexed). */
export function _lookup(g: Gazetteer, span: string, full = _norm(span)): _Look | null {
  const possessive = _POSSESSIVE_S.test(span);
  const key = possessive ? _norm(span.slice(0, -2)) : full;
  const exact = g.index.get(key);
  const hit = exact ?? (possessive ? g.index.get(full) : undefined);
  return hit ? { hit, cut: exact !== undefined && possessive } : null;
}

/** What `findPlaces` needs to know of a capitalised word, whatever text it stands in. */
export interface _WordInfo {
  /** `_norm` of the word. */
  nw: string;
  /** The most words a name beginning with this word can have. */
  maxN: number;
  /** The word alone looked up in the index. */
  one: _Look | null;
  /** The near-miss entries (null: none or a stop word); undefined until asked. */
  fuzzy?: Place[] | null;
}

/**
 * What `findPlaces` derives from one gazetteer: built on first use and rebuilt when the gazetteer's
 * index is replaced or changes size, or its `maxWords` changes. (A gazetteer is data to read, never
 * to edit: an index rewritten in place at the same size is not noticed.)
 */
export interface _GazCache {
  index: Map<string, Place[]>;
  size: number;
  maxWords: number;
  /** First word of each index name → the most words of a name that begins with it. */
  firstWords: Map<string, number>;
  /** `_WordInfo` by capitalised word (bounded). */
  words: Map<string, _WordInfo>;
  /** Single-word names of 6+ letters by first letter and length (`k12`); built when first asked. */
  fuzzyNames: Map<string, string[]> | null;
  /** Near-miss results so far, by looked-up key (bounded). */
  fuzzyMemo: Map<string, Place[] | null>;
}

const _gazCaches = new WeakMap<Gazetteer, _GazCache>();

/** The cache of `g` (see {@link _GazCache}). */
export function _cache(g: Gazetteer): _GazCache {
  const hit = _gazCaches.get(g);
  if (
    hit && hit.index === g.index && hit.size === g.index.size && hit.maxWords === g.maxWords
  ) return hit;
  const firstWords = new Map<string, number>();
  for (const k of g.index.keys()) {
    const words = k.split(" ");
    firstWords.set(words[0], Math.max(firstWords.get(words[0]) ?? 1, words.length));
  }
  const c: _GazCache = {
    index: g.index,
    size: g.index.size,
    maxWords: g.maxWords,
    firstWords,
    words: new Map(),
    fuzzyNames: null,
    fuzzyMemo: new Map(),
  };
  _gazCaches.set(g, c);
  return c;
}

export function _wordInfo(
  g: Gazetteer,
  w: string,
  firstWords: Map<string, number>,
  memo: Map<string, _WordInfo> | null,
): _WordInfo {
  // a span of n words normalises to n or more words that begin with the first word's first
  // word: only names of the index that begin with that word can match more than one word
  const nw = _norm(w);
  const sp = nw.indexOf(" ");
  const firstWord = sp < 0 ? nw : nw.slice(0, sp);
  const maxN = Math.min(g.maxWords, firstWords.get(firstWord) ?? 1);
  const info: _WordInfo = { nw, maxN, one: _lookup(g, w, nw), fuzzy: undefined };
  if (memo) {
    // bounded so that a huge corpus does not grow the memo without end
    if (memo.size >= 100_000) memo.clear();
    memo.set(w, info);
  }
  return info;
}

/**
 * The entries of the one single-word name of 6+ letters that begins with the same letter as `key`
 * and differs from it by one edit; null when there is none or more than one (too uncertain).
 */
export function _fuzzyLookup(g: Gazetteer, c: _GazCache, key: string): Place[] | null {
  let names = c.fuzzyNames;
  if (!names) {
    names = c.fuzzyNames = new Map();
    for (const k of g.index.keys()) {
      if (k.length < 6 || k.includes(" ")) continue;
      const b = `${k[0]}${k.length}`;
      const list = names.get(b);
      if (list) list.push(k);
      else names.set(b, [k]);
    }
  }
  const known = c.fuzzyMemo.get(key);
  if (known !== undefined) return known;
  let best: string | null = null;
  let found = 0;
  // one edit changes the length by at most one
  // (two spellings of one place one edit away, "Sinkivka" from "Synkivka" and "Sinkovka", are
  // one match: only names of different places make the word ambiguous)
  for (let len = key.length - 1; len <= key.length + 1 && found < 2; len++) {
    for (const k of names.get(`${key[0]}${len}`) ?? []) {
      if (!_damerau1(k, key)) continue;
      if (best !== null && _samePlaces(g.index.get(best)!, g.index.get(k)!)) continue;
      best = k;
      if (++found > 1) break;
    }
  }
  const out = found === 1 ? g.index.get(best!)! : null;
  if (c.fuzzyMemo.size >= 100_000) c.fuzzyMemo.clear();
  c.fuzzyMemo.set(key, out);
  return out;
}

/** Whether two index entries hold the same places (in any order). */
function _samePlaces(a: readonly Place[], b: readonly Place[]): boolean {
  return a.length === b.length && a.every((p) => b.includes(p));
}

/** True when `a` and `b` differ by exactly one edit (insert, delete, substitute, swap). */
export function _damerau1(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  const [l, s] = a.length > b.length ? [a, b] : [b, a];
  return l.slice(i + 1) === s.slice(i);
}
