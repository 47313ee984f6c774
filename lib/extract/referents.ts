/**
 * Which place a reference back means by its noun: a reference ("the city", "the village") and the
 * places named before it → the one of them whose kind fits ("the city" after a village named last:
 * the city or town named before it; "the village" after several settlements: the village the
 * article names most, never a city).
 *
 * @module
 */

import type { PlaceMention } from "../lexicon/find_places.ts";
import type { Target } from "./targets.ts";

/**
 * "the village" after a sentence with claims about several settlements: the one of them the
 * article names most (the first on a tie), never a city for "the village" or "the settlement";
 * null when that sentence had fewer than two.
 */
export function listReferent(
  text: string,
  lastTargets: readonly Target[],
  places: readonly PlaceMention[],
): Target | null {
  // (fewer than two places before: no referent, whatever the text says)
  if (lastTargets.length < 2 || !_twoNames(lastTargets)) return null;
  const village = _VILLAGE_NOUN.test(text);
  const among = lastTargets.filter((t) =>
    t.role === "settlement" && !(village && t.mention.kind === "city")
  );
  if (!among.length) return null;
  const count = (name: string) => places.filter((m) => m.canonical === name).length;
  let best = among[0];
  for (const t of among) if (count(t.mention.canonical) > count(best.mention.canonical)) best = t;
  return { ...best, start: 0, end: 0 };
}

/** `new Set(targets.map((t) => t.mention.canonical)).size >= 2`, without making the set. */
function _twoNames(targets: readonly Target[]): boolean {
  const first = targets[0].mention.canonical;
  return targets.some((t) => t.mention.canonical !== first);
}

/**
 * "the city" after a village was named last: the city or town named before it ("the village of A,
 * south-east of B ... the city's outskirts": B); "the village" after a city: the village before.
 */
export function ofKind(phrase: string, recent: readonly Target[]): Target | null {
  if (recent.length < 2) return null;
  const [before, latest] = recent.slice(-2);
  const city = (t: Target) => t.mention.kind === "city" || t.mention.kind === "town";
  if (_CITY_NOUN.test(phrase)) return !city(latest) && city(before) ? before : null;
  if (_VILLAGE_NOUN.test(phrase)) {
    return latest.mention.kind === "city" && before.mention.kind === "village" ? before : null;
  }
  return null;
}
const _CITY_NOUN = /\b(?:city|town)\b/iu;
/** A noun of a small place ("the village", "the settlement"). */
const _VILLAGE_NOUN = /\b(?:village|settlement|hamlet|locality)\b/iu;
