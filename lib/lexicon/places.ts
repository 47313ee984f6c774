/**
 * Places: a gazetteer of front-line settlements and regions (`data/places.csv`: canonical
 * Ukrainian-based transliteration, Russian and Soviet-era variants, oblast, coordinates, kind,
 * radius), mention finding in text (gazetteer names, "the village of X" patterns, near-miss
 * spellings), and resolution of names shared by several settlements by the oblast named in the
 * text and by distance to the other places of the article.
 *
 * `loadGazetteer(path)` also reads big external gazetteers: GeoNames `UA.txt` (tab-separated) and
 * the settlement-alias CSV format (`name,aliases,place,wikidata,region,...,lon,lat`).
 *
 * @module
 */

import { _csvObjects, _csvRows, _dataText, _matchAll, _norm, _words } from "./_lexicon.ts";

/** Kind of place. */
export type PlaceKind = "city" | "town" | "village" | "region";
export const PLACE_KINDS: readonly PlaceKind[] = ["city", "town", "village", "region"];

/** One gazetteer entry. */
export interface Place {
  canonical: string;
  variants: string[];
  /** Oblast or region name without the word "Oblast" (`Donetsk`, `Kursk`). */
  oblast: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
  radiusKm: number;
}

/** A gazetteer: entries plus an index from normalised name to entries. */
export interface Gazetteer {
  places: Place[];
  /** normalised variant → entries (several when the name is shared). */
  index: Map<string, Place[]>;
  /** Longest name in words (for n-gram lookup). */
  maxWords: number;
}

/** Builds a gazetteer from entries. */
export function makeGazetteer(places: readonly Place[]): Gazetteer {
  const index = new Map<string, Place[]>();
  let maxWords = 1;
  for (const p of places) {
    for (const v of new Set([p.canonical, ...p.variants])) {
      const key = _norm(v);
      if (!key) continue;
      const list = index.get(key) ?? [];
      if (!list.includes(p)) list.push(p);
      index.set(key, list);
      maxWords = Math.max(maxWords, key.split(" ").length);
    }
  }
  return { places: [...places], index, maxWords };
}

// realistic built-up radii: a city of 50-100k is ~4-6 km across its half-width, a town 2, a village 1
const _RADIUS: Record<PlaceKind, number> = { city: 5, town: 2, village: 1, region: 150 };

/**
 * Parses gazetteer text. Recognises three formats by their first line: the project's CSV
 * (`canonical,variants,oblast,lat,lon,kind,radius_km`), the settlement-alias CSV (`name,aliases,
 * place,...,region,...,lon,lat`) and GeoNames tab-separated dumps (`UA.txt`, no header).
 * Throws `SyntaxError` (naming file and line) on rows it cannot read.
 */
export function parseGazetteer(text: string, file = "gazetteer"): Gazetteer {
  if (typeof text !== "string") {
    throw new TypeError(`parseGazetteer: expected text as a string, found ${typeof text}`);
  }
  const first = text.replace(/^\ufeff/, "").split(/\r?\n/, 1)[0] ?? "";
  if (first.startsWith("canonical,")) return makeGazetteer(_parseOwn(text, file));
  if (first.startsWith("name,aliases")) return makeGazetteer(_parseAliases(text, file));
  if (first.split("\t").length >= 15) return makeGazetteer(_parseGeoNames(text, file));
  throw new SyntaxError(
    `${file}:1: expected a gazetteer header ("canonical,variants,..." or "name,aliases,...") or GeoNames tab-separated rows, found ${
      JSON.stringify(first.slice(0, 60))
    }`,
  );
}

function _num(v: string, where: string, what: string): number {
  const n = Number(v);
  if (v === "" || !Number.isFinite(n)) {
    throw new SyntaxError(`${where}: expected ${what} as a number, found ${JSON.stringify(v)}`);
  }
  if (/^lat/.test(what) && (n < -90 || n > 90)) {
    throw new RangeError(`${where}: expected ${what} from -90 to 90, found ${v}`);
  }
  if (/^lon/.test(what) && (n < -180 || n > 180)) {
    throw new RangeError(`${where}: expected ${what} from -180 to 180, found ${v}`);
  }
  if (what === "radius_km" && n < 0) {
    throw new RangeError(`${where}: expected radius_km >= 0, found ${v}`);
  }
  return n;
}

