/**
 * A large alternation of word patterns, scanned only where a match can begin. Takes the rows of
 * an alternation (RegExp sources), the class of characters a match may not follow, the tail after
 * the alternation and the flags; gives a scanner whose matches are exactly those of
 * `new RegExp("(?<!NOT_AFTER)(?:(row0)|(row1)|...)TAIL", flags + "g")` run over a text with
 * `exec`, each with the row that matched ({@link _WordScanner}).
 *
 * Why: at every position, the engine tries each row of such an alternation in turn. Here each
 * row's first three characters are read off its source ({@link _prefixes}); at a position, only
 * the rows whose prefix fits the three characters there can match, so only they are tried (as one
 * sticky RegExp per set of rows, in their order, so the same row and text win). Positions where no
 * row can begin, or that follow a character of `notAfter`, are skipped without the engine.
 * @module
 */

/** Prefixes of a part: of whole matches (`full`: more may follow) and cut short (`open`). */
interface _Pre {
  full: Set<string>;
  open: Set<string>;
}

/** Length of the prefixes read: the dispatch tables are indexed by three characters. */
const _K = 3;

/**
 * The prefixes (up to three characters, lowercased when `ignoreCase`) one of which begins every
 * match of the pattern `src` (compiled with the `u` flag), or null when that cannot be told: the
 * pattern can match the empty string or begin with a class, `\s`, `\p{..}`, `.` or a non-ASCII
 * character, or it has a capturing group or syntax not read here. A shorter prefix stands for
 * every continuation (a class after a letter). Lookarounds and `\b` count as matching nothing, so
 * the set is only ever larger than needed, never too small.
 */
export function _prefixes(src: string, ignoreCase: boolean): Set<string> | null {
  try {
    const reader = new _PrefixReader(src, ignoreCase);
    const r = reader.alt();
    if (reader.i !== src.length) return null;
    const all = new Set([...r.full, ...r.open]);
    return all.has("") ? null : all;
  } catch {
    return null;
  }
}

const _empty = (): _Pre => ({ full: new Set([""]), open: new Set() });
const _any = (): _Pre => ({ full: new Set(), open: new Set([""]) });

/** `a` then `b`. */
function _cat(a: _Pre, b: _Pre): _Pre {
  const out: _Pre = { full: new Set(), open: new Set(a.open) };
  const add = (s: string, full: boolean) => {
    if (s.length >= _K) out.open.add(s.slice(0, _K));
    else (full ? out.full : out.open).add(s);
  };
  for (const f of a.full) {
    for (const g of b.full) add(f + g, true);
    for (const g of b.open) add(f + g, false);
  }
  return out;
}

/** Reads a pattern's source from `i` on, telling the prefixes of each part. */
class _PrefixReader {
  i = 0;
  constructor(readonly src: string, readonly ignoreCase: boolean) {}

  alt(): _Pre {
    const out = this.seq();
    while (this.src[this.i] === "|") {
      this.i++;
      const p = this.seq();
      for (const x of p.full) out.full.add(x);
      for (const x of p.open) out.open.add(x);
    }
    return out;
  }

