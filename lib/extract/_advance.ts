/**
 * Advances: a claim word of advancing, its place and the sides acting and owning it → the claim
 * and status (for `propositions.ts`): inside the place contested, near or towards it its holder's;
 * the owner's own troops "continuing to operate" in it hold it, and "clearing" it retake it.
 *
 * @module
 */

import type { Area, ClaimKind, Status } from "../shared/types.ts";
import type { TriggerMatch } from "./triggers.ts";
import type { Target } from "./targets.ts";
import { type Camp, otherCamp } from "./sides.ts";

/**
 * An advance: "Ukrainian units continue to operate in X", of the owner's own troops, is a hold;
 * "Ukrainian troops have cleared X", of the owner's own, a recapture (of a part: "cleared several
 * blocks", "cleared most of it"); else an advance, its status by where it is (`_advanceStatus`).
 */
export function advance(
  text: string,
  trigger: TriggerMatch,
  target: Target,
  acting: Camp | null,
  owner: Camp,
  partial: boolean,
  area: Area | null,
): { claim: ClaimKind; status: Status; area: Area | null } {
  if (acting === owner && _stillOperating(text, trigger)) {
    return { claim: "holding", status: "contested", area };
  }
  if (acting === owner && /^cleared$/i.test(trigger.text)) {
    const some = _CLEARED_PART.test(text.slice(trigger.end, trigger.end + 40));
    return { claim: "recaptured", status: partial || some ? "contested" : acting, area };
  }
  return { claim: "advancing", status: _advanceStatus(text, trigger, target, acting, owner), area };
}

/** An advance's status: contested inside the place, else its holder's (never the attacker's). */
function _advanceStatus(
  text: string,
  trigger: TriggerMatch,
  target: Target,
  acting: Camp | null,
  owner: Camp,
): Status {
  // ("advanced in X and near Y": Y's own preposition after the list's last join, if it has one)
  // ("pushed into C, as well as near D and E": E's is the last preposition before it)
  const all = trigger.end <= target.start ? text.slice(trigger.end, target.start) : "";
  const last = all.replace(/^.*(?:,|\band\b|\bor\b)/su, "");
  const between = _PREPOSITION.test(last) ? last : all;
  const own = _lastPreposition(all);
  // ("advance in the Kupiansk direction": towards X, not in it)
  const inside = (own !== null && _NOT_INSIDE.test(own)) ||
      _DIRECTION_AFTER.test(text.slice(target.end, target.end + 12))
    ? false
    : _INSIDE.test(between) || _INSIDE_WORD.test(trigger.text) ||
      _INSIDE_AFTER.test(text.slice(target.end, target.end + 24));
  // (near or towards a place, its holder: never the attacker, whatever the gazetteer's owner)
  return inside ? "contested" : acting && acting === owner ? otherCamp(acting) : owner;
}

/** "continue to operate in", "are still present in": the owner's troops staying on. */
function _stillOperating(text: string, trigger: TriggerMatch): boolean {
  return /^(?:operat(?:e|es|ed|ing)|present)\s+in/iu.test(trigger.text) &&
    /\b(?:continu\w*\s+to|still|remain\w*)\s+(?:be\s+)?$/iu.test(
      text.slice(Math.max(0, trigger.start - 30), trigger.start),
    );
}

/** After "cleared": a part of the place ("several blocks", "most of it"). */
const _CLEARED_PART =
  /^\s+(?:(?:most|much|part|parts|some|several|a\s+number|dozens|many|a\s+few|\d+|[\p{L}-]+\s+(?:blocks|buildings|houses|streets|neighbou?rhoods|districts|areas|positions))\b)/iu;

const _INSIDE_WORD =
  /\b(?:incursion|border\s+into|enter|infiltrat|penetrat|slip(?:s|ped|ping)?\s+(?:into|in\s+to|inside)|sneak|snuck|storm|broke\s+into|broken\s+into|break(?:s|ing)?\s+into|spotted|seen\s+(?:in|on\s+the\s+streets)|sighted|success(?:es)?["”]?\s+in\b|operating|operate|active\s+(?:in|inside|within)|presence|push(?:ed|ing)?\s+(?:further\s+|deeper\s+)?into|moved\s+into|moving\s+into|clear(?:ed|ing)?\b|mopping|mop(?:s|ped)?\s+up|flags?\b|grew|grown|expanded|increased|foothold|bridgehead|cross(?:ed|es|ing)\s+into|(?:russian|ukrainian|enemy|(?:russia|ukraine|kyiv|moscow)['’]s)\s)/i;
// ("in the east of X" is a part of X: no direction beside it after "the")
const _PREPOSITION =
  /\b(?:in|into|inside|within|near|towards?|around|outside|close\s+to|at|on|from|(?<!\bthe\s)(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\b/i;
/** The text from the last preposition of `between` on, or null when it has none. */
function _lastPreposition(between: string): string | null {
  let at = -1;
  for (const m of between.matchAll(_PREPOSITIONS)) at = m.index!;
  return at < 0 ? null : between.slice(at);
}
const _PREPOSITIONS = new RegExp(_PREPOSITION.source, "gi");
/** After a place: the sector named after it ("the X direction"). */
const _DIRECTION_AFTER = /^\s+(?:direction|sector|axis)\b/iu;
/** A preposition beside a place, not in it. */
const _NOT_INSIDE =
  /^(?:near|towards?|around|outside|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\b/i;
// ("in the vicinity of X", "in the area of X", "in the direction of X": near it, not inside)
const _INSIDE =
  /\b(?:in(?!\s+the\s+(?:vicinity|area|direction|environs)\s+of\b)|into|inside|within|entered|entering|through|streets|centre|center|central|downtown|heart)\b/i;
/** After a place: a part inside it ("X's central square", "X's city centre"). */
const _INSIDE_AFTER =
  /^['’]s?\s+(?:city\s+|town\s+)?(?:centre|center|central|downtown|streets|heart)\b/iu;
