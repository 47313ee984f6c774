/**
 * Unnamed sources who spoke to an outlet: a sentence and the actors found in it → mentions of
 * "two Ukrainian officers told Reuters" (Ukraine's officials), "a source in the military told
 * Ukrainska Pravda" (no side of its own: the camp of the outlet, a media actor of the table with
 * a side: Ukraine's). A source of no side that spoke to an outlet of none ("a source told
 * Reuters") gives none, as does a source another stage already named.
 *
 * @module
 */

import type { ActorMention } from "../lexicon/actors.ts";
import type { Side } from "../shared/types.ts";
import { _mention } from "./people.ts";

/** "a source in the military told X", "two Ukrainian officers told X" (group 1: the source). */
const _SOURCE_TOLD =
  /(?<![\p{L}])((?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[\p{L}-]+\s+){0,3}?(?:sources?|officers?|officials?|soldiers?|servicem[ae]n|commanders?|fighters?)(?:\s+(?:in|from|with|of|close\s+to|fighting|serving)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?)?),?\s*(?:told|speaking\s+to|spoke\s+to)\s+(?:the\s+)?(?=\p{Lu})/gu;

/** Every match of `_SOURCE_TOLD` holds one of these words (a cheap test first). */
const _KEY = /\b(?:told|speaking\s+to|spoke\s+to)\s/;

const _SIDE_WORD = /\b(?:(russian|russia['’]s)|(ukrainian|ukraine['’]s))\b/i;

/**
 * Mentions of unnamed sources that spoke to an outlet, each the official voice of its own side
 * word's camp, else of the outlet's ("Russian military", "Ukrainian military"); `found` are the
 * mentions other stages found (the table's, people's). Empty when the sentence has none.
 */
export function sourcesToldOutlets(
  text: string,
  found: readonly ActorMention[],
): ActorMention[] {
  if (!_KEY.test(text)) return [];
  const out: ActorMention[] = [];
  _SOURCE_TOLD.lastIndex = 0;
  for (let m; (m = _SOURCE_TOLD.exec(text)) !== null;) {
    const start = m.index, end = start + m[1].length, to = start + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    const own = m[1].match(_SIDE_WORD);
    const outlet = found.find((f) => f.start === to && f.role === "media");
    const side: Side = own
      ? (own[1] ? "russia" : "ukraine")
      : outlet?.side === "russia" || outlet?.side === "ukraine"
      ? outlet.side
      : _troopsSide(text, m[1], found);
    if (side === "independent") continue;
    const name = side === "russia" ? "Russian military" : "Ukrainian military";
    out.push(_mention(start, m[1], name, side, "official"));
  }
  return out;
}

/**
 * "Ukrainian troops are still holding X, a soldier told the BBC": a soldier, officer or commander
 * of no side word speaking to an outlet of none is of the one side whose forces the sentence names.
 */
function _troopsSide(text: string, source: string, found: readonly ActorMention[]): Side {
  if (!_MILITARY_NOUN.test(source) || _BOTH_SIDES.test(text)) return "independent";
  const sides = new Set(found.filter((f) => f.role === "official").map((f) => f.side));
  return sides.size === 1 ? [...sides][0] : "independent";
}

const _BOTH_SIDES = /\b(?:russian\s+and\s+ukrainian|ukrainian\s+and\s+russian)\b/iu;
const _MILITARY_NOUN = /\b(?:officers?|soldiers?|servicem[ae]n|commanders?|fighters?)\b/iu;
