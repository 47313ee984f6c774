/**
 * The prefixes of a RegExp pattern: the first characters (up to `k`) one of which begins every
 * match, read off its source for the word-start scanner (`_word_scan.ts`). Takes a source and the
 * case flag; gives a set of prefixes, or null when they cannot be told. White space (`\s`, a
 * run of it, a literal space) reads as one space, as the scanner reads the text. The source is
 * read by `_regex_parse.ts`; the prefixes are a walk of its tree.
 * @module
 */

import { _CASELESS, type _Node, _parse } from "./_regex_parse.ts";

/** Prefixes of a part: of whole matches (`full`: more may follow) and cut short (`open`). */
interface _Pre {
  full: Set<string>;
  open: Set<string>;
}

/**
 * The prefixes (up to `k` characters, lowercased when `ignoreCase`; white space, `\s` and a run of
 * it read as one space) one of which begins every match of the pattern `src` (compiled with the
 * `u` flag), or null when that cannot be told: the pattern can match the empty string or begin
 * with a class not of literal characters, `\S`, `\p{..}`, `.` or a non-ASCII character other
 * than a quotation mark (`_CASELESS`), or it has a capturing group or syntax not read here. A shorter prefix stands for every continuation (a
 * class after a letter). Lookarounds and `\b` count as matching nothing, so the set is only ever
 * larger than needed, never too small.
 */
export function _prefixes(src: string, ignoreCase: boolean, k = 3): Set<string> | null {
  try {
    const tree = _parse(src);
    // (every part is read for its groups first: the parts of a sequence past its prefixes' end
    // are then not read at all)
    _noGroups(tree);
    const r = _pre(tree, ignoreCase, k);
    const all = new Set([...r.full, ...r.open]);
    return all.has("") ? null : all;
  } catch {
    return null;
  }
}

const _empty = (): _Pre => ({ full: new Set([""]), open: new Set() });
const _any = (): _Pre => ({ full: new Set(), open: new Set([""]) });
const _full = (xs: Iterable<string>): _Pre => ({ full: new Set(xs), open: new Set() });

/** `a` then `b`. */
function _cat(a: _Pre, b: _Pre, k: number): _Pre {
  const out: _Pre = { full: new Set(), open: new Set(a.open) };
  const add = (s0: string, full: boolean) => {
    const s = s0.includes("  ") ? s0.replace(/ +/g, " ") : s0; // a run of white space reads as one
    if (s.length >= k) out.open.add(s.slice(0, k));
    else (full ? out.full : out.open).add(s);
  };
  for (const f of a.full) {
    for (const g of b.full) add(f + g, true);
    for (const g of b.open) add(f + g, false);
  }
  return out;
}

/**
 * The prefixes of a part. Literal characters are ASCII only (others have case foldings not
 * modelled here), or quotation marks ({@link _CASELESS}: no case); a class of literal characters gives each of them, any other class, `.`, `\S`,
 * `\d`, `\w` and `\p{..}` stand for anything; `\b`, `^`, `$` and lookarounds match nothing.
 * Throws `SyntaxError` at a capturing group or a back-reference, even inside a lookaround: the
 * scanner numbers the rows' groups.
 */
function _pre(n: _Node, ignoreCase: boolean, k: number): _Pre {
  const pre = (x: _Node) => _pre(x, ignoreCase, k);
  const char = (c: string) => (ignoreCase ? c.toLowerCase() : c);
  if (n.type === "alt") {
    const [out, ...rest] = n.alts.map(pre);
    for (const p of rest) {
      for (const x of p.full) out.full.add(x);
      for (const x of p.open) out.open.add(x);
    }
    return out;
  }
  if (n.type === "seq") {
    let acc = _empty();
    for (const x of n.items) {
      // (past the prefixes' end, whatever follows adds nothing)
      if (!acc.full.size) break;
      acc = _cat(acc, pre(x), k);
    }
    return acc;
  }
  if (n.type === "backref" || (n.type === "group" && n.capture)) {
    throw new SyntaxError(`_prefixes: expected no capturing group or back-reference`);
  }
  if (n.type === "group") return pre(n.body);
  if (n.type === "look") pre(n.body); // matches no text, but its groups are numbered too
  if (n.type === "repeat") return _repeat(pre(n.body), n.op === "?", n.min);
  if (n.type === "char") {
    return n.c.charCodeAt(0) >= 128 && !_CASELESS.includes(n.c) ? _any() : _full([char(n.c)]);
  }
  if (n.type === "class") return n.chars ? _full(n.chars.map(char)) : _any();
  // white space reads as one space: the scanner reads every white space character as one
  if (n.type === "escape" && n.kind === "s") return _full([" "]);
  if (n.type === "any" || (n.type === "escape" && n.kind !== "b" && n.kind !== "B")) return _any();
  return _empty(); // a lookaround, `\b`, `^`, `$`
}

/** Throws `SyntaxError` at a capturing group or a back-reference anywhere in `n`, as `_pre` does. */
function _noGroups(n: _Node): void {
  if (n.type === "backref" || (n.type === "group" && n.capture)) {
    throw new SyntaxError(`_prefixes: expected no capturing group or back-reference`);
  }
  if (n.type === "alt") n.alts.forEach(_noGroups);
  else if (n.type === "seq") n.items.forEach(_noGroups);
  else if (n.type === "group" || n.type === "look" || n.type === "repeat") _noGroups(n.body);
}

/** The prefixes of a part repeated (`optional`: written `?`) at least `min` times. */
function _repeat(atom: _Pre, optional: boolean, min: number): _Pre {
  // white space repeated (`\s+`): a run, which reads as one space
  if (atom.full.size === 1 && atom.full.has(" ") && !atom.open.size) {
    return _full(min === 0 ? ["", " "] : [" "]);
  }
  // a part that may repeat: whatever it matches may go on after it
  const out: _Pre = optional
    ? atom
    : { full: new Set(), open: new Set([...atom.full, ...atom.open]) };
  if (min === 0) out.full.add("");
  return out;
}

/**
 * A code unit of `\s` (white space and line ends: what `\s` matches, read as a space in the
 * prefixes). Not ASCII: U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000,
 * U+FEFF.
 */
export function _isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A code unit as the `iu` flags compare it with an ASCII letter: A-Z lower-cased, "ſ" as "s", the
 * Kelvin sign as "k"; any other unchanged.
 */
export function _foldIu(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x17f) return 115;
  if (c === 0x212a) return 107;
  return c;
}