function _kind(v: string): PlaceKind {
  const k = v.toLowerCase();
  if ((PLACE_KINDS as readonly string[]).includes(k)) return k as PlaceKind;
  if (/city/.test(k)) return "city";
  if (/town|urban/.test(k)) return "town";
  if (/region|oblast|province|raion|district/.test(k)) return "region";
  return "village";
}

function _titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

function _parseOwn(text: string, file: string): Place[] {
  const rows = _csvObjects(text, file, ["canonical", "variants", "oblast", "lat", "lon", "kind"]);
  return rows.map((r, i) => {
    const where = `${file}:${i + 2}`;
    if (!r.canonical) {
      throw new SyntaxError(`${where}: expected a canonical name, found an empty cell`);
    }
    const kind = _kind(r.kind);
    return {
      canonical: r.canonical,
      variants: r.variants.split(";").map((v) => v.trim()).filter(Boolean),
      oblast: r.oblast,
      lat: _num(r.lat, where, "lat"),
      lon: _num(r.lon, where, "lon"),
      kind,
      radiusKm: r.radius_km ? _num(r.radius_km, where, "radius_km") : _RADIUS[kind],
    };
  });
}

function _oblastName(region: string): string {
  return _titleCase(region.replace(/\s+(?:region|oblast)$/i, "").trim());
}

function _parseAliases(text: string, file: string): Place[] {
  const rows = _csvObjects(text, file, ["name", "aliases", "region", "lon", "lat"]);
  const out: Place[] = [];
  rows.forEach((r, i) => {
    if (!r.name || r.name.startsWith("<")) return; // template row
    const where = `${file}:${i + 2}`;
    const kind = _kind(r.place ?? "village");
    out.push({
      canonical: _titleCase(r.name),
      variants: r.aliases.split(";").map((v) => v.trim()).filter(Boolean),
      oblast: _oblastName(r.region),
      lat: _num(r.lat, where, "lat"),
      lon: _num(r.lon, where, "lon"),
      kind,
      radiusKm: _RADIUS[kind],
    });
  });
  return out;
}

// GeoNames admin1 codes of Ukraine (UA.txt column 11).
const _UA_ADMIN1: Record<string, string> = {
  "05": "Vinnytsia",
  "09": "Luhansk",
  "04": "Dnipropetrovsk",
  "14": "Donetsk",
  "13": "Kyiv",
  "26": "Zaporizhzhia",
  "07": "Kharkiv",
  "08": "Kherson",
  "21": "Sumy",
  "02": "Chernihiv",
  "17": "Mykolaiv",
  "18": "Odesa",
  "20": "Poltava",
  "11": "Crimea",
  "22": "Ternopil",
};

function _parseGeoNames(text: string, file: string): Place[] {
  const out: Place[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const c = line.split("\t");
    const where = `${file}:${i + 1}`;
    if (c.length < 15) {
      throw new SyntaxError(
        `${where}: expected 19 tab-separated GeoNames columns, found ${c.length}`,
      );
    }
    if (c[6] !== "P" && c[6] !== "A") return; // populated places and admin areas only
    const kind: PlaceKind = c[6] === "A"
      ? "region"
      : /PPLA|PPLC/.test(c[7]) || Number(c[14]) > 50000
      ? "city"
      : Number(c[14]) > 5000
      ? "town"
      : "village";
    const variants = (c[3] ?? "").split(",").map((v) => v.trim()).filter((v) =>
      /^[\p{Script=Latin}\s'’-]+$/u.test(v)
    );
    out.push({
      canonical: c[2] || c[1],
      variants: [c[1], ...variants].filter((v) => v && v !== (c[2] || c[1])),
      oblast: _UA_ADMIN1[c[10]] ?? c[10],
      lat: _num(c[4], where, "latitude"),
      lon: _num(c[5], where, "longitude"),
      kind,
      radiusKm: _RADIUS[kind],
    });
  });
  return out;
}

