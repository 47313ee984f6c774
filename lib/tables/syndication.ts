/**
 * Syndicated copies: articles that reprint the same story (wire copy under another masthead, a
 * rewrite with a new headline). Takes {@link Article}s, gives groups of copies with each group's
 * original (its earliest article) and the share of each copy's text found in the original.
 *
 * How: each article's prose (headline, body, captions, tweets; not the header line, comments,
 * repeats or page furniture) becomes its set of word shingles (`shingle` consecutive words,
 * lower-cased, hashed to 32 bits). A MinHash signature (one-permutation hashing with rotation
 * densification, `bands × rows` values) is cut into bands; articles that agree on a whole band are
 * candidates (LSH), so the work grows with the number of articles, not with their pairs. Every
 * candidate pair is then checked exactly on the shingle sets: a copy when the shingles the two
 * share make at least `threshold` of the smaller article's. Shingles that more than `commonDocs`
 * articles contain (counted in a count-min sketch: a count may be over, never under) are common
 * phrasing and left out first. Pairs link into groups (union-find).
 * With the defaults (32 bands of 3) a pair whose shingle sets have a Jaccard index of 0.5 is a
 * candidate with probability 0.99, one of 0.33 with 0.69.
 *
 * Deterministic: no randomness, the same articles in any order give the same groups, originals and
 * shares. Nothing is dropped: a copy stays an article; the result marks it.
 *
 * @example
 * ```ts
 * const syn = findSyndication(articles);
 * syn.rows; // [{ article: "d012", original: "d011", shared: 0.87 }]
 * syndicationNotes(syn); // ["d012 reprints d011: 87% of its text shared"]
 * ```
 * @module
 */
import type { Article, ParagraphKind } from "../shared/types.ts";
import { _describe, _number } from "../shared/_validate.ts";

/** Options of {@link findSyndication}. */
export interface SyndicationOptions {
  /** Words per shingle. @default 5 */
  shingle?: number;
  /** Share of the smaller article's shingles the two must share to be copies. @default 0.5 */
  threshold?: number;
  /** LSH bands. @default 32 */
  bands?: number;
  /** Signature values per band. @default 3 */
  rows?: number;
  /** Articles with fewer shingles than this are never copies (too little text). @default 10 */
  minShingles?: number;
  /** Paragraph kinds compared. @default ["headline", "body", "caption", "tweet"] */
  kinds?: readonly ParagraphKind[];
  /**
   * Shingles found in more articles than this are common phrasing (formulas, page furniture),
   * left out of the comparison. @default max(50, 0.5% of the articles), at most 250
   */
  commonDocs?: number;
}

/** One copy: `article` reprints its group's `original`. */
export interface SyndicationRow {
  article: string;
  /** The group's earliest article (by date, undated last, then id). */
  original: string;
  /** Share of `article`'s shingles found in `original`'s, rounded to 3 decimals. */
  shared: number;
}

/** A group of articles that carry one story. */
export interface SyndicationGroup {
  original: string;
  /** Every article of the group, the original first, then by date and id. */
  articles: string[];
}

/** What {@link findSyndication} returns. */
export interface Syndication {
  /** One row per copy (not the originals), by original, then by date and id. */
  rows: SyndicationRow[];
  /** Groups of two or more articles, by original's date and id. */
  groups: SyndicationGroup[];
  /** Article id → its group's original, for every copy and every original with copies. */
  originalOf: Map<string, string>;
  /** Candidate pairs checked exactly (for benchmarks). */
  candidates: number;
}

const _DEFAULT_KINDS: readonly ParagraphKind[] = ["headline", "body", "caption", "tweet"];
const _WORD = /[\p{L}\p{N}]+/gu;

