/**
 * Required literals of a pattern, for an exact prefilter: a text in which none of them occurs
 * (compared without case) cannot match the pattern, so the RegExp need not run. Most paragraphs
 * match no cue pattern; a `String.includes` of a rare character (`(@` of a tweet signature, `/` of
 * a photo credit) settles them faster than the RegExp's scan.
 *
 * Takes a pattern source (as written for the flags `iu`); gives the literals ({@link _required})
 * and a test of a text against them ({@link _prefilter}, {@link _mayMatch}).
 *
 * Exact because: a literal is only read from characters the pattern must match one after another
 * (an ASCII character written plainly or escaped, no class, `.`, or optional or repeated atom in
 * between; assertions `\b`, `^`, `$` match no character); a group is required only when every
 * branch is. Literals are compared without case: a character test (`includes`) only for ASCII
 * characters that have no case (no other character folds to them, with `i` or `iu`), otherwise a
 * RegExp with the flag `i`, which matches as `iu` does for ASCII letters on a text without `ſ`
 * (U+017F) or the Kelvin sign (U+212A); the caller skips the prefilter on such texts.
 * @module
 */

/** The parser's position in a pattern source. */
interface _At {
  src: string;
  i: number;
}

/** An atom of a branch: one literal character, a group's required literals, or anything else. */
type _Atom = { char: string } | { set: string[] | null } | { zero: true } | { other: true };

/**
 * Literals one of which (lower case) occurs in every match of `src`, or null when none is known.
 * A pattern it cannot read gives null (no prefilter): never a wrong literal.
 */
export function _required(src: string): string[] | null {
  const at: _At = { src, i: 0 };
  try {
    const set = _alternation(at);
    return at.i === src.length ? set : null;
  } catch {
    return null;
  }
}

/** `a|b|...` up to `)` or the end: the union of the branches' literals (null if one has none). */
function _alternation(at: _At): string[] | null {
  const branches = [_branch(at)];
  while (at.src[at.i] === "|") {
    at.i++;
    branches.push(_branch(at));
  }
  if (branches.some((b) => b === null)) return null;
  return [...new Set(branches.flat() as string[])];
}

/** One branch: its candidates (runs of literal characters, required groups), the best one. */
function _branch(at: _At): string[] | null {
  const candidates: string[][] = [];
  let run = "";
  const endRun = () => {
    if (run) candidates.push([run]);
    run = "";
  };
  while (at.i < at.src.length && at.src[at.i] !== "|" && at.src[at.i] !== ")") {
    const atom = _atom(at);
    const q = _quantifier(at);
    if ("zero" in atom && !q) continue;
    if ("char" in atom) {
      if (q && q.min === 0) {
        endRun();
        continue;
      }
      run += atom.char;
      if (q && q.max !== 1) endRun();
      continue;
    }
    endRun();
    if ("set" in atom && atom.set && (!q || q.min > 0)) candidates.push(atom.set);
  }
  endRun();
  return _best(candidates);
}

/** The candidate cheapest to test (fewest RegExps, then the longest shortest literal). */
function _best(candidates: string[][]): string[] | null {
  let best: string[] | null = null;
  let bestCost = Infinity;
  for (const c of candidates) {
    const cost = c.reduce((s, lit) => s + (_rareRun(lit) ? 1 : 100), 0) * 1000 -
      Math.min(...c.map((l) => l.length));
    if (cost < bestCost) {
      best = c;
      bestCost = cost;
    }
  }
  return best;
}

/** Escapes that stand for one plain character (the rest are classes, assertions or references). */
const _ESCAPED = /[\^$\\.*+?()[\]{}|/\-]/;

