/**
 * Place mentions found in text: capitalised name runs and settlement nouns ("the village of ...")
 * matched against a gazetteer, exactly or with one typo, with the prefilters that keep it fast.
 * Takes a text and a gazetteer; gives new {@link PlaceMention}s in text order ({@link findPlaces}).
 * @module
 */

import { _matchAll, _norm, _words } from "./_lexicon.ts";
import {
  _cache,
  _fuzzyLookup,
  type _GazCache,
  _lookup,
  _POSSESSIVE_S,
  type _WordInfo,
  _wordInfo,
} from "./_place_lookup.ts";
import { hyphenParts, ordinalAfter } from "./_compound_names.ts";
import { defaultGazetteer, type Gazetteer, type Place, type PlaceKind } from "./places.ts";

/** Where a place is named in a text. */
export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  /** Canonical name (of the resolved candidate, or the name as written for unknown places). */
  canonical: string;
  /** Gazetteer entries the name can refer to (empty for unknown places). */
  candidates: Place[];
  /** The chosen entry after {@link resolvePlaces}; the only candidate when unambiguous. */
  place: Place | null;
  kind: PlaceKind;
  /** `gazetteer`, `fuzzy` (a near-miss spelling), `pattern` ("the village of X"). */
  source: "gazetteer" | "fuzzy" | "pattern";
}

/** Options of {@link findPlaces}. */
export interface FindPlacesOptions {
  /** @default defaultGazetteer() */
  gazetteer?: Gazetteer;
  /** Accept near-miss spellings (one edit) of names of 7+ letters. @default true */
  fuzzy?: boolean;
}

const _NAME_TOKEN = /[\p{Lu}][\p{L}'’]*(?:-[\p{L}'’]+)*/u;
const _NAME_PAIR = new RegExp(`^${_NAME_TOKEN.source}(?:\\s+${_NAME_TOKEN.source})?`, "u");
/**
 * "village of ", "the towns of ": the match is the "of" and the white space after it (where the
 * names begin), the noun is captured by looking back from it (the engine skips to each "of").
 */
// ("seven settlements ... Among them were A, B and C": the names a count stood for)
const _SETTLEMENT_NOUN =
  /(?<=(?<![\p{L}])(village|villages|town|towns|settlement|settlements|city|hamlet|hamlets|localities|locality)\s+)of\s+|(?<=(?<![\p{L}])(among)\s+them\s+)(?:were|are)\s+/giu;

/**
 * A text with a match of `_SETTLEMENT_NOUN` always matches this cheaper test (tested). It begins
 * with the literal "of" and looks back for the noun: the engine skips quickly to each "of".
 */
const _SETTLEMENT_KEY =
  /(?<=(?:village|town|settlement|city|hamlet|localit(?:y|ies))s?\s+)of\s|among\s+them\s/iu;

/**
 * Words: letters, digits and apostrophes, joined by single hyphens. A word begins at a word
 * character that follows neither a word character nor a hyphen glued to one ("Nova-Poltavka" is
 * one word); `_CAP_WORD` finds only the words that begin with a capital.
 */
const _WORD_CHAR = "[\\p{L}\\p{N}'’]";
const _WORD_REST = `${_WORD_CHAR}*(?:-${_WORD_CHAR}+)*`;
const _WORD_START = `(?<!${_WORD_CHAR}|${_WORD_CHAR}-)`;
// the capital first, then the look back past it: the engine skips to capitals quickly (and
// more quickly when the capitals up to U+FFFF are a class of their own, apart from the others)
const _CAP_WORD = new RegExp(
  `(?:[\\p{Lu}--[\\u{10000}-\\u{10ffff}]]|[\\p{Lu}&&[\\u{10000}-\\u{10ffff}]])(?<!(?:${_WORD_CHAR}|${_WORD_CHAR}-)\\p{Lu})${_WORD_REST}`,
  "gv",
);
/** At the end of a word: the next word, when only white space and hyphens come between. */
const _NEXT_WORD = new RegExp(`[\\s-]+${_WORD_CHAR}${_WORD_REST}`, "uy");
/**
 * At the start of a word: the word before it when a single space comes between and it reads like
 * an adjective ("Chervonyi", "Nova"), captured.
 */