/** Reads and parses a gazetteer file (project CSV, alias CSV or GeoNames `UA.txt`). */
export async function loadGazetteer(path: string): Promise<Gazetteer> {
  if (typeof path !== "string" || !path) {
    throw new TypeError(`loadGazetteer: expected a file path, found ${typeof path}`);
  }
  const text = await Deno.readTextFile(path);
  return parseGazetteer(text, path);
}

/** Merges gazetteers; entries of earlier ones come first when a name is shared. */
export function mergeGazetteers(...gs: Gazetteer[]): Gazetteer {
  return makeGazetteer(gs.flatMap((g) => g.places));
}

let _default: Gazetteer | null = null;

/** The project's curated gazetteer (`data/places.csv`), parsed once. */
export function defaultGazetteer(): Gazetteer {
  return (_default ??= parseGazetteer(_dataText("places.csv"), "data/places.csv"));
}

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
const _SETTLEMENT_NOUN =
  /(?<=(?<![\p{L}])(village|villages|town|towns|settlement|settlements|city|hamlet|hamlets|localities|locality)\s+)of\s+/giu;

/**
 * A text with a match of `_SETTLEMENT_NOUN` always matches this cheaper test (tested). It begins
 * with the literal "of" and looks back for the noun: the engine skips quickly to each "of".
 */
const _SETTLEMENT_KEY = /(?<=(?:village|town|settlement|city|hamlet|localit(?:y|ies))s?\s+)of\s/iu;

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
const _POSSESSIVE_S = /['’]s$/;
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
  const fuzzy = options.fuzzy ?? true;
  const out: PlaceMention[] = [];
  const cache = _cache(g);
  const stop = _stop();
  // a name begins with a capitalised word; the words after it count only when nothing but white
  // space or hyphens separates them
  const words = memo ? cache.words : null;
  const capWord = _CAP_WORD;
  capWord.lastIndex = 0;
  for (let cm = capWord.exec(text); cm !== null; cm = capWord.exec(text)) {
    const s = cm.index;
    const w = cm[0];
    const info = words?.get(w) ?? _wordInfo(g, w, cache.firstWords, words);
    // most capitalised words are not names, nor the start of one
    if (info.maxN === 1 && !info.one) {
      _fuzzyPush(out, text, s, w, info, fuzzy, g, cache, stop);
      continue;
    }
    // ends of the first word and of the words chained to it
    const ends = [s + w.length];
    while (ends.length < info.maxN) {
      _NEXT_WORD.lastIndex = ends[ends.length - 1];
      if (!_NEXT_WORD.test(text)) break;
      ends.push(_NEXT_WORD.lastIndex);
    }
    let matched = false;
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
          capWord.lastIndex = lastE;
          matched = true;
          break;
        }
      }
      const end = look.cut ? lastE - 2 : lastE;
      out.push(_mention(text, s, end, hit, "gazetteer"));
      capWord.lastIndex = lastE;
      matched = true;
      break;
    }
    if (!matched) _fuzzyPush(out, text, s, w, info, fuzzy, g, cache, stop);
  }
  // "the village(s) of X, Y and Z": unknown names become pattern mentions
  for (const m of _SETTLEMENT_KEY.test(text) ? _matchAll(text, _SETTLEMENT_NOUN) : []) {
    let pos = m.index! + m[0].length;
    for (;;) {
      const rest = text.slice(pos);
      const nm = rest.match(_NAME_PAIR);
      if (!nm) break;
      let name = nm[0];
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
          kind: /town|city/.test(m[1].toLowerCase()) ? "town" : "village",
          source: "pattern",
        });
      }
      const sep = text.slice(e).match(/^(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)/u);
      if (!sep || !/villages|towns|settlements|hamlets|localities/i.test(m[1])) break;
      pos = e + sep[0].length;
    }
  }
  return out.sort((a, b) => a.start - b.start);
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
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
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

/** A name looked up in the index: its entries, and whether a possessive "'s" is cut off. */
interface _Look {
  hit: Place[];
  /** The name matched without its "'s": the mention ends two characters earlier. */
  cut: boolean;
}

