/**
 * Lists and relative clauses of places: what joins two places into one list ("A, B and C", "A
 * (Donetsk region) and B") and the claim word of a relative clause after a place or its list
 * ("A and B, which Russian forces have almost surrounded"), and a move's list going on past a
 * preposition of its own ("pushed into C, as well as near D"), and a member with a place noun of its
 * own that an adjective before the list does not reach ("the Russian-occupied city of A and the
 * front-line town of B").
 *
 * @module
 */

import type { TriggerMatch } from "./triggers.ts";
import type { Target } from "./targets.ts";

/** "A, B and C", "A, near the border, as well as B", "almost all of A and 70% of B": one list. */
// ("A (Donetsk region) and B", "A on Monday and B on Tuesday": a locator or a day before the join)
export const _LIST_JOIN =
  /^(?:\s*\([^()]{1,40}\)|\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|,?\s*as\s+well\s+as\s+|,\s*[^,;:.()]{1,80},\s*(?:and|as\s+well\s+as)\s+|,?\s*and\s+(?:(?:around|about|almost|nearly|some|over|more\s+than|roughly|up\s+to|at\s+least)\s+)?(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|all|most|much|half|part|parts|a\s+(?:third|quarter|fifth))\s+of\s+(?:the\s+)?)$/iu;

/** Between a negated claim word and what follows: a new reported clause ("and that", "but that"). */
export const THAT_AGAIN = /\b(?:and|but)\s+that\b/iu;

/**
 * "advanced to A, which remains under Russian control": the claim word of a relative clause after
 * `target` (or its list) that states who holds it or that it is encircled, besides `best`;
 * undefined when none ("X, which Russian troops captured" stays one claim).
 */
export function relativeLink(
  text: string,
  best: TriggerMatch,
  triggers: readonly TriggerMatch[],
  target: Target,
  targets: readonly Target[],
): TriggerMatch | undefined {
  return triggers.find((t) =>
    t !== best && t.kind !== best.kind && t.start >= target.end && _STATES.has(t.kind) &&
    _relativeClaim(text, t, target, targets)
  );
}

/** `t` states the state of `target` (or of its list) in a relative clause ("X, which is encircled"). */
export function relativeState(
  text: string,
  t: TriggerMatch,
  target: Target,
  targets: readonly Target[],
): boolean {
  return _STATES.has(t.kind) && _relativeClaim(text, t, target, targets);
}

/** Claim kinds a relative clause adds as a state of its place ("which remains under ... control"). */
const _STATES = new Set(["encircled", "holding", "control", "contested"]);

/** `t` is the verb of a relative clause right after `target` or after the list `target` opens. */
function _relativeClaim(
  text: string,
  t: TriggerMatch,
  target: Target,
  targets: readonly Target[],
): boolean {
  let last = target;
  for (const o of targets) {
    if (o.start < last.end || o.end > t.start) continue;
    if (!_LIST_JOIN.test(text.slice(last.end, o.start))) break;
    last = o;
  }
  return _RELATIVE_VERB.test(text.slice(last.end, t.start));
}

/** Between a place and its relative clause's claim word (", which Russian forces have almost"). */
const _RELATIVE_VERB =
  /^\s*,\s*which\s+(?:(?:russian|ukrainian|russia['’]s|ukraine['’]s|kyiv['’]s|moscow['’]s|enemy|the|its|their)\s+)?(?:forces|troops|units|army|russia|ukraine|moscow|kyiv|they|it)?\s*(?:(?:have|has|had|are|is|were|was|been|being|now|still|gradually|slowly|increasingly|almost|nearly|all\s+but|effectively|largely|partly|partially|reportedly|already)\s+)*$/iu;

/**
 * "pushed into C, as well as near D": a move's list goes on past a preposition of its own (a
 * battle or a hold does not: "fighting in A and near B" is beside B).
 */
export function movedOn(text: string, t: TriggerMatch, previous: Target, target: Target): boolean {
  return (t.kind === "advancing" || t.kind === "captured") &&
    _JOIN_PREPOSITION.test(text.slice(previous.end, target.start));
}
const _JOIN_PREPOSITION =
  /^\s*,?\s*(?:as\s+well\s+as|and)\s+(?:near|around|in|into|towards?|outside|close\s+to)\s+(?:the\s+)?(?:(?:villages?|towns?|settlements?)\s+of\s+)?$/iu;

/**
 * After an adjective of the article's own and its place `a`, `b` has a place noun of its own ("the
 * Russian-occupied city of A and the front-line town of B").
 */
export function ownNounAfter(text: string, t: TriggerMatch, a: Target, b: Target): boolean {
  return t.background && _OWN_NOUN.test(text.slice(a.end, b.start));
}
const _OWN_NOUN = /\b(?:city|town|village|settlement)\s+of\s+$/iu;
