/**
 * Names made of names, for `findPlaces`: settlements joined by hyphens into one word ("the
 * Pokrovsk-Myrnohrad area": a gazetteer, a text and a word of it → each part's span and entries),
 * and an ordinal after a known name that makes another place ("Zhelanne Druhe": a text and the
 * end of a name → the ordinal's length).
 * @module
 */

import { _lookup } from "./_place_lookup.ts";
import { _words } from "./_lexicon.ts";
import type { Gazetteer, Place } from "./places.ts";

/** After the word: a road or a line between the places (`route_noun`), which names neither. */
let _route: RegExp | null = null;

/**
 * The parts of `w` (at `s` in `text`) when it is two to four settlements the gazetteer knows,
 * joined by hyphens, and no road or line follows it ("the Sumy-Sudzha highway"); else null.
 */
export function hyphenParts(
  g: Gazetteer,
  text: string,
  s: number,
  w: string,
): { start: number; end: number; hit: Place[] }[] | null {
  if (!w.includes("-")) return null;
  _route ??= new RegExp(`^\\s+(?:${_words().route_noun.join("|")})\\b`, "iu");
  if (_route.test(text.slice(s + w.length, s + w.length + 30))) return null;
  const parts = w.split("-");
  if (parts.length < 2 || parts.length > 4) return null;
  const looks = parts.map((p) => /^\p{Lu}/u.test(p) ? _lookup(g, p) : null);
  if (looks.some((l) => !l || l.cut || l.hit[0].kind === "region")) return null;
  const out: { start: number; end: number; hit: Place[] }[] = [];
  let at = s;
  parts.forEach((p, i) => {
    out.push({ start: at, end: at + p.length, hit: looks[i]!.hit });
    at += p.length + 1;
  });
  return out;
}

/** After a name: an ordinal (`data/lexicon_words.csv`: `place_ordinal`), built on first use. */
let _ordinal: RegExp | null = null;

/** The length of the ordinal right after `end` in `text` (" Druhe", " Persha"), or 0. */
export function ordinalAfter(text: string, end: number): number {
  _ordinal ??= new RegExp(`\\s(?:${_words().place_ordinal.join("|")})(?![\\p{L}'’-])`, "uy");
  _ordinal.lastIndex = end;
  return _ordinal.exec(text)?.[0].length ?? 0;
}