/** The index entries of the name `span` (a possessive "'s" is not part of it unless indexed). */
function _lookup(g: Gazetteer, span: string, full = _norm(span)): _Look | null {
  const possessive = _POSSESSIVE_S.test(span);
  const key = possessive ? _norm(span.slice(0, -2)) : full;
  const exact = g.index.get(key);
  const hit = exact ?? (possessive ? g.index.get(full) : undefined);
  return hit ? { hit, cut: exact !== undefined && possessive } : null;
}

/** What `findPlaces` needs to know of a capitalised word, whatever text it stands in. */
interface _WordInfo {
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
interface _GazCache {
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
function _cache(g: Gazetteer): _GazCache {
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

function _wordInfo(
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
function _fuzzyLookup(g: Gazetteer, c: _GazCache, key: string): Place[] | null {
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
  for (let len = key.length - 1; len <= key.length + 1 && found < 2; len++) {
    for (const k of names.get(`${key[0]}${len}`) ?? []) {
      if (_damerau1(k, key)) {
        best = k;
        if (++found > 1) break;
      }
    }
  }
  const out = found === 1 ? g.index.get(best!)! : null;
  if (c.fuzzyMemo.size >= 100_000) c.fuzzyMemo.clear();
  c.fuzzyMemo.set(key, out);
  return out;
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

/** Great-circle distance in kilometres. */
export function distanceKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Options of {@link resolvePlaces}. */
export interface ResolveOptions {
  /** Oblasts named in the text ("in the Donetsk region"), strongest hint. @default [] */
  oblasts?: readonly string[];
}

/**
 * Chooses one entry for each ambiguous mention: a candidate in an oblast named in the text,
 * else the candidate nearest to the unambiguous places of the same text, else the first.
 * Returns new mentions; the input is not changed.
 */
export function resolvePlaces(
  mentions: readonly PlaceMention[],
  options: ResolveOptions = {},
): PlaceMention[] {
  // most texts name no shared name: nothing to choose (well-formed options only, so that bad
  // ones still fail below)
  const given = options.oblasts ?? [];
  if (
    !mentions.some((m) => !m.place && m.candidates.length >= 2) && Array.isArray(given) &&
    given.every((o) => typeof o === "string")
  ) {
    return mentions.map((m) => ({ ...m }));
  }
  const oblasts = new Set(given.map((o) => _norm(o)));
  for (const m of mentions) {
    if (m.place?.kind === "region") oblasts.add(_norm(m.place.oblast));
  }
  // each place once: a place named again is no nearer (the smallest distance is the same)
  const anchors = [
    ...new Set(
      mentions.filter((m) => m.place && m.place.kind !== "region").map((m) => m.place!),
    ),
  ];
  // a candidate's distance to the anchors, once per candidate (a name may be named often)
  const scores = new Map<Place, number>();
  const score = (c: Place) => {
    let best = scores.get(c);
    if (best === undefined) {
      best = Infinity;
      for (const a of anchors) best = Math.min(best, distanceKm(a, c));
      scores.set(c, best);
    }
    return best;
  };
  return mentions.map((m) => {
    if (m.place || m.candidates.length < 2) return { ...m };
    let pool = m.candidates.filter((c) => oblasts.has(_norm(c.oblast)));
    if (!pool.length) pool = m.candidates;
    let chosen = pool[0];
    if (pool.length > 1 && anchors.length) {
      chosen = [...pool].sort((a, b) => score(a) - score(b))[0];
    }
    return { ...m, place: chosen, canonical: chosen.canonical, kind: chosen.kind };
  });
}

/** Default owner of a place's ground before the war: `russia` for Russian regions, else `ukraine`. */
export function _ownerOf(place: Place | null): "russia" | "ukraine" {
  if (place && /^(?:Kursk|Belgorod|Bryansk)$/i.test(place.oblast)) return "russia";
  return "ukraine";
}

/** Parses a raw CSV row list (used by tests to check a gazetteer file has the expected columns). */
export function _gazetteerColumns(text: string): string[] {
  return (_csvRows(text)[0] ?? []).map((c) => c.trim());
}
