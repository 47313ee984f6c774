/**
 * Reading RegExp source text into a small tree, for the analyses of `_regex_source.ts` (needles)
 * and `_prefixes.ts` (prefixes). Takes a source (as compiled with the `u` flag); gives its tree
 * ({@link _parse}), or throws `SyntaxError` at syntax not read here: named groups and other `(?`
 * forms, letter escapes but the class escapes (`\u`, `\x`, `\k`, `\n`...), a quantifier with
 * nothing to repeat, a group or class left open. The analyses answer "cannot tell" for such
 * sources, so the parser only has to be right about what it accepts.
 * @module
 */

/**
 * A part of a pattern: alternatives (two or more, each a sequence); a sequence; a group, capturing
 * or not; a lookaround (it consumes no text); a quantified part (`op` as written, `min` to `max`
 * repeats); a literal character (a UTF-16 code unit, written or escaped); a class, with its
 * characters when it is a plain list of printable ASCII ones (`\s` read as a space), else null
 * (negated, a range, a letter escape, set syntax, other characters); a class escape `\s \S \d \D
 * \w \W`, a word boundary `\b \B` or a property `\p{…} \P{…}`; a back-reference; `.`; `^`, `$`.
 */
export type _Node =
  | { type: "alt"; alts: _Node[] }
  | { type: "seq"; items: _Node[] }
  | { type: "group"; capture: boolean; body: _Node }
  | { type: "look"; behind: boolean; negate: boolean; body: _Node }
  | { type: "repeat"; op: "?" | "*" | "+" | "{"; min: number; max: number; body: _Node }
  | { type: "char"; c: string }
  | { type: "class"; chars: string[] | null }
  | { type: "escape"; kind: string }
  | { type: "backref"; n: number }
  | { type: "any" }
  | { type: "edge"; c: string };

/** The tree of the pattern `src`; throws `SyntaxError` at syntax not read here (see the module). */
export function _parse(src: string): _Node {
  const p = new _Parser(src);
  const tree = p.alt();
  if (p.i !== src.length) throw p.fail("the end");
  return tree;
}

