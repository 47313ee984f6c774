/**
 * The mutants of `deno task mutants` (tools/mutants.ts): every candidate mutation of a source file,
 * and a seeded choice among them.
 *
 * Takes: a file's path and text; the candidates, a count and a seed.
 * Gives: {@link _candidates} (every mutation of one file, in source order) and {@link _pick} (`n`
 * of them by a seeded shuffle: the same seed and sources, the same mutants).
 *
 * Mutations (small, each alone): flip a comparison, `&&` ↔ `||`, drop a `.filter()` condition,
 * negate an `if`, return early (`if (…) return` always taken), `-` → `+`, `true` ↔ `false`, and
 * swap two values of one enum (`"russia"` ↔ `"ukraine"`). Candidates are found outside comments,
 * strings and regular expressions.
 * @module
 */

import { mulberry32 } from "../bench/_corpus.ts";

/** One mutation: replace `from` at `start` of `file` by `to`. */
export interface Mutant {
  file: string;
  start: number;
  from: string;
  to: string;
  kind: string;
  line: number;
}

const _ENUMS = [
  ["russia", "ukraine", "independent", "contested"],
  ["official", "mapping", "blogger", "media", "commenter"],
  ["captured", "advancing", "encircled", "holding", "repelled", "denied", "recaptured"],
  ["north", "south", "east", "west", "centre"],
];

/**
 * `src` with comments, string/template contents and regular expression literals blanked (same
 * length), and the spans of plain string literals (without quotes).
 */
export function _mask(src: string): { code: string; strings: [number, number][] } {
  const out = src.split("");
  const strings: [number, number][] = [];
  const blank = (a: number, b: number) => {
    for (let k = a; k < b; k++) if (out[k] !== "\n") out[k] = " ";
  };
  let i = 0;
  let prev = ""; // last significant code character, to tell a regex from a division
  while (i < src.length) {
    const c = src[i];
    if (c === "/" && src[i + 1] === "/") {
      const e = src.indexOf("\n", i);
      const end = e < 0 ? src.length : e;
      blank(i, end);
      i = end;
    } else if (c === "/" && src[i + 1] === "*") {
      const end = src.indexOf("*/", i + 2) + 2;
      blank(i, end);
      i = end;
    } else if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === "\\" ? 2 : 1;
      if (c !== "`") strings.push([i + 1, j]);
      blank(i + 1, j);
      i = j + 1;
      prev = c;
    } else if (c === "/" && (prev === "" || /[(,=:[!&|?{};]/.test(prev))) {
      let j = i + 1;
      let cls = false;
      while (j < src.length && (cls || src[j] !== "/") && src[j] !== "\n") {
        if (src[j] === "\\") j++;
        else if (src[j] === "[") cls = true;
        else if (src[j] === "]") cls = false;
        j++;
      }
      blank(i + 1, j);
      i = j + 1;
      prev = "/";
    } else {
      if (!/\s/.test(c)) prev = c;
      i++;
    }
  }
  return { code: out.join(""), strings };
}

/** The index just past the parenthesis closing the one at `open` in masked code. */
function _close(code: string, open: number): number {
  let depth = 0;
  for (let k = open; k < code.length; k++) {
    if (code[k] === "(") depth++;
    else if (code[k] === ")" && --depth === 0) return k + 1;
  }
  return -1;
}

/** Every mutation candidate of one file, in source order. */
export function _candidates(file: string, src: string): Mutant[] {
  const { code, strings } = _mask(src);
  const out: Mutant[] = [];
  const lineAt = (p: number) => src.slice(0, p).split("\n").length;
  const add = (start: number, from: string, to: string, kind: string) =>
    out.push({ file, start, from, to, kind, line: lineAt(start) });
  const flips: Record<string, string> = {
    " <= ": " > ",
    " >= ": " < ",
    " < ": " >= ",
    " > ": " <= ",
    " === ": " !== ",
    " !== ": " === ",
    " && ": " || ",
    " || ": " && ",
    " - ": " + ",
  };
  for (const m of code.matchAll(/ (?:<=|>=|<|>|===|!==|&&|\|\||-) /g)) {
    const kind = m[0].trim() === "-"
      ? "invert sign"
      : /&|\|/.test(m[0])
      ? "swap and/or"
      : "flip comparison";
    add(m.index!, m[0], flips[m[0]], kind);
  }
  for (const m of code.matchAll(/\b(true|false)\b/g)) {
    add(m.index!, m[0], m[0] === "true" ? "false" : "true", "flip boolean");
  }
  for (const m of code.matchAll(/\.filter\(\(?\w*(?:, \w+)?\)? => /g)) {
    const open = m.index! + 7;
    const end = _close(code, open);
    const body = m.index! + m[0].length;
    if (end > body) add(body, src.slice(body, end - 1), "true", "drop filter condition");
  }
  for (const m of code.matchAll(/\bif \(/g)) {
    const open = m.index! + 3;
    const end = _close(code, open);
    if (end < 0) continue;
    const cond = src.slice(open, end);
    add(open, cond, `(!${cond})`, "negate if");
    if (/^\s*return\b/.test(code.slice(end))) add(open, cond, "(true)", "return early");
  }
  for (const [a, b] of strings) {
    const v = src.slice(a, b);
    const e = _ENUMS.find((g) => g.includes(v));
    if (!e) continue;
    const other = e[(e.indexOf(v) + 1) % e.length];
    add(a, v, other, "swap enum value");
  }
  return out;
}

/** `n` of `all`, chosen by a seeded shuffle (deterministic for the same seed and candidates). */
export function _pick(all: readonly Mutant[], n: number, seed: number): Mutant[] {
  const xs = [...all];
  const r = mulberry32(seed);
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs.slice(0, n).sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
}
