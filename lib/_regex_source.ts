/**
 * Reading RegExp source text: the small analyses the extractor's trigger search is built on.
 * Each is conservative: where a pattern is unusual it answers "cannot tell" (null, or the pattern
 * unchanged), so a filter built from it never makes a match go missing.
 * @module
 */

/**
 * A case-insensitive pattern that matches at an offset exactly when one of `patterns` does there
 * (which one is not kept): their top-level alternatives, with the leading literal letters shared
 * by several of them factored out (`t(?:ook|aken)`), so that the engine tries few at each offset.
 */
export function _anyOf(patterns: readonly string[]): string {
  const items: [string, string][] = [];
  const alts: string[] = [];
  for (const p of patterns) for (const a of _topAlternatives(p)) alts.push(..._expandLead(a, 4));
  for (const a of alts) {
    // leading literal: letters, digits and spaces not followed by a quantifier
    let n = 0;
    while (n < a.length && /[A-Za-z0-9 ]/.test(a[n]) && !/[?*+{]/.test(a[n + 1] ?? "")) n++;
    items.push([a.slice(0, n).toLowerCase(), a.slice(n)]);
  }
  return _trie(items);
}

/**
 * `(?:A|B)rest` as `Arest`, `Brest` (the same offsets match), while the alternative begins with a
 * non-capturing group that no quantifier follows; `depth` bounds the expansion.
 */
function _expandLead(a: string, depth: number): string[] {
  if (depth <= 0 || !a.startsWith("(?:")) return [a];
  const end = _groupEnd(a, 0);
  if (end < 0) return [a];
  const inner = a.slice(3, end);
  const rest = a.slice(end + 1);
  const out: string[] = [];
  if (/^[?*+{]/.test(rest)) return [a];
  for (const x of _topAlternatives(inner)) out.push(..._expandLead(x + rest, depth - 1));
  return out;
}

/**
 * Walk the pattern source from `from`, skipping escapes and character classes, and call `visit`
 * with each remaining character, its offset and the group depth before it; stop (returning that
 * offset) when `visit` returns true, else return -1.
 */
function _scan(
  p: string,
  from: number,
  visit: (c: string, i: number, depth: number) => boolean,
): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (visit(c, i, depth)) return i;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
  }
  return -1;
}

/** Index of the `)` closing the group opened at `open` (-1 when unbalanced). */
function _groupEnd(p: string, open: number): number {
  return _scan(p, open, (c, _i, depth) => c === ")" && depth === 1);
}

function _trie(items: readonly [string, string][]): string {
  const groups = new Map<string, [string, string][]>();
  const parts: string[] = [];
  for (const [lit, rest] of items) {
    if (!lit) {
      parts.push(rest);
      continue;
    }
    let g = groups.get(lit[0]);
    if (!g) groups.set(lit[0], g = []);
    g.push([lit.slice(1), rest]);
  }
  for (const [k, g] of groups) {
    parts.push(g.length === 1 ? k + g[0][0] + g[0][1] : `${k}(?:${_trie(g)})`);
  }
  return parts.join("|");
}

/** The top-level alternatives of a pattern (outside groups and classes). */
function _topAlternatives(p: string): string[] {
  const out: string[] = [];
  let from = 0;
  _scan(p, 0, (c, i, depth) => {
    if (c === "|" && depth === 0) {
      out.push(p.slice(from, i));
      from = i + 1;
    }
    return false;
  });
  out.push(p.slice(from));
  return out;
}

/** FIRST set of a pattern part: chars (lowercased ASCII) or any; nullable when it can match "". */
interface _First {
  chars: Uint8Array;
  any: boolean;
  nullable: boolean;
}

/**
 * The lowercased ASCII characters a case-insensitive match of the pattern `src` can begin with,
 * or null when that cannot be told (lookarounds, property classes, non-ASCII, anything unusual):
 * a conservative filter, never a reason to miss a match.
 */