const _ADJECTIVE_BEFORE = new RegExp(
  `(?<=${_WORD_START}(\\p{Lu}\\p{Ll}+(?:yi|yy|iy|a|e|ye|oye|aya|ii)) )`,
  "uy",
);

/**
 * A cheap test before `_ADJECTIVE_BEFORE` at `s`: a space, and before it the last letter of one
 * of the adjective endings (`i`, `y`, `a` or `e`).
 */
function _mayFollowAdjective(text: string, s: number): boolean {
  if (s < 3 || text.charCodeAt(s - 1) !== 32) return false;
  const c = text.charCodeAt(s - 2);
  return c === 105 || c === 121 || c === 97 || c === 101; // i y a e
}

/** The cheap test above and the RegExp it guards (for tests: the key must match wherever it does). */
export const _PLACE_PREFILTERS: readonly { key: RegExp; guards: readonly RegExp[] }[] = [
  { key: _SETTLEMENT_KEY, guards: [_SETTLEMENT_NOUN] },
];

let _stopCache: Set<string> | null = null;
function _stop(): Set<string> {
  return (_stopCache ??= new Set((_words().stop ?? []).map((w) => w.toLowerCase())));
}

/**
 * Finds place mentions in `text`: gazetteer names (longest first, case of the first letter
 * respected), lists after "the villages of", and near-miss spellings. Sorted by start.
 */
export function findPlaces(text: string, options: FindPlacesOptions = {}): PlaceMention[] {
  return _findPlaces(text, options, true);
}

/** {@link findPlaces}, with the per-word memo on or off (tests compare both). */
export function _findPlaces(
  text: string,
  options: FindPlacesOptions,
  memo: boolean,
): PlaceMention[] {
  if (typeof text !== "string") {
    throw new TypeError(`findPlaces: expected text as a string, found ${typeof text}`);
  }
  const g = options.gazetteer ?? defaultGazetteer();
  const cache = _cache(g);
  const out: PlaceMention[] = [];
  const env: _Env = {
    text,
    g,
    cache,
    stop: _stop(),
    fuzzy: options.fuzzy ?? true,
    // a name begins with a capitalised word; the words after it count only when nothing but
    // white space or hyphens separates them
    words: memo ? cache.words : null,
  };
  _gazetteerNames(env, out);
  // "the village(s) of X, Y and Z": unknown names become pattern mentions
  if (_SETTLEMENT_KEY.test(text)) _settlementLists(text, env.stop, out);
  return out.sort((a, b) => a.start - b.start);
}

/** What the helpers of {@link _findPlaces} share. */
interface _Env {
  text: string;
  g: Gazetteer;
  cache: _GazCache;
  stop: Set<string>;
  fuzzy: boolean;
  /** The per-word memo, or null. */
  words: Map<string, _WordInfo> | null;
}

/** Adds the gazetteer names (and near misses) that begin at capitalised words of the text. */
function _gazetteerNames(env: _Env, out: PlaceMention[]): void {
  const { text, g, cache, stop, fuzzy, words } = env;
  const capWord = _CAP_WORD;
  capWord.lastIndex = 0;
  for (let cm = capWord.exec(text); cm !== null; cm = capWord.exec(text)) {
    const s = cm.index;
    const w = cm[0];
    const info = words?.get(w) ?? _wordInfo(g, w, cache.firstWords, words);
    // most capitalised words are not names, nor the start of one
    const end = info.maxN === 1 && !info.one ? -1 : _nameAt(env, s, w, info, out);
    if (end >= 0) capWord.lastIndex = end;
    else {
      // ("the Pokrovsk-Myrnohrad area": each town of a hyphenated pair)
      const parts = hyphenParts(g, text, s, w);
      if (!parts) _fuzzyPush(out, text, s, w, info, fuzzy, g, cache, stop);
      else for (const p of parts) out.push(_mention(text, p.start, p.end, p.hit, "gazetteer"));
    }
  }
}

