/**
 * Tests of where a claim word stands towards a place, for `links.ts`: a sentence's text, a claim
 * word and a target → whether the word is only beside the place ("fighting near X", "northeast
 * of X", "the area around X") or an adjective before a name ("the partially occupied Donetsk
 * region").
 *
 * @module
 */

import type { Target } from "./targets.ts";
import type { TriggerMatch } from "./triggers.ts";

/** "the area around X was gripped by fighting": a battle around a place, not in it. */
export function aroundBefore(text: string, target: Target): boolean {
  return /(?<!\bin\s+and\s+)\b(?:around|near|outside|close\s+to|approaches\s+to|(?<!\bthe\s)(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/iu
    .test(text.slice(Math.max(0, target.start - 40), target.start));
}

/** A capitalised word right after `t`, not a side's: a name an adjective of control stands before. */
export function nameNext(text: string, t: TriggerMatch): boolean {
  return _NAME_NEXT.test(text.slice(t.end, t.end + 14));
}
const _NAME_NEXT = /^\s(?!(?:Russian|Ukrainian|Russia|Ukraine|Kyiv|Kiev|Moscow|Kremlin)\b)\p{Lu}/u;

/** A claim word used as an adjective: "Ukraine-held", "the partially occupied", "the liberated". */
export function attributive(text: string, t: TriggerMatch): boolean {
  return t.background ||
    (/ed$/i.test(t.text) &&
      _DETERMINER_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)));
}
const _DETERMINER_BEFORE = /\b(?:the|a|an|its|their|partially|partly|temporarily|largely)\s+$/iu;

/** "fighting near X", "northeast of X": a battle beside a place says nothing about who holds it. */
export function nearOnly(text: string, t: TriggerMatch, target: Target): boolean {
  if (t.end > target.start) return false;
  // ("fighting continued northeast of X": beside it; "in the east of X" is inside)
  return /\b(?:near|around|outside|close\s+to|toward|towards|for\s+control\s+of\s+the\s+approaches|(?<!\bthe\s)(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\b/i
    .test(text.slice(t.end, target.start));
}
