/**
 * Tests of where a claim word stands towards a place, for `links.ts`: a sentence's text, a claim
 * word and a target → whether the word is only beside the place ("fighting near X", "northeast
 * of X", "the area around X"), an adjective before a name ("the partially occupied Donetsk
 * region"), in a relative clause on it with a speaker of its own ("X, which Russia claimed to
 * have captured"), or in a later clause about a part of it ("..., while Ukrainian troops control
 * the north"), or with an object of its own ("retook several positions near X", "took a
 * dozen villages, including A"); and a place's second predicate after an apposition or an "and"
 * ("X, now under Russian occupation, was retaken", "X was surrounded and eventually fell").
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
  // ("fighting continued near A and in X": the last member's own preposition, if it has one)
  const between = text.slice(t.end, target.start);
  const last = between.replace(/^.*(?:,|\band\b|\bor\b)/su, "");
  // ("fighting continued northeast of X": beside it; "in the east of X" is inside)
  return _NEAR.test(_INSIDE_PREPOSITION.test(last) ? last : between);
}
const _NEAR =
  /\b(?:near|around(?!\s+(?:\d|(?:a\s+(?:third|quarter|fifth|half)|half|one|two|three|four|five|six|seven|eight|nine|ten)\b))|outside|close\s+to|toward|towards|for\s+control\s+of\s+the\s+approaches|(?<!\bthe\s)(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\b/i;
// ("hold around 20% of X": "around" a number is "about", not beside X)
const _INSIDE_PREPOSITION = /^\s*(?:in|inside|into|within)\s/iu;

/**
 * "fighting in X, which Russia claimed to have captured", "X, a town that Ukraine says it still
 * holds": a relative clause on the place with a speaker of its own makes a claim about it too.
 */
export function saidOfIt(
  text: string,
  best: TriggerMatch,
  triggers: readonly TriggerMatch[],
  target: Target,
): TriggerMatch | null {
  const t = triggers.find((t) => t.start >= target.end && t.start - target.end < 150);
  if (!t || !_WHICH_KEY.test(text.slice(target.end, t.start))) return null;
  if (!_RELATIVE_SAID.test(text.slice(target.end, t.start))) return null;
  if (t !== best) return t;
  // ("X, which Russia claimed to have captured, is still contested": the main clause's predicate
  // after the relative clause is about X too)
  const main = triggers.find((u) =>
    u.start > t.end && _MAIN_AFTER.test(text.slice(t.end, u.start))
  );
  return main ?? null;
}

/** Between a relative clause's claim word and the main clause's: the clause's end, then a verb. */
const _MAIN_AFTER =
  /^[^,;.]{0,40},\s*(?:(?:is|was|are|were|remains?|remained|has|had|have)\s+)?(?:still\s+|now\s+|in\s+fact\s+)?$/iu;

/** Every match of `_RELATIVE_SAID` holds one of these (a cheap test first). */
const _WHICH_KEY = /which|that/i;
const _RELATIVE_SAID =
  /^\s*,\s*(?:(?:a|an|the)\s+[^,;.()]{0,60}?\s+)?(?:which|that)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:says?|said|claims?|claimed|insists?|insisted|maintains?|maintained|asserts?|asserted)\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,5}$/iu;