  seq(): _Pre {
    const src = this.src;
    let acc = _empty();
    while (this.i < src.length && src[this.i] !== "|" && src[this.i] !== ")") {
      acc = _cat(acc, this.#quantified(this.#atom()));
    }
    return acc;
  }

  #quantified(atom: _Pre): _Pre {
    const src = this.src;
    const q = src[this.i];
    if (q !== "?" && q !== "*" && q !== "+" && q !== "{") return atom;
    const m = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})/.exec(src.slice(this.i));
    if (!m) throw new SyntaxError("quantifier");
    const min = q === "+" ? 1 : q === "{" ? Number(m[1]) : 0;
    this.i += m[0].length;
    if (src[this.i] === "?") this.i++; // lazy
    // a part that may repeat: whatever it matches may go on after it
    const out: _Pre = q === "?"
      ? atom
      : { full: new Set(), open: new Set([...atom.full, ...atom.open]) };
    if (min === 0) out.full.add("");
    return out;
  }

  #atom(): _Pre {
    const src = this.src;
    const c = src[this.i];
    if (c === "(") return this.#group();
    if (c === "[") {
      this.i++;
      if (src[this.i] === "^") this.i++;
      if (src[this.i] === "]") this.i++;
      while (this.i < src.length && src[this.i] !== "]") this.i += src[this.i] === "\\" ? 2 : 1;
      if (this.i >= src.length) throw new SyntaxError("class");
      this.i++;
      return _any();
    }
    if (c === "\\") return this.#escape();
    this.i++;
    if (c === ".") return _any();
    if (c === "^" || c === "$") return _empty();
    if ("*+?{}]|)".includes(c)) throw new SyntaxError("syntax");
    return this.#char(c);
  }

  #group(): _Pre {
    const src = this.src;
    const i = this.i;
    let look = false;
    if (src.startsWith("(?:", i)) this.i += 3;
    else if (src[i + 1] === "?") {
      if (src[i + 2] === "=" || src[i + 2] === "!") this.i += 3;
      else if (src[i + 2] === "<" && (src[i + 3] === "=" || src[i + 3] === "!")) this.i += 4;
      else throw new SyntaxError("named group");
      look = true;
    } else throw new SyntaxError("capturing group"); // the rows' groups are numbered by the scanner
    const inner = this.alt();
    if (src[this.i] !== ")") throw new SyntaxError("group");
    this.i++;
    return look ? _empty() : inner;
  }

  #escape(): _Pre {
    const src = this.src;
    const e = src[this.i + 1];
    this.i += 2;
    if (e === undefined) throw new SyntaxError("escape");
    if (e === "b" || e === "B") return _empty();
    if (/[sSdDwW]/.test(e)) return _any();
    if (/[pP]/.test(e) && src[this.i] === "{") {
      this.i = src.indexOf("}", this.i) + 1;
      if (this.i === 0) throw new SyntaxError("property");
      return _any();
    }
    if (/[A-Za-z0-9]/.test(e)) throw new SyntaxError("escape"); // \u, \x, \k, \1...: not read here
    return this.#char(e);
  }

  /** One literal character: ASCII only (others have case foldings not modelled here). */
  #char(c: string): _Pre {
    if (c.charCodeAt(0) >= 128) return _any();
    return { full: new Set([this.ignoreCase ? c.toLowerCase() : c]), open: new Set() };
  }
}

/** A match of a {@link _WordScanner}: its span, its text and the index of the row that matched. */
export interface _WordMatch {
  start: number;
  end: number;
  text: string;
  row: number;
}

/** Slot of the dispatch tables for a character that is not ASCII (nor folds to it). */
const _OTHER = 128;
/** Slots of a dispatch table: the ASCII characters and `_OTHER`. */
const _SLOTS = 129;

/**
 * By the first two characters (`a * _SLOTS + b`): per third character, the rows (in order) one of
 * whose prefixes the three characters begin with. A shorter prefix fits any next character.
 */
function _cells(prefixes: readonly Set<string>[]): Map<number, number[][]> {
  const out = new Map<number, number[][]>();
  const every = [...Array(_SLOTS).keys()];
  prefixes.forEach((set, row) => {
    for (const p of set) {
      const [a, b, c] = [0, 1, 2].map((k) => (k < p.length ? [p.charCodeAt(k)] : every));
      for (const x of a) {
        for (const y of b) {
          const pair = x * _SLOTS + y;
          let cells = out.get(pair);
          if (!cells) out.set(pair, cells = Array.from({ length: _SLOTS }, () => []));
          for (const z of c) if (cells[z].at(-1) !== row) cells[z].push(row);
        }
      }
    }
  });
  return out;
}

