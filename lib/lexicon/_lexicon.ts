/**
 * Private helpers for the extraction stages: CSV rows (through `_csv.ts`) and cached access to the
 * knowledge tables in `data/` (actors, places, lexicons).
 * @module
 */

import { _parseCsv } from "../shared/_csv.ts";

/** Parses CSV text into rows of strings. Throws `SyntaxError` naming `file` and line when malformed. */
export function _csvRows(text: string, file = "<csv>"): string[][] {
  return _parseCsv(text, file).rows;
}

/** CSV text → objects keyed by the header row. Checks that `required` columns exist. */
export function _csvObjects(
  text: string,
  file: string,
  required: readonly string[] = [],
  trim = true,
): Record<string, string>[] {
  const rows = _csvRows(text, file);
  if (!rows.length) throw new SyntaxError(`${file}: expected a header row, found an empty file`);
  const header = rows[0].map((h) => h.trim());
  for (const r of required) {
    if (!header.includes(r)) {
      throw new SyntaxError(
        `${file}:1: expected a column ${JSON.stringify(r)}, found ${header.join(",")}`,
      );
    }
  }
  return rows.slice(1).map((cells, i) => {
    // a comma inside an unquoted field shifts every later field: refuse it rather than misread
    if (cells.slice(header.length).some((c) => c.trim() !== "")) {
      throw new SyntaxError(
        `${file}:${i + 2}: expected ${header.length} fields (${header.join(",")}), found ` +
          `${cells.length}; quote a field that holds a comma`,
      );
    }
    const o: Record<string, string> = {};
    header.forEach((h, i) => (o[h] = trim ? (cells[i] ?? "").trim() : (cells[i] ?? "")));
    return o;
  });
}

const _cache = new Map<string, string>();

/** Reads a file of the project's `data/` folder (cached). */
export function _dataText(name: string): string {
  const hit = _cache.get(name);
  if (hit !== undefined) return hit;
  const text = Deno.readTextFileSync(new URL(`../../data/${name}`, import.meta.url));
  _cache.set(name, text);
  return text;
}

/** Word lists of `data/lexicon_words.csv` by category. */
export interface _Words {
  [category: string]: string[];
}

let _wordsCache: _Words | null = null;

/** The categorised word lists (hedges, blockers, attribution verbs, stop words...). */
export function _words(): _Words {
  if (_wordsCache) return _wordsCache;
  const out: _Words = {};
  for (
    const r of _csvObjects(_dataText("lexicon_words.csv"), "data/lexicon_words.csv", [
      "category",
      "word",
    ], false)
  ) {
    (out[r.category] ??= []).push(r.word);
  }
  _wordsCache = out;
  return out;
}

/** The words of one category of `data/lexicon_words.csv`; a category with no row is an error. */
export function _wordList(category: string): string[] {
  const list = _words()[category];
  if (!list?.length) {
    throw new SyntaxError(
      `data/lexicon_words.csv: expected rows of category "${category}", found none`,
    );
  }
  return list;
}

/** Escapes a literal for use inside a RegExp. */
export function _reEscape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A case-insensitive alternation of literal phrases with letter boundaries (longest first). */
export function _phraseRe(phrases: readonly string[], flags = "giu"): RegExp {
  const alts = [...phrases].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((p) =>
    _reEscape(p).replace(/ /g, "\\s+")
  );
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${_factorAlts(alts, flags)})(?![\\p{L}\\p{N}])`,
    flags,
  );
}

/**
 * The alternation `alts.join("|")` for a case-insensitive RegExp, with common leading letters
 * and digits factored out (`k(?:yiv|harkiv)`), up to `depth` characters: the same matches in
 * the same preference order (at an offset, only the alternatives of one first character can
 * match, in their original order), far fewer attempts for the engine. Alternatives left as they
 * are where a factor would not be exact (a leading escape or class, an empty alternative before
 * a longer one, a RegExp without the `i` flag).
 */
export function _factorAlts(alts: readonly string[], flags: string, depth = 8): string {
  if (!flags.includes("i")) return alts.join("|");
  return _factor(alts, depth);
}

function _factor(alts: readonly string[], depth: number): string {
  if (depth <= 0 || alts.length < 2) return alts.join("|");
  const groups = new Map<string, string[]>();
  let empties = 0;
  for (const a of alts) {
    if (a === "") {
      empties++;
      continue;
    }
    // an empty alternative must come after every longer one to keep the order of preference
    if (empties) return alts.join("|");
    const c = a[0];
    if (!/^[A-Za-z0-9]$/.test(c)) return alts.join("|");
    const k = c.toLowerCase();
    let g = groups.get(k);
    if (!g) groups.set(k, g = []);
    g.push(a.slice(1));
  }
  const parts = [...groups].map(([k, g]) =>
    g.length === 1 ? k + g[0] : `${k}(?:${_factor(g, depth - 1)})`
  );
  for (let i = 0; i < empties; i++) parts.push("");
  return parts.join("|");
}

const _normCache = new Map<string, string>();

/** Lowercase, accents removed, apostrophes unified, hyphens and spaces collapsed to one space. */
export function _norm(s: string): string {
  const hit = _normCache.get(s);
  if (hit !== undefined) return hit;
  const out = s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(
    /[’`ʼ]/g,
    "'",
  ).replace(/[\s\-‐‑–]+/g, " ").trim();
  // memoised (pure); bounded so that a huge corpus does not grow the cache without end
  if (_normCache.size >= 100_000) _normCache.clear();
  _normCache.set(s, out);
  return out;
}

/**
 * The matches of a global RegExp, like `text.matchAll(re)` (same start at `re.lastIndex`, same
 * empty-match stepping, `re.lastIndex` left as found) but without cloning the RegExp per call.
 */
export function _matchAll(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError("_matchAll: expected a global RegExp");
  const start = re.lastIndex;
  const out: RegExpExecArray[] = [];
  const unicode = re.unicode || re.unicodeSets;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(m);
    if (m[0] === "") {
      const i = re.lastIndex;
      const c = unicode ? text.codePointAt(i) : undefined;
      re.lastIndex = i + (c !== undefined && c > 0xffff ? 2 : 1);
    }
  }
  re.lastIndex = start;
  return out;
}