/** After a claim word: a part of a place that names no place ("control the north", "active in the northern districts"). */
export function partAfter(text: string, t: TriggerMatch): boolean {
  return _PART_NEXT.test(text.slice(t.end, t.end + 60));
}
const _PART_NEXT =
  /^(?:\s+(?!of\b)[\p{L}-]+){0,4}?\s+(?:(?:in|of|over)\s+)?(?:the\s+|its\s+|their\s+)?(?:north|south|east|west|centre|center|rest|remainder|outskirts|(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+(?:part|parts|districts?|outskirts|neighbou?rhoods?|areas?|half))\b(?!\s+of\b)/iu;

/**
 * "Russian forces hold the south of X, while Ukrainian troops control the north": a later clause's
 * claim word about a part of the place that names no place of its own, or null.
 */
export function partLater(
  text: string,
  best: TriggerMatch,
  triggers: readonly TriggerMatch[],
  target: Target,
  targets: readonly Target[],
): TriggerMatch | null {
  const from = Math.max(best.end, target.end);
  return triggers.find((t) =>
    t.start >= from && t.kind !== best.kind && !t.background && partAfter(text, t) &&
    _CLAUSE_JOIN.test(text.slice(from, t.start)) &&
    !targets.some((o) => o !== target && o.start >= from && o.start < t.start + 60)
  ) ?? null;
}

const _CLAUSE_JOIN = /(?:,\s*(?:while|whereas|but|and)|;)\s/iu;

/** A claim word directly followed by a place ("occupy Kotlyne", "took the village of X"). */
export function ownObject(
  text: string,
  t: TriggerMatch,
  target: Target,
  targets: readonly Target[],
): boolean {
  // ("advanced on A, capturing several villages", "took A and advanced near three other
  // settlements"; but a region holds them: "advanced in the Kursk region, capturing several
  // villages")
  if (target.role === "settlement" && _COUNTED_OBJECT.test(text.slice(t.end, t.end + 60))) {
    return true;
  }
  const next = targets.find((o) => o.start >= t.end);
  if (next === undefined) return false;
  const between = text.slice(t.end, next.start);
  // ("captured A and advanced near B"; but "in the A direction" frames what follows in it)
  return _DIRECT_OBJECT.test(between) ||
    (_PREPOSITION_OBJECT.test(between) && !_DIRECTION.test(text.slice(target.end)));
}
const _COUNTED_OBJECT =
  /^\s+(?:(?:near|in|into|around|outside|towards?)\s+)?(?:a\s+dozen|dozens\s+of|several|some|a\s+few|a\s+number\s+of|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:more\s+|new\s+|small\s+|other\s+)?(?:villages|settlements|towns|localities|hamlets)\b/iu;
const _DIRECT_OBJECT =
  /^["”’']?\s+(?:the\s+)?(?:(?:villages?|towns?|city|cities|settlements?)\s+of\s+)?$/iu;
// ("retaken several positions near B": an object of its own, then its place)
// (or a manner and a heading first: "pushed steadily west toward B")
const _PREPOSITION_OBJECT =
  /^\s+(?:\p{Ll}+ly\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+)?(?:(?:several|some|a\s+few|few|two|three|four|five|six|\d+|new|more|further|key|fortified|their|its|the)\s+){0,2}?(?:(?:positions?|lines?|ground|territory|areas?|heights?|strongholds?|trenches|footholds?|bridgeheads?)\s+)?(?:near|towards?|into|in|on|around|outside|inside|at|to)\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?$/iu;
const _DIRECTION = /^['’]?\s*(?:direction|axis|sector|front)\b/iu;

/** Between a claim word and a place: its own list ("took a dozen villages, including "). */
export const INCLUDED =
  /^\s+(?:[\p{L}\d-]+\s+){0,3}(?:villages|settlements|towns|localities|places|positions)\b[^;:.,]{0,40},\s+(?:including|among\s+them|such\s+as)\s+(?:the\s+)?(?:(?:villages?|towns?|settlements?)\s+of\s+)?$/iu;

/**
 * A second predicate about a place, after the claim word `best` that follows it: the main clause's
 * after an apposition ("X, now under Russian occupation, was retaken by Ukraine in 2022"), or a
 * subject place's second verb ("Vuhledar was surrounded on three sides and eventually fell"); the
 * second claim word, or null.
 */
export function secondPredicate(
  text: string,
  best: TriggerMatch,
  all: readonly TriggerMatch[],
  target: Target,
  targets: readonly Target[],
): TriggerMatch | null {
  if (best.start < target.end) return null;
  const main = all.find((u) => u.start > best.end);
  if (!main || main.kind === best.kind || main.background) return null;
  const between = text.slice(best.end, main.start);
  const apposition = _OPENS.test(text.slice(target.end, best.start)) && _CLOSES.test(between);
  const coordinated = !apposition && _SUBJECT_LEAD.test(text.slice(0, target.start)) &&
    _AND_THEN.test(between);
  if (!apposition && !coordinated) return null;
  return targets.some((o) => o.start > target.end && o.start < main.start) ? null : main;
}
/** After the place: an apposition opens (", now under ...", ", which Russia captured ..."). */
const _OPENS = /^\s*,[^,;:.()]{0,60}$/u;
/** After the apposition's claim word: it closes, and the main verb follows within a few words. */
const _CLOSES = /^[^,;:.()]{0,60},\s*(?:[\p{L}'’-]+\s+){0,3}$/u;
/** Before a sentence's subject place: nothing, or its noun ("The town of"). */
const _SUBJECT_LEAD = /^\s*(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?$/iu;
/** Between two predicates: "and (eventually)", "but (has since)". */
const _AND_THEN =
  /^[^,;:.()]{0,50}?\s(?:and|but)\s+(?:(?:then|later|eventually|finally|soon|since|subsequently|now|has|have|had|was|were|is|been)\s+){0,3}$/iu;

/** "the heaviest fighting near A": a fighting word with its own place beside which it is. */
export function fightNearOwn(text: string, t: TriggerMatch): boolean {
  return _NEAR_NEXT.test(text.slice(t.end, t.end + 60));
}
const _NEAR_NEXT =
  /^\s+(?:(?:was|were|is|are|has\s+been|continued|continues|raged|rages|reported|underway|under\s+way)\s+)?(?:near|around|outside|close\s+to)\s/iu;

/** "the situation around X is under control": the situation is X's own, not one beside it. */
export function situationAround(text: string, target: Target): boolean {
  return _SITUATION_AROUND.test(text.slice(Math.max(0, target.start - 40), target.start));
}
const _SITUATION_AROUND =
  /\bsituation\s+(?:around|near|outside)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/iu;

/** "seized A but not B", "took every village except B": a place the claim word before leaves out. */
export function excepted(text: string, t: TriggerMatch, target: Target): boolean {
  return t.end <= target.start &&
    _EXCEPT_BEFORE.test(text.slice(Math.max(t.end, target.start - 40), target.start));
}
const _EXCEPT_BEFORE =
  /(?:\b(?:but|and)\s+not|,\s*not|\bexcept(?:\s+for)?|\bexcluding|\bapart\s+from|\bother\s+than|\bwith\s+the\s+exception\s+of)\s+(?:(?:yet|even|including)\s+)?(?:(?:the\s+)?(?:(?:nearby|neighbouring|neighboring)\s+)?(?:city|town|village|settlement)\s+of\s+)?$/iu;