/** The next atom at `at.i` (moved past it). */
function _atom(at: _At): _Atom {
  const c = at.src[at.i++];
  if (c === "^" || c === "$") return { zero: true };
  if (c === ".") return { other: true };
  if (c === "[") {
    while (at.i < at.src.length && at.src[at.i] !== "]") at.i += at.src[at.i] === "\\" ? 2 : 1;
    if (at.i++ >= at.src.length) throw new SyntaxError("unclosed class");
    return { other: true };
  }
  if (c === "(") {
    const look = /^\?(?:[=!]|<[=!])/.test(at.src.slice(at.i, at.i + 3));
    if (at.src[at.i] === "?") {
      const m = /^\?(?::|[=!]|<[=!]|<[A-Za-z_$][\w$]*>)/.exec(at.src.slice(at.i));
      if (!m) throw new SyntaxError("unknown group");
      at.i += m[0].length;
    }
    const set = _alternation(at);
    if (at.src[at.i++] !== ")") throw new SyntaxError("unclosed group");
    return look ? { other: true } : { set };
  }
  if (c === "\\") {
    const e = at.src[at.i++] ?? "";
    if (e === "b" || e === "B") return { zero: true };
    if (e === "p" || e === "P" || e === "u" || e === "x" || e === "c" || e === "k") {
      // a property, code point or named reference: skip its braces or digits, match anything
      if (at.src[at.i] === "{" || at.src[at.i] === "<") {
        const close = at.src.indexOf(at.src[at.i] === "{" ? "}" : ">", at.i);
        if (close < 0) throw new SyntaxError("unclosed escape");
        at.i = close + 1;
      }
      return { other: true };
    }
    return _ESCAPED.test(e) ? { char: e } : { other: true };
  }
  if (c === ")" || c === "|" || c === "*" || c === "+" || c === "?" || c === "{") {
    throw new SyntaxError(`unexpected ${c}`);
  }
  return c.charCodeAt(0) < 128 ? { char: c.toLowerCase() } : { other: true };
}

/** A quantifier at `at.i` (moved past it, and past a lazy `?`), or null. */
function _quantifier(at: _At): { min: number; max: number } | null {
  const c = at.src[at.i];
  let q: { min: number; max: number } | null = null;
  if (c === "?") q = { min: 0, max: 1 };
  else if (c === "*") q = { min: 0, max: Infinity };
  else if (c === "+") q = { min: 1, max: Infinity };
  else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(at.src.slice(at.i));
    if (!m) throw new SyntaxError("bad quantifier");
    at.i += m[0].length - 1;
    q = { min: +m[1], max: m[2] === undefined ? +m[1] : m[3] === "" ? Infinity : +m[3] };
  }
  if (!q) return null;
  at.i++;
  if (at.src[at.i] === "?") at.i++;
  return q;
}

/**
 * The longest run of `lit` made of ASCII characters without case that are rare in prose
 * (not letters, digits, white space or `.,-'`), or "" when there is none.
 */
function _rareRun(lit: string): string {
  let best = "";
  for (const run of lit.split(/[a-z0-9\s.,'-]+/)) if (run.length > best.length) best = run;
  return best;
}

/** A prefilter: the character runs to look for, and the literals that need a case-blind RegExp. */
export interface _Prefilter {
  runs: readonly string[];
  re: RegExp | null;
}

/**
 * The prefilter of a pattern source, or null when it would cost more than the RegExp it spares:
 * no literal known, or more than `maxRegExps` literals needing a RegExp of their own.
 */
export function _prefilter(src: string, maxRegExps = 1): _Prefilter | null {
  const lits = _required(src);
  if (!lits || lits.length === 0) return null;
  const runs = new Set<string>();
  const words: string[] = [];
  for (const lit of lits) {
    const r = _rareRun(lit);
    if (r) runs.add(r);
    else words.push(lit);
  }
  if (words.length > maxRegExps) return null;
  // A run holding another run is found whenever that one is: test the shorter one only.
  const needed = [...runs].filter((r) => ![...runs].some((o) => o !== r && r.includes(o)));
  const escaped = words.map((w) => w.replace(/[\^$\\.*+?()[\]{}|/-]/g, "\\$&"));
  return { runs: needed, re: words.length ? new RegExp(escaped.join("|"), "i") : null };
}

/**
 * Whether `text` holds one of the prefilter's literals: false only when the pattern cannot match.
 * `text` must have neither `ſ` nor the Kelvin sign when the prefilter has a RegExp.
 */
export function _mayMatch(p: _Prefilter, text: string): boolean {
  for (const r of p.runs) if (text.includes(r)) return true;
  return p.re !== null && p.re.test(text);
}