/**
 * The longest gazetteer name that begins with the word `w` at `s`, added to `out` (or, after an
 * unknown adjective, the whole name as a pattern mention); gives the end of the words read, or
 * -1 when no name begins there.
 */
function _nameAt(env: _Env, s: number, w: string, info: _WordInfo, out: PlaceMention[]): number {
  const { text, g, stop } = env;
  // ends of the first word and of the words chained to it
  const ends = [s + w.length];
  while (ends.length < info.maxN) {
    _NEXT_WORD.lastIndex = ends[ends.length - 1];
    if (!_NEXT_WORD.test(text)) break;
    ends.push(_NEXT_WORD.lastIndex);
  }
  for (let n = ends.length; n >= 1; n--) {
    const lastE = ends[n - 1];
    const look = n === 1 ? info.one : _lookup(g, text.slice(s, lastE));
    if (!look) continue;
    const { hit } = look;
    // "Chervonyi Lyman", "Nova Poltavka": an unknown adjective before a known name makes
    // another place; keep the whole name as a pattern mention instead
    if (hit[0].kind !== "region" && _mayFollowAdjective(text, s)) {
      _ADJECTIVE_BEFORE.lastIndex = s;
      const adj = _ADJECTIVE_BEFORE.exec(text)?.[1];
      if (adj && !stop.has(adj.toLowerCase()) && !g.index.has(_norm(adj))) {
        const ps = s - 1 - adj.length;
        out.push({
          start: ps,
          end: lastE,
          text: text.slice(ps, lastE),
          canonical: text.slice(ps, lastE),
          candidates: [],
          place: null,
          kind: "village",
          source: "pattern",
        });
        return lastE;
      }
    }
    // "Zhelanne Druhe", "Novoselivka Persha": an ordinal after a known name makes another place
    const ordinal = look.cut || hit[0].kind === "region" ? 0 : ordinalAfter(text, lastE);
    if (ordinal) {
      const pe = lastE + ordinal;
      out.push({
        start: s,
        end: pe,
        text: text.slice(s, pe),
        canonical: text.slice(s, pe),
        candidates: [],
        place: null,
        kind: "village",
        source: "pattern",
      });
      return pe;
    }
    const end = look.cut ? lastE - 2 : lastE;
    out.push(_mention(text, s, end, hit, "gazetteer"));
    return lastE;
  }
  return -1;
}

