/**
 * Reading RegExp source text: the literal words a pattern needs, and a one-pass filter built on
 * them that tells which of many patterns can match in a text. The analysis is conservative:
 * where a pattern is unusual it answers "cannot tell" (null), so a filter built from it never
 * makes a match go missing. The source is read by `_regex_parse.ts`; the needles are a walk of
 * its tree.
 * @module
 */

import { type _Node, _parse } from "./_regex_parse.ts";

// ---------------------------------------------------------------------------------------------
// needles: literal strings one of which every match contains

/** What the analysis knows about a part of a pattern. */
interface _Lit {
  /** All the strings the part can match (lowercased ASCII), when few and known; else null. */
  exact: string[] | null;
  /** Strings one of which every match of the part contains; null: no such knowledge. */
  need: string[] | null;
}

/** Largest set of strings kept while concatenating exact parts (`(?:a|b)(?:c|d)` → 4). */
const _EXACT_MAX = 16;

/**
 * Literal strings (lowercased ASCII) one of which every match of the pattern `src` (compiled
 * with the `u` flag, case-insensitive or not) contains, or null when that cannot be told (a part
 * that can be empty everywhere, unusual syntax). A filter built from it is exact: where no needle
 * occurs (compared with `iu` case folding), the pattern cannot match. Lookarounds, classes, `\s`, `\p{..}` and
 * quantified parts count as unknown text, so the analysis only ever gives up, never guesses.
 */
export function _needles(src: string): string[] | null {
  let need: string[] | null;
  try {
    need = _req(_lit(_parse(src)));
  } catch {
    return null;
  }
  if (!need || _score(need) < 0) return null;
  // a needle that contains another needle of the set adds nothing: drop it
  const set = [...new Set(need)];
  return set.filter((n) => !set.some((m) => m !== n && n.includes(m)));
}

/** The rank of a requirement: higher when its shortest needle is longer (rarer in text). */
function _score(s: string[] | null): number {
  return !s || s.some((x) => x === "") ? -1 : Math.min(...s.map((x) => x.length)) * 100 - s.length;
}

/** The better of two requirements. */
function _best(a: string[] | null, b: string[] | null): string[] | null {
  return _score(b) > _score(a) ? b : a;
}

/** The requirement a part makes: its exact strings or its needles, whichever is better. */
function _req(l: _Lit): string[] | null {
  return _best(l.exact, l.need);
}

const _UNKNOWN: _Lit = { exact: null, need: null };

/**
 * What a part of a pattern needs. A repeated part keeps its requirement only when it must occur
 * at least once; lookarounds, classes, escapes but literal ones, `.`, `^` and `$` are unknown text.
 */
function _lit(n: _Node): _Lit {
  if (n.type === "alt") return _altLit(n.alts.map(_lit));
  if (n.type === "seq") return _seqLit(n.items.map(_lit));
  if (n.type === "group") return _lit(n.body);
  if (n.type === "repeat") return { exact: null, need: n.min >= 1 ? _req(_lit(n.body)) : null };
  // one literal character: ASCII only (others have case foldings this does not model)
  if (n.type === "char" && n.c < "\x80") return { exact: [n.c.toLowerCase()], need: null };
  return _UNKNOWN;
}

/** What alternatives need: all their exact strings, or one of each one's requirement. */
function _altLit(parts: _Lit[]): _Lit {
  const exact = parts.every((p) => p.exact) ? parts.flatMap((p) => p.exact!) : null;
  const reqs = parts.map(_req);
  const need = reqs.every((r) => r && _score(r) >= 0) ? reqs.flatMap((r) => r!) : null;
  return { exact: exact && exact.length <= _EXACT_MAX ? exact : null, need };
}

/** What a sequence needs: the best of its runs of exact parts and of its parts' own needles. */
function _seqLit(atoms: _Lit[]): _Lit {
  let run: string[] | null = [""]; // exact strings of the atoms since the last unknown one
  let need: string[] | null = null;
  let allExact = true;
  for (const atom of atoms) {
    if (atom.exact && run) {
      const next: string[] = [];
      for (const a of run) for (const b of atom.exact) next.push(a + b);
      if (next.length <= _EXACT_MAX) {
        run = next;
        continue;
      }
    }
    // the run ends here: it is one candidate requirement, the atom's own is another
    allExact = false;
    if (run) need = _best(need, run);
    need = _best(need, atom.need);
    run = atom.exact;
  }
  if (run) need = _best(need, run);
  return { exact: allExact ? run : null, need };
}