const _QUANTIFIER = /[?*+]|\{(\d+)(,(\d*))?\}/y;
const _GROUP = /\((\?(?::|<?[=!]))?/y;

/** Reads a source from `i` on, part by part (alternatives, sequences, atoms). */
class _Parser {
  i = 0;
  constructor(readonly src: string) {}

  /** A `SyntaxError` saying what was expected at `i` and what is there. */
  fail(expected: string): SyntaxError {
    const found = this.i < this.src.length ? `"${this.src[this.i]}"` : "the end";
    return new SyntaxError(`_parse: expected ${expected} at ${this.i}, found ${found}`);
  }

  /** Alternatives up to a `)` or the end. */
  alt(): _Node {
    const alts = [this.#seq()];
    while (this.src[this.i] === "|") {
      this.i++;
      alts.push(this.#seq());
    }
    return alts.length === 1 ? alts[0] : { type: "alt", alts };
  }

  /** One alternative: atoms (quantified or not) up to a `|`, a `)` or the end. */
  #seq(): _Node {
    const src = this.src;
    const items: _Node[] = [];
    while (this.i < src.length && src[this.i] !== "|" && src[this.i] !== ")") {
      items.push(this.#quantified(this.#atom()));
    }
    return { type: "seq", items };
  }

  /** The atom with the quantifier after it, if any, read too. */
  #quantified(body: _Node): _Node {
    const op = this.src[this.i];
    if (op !== "?" && op !== "*" && op !== "+" && op !== "{") return body;
    _QUANTIFIER.lastIndex = this.i;
    const m = _QUANTIFIER.exec(this.src);
    if (!m) throw this.fail("a quantifier");
    this.i += m[0].length;
    if (this.src[this.i] === "?") this.i++; // lazy: the same texts match
    const min = op === "+" ? 1 : op === "{" ? Number(m[1]) : 0;
    // `{n}` repeats n times, `{n,}` n or more, `{n,m}` n to m
    const max = op === "?" ? 1 : op === "{" ? Number(m[3] || (m[2] ? Infinity : min)) : Infinity;
    return { type: "repeat", op, min, max, body };
  }

  /** A group, a class, an escape, `.`, `^`, `$` or one literal character. */
  #atom(): _Node {
    const c = this.src[this.i];
    if (c === "(") return this.#group();
    if (c === "[") return this.#class();
    if (c === "\\") return this.#escape();
    if ("*+?{}]|)".includes(c)) throw this.fail("an atom");
    this.i++;
    if (c === ".") return { type: "any" };
    if (c === "^" || c === "$") return { type: "edge", c };
    return { type: "char", c };
  }

  /** A group or a lookaround, with what is inside. */
  #group(): _Node {
    _GROUP.lastIndex = this.i;
    const head = _GROUP.exec(this.src)![1] ?? "";
    if (!head && this.src[this.i + 1] === "?") throw this.fail(`"(", "(?:" or a lookaround`);
    this.i += 1 + head.length;
    const body = this.alt();
    if (this.src[this.i] !== ")") throw this.fail('")"');
    this.i++;
    if (head === "" || head === "?:") return { type: "group", capture: !head, body };
    return { type: "look", behind: head[1] === "<", negate: head.endsWith("!"), body };
  }

  /** A class, its body skipped to the closing `]` (escapes and a leading `]` included). */
  #class(): _Node {
    const src = this.src;
    const from = ++this.i;
    if (src[this.i] === "^") this.i++;
    if (src[this.i] === "]") this.i++;
    while (this.i < src.length && src[this.i] !== "]") this.i += src[this.i] === "\\" ? 2 : 1;
    if (this.i >= src.length) throw this.fail('"]"');
    this.i++;
    return { type: "class", chars: _classChars(src.slice(from, this.i - 1)) };
  }

  /** An escape: a class escape, a property, a back-reference or a literal character. */
  #escape(): _Node {
    const src = this.src;
    const e = src[this.i + 1];
    if (e === undefined) throw this.fail("a character after \\");
    this.i += 2;
    if (/[sSdDwWbB]/.test(e)) return { type: "escape", kind: e };
    if ((e === "p" || e === "P") && src[this.i] === "{") {
      const end = src.indexOf("}", this.i);
      if (end < 0) throw this.fail('"}"');
      this.i = end + 1;
      return { type: "escape", kind: e };
    }
    if (/[0-9]/.test(e)) {
      const from = this.i - 1;
      while (/[0-9]/.test(src[this.i] ?? "")) this.i++;
      return { type: "backref", n: Number(src.slice(from, this.i)) };
    }
    if (/[A-Za-z]/.test(e)) throw this.fail("a class escape or a non-letter");
    return { type: "char", c: e };
  }
}

/**
 * Characters past ASCII that have no case (under `iu` each matches only itself): the quotation
 * marks, which a class of literal characters may hold (`['’]`).
 */
export const _CASELESS: readonly string[] = ["\u2018", "\u2019", "\u201c", "\u201d"];

/**
 * The characters of a class body when it is a plain list of printable ASCII ones (or of
 * {@link _CASELESS}), else null.
 */
function _classChars(body: string): string[] | null {
  if (body === "" || body[0] === "^" || /[[\]&]|--/.test(body)) return null;
  const chars: string[] = [];
  for (let j = 0; j < body.length; j++) {
    let ch = body[j];
    if (ch === "\\") {
      const e = body[++j];
      if (e === undefined || (e !== "s" && /[A-Za-z0-9]/.test(e))) return null;
      ch = e === "s" ? " " : e;
    } else if (ch === "-" && j > 0 && j < body.length - 1) return null; // a range
    const code = ch.charCodeAt(0);
    if (code < 32 || (code >= 127 && !_CASELESS.includes(ch))) return null;
    chars.push(ch);
  }
  return chars;
}