/** Copies among `articles`: see the module documentation. Inputs are not modified. */
export function findSyndication(
  articles: readonly Article[],
  options: SyndicationOptions = {},
): Syndication {
  if (!Array.isArray(articles)) {
    throw new TypeError(
      `findSyndication: articles: expected an array of articles, found ${_describe(articles)}`,
    );
  }
  const k = _number("findSyndication: options.shingle", options.shingle ?? 5, 1, 50);
  const threshold = _number("findSyndication: options.threshold", options.threshold ?? 0.5, 0, 1);
  const bands = _number("findSyndication: options.bands", options.bands ?? 32, 1, 512);
  const rows = _number("findSyndication: options.rows", options.rows ?? 3, 1, 16);
  const minShingles = _number("findSyndication: options.minShingles", options.minShingles ?? 10, 1);
  for (const [name, v] of [["shingle", k], ["bands", bands], ["rows", rows]] as const) {
    if (!Number.isInteger(v)) {
      throw new RangeError(`findSyndication: options.${name}: expected a whole number, found ${v}`);
    }
  }
  const kinds = new Set(options.kinds ?? _DEFAULT_KINDS);
  // Articles in id order: the result does not depend on the input order.
  const list = articles.map((a, i) => _checkArticle(a, i)).sort((a, b) => _cmp(a.id, b.id));
  for (let i = 1; i < list.length; i++) {
    if (list[i].id === list[i - 1].id) {
      throw new TypeError(`findSyndication: article id ${list[i].id} appears twice`);
    }
  }
  const common = options.commonDocs ??
    Math.min(250, Math.max(50, Math.ceil(list.length * 0.005)));
  _number("findSyndication: options.commonDocs", common, 1);
  const sets = _withoutCommon(list.map((a) => _shingles(a, kinds, k)), common);
  const parent = list.map((_, i) => i);
  const size = bands * rows;
  const sig = new Uint32Array(size);
  const buckets = new Map<number, number[]>();
  const seen = new Set<number>();
  let candidates = 0;
  for (let i = 0; i < list.length; i++) {
    const s = sets[i];
    if (s.length < minShingles) continue;
    _signature(s, sig);
    for (let b = 0; b < bands; b++) {
      let h = Math.imul(b + 1, 0x9e3779b1);
      for (let r = 0; r < rows; r++) h = _mix(h ^ sig[b * rows + r]);
      // band number and hash in one exact integer key (no string per band)
      const key = b * 4294967296 + (h >>> 0);
      const bucket = buckets.get(key);
      if (!bucket) {
        buckets.set(key, [i]);
        continue;
      }
      for (const j of bucket) {
        const pair = j * list.length + i;
        if (seen.has(pair)) continue;
        seen.add(pair);
        candidates++;
        if (_find(parent, i) === _find(parent, j)) continue;
        const common = _common(sets[i], sets[j]);
        if (common >= threshold * Math.min(sets[i].length, sets[j].length)) {
          _union(parent, i, j);
        }
      }
      bucket.push(i);
    }
  }
  return _groups(list, sets, parent, candidates);
}

/** One line per copy: `d012 reprints d011: 87% of its text shared`. */
export function syndicationNotes(s: Syndication): string[] {
  if (!s || !Array.isArray(s.rows)) {
    throw new TypeError(
      `syndicationNotes: expected a findSyndication() result, found ${_describe(s)}`,
    );
  }
  return s.rows.map((r) =>
    `${r.article} reprints ${r.original}: ${Math.round(r.shared * 100)}% of its text shared`
  );
}

/** Groups, originals and rows from the union-find forest. */
function _groups(
  list: readonly Article[],
  sets: readonly Uint32Array[],
  parent: number[],
  candidates: number,
): Syndication {
  const members = new Map<number, number[]>();
  for (let i = 0; i < list.length; i++) {
    const r = _find(parent, i);
    const m = members.get(r);
    if (m) m.push(i);
    else members.set(r, [i]);
  }
  const order = (a: number, b: number) => _compareArticles(list[a], list[b]);
  const groups: { original: number; all: number[] }[] = [];
  for (const m of members.values()) {
    if (m.length > 1) groups.push({ original: m.sort(order)[0], all: m });
  }
  groups.sort((a, b) => order(a.original, b.original));
  const rows: SyndicationRow[] = [];
  const originalOf = new Map<string, string>();
  for (const g of groups) {
    const o = list[g.original].id;
    for (const i of g.all) {
      originalOf.set(list[i].id, o);
      if (i === g.original) continue;
      const shared = _common(sets[i], sets[g.original]) / sets[i].length;
      rows.push({ article: list[i].id, original: o, shared: Math.round(shared * 1000) / 1000 });
    }
  }
  return {
    rows,
    groups: groups.map((g) => ({
      original: list[g.original].id,
      articles: g.all.map((i) => list[i].id),
    })),
    originalOf,
    candidates,
  };
}

