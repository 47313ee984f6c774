/**
 * The prefixes of a RegExp pattern: the first characters (up to `k`) one of which begins every
 * match, read off its source for the word-start scanner (`_word_scan.ts`). Takes a source and the
 * case flag; gives a set of prefixes, or null when they cannot be told. White space (`\s`, a
 * run of it, a literal space) reads as one space, as the scanner reads the text.
 * @module
 */

/** Prefixes of a part: of whole matches (`full`: more may follow) and cut short (`open`). */
interface _Pre {
  full: Set<string>;
  open: Set<string>;
}

/**
 * The prefixes (up to `k` characters, lowercased when `ignoreCase`; white space, `\s` and a run of
 * it read as one space) one of which begins every match of the pattern `src` (compiled with the
 * `u` flag), or null when that cannot be told: the pattern can match the empty string or begin
 * with a class not of literal characters, `\S`, `\p{..}`, `.` or a non-ASCII character, or it has
 * a capturing group or syntax not read here. A shorter prefix stands for every continuation (a
 * class after a letter). Lookarounds and `\b` count as matching nothing, so the set is only ever
 * larger than needed, never too small.
 */
export function _prefixes(src: string, ignoreCase: boolean, k = 3): Set<string> | null {
  try {
    const reader = new _PrefixReader(src, ignoreCase, k);
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

/** Reads a pattern's source from `i` on, telling the prefixes of each part. */
class _PrefixReader {
  i = 0;
  constructor(readonly src: string, readonly ignoreCase: boolean, readonly k: number) {}

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
      acc = _cat(acc, this.#quantified(this.#atom()), this.k);
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
    // white space repeated (`\s+`): a run, which reads as one space
    if (atom.full.size === 1 && atom.full.has(" ") && !atom.open.size) {
      return { full: new Set(min === 0 ? ["", " "] : [" "]), open: new Set() };
    }
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
      const from = this.i + 1;
      this.i++;
      if (src[this.i] === "^") this.i++;
      if (src[this.i] === "]") this.i++;
      while (this.i < src.length && src[this.i] !== "]") this.i += src[this.i] === "\\" ? 2 : 1;
      if (this.i >= src.length) throw new SyntaxError("class");
      this.i++;
      return this.#class(src.slice(from, this.i - 1));
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
    // white space reads as one space: the scanner reads every white space character as one
    if (e === "s") return { full: new Set([" "]), open: new Set() };
    if (/[SdDwW]/.test(e)) return _any();
    if (/[pP]/.test(e) && src[this.i] === "{") {
      this.i = src.indexOf("}", this.i) + 1;
      if (this.i === 0) throw new SyntaxError("property");
      return _any();
    }
    if (/[A-Za-z0-9]/.test(e)) throw new SyntaxError("escape"); // \u, \x, \k, \1...: not read here
    return this.#char(e);
  }

  /**
   * A class of literal ASCII characters (`[- ]`, `[sz]`, `[\\s-]`): each of them; any other class
   * (negated, a range, a property, a letter escape, a character past ASCII) stands for anything.
   */
  #class(body: string): _Pre {
    if (body === "" || body[0] === "^" || /[[\]&]|--/.test(body)) return _any();
    const out: _Pre = { full: new Set(), open: new Set() };
    for (let j = 0; j < body.length; j++) {
      let ch = body[j];
      if (ch === "\\") {
        const e = body[++j];
        if (e === undefined || (e !== "s" && /[A-Za-z0-9]/.test(e))) return _any();
        ch = e === "s" ? " " : e;
      } else if (ch === "-" && j > 0 && j < body.length - 1) return _any(); // a range
      const code = ch.charCodeAt(0);
      if (code < 32 || code >= 127) return _any();
      for (const x of this.#char(ch).full) out.full.add(x);
    }
    return out;
  }

  /** One literal character: ASCII only (others have case foldings not modelled here). */
  #char(c: string): _Pre {
    if (c.charCodeAt(0) >= 128) return _any();
    return { full: new Set([this.ignoreCase ? c.toLowerCase() : c]), open: new Set() };
  }
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