/**
 * The scanner of an alternation of rows (see the module comment). Build it with
 * {@link _WordScanner.of}, which gives null when a row's prefixes cannot be told (the caller then
 * keeps its RegExp).
 */
export class _WordScanner {
  /** By first and second character (folded): the index of a table by the third, or -1. */
  readonly #pairs = new Int32Array(_SLOTS * _SLOTS).fill(-1);
  /** By third character: the set of rows to try, or -1. */
  readonly #thirds: Int16Array[] = [];
  /** The rows of each set, in order. */
  readonly #sets: number[][] = [];
  /** One sticky RegExp per set, compiled when first needed. */
  readonly #res: (RegExp | null)[] = [];
  /** ASCII characters a match may not follow. */
  readonly #notAfterAscii = new Uint8Array(128);
  readonly #notAfter: RegExp;
  readonly #fold: boolean;

  private constructor(
    readonly rows: readonly string[],
    prefixes: readonly Set<string>[],
    notAfter: string,
    readonly tail: string,
    readonly flags: string,
  ) {
    this.#fold = flags.includes("i");
    this.#notAfter = new RegExp(`^${notAfter}$`, flags.includes("v") ? "v" : "u");
    for (let c = 0; c < 128; c++) {
      this.#notAfterAscii[c] = this.#notAfter.test(String.fromCharCode(c)) ? 1 : 0;
    }
    const ids = new Map<string, number>();
    for (const [pair, cells] of _cells(prefixes)) {
      const third = new Int16Array(_SLOTS).fill(-1);
      cells.forEach((rs, c) => {
        if (!rs.length) return;
        const key = rs.join(",");
        let id = ids.get(key);
        if (id === undefined) {
          ids.set(key, id = this.#sets.length);
          this.#sets.push(rs);
          this.#res.push(null);
        }
        third[c] = id;
      });
      this.#pairs[pair] = this.#thirds.length;
      this.#thirds.push(third);
    }
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
    const prefixes = rows.map((r) => _prefixes(r, flags.includes("i")));
    if (prefixes.some((p) => p === null)) return null;
    return new _WordScanner(rows, prefixes as Set<string>[], notAfter, tail, flags);
  }

  /** The first match that starts at or after `from`, or null. */
  exec(text: string, from = 0): _WordMatch | null {
    const n = text.length;
    const pairs = this.#pairs;
    const notAfter = this.#notAfterAscii;
    for (let i = from; i < n; i++) {
      // most positions are inside a word: the look back first, ASCII from a table
      if (i > 0) {
        const p = text.charCodeAt(i - 1);
        if (p < 128 ? notAfter[p] === 1 : this.#follows(text, i)) continue;
      }
      const f1 = this.#folded(text.charCodeAt(i));
      if (f1 === _OTHER) continue;
      const t = pairs[f1 * _SLOTS + (i + 1 < n ? this.#folded(text.charCodeAt(i + 1)) : _OTHER)];
      if (t < 0) continue;
      const id = this.#thirds[t][i + 2 < n ? this.#folded(text.charCodeAt(i + 2)) : _OTHER];
      if (id < 0) continue;
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

  /** Every match, in order (as a global RegExp's `exec` loop finds them). */
  all(text: string): _WordMatch[] {
    const out: _WordMatch[] = [];
    for (let m = this.exec(text, 0); m !== null; m = this.exec(text, m.end)) out.push(m);
    return out;
  }

  /** The dispatch slot of a code unit: itself when ASCII, lowercased under `i`, else `_OTHER`. */
  #folded(c: number): number {
    if (c < 128) return this.#fold && c >= 65 && c <= 90 ? c + 32 : c;
    if (this.#fold) {
      if (c === 0x17f) return 115; // ſ matches s under `iu`
      if (c === 0x212a) return 107; // the Kelvin sign matches k
    }
    return _OTHER;
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