function _checkArticle(a: Article, i: number): Article {
  if (
    a === null || typeof a !== "object" || typeof a.id !== "string" ||
    typeof a.text !== "string" || !Array.isArray(a.paragraphs)
  ) {
    throw new TypeError(
      `findSyndication: articles[${i}]: expected an article with id, text and paragraphs, found ${
        _describe(a)
      }`,
    );
  }
  return a;
}

function _cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Earlier first: by date (undated last), then id. */
function _compareArticles(a: Article, b: Article): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return _cmp(a.date, b.date);
  }
  return _cmp(a.id, b.id);
}

/** Sorted distinct shingle hashes of the chosen paragraphs (words do not run across them). */
export function _shingles(a: Article, kinds: ReadonlySet<ParagraphKind>, k: number): Uint32Array {
  const out: number[] = [];
  const win = new Uint32Array(k);
  for (const p of a.paragraphs) {
    if (!kinds.has(p.kind)) continue;
    const text = a.text.slice(p.start, p.end).toLowerCase();
    let n = 0;
    for (const m of text.matchAll(_WORD)) {
      win[n % k] = _fnv(m[0]);
      n++;
      if (n < k) continue;
      let h = 0x811c9dc5;
      for (let j = n - k; j < n; j++) h = _mix(h ^ win[j % k]);
      out.push(h >>> 0);
    }
  }
  const arr = Uint32Array.from(out).sort();
  let w = 0;
  for (let i = 0; i < arr.length; i++) if (i === 0 || arr[i] !== arr[w - 1]) arr[w++] = arr[i];
  return arr.slice(0, w);
}

/** The sets without the hashes more than `limit` of them contain (count-min sketch, 2 rows). */
function _withoutCommon(sets: Uint32Array[], limit: number): Uint32Array[] {
  if (sets.length <= limit) return sets;
  const bits = Math.min(24, Math.max(16, Math.ceil(Math.log2(sets.length * 64))));
  const mask = (1 << bits) - 1;
  const a = new Uint8Array(mask + 1), b = new Uint8Array(mask + 1);
  for (const s of sets) {
    for (let i = 0; i < s.length; i++) {
      const x = s[i], p = x & mask, q = _mix(x ^ 0x68e31da4) & mask;
      if (a[p] < 255) a[p]++;
      if (b[q] < 255) b[q]++;
    }
  }
  const cap = Math.min(limit, 254);
  return sets.map((s) =>
    s.filter((x) => Math.min(a[x & mask], b[_mix(x ^ 0x68e31da4) & mask]) <= cap)
  );
}

/**
 * One-permutation MinHash of a non-empty set into `sig`: bin = top bits of one hash, value = the
 * least second hash in the bin; an empty bin takes the next non-empty bin's value (circularly)
 * mixed with the distance (densification by rotation).
 */
function _signature(set: Uint32Array, sig: Uint32Array): void {
  const n = sig.length;
  sig.fill(0xffffffff);
  const filled = new Uint8Array(n);
  for (let i = 0; i < set.length; i++) {
    const x = set[i];
    const bin = Math.floor((_mix(x ^ 0x5bd1e995) >>> 0) / 4294967296 * n);
    const v = _mix(x ^ 0x27d4eb2f) >>> 0;
    if (v <= sig[bin]) sig[bin] = v;
    filled[bin] = 1;
  }
  for (let b = 0; b < n; b++) {
    if (filled[b]) continue;
    let d = 1;
    while (!filled[(b + d) % n]) d++;
    sig[b] = _mix(sig[(b + d) % n] ^ Math.imul(d, 0x85ebca6b)) >>> 0;
  }
}

/** Elements two sorted distinct arrays have in common. */
function _common(a: Uint32Array, b: Uint32Array): number {
  let i = 0, j = 0, n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** FNV-1a of a string's UTF-16 code units. */
function _fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** murmur3's 32-bit finaliser. */
function _mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function _find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

/** Union keeping the lower index as root (deterministic). */
function _union(parent: number[], a: number, b: number): void {
  const ra = _find(parent, a), rb = _find(parent, b);
  if (ra < rb) parent[rb] = ra;
  else if (rb < ra) parent[ra] = rb;
}
