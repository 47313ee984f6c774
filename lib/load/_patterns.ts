/**
 * The paragraph patterns of `data/load_patterns.csv` (tweets, captions, boilerplate, comment markers...):
 * read once, grouped by kind into joined alternations, and matched against a paragraph or a line.
 * Takes a kind and a text; gives whether it matches, the first match or the count.
 * @module
 */

import { _parseCsv } from "../shared/_csv.ts";
import { _describe } from "../shared/_validate.ts";
import { _mayMatch, type _Prefilter, _prefilter } from "./_prefilter.ts";

interface _Pattern {
  kind: string;
  test: string;
  /** The pattern as written in the CSV. */
  pattern: string;
  re: RegExp;
  note: string;
  /** Literals one of which every match holds (`_prefilter.ts`), or null. */
  pre: _Prefilter | null;
}

let _patternCache: _Pattern[] | undefined;

/** The cue patterns, compiled once. `line` patterns must match the whole paragraph. */
function _patterns(): _Pattern[] {
  if (_patternCache) return _patternCache;
  const url = new URL("../../data/load_patterns.csv", import.meta.url);
  const rows = _parseCsv(Deno.readTextFileSync(url), "data/load_patterns.csv");
  const out: _Pattern[] = [];
  const [head, ...body] = rows.rows;
  const col = (name: string) => head.indexOf(name);
  for (const [k, r] of body.entries()) {
    const kind = r[col("kind")];
    const test = r[col("test")];
    const p = r[col("pattern")];
    const src = test === "line"
      ? `^(?:${p})$`
      : test === "prefix"
      ? `^(?:${p})`
      : test === "contains"
      ? p
      : null;
    if (src === null) {
      throw new SyntaxError(
        `data/load_patterns.csv line ${
          rows.lines[k + 1]
        }: expected test "line", "prefix" or "contains", found ${_describe(test)}`,
      );
    }
    let re: RegExp;
    try {
      re = new RegExp(src, "iu");
    } catch (e) {
      throw new SyntaxError(
        `data/load_patterns.csv line ${rows.lines[k + 1]}: expected a regular expression, found ${
          _describe(p)
        } (${(e as Error).message})`,
      );
    }
    out.push({ kind, test, pattern: p, re, note: r[col("note")] ?? "", pre: _prefilter(p) });
  }
  _patternCache = out;
  return out;
}

/** Longest paragraph a `line` pattern is tried on, and prefix length `prefix` patterns see. */
const _SHORT = 300;

/**
 * Runs one pattern on a paragraph. `line` patterns only see short paragraphs without trailing
 * punctuation, `prefix` patterns only the first {@link _SHORT} characters: this bounds regex work
 * on hostile input. `folds`: whether `text` has ſ or K ({@link _foldsToAscii}).
 */
function _exec(p: _Pattern, text: string, folds: boolean): RegExpExecArray | null {
  if (p.test === "line") {
    if (text.length > _SHORT) return null;
    return _execSeen(p, _lineText(text), folds);
  }
  if (p.test === "prefix") return _execSeen(p, text.slice(0, _SHORT), folds);
  return _execSeen(p, text, folds);
}

/** `p.re.exec(seen)`, skipped when `seen` lacks every literal a match needs (exact). */
function _execSeen(p: _Pattern, seen: string, folds: boolean): RegExpExecArray | null {
  if (p.pre && !folds && !_mayMatch(p.pre, seen)) return null;
  return p.re.exec(seen);
}

/** Characters `line` patterns ignore at the end of a paragraph (besides whitespace). */
const _LINE_TRAIL = new Set([".", ":", "!"]);

let _lineIn = "";
let _lineOut = "";

/**
 * A short paragraph without trailing whitespace and `.:!`, as `line` patterns see it (last one
 * cached). A backwards scan: the regex `[\s.:!]+$` retries at every position of the string.
 */
function _lineText(text: string): string {
  if (text !== _lineIn) {
    let end = text.length;
    while (end > 0 && (_LINE_TRAIL.has(text[end - 1]) || _isSpace(text.charCodeAt(end - 1)))) {
      end--;
    }
    _lineIn = text;
    _lineOut = end === text.length ? text : text.slice(0, end);
  }
  return _lineOut;
}

/** Whether a UTF-16 code unit is whitespace as the regex class `\s` defines it. */
export function _isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) ||
    (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
      c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * The patterns of one kind, plus one alternation per test (`line`, `prefix`, `contains`) of all
 * of them: a paragraph matches some pattern of the kind exactly when it matches one of these
 * (most paragraphs match none, and one scan replaces one per pattern). Patterns with groups that
 * an alternation would renumber or duplicate (back-references, named groups) stay apart.
 */
interface _Group {
  all: readonly _Pattern[];
  any: { line: _Alt | null; prefix: _Alt | null; contains: _Alt | null };
  apart: readonly _Pattern[];
}

/**
 * An alternation, compiled with the patterns' flags `iu` and, when that gives the same answers,
 * also with `i` alone, which V8 runs about three times faster. It does for a pattern written
 * in printable ASCII without `.`, negated classes, `\W`/`\S`/`\D`/`\B` or code-point escapes,
 * on a text without `ſ` (U+017F) or the Kelvin sign (U+212A): the only characters that Unicode
 * case folding (the `u` flag) matches to ASCII letters and word characters and `i` alone does
 * not.
 */
interface _Alt {
  re: RegExp;
  fast: RegExp | null;
  /** Literals one of which every match holds (`_prefilter.ts`), or null. */
  pre: _Prefilter | null;
}

/** Whether a pattern means the same with flags `i` and `iu` on texts without ſ and K (above). */
function _asciiSafe(pattern: string): boolean {
  if (/[^ -~]/.test(pattern)) return false;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      if (/[pPuxWSDBck]/.test(pattern[++i] ?? "")) return false;
    } else if (c === "[") {
      if (inClass || pattern[i + 1] === "^") return false;
      inClass = true;
    } else if (c === "]") inClass = false;
    else if (c === "." && !inClass) return false;
  }
  return true;
}

