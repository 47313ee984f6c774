/**
 * A large alternation of word patterns, scanned only where a match can begin. Takes the rows of
 * an alternation (RegExp sources), the class of characters a match may not follow, the tail after
 * the alternation and the flags; gives a scanner whose matches are exactly those of
 * `new RegExp("(?<!NOT_AFTER)(?:(row0)|(row1)|...)TAIL", flags + "g")` run over a text with
 * `exec`, each with the row that matched ({@link _WordScanner}).
 *
 * Why: at every position, the engine tries each row of such an alternation in turn. Here each
 * row's first characters (up to twelve; a run of white space read as one space, a class of
 * literal characters as each of them) are read off its source ({@link _prefixes}) into a trie; at
 * a position, the text walks down the trie as far as its characters lead, and only the rows whose
 * prefix fits are tried (as one sticky RegExp per set of rows, in their order, so the same row and
 * text win). Positions where no row can begin, or that follow a character of `notAfter`, are
 * skipped without the engine. Twelve characters, not three, tell "the fall of" from "the city":
 * on the dev articles the engine is run at a seventh of the word starts it was with three.
 * @module
 */

import { _isSpace, _prefixes } from "./_prefixes.ts";
import { _CASELESS } from "./_regex_parse.ts";
import { _literalCodes, _literalEnd } from "./_literal_rows.ts";

/** Length of the prefixes the scanner reads (the trie's depth). */
const _K = 12;
/** Most prefixes kept per row: past it, they are read shorter (which only lets more text in). */
const _MAX_PREFIXES = 256;

/** The prefixes of a row, read shorter than `_K` when there would be too many. */
function _rowPrefixes(src: string, ignoreCase: boolean): Set<string> | null {
  for (let k = _K;; k--) {
    const p = _prefixes(src, ignoreCase, k);
    if (p === null || p.size <= _MAX_PREFIXES || k <= 3) return p;
  }
}

/** A match of a {@link _WordScanner}: its span, its text and the index of the row that matched. */
export interface _WordMatch {
  start: number;
  end: number;
  text: string;
  row: number;
}

/** The code units of the quotation marks a prefix may hold (`_CASELESS`). */
const _WIDE = _CASELESS.map((c) => c.charCodeAt(0));

/** The index of a prefix's code unit in the alphabet: its code when ASCII, else 128 + its rank in `_WIDE`. */
function _unit(c: number): number {
  return c < 128 ? c : 128 + _WIDE.indexOf(c);
}

/**
 * The dense alphabet of the dispatch tables (by {@link _unit}): slot 0 for every character no
 * prefix holds (they all act alike), then one slot per character some prefix holds. Small tables
 * stay in the CPU's cache between sentences, where a table of all ASCII pairs (66 kB) did not.
 */
function _alphabet(prefixes: readonly Set<string>[]): Uint8Array {
  const slot = new Uint8Array(128 + _WIDE.length);
  let n = 1;
  for (const set of prefixes) {
    for (const p of set) {
      for (let k = 0; k < p.length; k++) {
        const c = _unit(p.charCodeAt(k));
        if (slot[c] === 0) slot[c] = n++;
      }
    }
  }
  return slot;
}

/**
 * The trie of the prefixes over the alphabet's slots, its nodes numbered depth first (preorder:
 * the root 0, a node's first child right after it, so that a walk down a chain reads memory in a
 * row). `kids[node]`: the node's children, by slot in order. `rows[node]`: the rows (in order) one
 * of whose prefixes the node's path begins with (a prefix that ends at or above the node fits any
 * continuation).
 */