export function _firstChars(src: string): Uint8Array | null {
  let i = 0;
  const any = (): _First => ({ chars: new Uint8Array(128), any: true, nullable: true });
  const lit = (codes: number[]): _First => {
    const f: _First = { chars: new Uint8Array(128), any: false, nullable: false };
    for (const c of codes) {
      if (c >= 128) f.any = true;
      else f.chars[c >= 65 && c <= 90 ? c + 32 : c] = 1;
    }
    return f;
  };
  const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);
  const WS = [9, 10, 11, 12, 13, 32, 0xa0];
  const escape = (): _First => {
    const c = src[i + 1];
    i += 2;
    if ((c === "p" || c === "P") && src[i] === "{") i = src.indexOf("}", i) + 1 || src.length;
    if (c === "s") return lit(WS);
    if (c === "d") return lit(range(48, 57));
    if (c === undefined || /[A-Za-z0-9]/.test(c)) return any(); // \p{..}, \w, \b, \u...
    return lit([c.charCodeAt(0)]);
  };
  const klass = (): _First => {
    i++; // [
    if (src[i] === "^") return any();
    const codes: number[] = [];
    let ok = true;
    while (i < src.length && src[i] !== "]") {
      if (src[i] === "\\") {
        const c = src[i + 1];
        if (c === "d") codes.push(...range(48, 57));
        else if (c === "s") codes.push(...WS);
        else if (c === undefined || /[A-Za-z0-9]/.test(c)) ok = false;
        else codes.push(c.charCodeAt(0));
        i += 2;
        if ((c === "p" || c === "P") && src[i] === "{") i = src.indexOf("}", i) + 1 || src.length;
        continue;
      }
      const a = src.charCodeAt(i);
      if (src[i + 1] === "-" && src[i + 2] !== undefined && src[i + 2] !== "]") {
        const b = src.charCodeAt(i + 2);
        if (b < a || b >= 128) ok = false;
        else codes.push(...range(a, b));
        i += 3;
        continue;
      }
      codes.push(a);
      i++;
    }
    i++; // ]
    if (!ok) return any();
    // a case-insensitive class: a letter stands for both cases
    return lit(codes);
  };
  const seq = (): _First => {
    const out: _First = { chars: new Uint8Array(128), any: false, nullable: true };
    while (i < src.length && src[i] !== "|" && src[i] !== ")") {
      let atom: _First;
      const c = src[i];
      if (c === "(") {
        let look = false;
        if (src.startsWith("(?:", i)) i += 3;
        else if (src[i + 1] === "?") {
          look = true;
          i += src[i + 2] === "<" && (src[i + 3] === "=" || src[i + 3] === "!") ? 4 : 3;
        } else i += 1;
        const inner = alt();
        if (src[i] !== ")") return any();
        i++;
        // a lookaround consumes nothing: the first character comes from what follows it
        atom = look ? { chars: new Uint8Array(128), any: false, nullable: true } : inner;
      } else if (c === "[") atom = klass();
      else if (c === "\\") atom = escape();
      else if (".^$*+?{".includes(c)) {
        i++;
        atom = any();
      } else {
        atom = lit([src.charCodeAt(i)]);
        i++;
      }
      // quantifier
      const q = src[i];
      if (q === "?" || q === "*") {
        atom = { ...atom, nullable: true };
        i++;
      } else if (q === "+") i++;
      else if (q === "{") {
        const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i));
        if (!m) return any();
        if (Number(m[1]) === 0) atom = { ...atom, nullable: true };
        i += m[0].length;
      }
      if (src[i] === "?") i++; // lazy
      if (out.nullable) {
        out.any ||= atom.any;
        for (let k = 0; k < 128; k++) if (atom.chars[k]) out.chars[k] = 1;
        out.nullable = atom.nullable;
      }
    }
    return out;
  };
  const alt = (): _First => {
    const out: _First = { chars: new Uint8Array(128), any: false, nullable: false };
    for (;;) {
      const f = seq();
      out.any ||= f.any;
      out.nullable ||= f.nullable;
      for (let k = 0; k < 128; k++) if (f.chars[k]) out.chars[k] = 1;
      if (src[i] !== "|") break;
      i++;
    }
    return out;
  };
  try {
    const f = alt();
    if (i !== src.length || f.any || f.nullable) return null;
    return f.chars;
  } catch {
    return null;
  }
}