function _alt(src: string, safe: boolean): _Alt {
  return {
    re: new RegExp(src, "iu"),
    fast: safe ? new RegExp(src, "i") : null,
    pre: _prefilter(src),
  };
}

/** Whether `a` matches `text`; `folds`: whether `text` has ſ or K ({@link _foldsToAscii}). */
function _test(a: _Alt, text: string, folds: boolean): boolean {
  if (folds) return a.re.test(text);
  // Exact: a text without any of the literals every match holds cannot match.
  if (a.pre && !_mayMatch(a.pre, text)) return false;
  return (a.fast ?? a.re).test(text);
}

let _foldIn = "";
let _foldOut = false;

/**
 * Whether `text` has ſ or K, the characters that fold to ASCII letters with `iu` only (last one
 * cached: a paragraph's kinds are tested one after another). A part of a text has them only if
 * the text has: one test per paragraph serves all its slices.
 */
function _foldsToAscii(text: string): boolean {
  if (text !== _foldIn) {
    _foldIn = text;
    _foldOut = text.includes("\u017f") || text.includes("\u212a");
  }
  return _foldOut;
}

let _groupCache: Map<string, _Group> | null = null;

/** The group of patterns `all` (any order): their alternations and the patterns kept apart. */
function _makeGroup(all: readonly _Pattern[]): _Group {
  const joinable = (p: _Pattern) => !/\\[1-9k]|\(\?<[^=!]/.test(p.pattern);
  const alt = (test: string, wrap: (s: string) => string) => {
    const ps = all.filter((p) => p.test === test && joinable(p));
    const src = wrap(ps.map((p) => `(?:${p.pattern})`).join("|"));
    return ps.length ? _alt(src, ps.every((p) => _asciiSafe(p.pattern))) : null;
  };
  return {
    all,
    any: {
      line: alt("line", (s) => `^(?:${s})$`),
      prefix: alt("prefix", (s) => `^(?:${s})`),
      contains: alt("contains", (s) => s),
    },
    apart: all.filter((p) => !joinable(p)),
  };
}

/**
 * The patterns of `kind`, or of several kinds joined by `+` (`"tweet+caption"`: a paragraph
 * matches one of them exactly when it matches a pattern of one of the kinds).
 */
function _group(kind: string): _Group {
  if (!_groupCache) {
    const byKind = new Map<string, _Pattern[]>();
    for (const p of _patterns()) {
      const list = byKind.get(p.kind);
      if (list) list.push(p);
      else byKind.set(p.kind, [p]);
    }
    _groupCache = new Map();
    for (const [k, all] of byKind) _groupCache.set(k, _makeGroup(all));
  }
  let g = _groupCache.get(kind);
  if (!g && kind.includes("+")) {
    g = _makeGroup(kind.split("+").flatMap((k) => _group(k).all));
    _groupCache.set(kind, g);
  }
  return g ?? { all: [], any: { line: null, prefix: null, contains: null }, apart: [] };
}

/** Whether some pattern of group `g` matches `text` (as {@link _exec} runs it). */
function _groupMatches(g: _Group, text: string, folds: boolean): boolean {
  const { line, prefix, contains } = g.any;
  if (line && text.length <= _SHORT && _test(line, _lineText(text), folds)) return true;
  if (prefix && _test(prefix, text.length > _SHORT ? text.slice(0, _SHORT) : text, folds)) {
    return true;
  }
  if (contains && _test(contains, text, folds)) return true;
  for (const p of g.apart) if (_exec(p, text, folds) !== null) return true;
  return false;
}

/** Whether some pattern of `kind` matches `text` (as {@link _exec} runs it). */
export function _matches(kind: string, text: string): boolean {
  return _groupMatches(_group(kind), text, _foldsToAscii(text));
}

/** The match of the first pattern of `kind` (in file order) that matches `text`, or null. */
export function _firstMatch(kind: string, text: string): RegExpExecArray | null {
  const g = _group(kind);
  const folds = _foldsToAscii(text);
  if (!_groupMatches(g, text, folds)) return null;
  for (const p of g.all) {
    const m = _exec(p, text, folds);
    if (m) return m;
  }
  return null;
}

/** How many patterns of `kind` match `text`. */
export function _countMatches(kind: string, text: string): number {
  const g = _group(kind);
  const folds = _foldsToAscii(text);
  if (!_groupMatches(g, text, folds)) return 0;
  let n = 0;
  for (const p of g.all) if (_exec(p, text, folds) !== null) n++;
  return n;
}