/** Adds the names listed after "the village(s) of" that no mention of `out` covers yet. */
function _settlementLists(text: string, stop: Set<string>, out: PlaceMention[]): void {
  for (const m of _matchAll(text, _SETTLEMENT_NOUN)) {
    const noun = (m[1] ?? m[2]).toLowerCase();
    let pos = m.index! + m[0].length;
    for (;;) {
      const rest = text.slice(pos);
      const nm = rest.match(_NAME_PAIR);
      if (!nm) break;
      let name = nm[0];
      // ("the villages of A and B, Ukraine's forces said": a possessive ends the list)
      if (/^[^\s]+['’]s(?:\s|$)/u.test(name)) break;
      // keep a second word only when it is capitalised and not a stop word
      const words = name.split(/\s+/);
      if (words.length > 1 && stop.has(words[1].toLowerCase())) name = words[0];
      const s = pos;
      const e = pos + name.length;
      if (!stop.has(name.toLowerCase()) && !out.some((o) => o.start < e && s < o.end)) {
        out.push({
          start: s,
          end: e,
          text: name,
          canonical: name,
          candidates: [],
          place: null,
          kind: /town|city/.test(noun) ? "town" : "village",
          source: "pattern",
        });
      }
      const sep = text.slice(e).match(/^(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)/u);
      if (!sep || !/villages|towns|settlements|hamlets|localities|among/.test(noun)) break;
      pos = e + sep[0].length;
    }
  }
}

/**
 * At a span's start: white space before it, and before that the start of the text or a mark that
 * ends a sentence, perhaps followed by closing quotes or brackets. A quote or bracket alone does
 * not do: a name may end in an apostrophe, and a list of names goes on after it ("the villages
 * of Hrushivka’ and Zorianka").
 */
const _AFTER_SENTENCE = /(?<=(?:^|[.!?…][.!?…"'”’»)\]]*)\s+)/y;
const _SPACE = /\s/y;
/** At a span's end: a letter or apostrophe before it, white space, a capital (a name's next word). */
const _NAME_RUNS_ON = /(?<=[\p{L}'’])\s+\p{Lu}/uy;

/**
 * `findPlaces(text.slice(start, end), options)`, read off `mentions` (what `findPlaces(text,
 * options)` found, with the same options: the whole text found once, its sentences for free),
 * or null when the two could differ; then the caller finds the span's places itself.
 *
 * They cannot differ when the span stands alone: it is the whole text, or white space comes
 * right before it and after it, the last other character before it ends a sentence (so no name,
 * adjective, "the village of" or list of names runs into it from before), no name of two words
 * can run on past its end, and no mention of `mentions` crosses its start or its end. Offsets
 * are made relative to the span.
 */
export function _placesInSpan(
  text: string,
  mentions: readonly PlaceMention[],
  start: number,
  end: number,
): PlaceMention[] | null {
  if (start > 0) {
    _AFTER_SENTENCE.lastIndex = start;
    if (!_AFTER_SENTENCE.test(text)) return null;
  }
  if (end < text.length) {
    _SPACE.lastIndex = end;
    if (!_SPACE.test(text)) return null;
    // a name after "the village of" may take the capitalised word after the span as its second
    _NAME_RUNS_ON.lastIndex = end;
    if (_NAME_RUNS_ON.test(text)) return null;
  }
  // mentions are sorted by start: the first one at or after the span's start...
  const lo = firstAtOrAfter(mentions, start);
  // ...and none before it may reach into the span
  if (_maxEnds(mentions)[lo] > start) return null;
  const out: PlaceMention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < end; i++) {
    const m = mentions[i];
    if (m.end > end) return null;
    out.push({
      start: m.start - start,
      end: m.end - start,
      text: m.text,
      canonical: m.canonical,
      candidates: m.candidates,
      place: m.place,
      kind: m.kind,
      source: m.source,
    });
  }
  return out;
}

const _maxEndCache = new WeakMap<readonly PlaceMention[], Int32Array>();

/**
 * Per index `i` of a list of mentions: the largest end of the mentions before `i` (mentions may
 * overlap, so ends are not in order). Cached per list, which is read, never changed.
 */
function _maxEnds(mentions: readonly PlaceMention[]): Int32Array {
  let ends = _maxEndCache.get(mentions);
  if (ends?.length !== mentions.length + 1) {
    ends = new Int32Array(mentions.length + 1);
    for (let i = 0; i < mentions.length; i++) ends[i + 1] = Math.max(ends[i], mentions[i].end);
    _maxEndCache.set(mentions, ends);
  }
  return ends;
}

function _mention(
  text: string,
  s: number,
  e: number,
  candidates: Place[],
  source: PlaceMention["source"],
): PlaceMention {
  const first = candidates[0];
  return {
    start: s,
    end: e,
    text: text.slice(s, e),
    canonical: first.canonical,
    candidates,
    place: candidates.length === 1 ? first : null,
    kind: first.kind,
    source,
  };
}

/** Adds the near-miss mention of the word `w` at `s` of `text`, if any (and `fuzzy`). */
function _fuzzyPush(
  out: PlaceMention[],
  text: string,
  s: number,
  w: string,
  info: _WordInfo,
  fuzzy: boolean,
  g: Gazetteer,
  cache: _GazCache,
  stop: Set<string>,
): void {
  if (!fuzzy || w.length < 7) return;
  if (info.fuzzy === undefined) {
    info.fuzzy = stop.has(w.toLowerCase()) ? null : _fuzzyLookup(g, cache, info.nw);
  }
  if (info.fuzzy) out.push(_mention(text, s, s + w.length, info.fuzzy, "fuzzy"));
}

/** The index of the first of `items` (sorted by `start`) that starts at or after `at` (binary search). */
export function firstAtOrAfter(items: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