/**
 * A one-pass filter for many patterns: `possible(text)` marks the patterns (by index) that can
 * match somewhere in `text` because one of their {@link _needles} occurs in it; patterns whose
 * needles cannot be told are always marked. Exact (never leaves out a pattern that matches), so
 * a caller may skip the patterns left unmarked.
 *
 * How: a needle occurs in the text only if its longest run of ASCII letters and digits (its
 * "piece") occurs inside one word of the text, a word being a maximal run of ASCII letters and
 * digits of the lowercased text. So the text is cut into words once; each distinct word is looked
 * up (memoised) for the needles whose piece it contains, and only those needles are then searched
 * for in the text. Lowercasing is exact here: under the `iu` flags a lowercase ASCII letter
 * matches itself, its capital, "ſ" (U+017F, for "s", which `toLowerCase` keeps, so it is mapped
 * to "s" too) and the Kelvin sign (U+212A, lowercased to "k") only; lowercasing other characters
 * can only add occurrences, never remove one.
 */
export class _Prefilter {
  /** Patterns marked whatever the text. */
  readonly #always: number[] = [];
  /** The answer for a text with no needle: 1 for the patterns in `#always`, else 0. */
  readonly #blank: number[];
  /** Distinct needles: the text, its piece (at offset `at`), the patterns it marks. */
  readonly #needles: { needle: string; piece: string; at: number; patterns: number[] }[] = [];
  /** By hash of a word: the word and the needles whose piece it contains. */
  readonly #byWord = new Map<number, { word: string; needles: readonly number[] }>();
  /** Length of the shortest piece: shorter words contain none. */
  readonly #minPiece: number = Infinity;
  /** Per needle: the number of the last `possible` call that looked for it. */
  readonly #seen: Uint32Array;
  #call = 0;
  readonly #n: number;

  constructor(patterns: readonly string[]) {
    this.#n = patterns.length;
    const byNeedle = new Map<string, number[]>();
    patterns.forEach((p, k) => {
      const needles = _needles(p);
      const pieces = needles?.map(_piece);
      if (!needles || pieces!.some((x) => x === "")) this.#always.push(k);
      else for (const n of needles) (byNeedle.get(n) ?? byNeedle.set(n, []).get(n)!).push(k);
    });
    for (const [needle, ks] of byNeedle) {
      const piece = _piece(needle);
      this.#needles.push({ needle, piece, at: needle.indexOf(piece), patterns: ks });
      this.#minPiece = Math.min(this.#minPiece, piece.length);
    }
    this.#seen = new Uint32Array(this.#needles.length);
    this.#blank = new Array<number>(this.#n).fill(0);
    for (const k of this.#always) this.#blank[k] = 1;
  }

  /** Per pattern index: 1 when the pattern can match in `text`, 0 when it cannot. */
  possible(text: string): number[] {
    // a copy of a small array of integers: cheaper than a fresh typed array per call
    const out = this.#blank.slice();
    let lower = text.toLowerCase();
    if (lower.includes("ſ")) lower = lower.replace(/ſ/g, "s");
    // a new call number (after 2^32 - 1 calls, start over with all needles unseen)
    if (++this.#call > 0xffffffff) {
      this.#seen.fill(0);
      this.#call = 1;
    }
    const call = this.#call;
    // words are found and hashed in one pass, without cutting them out of the text
    let start = -1;
    let h = 0;
    for (let i = 0; i <= lower.length; i++) {
      const c = i < lower.length ? lower.charCodeAt(i) : 0;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (start < 0) {
          start = i;
          h = 0;
        }
        h = (Math.imul(h, 31) + c) & 0x3fffffff; // 30 bits: a small integer, a cheap Map key
      } else if (start >= 0) {
        if (i - start >= this.#minPiece) {
          for (const n of this.#word(lower, start, i, h)) {
            if (this.#seen[n] === call) continue;
            const { needle, piece, at, patterns } = this.#needles[n];
            // a needle that is its piece occurs already; a longer one is searched for, from
            // where it would begin with its piece in this word: every occurrence has its piece
            // in a word, and this is the first word with the piece, so none begins earlier
            this.#seen[n] = call;
            if (needle !== piece && !lower.includes(needle, Math.max(0, start - at))) continue;
            for (const k of patterns) out[k] = 1;
          }
        }
        start = -1;
      }
    }
    return out;
  }

  /** The needles whose pieces occur in the word `lower.slice(start, end)` (hash `h`). */
  #word(lower: string, start: number, end: number, h: number): readonly number[] {
    // memoised by hash; the entry's word is compared, so a collision only costs a recount
    const hit = this.#byWord.get(h);
    if (hit && hit.word.length === end - start && lower.startsWith(hit.word, start)) {
      return hit.needles;
    }
    const word = lower.slice(start, end);
    const needles: number[] = [];
    this.#needles.forEach(({ piece }, n) => {
      if (word.includes(piece)) needles.push(n);
    });
    if (this.#byWord.size >= 100_000) this.#byWord.clear();
    this.#byWord.set(h, { word, needles });
    return needles;
  }
}

/** The longest run of ASCII letters and digits of a needle ("" when none). */
function _piece(needle: string): string {
  return (needle.match(/[a-z0-9]+/g) ?? []).reduce((a, b) => (b.length > a.length ? b : a), "");
}