function _trie(prefixes: readonly Set<string>[], slot: Uint8Array, size: number) {
  // (built once a table, on the first use: flat numbers, no Map or Set a node)
  const edge = new Map<number, number>(); // parent * size + slot → child
  const kidSlots: number[][] = [[]];
  const ends: (number[] | undefined)[] = [undefined];
  prefixes.forEach((set, row) => {
    for (const p of set) {
      let node = 0;
      for (let k = 0; k < p.length; k++) {
        const c = slot[_unit(p.charCodeAt(k))];
        const e = node * size + c;
        let child = edge.get(e);
        if (child === undefined) {
          edge.set(e, child = kidSlots.length);
          kidSlots[node].push(c);
          kidSlots.push([]);
          ends.push(undefined);
        }
        node = child;
      }
      const own = ends[node] ??= [];
      if (own.at(-1) !== row) own.push(row);
    }
  });
  // depth first, each node with the rows of the nodes above it merged in row order
  // (a node that ends no prefix has its parent's rows: the same array, not a copy)
  const id = new Int32Array(kidSlots.length);
  const order: number[] = [];
  const rows: number[][] = [];
  const stack: [number, number[]][] = [[0, []]];
  while (stack.length) {
    const [old, up] = stack.pop()!;
    id[old] = order.length;
    order.push(old);
    const own = ends[old];
    const rs = own?.length ? _mergeRows(up, own) : up;
    rows.push(rs);
    const slots = kidSlots[old].sort((x, y) => x - y);
    for (let k = slots.length - 1; k >= 0; k--) stack.push([edge.get(old * size + slots[k])!, rs]);
  }
  const kids = order.map((old) =>
    kidSlots[old].map((c) => ({ slot: c, child: id[edge.get(old * size + c)!] }))
  );
  return { kids, rows };
}

/** The rows of `a` and `b` (each in order, without repeats) merged, in order, without repeats. */
function _mergeRows(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out.length === 0 || out[out.length - 1] !== x) out.push(x);
  }
  return out;
}

/**
 * The scanner of an alternation of rows (see the module comment). Build it with
 * {@link _WordScanner.of}, which gives null when a row's prefixes cannot be told (the caller then
 * keeps its RegExp).
 */
export class _WordScanner {
  /** By ASCII code unit: its slot in the alphabet (folded to lower case under `i`). */
  readonly #slot = new Uint8Array(128);
  /** By rank in `_WIDE`: the slot of a quotation mark. */
  readonly #wideSlot: Uint8Array;
  /**
   * The trie (see {@link _trie}), a record a node in depth-first order, so that a walk reads few
   * cache lines (the trie is cold when a walk comes between other stages): at a record's offset,
   * the set of rows to try where the walk stops there (-1 for none), the number of its children,
   * then each child as its record's offset times 256 plus its slot, by slot in order.
   */
  readonly #trie: Int32Array;
  /** The rows of each set, in order. */
  readonly #sets: number[][] = [];
  /** One sticky RegExp per set, compiled when first needed. */
  readonly #res: (RegExp | null)[] = [];
  /** ASCII characters a match may not follow. */
  readonly #notAfterAscii = new Uint8Array(128);
  readonly #notAfter: RegExp;
  readonly #fold: boolean;
  /** By ASCII code unit: the root's child it leads to (-1 for none), the walk's first step. */
  readonly #root = new Int32Array(128);
  /** When every row is a literal phrase: their codes, tested without RegExps (else null). */
  readonly #literal: Int32Array[] | null;
  /** The tail, sticky, tested after a literal row. */
  readonly #tailRe: RegExp;

  private constructor(
    readonly rows: readonly string[],
    prefixes: readonly Set<string>[],
    notAfter: string,
    readonly tail: string,
    readonly flags: string,
  ) {
    this.#fold = flags.includes("i");
    const codes = rows.map((r) => _literalCodes(r, this.#fold));
    this.#literal = codes.every((c) => c !== null) ? codes as Int32Array[] : null;
    this.#tailRe = new RegExp(tail, flags + "y");
    this.#notAfter = new RegExp(`^${notAfter}$`, flags.includes("v") ? "v" : "u");
    for (let c = 0; c < 128; c++) {
      this.#notAfterAscii[c] = this.#notAfter.test(String.fromCharCode(c)) ? 1 : 0;
    }
    const alphabet = _alphabet(prefixes);
    const size = Math.max(...alphabet) + 1;
    this.#wideSlot = alphabet.slice(128);
    for (let c = 0; c < 128; c++) {
      this.#slot[c] = _isSpace(c)
        ? alphabet[32]
        : alphabet[this.#fold && c >= 65 && c <= 90 ? c + 32 : c];
    }
    const trie = _trie(prefixes, alphabet, size);
    const n = trie.rows.length;
    const setOf = new Int32Array(n).fill(-1);
    const ids = new Map<string, number>();
    // (nodes share their parent's array of rows: its set is looked up once per array)
    const byArray = new Map<number[], number>();
    trie.rows.forEach((rs, node) => {
      if (!rs.length) return;
      const known = byArray.get(rs);
      if (known !== undefined) {
        setOf[node] = known;
        return;
      }
      const key = rs.join(",");
      let id = ids.get(key);
      if (id === undefined) {
        ids.set(key, id = this.#sets.length);
        this.#sets.push(rs);
        this.#res.push(null);
      }
      byArray.set(rs, id);
      setOf[node] = id;
    });
    const at = new Int32Array(n + 1);
    for (let node = 0; node < n; node++) at[node + 1] = at[node] + 2 + trie.kids[node].length;
    // (a child is its offset times 256 plus its slot: offsets must stay below 2^23)
    if (at[n] >= 1 << 23) {
      throw new RangeError(
        `_WordScanner: expected a trie of fewer than 2^23 numbers, found ${at[n]}`,
      );
    }
    const recs = new Int32Array(at[n]);
    for (let node = 0; node < n; node++) {
      const o = at[node];
      const kids = trie.kids[node];
      recs[o] = setOf[node];
      recs[o + 1] = kids.length;
      kids.forEach((k, e) => (recs[o + 2 + e] = at[k.child] * 256 + k.slot));
    }
    this.#trie = recs;
    for (let c = 0; c < 128; c++) this.#root[c] = this.#child(0, this.#slot[c]);
  }

  /**
   * The scanner of `(?<!notAfter)(?:(row0)|(row1)|...)tail` with `flags` (which must hold `u` or
   * `v` and neither `g` nor `y`), or null when the prefixes of a row cannot be told. `notAfter`
   * is one class (`[\p{L}\p{N}-]`); the rows hold no capturing group.
   */
  static of(
    rows: readonly string[],
    notAfter: string,
    tail: string,
    flags: string,
  ): _WordScanner | null {
    if (!/[uv]/.test(flags) || /[gy]/.test(flags)) {
      throw new TypeError(
        `_WordScanner: expected flags with u or v and without g or y, found "${flags}"`,
      );
    }
    const prefixes = rows.map((r) => _rowPrefixes(r, flags.includes("i")));
    if (prefixes.some((p) => p === null)) return null;
    return new _WordScanner(rows, prefixes as Set<string>[], notAfter, tail, flags);
  }

  /** The first match that starts at or after `from`, or null. */
  exec(text: string, from = 0): _WordMatch | null {
    const n = text.length;
    const trie = this.#trie;
    const slot = this.#slot;
    const root = this.#root;
    const space = slot[32];
    const notAfter = this.#notAfterAscii;
    let p = from > 0 ? text.charCodeAt(from - 1) : -1;
    for (let i = from; i < n; i++) {
      // most positions are inside a word: the look back first, ASCII from a table
      const before = p;
      p = text.charCodeAt(i);
      if (before < 128 ? before >= 0 && notAfter[before] === 1 : this.#follows(text, i)) continue;
      // down the trie as far as the text's characters lead, the first step by the root's table
      // (a run of white space reads as one space)
      // (no row begins with most characters; the trie is no deeper than `_K`, the walk ends at
      // a leaf without counting)
      let sl = p < 128 ? slot[p] : this.#slotOf(p);
      let child = p < 128 ? root[p] : this.#child(0, sl);
      if (child < 0) continue;
      let node = 0;
      for (let j = i; child >= 0;) {
        node = child;
        if (sl === space) { while (j + 1 < n && _isSpace(text.charCodeAt(j + 1))) j++; }
        if (++j >= n) break;
        const c = text.charCodeAt(j);
        sl = c < 128 ? slot[c] : this.#slotOf(c);
        // (children by slot in order: stop at the first whose slot is not below)
        child = -1;
        for (let e = node + 2, end = e + trie[node + 1]; e < end; e++) {
          const x = trie[e];
          const xs = x & 255;
          if (xs < sl) continue;
          if (xs === sl) child = x >> 8;
          break;
        }
      }
      const id = trie[node];
      if (id < 0) continue;
      if (this.#literal !== null) {
        const lit = this.#literalAt(text, i, id);
        if (lit !== null) return lit;
        continue;
      }
      const re = this.#res[id] ??= this.#compile(id);
      re.lastIndex = i;
      const m = re.exec(text);
      if (m === null) continue;
      let g = 1;
      while (m[g] === undefined) g++;
      return { start: i, end: i + m[0].length, text: m[0], row: this.#sets[id][g - 1] };
    }
    return null;
  }

  /** Rows read as literal phrases: none of the RegExps is compiled (for tests). */
  get literal(): boolean {
    return this.#literal !== null;
  }

  /**
   * The match at `i` of the first row of set `id` whose phrase and then tail match there (what
   * the set's RegExp finds: a phrase matches in one way only), or null.
   */
  #literalAt(text: string, i: number, id: number): _WordMatch | null {
    for (const row of this.#sets[id]) {
      const j = _literalEnd(text, i, this.#literal![row], this.#fold);
      if (j < 0) continue;
      this.#tailRe.lastIndex = j;
      if (!this.#tailRe.test(text)) continue;
      const end = this.#tailRe.lastIndex;
      return { start: i, end, text: text.slice(i, end), row };
    }
    return null;
  }

  /** The offset of the child of the record at `node` by slot `sl`, or -1. */
  #child(node: number, sl: number): number {
    const trie = this.#trie;
    for (let e = node + 2, end = e + trie[node + 1]; e < end; e++) {
      if ((trie[e] & 255) === sl) return trie[e] >> 8;
    }
    return -1;
  }

  /** Every match, in order (as a global RegExp's `exec` loop finds them). */
  all(text: string): _WordMatch[] {
    const out: _WordMatch[] = [];
    for (let m = this.exec(text, 0); m !== null; m = this.exec(text, m.end)) out.push(m);
    return out;
  }

  /**
   * The slot of a code unit: by table when ASCII (folded under `i`), a quotation mark's, else 0
   * (ſ, K under `i`).
   */
  #slotOf(c: number): number {
    if (c < 128) return this.#slot[c];
    if (_isSpace(c)) return this.#slot[32];
    if (this.#fold) {
      if (c === 0x17f) return this.#slot[115]; // ſ matches s under `iu`
      if (c === 0x212a) return this.#slot[107]; // the Kelvin sign matches k
    }
    const w = _WIDE.indexOf(c);
    return w < 0 ? 0 : this.#wideSlot[w];
  }

  /** The code point before `i` (not ASCII) is one of `notAfter`. */
  #follows(text: string, i: number): boolean {
    const c = text.charCodeAt(i - 1);
    let cp = c;
    if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
      const h = text.charCodeAt(i - 2);
      if (h >= 0xd800 && h <= 0xdbff) cp = text.codePointAt(i - 2)!;
    }
    return this.#notAfter.test(String.fromCodePoint(cp));
  }

  #compile(id: number): RegExp {
    const alts = this.#sets[id].map((k) => `(${this.rows[k]})`).join("|");
    return new RegExp(`(?:${alts})${this.tail}`, this.flags + "y");
  }
}
