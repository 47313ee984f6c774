/**
 * Implied places: a sentence and the places it names → the place a claim word means without
 * naming it ("they have held on to it since": "it" after a claim word; "said its soldiers had
 * cleared 40 buildings", "still holds the north": a part of the place the article is on).
 *
 * @module
 */

import type { TriggerMatch } from "./triggers.ts";
import type { Target } from "./targets.ts";

/**
 * "Sudzha was captured in August, and they have held on to it since": "it" right after a later
 * claim word is the one settlement the sentence named before it.
 */
export function itAfter(
  text: string,
  own: readonly Target[],
  live: readonly TriggerMatch[],
): Target[] {
  const settlements = own.filter((t) => t.role === "settlement");
  if (settlements.length !== 1) return [];
  const place = settlements[0];
  const out: Target[] = [];
  for (const w of live) {
    if (w.start <= place.end) continue;
    const m = text.slice(w.end).match(/^\s+(?:on\s+to\s+|onto\s+|back\s+)?it\b/iu);
    if (m) out.push({ ...place, start: w.end + m[0].length - 2, end: w.end + m[0].length });
  }
  return out;
}

/** The sentence speaks of a part of a place it does not name ("the north", "40 buildings"). */
export function namesPartOnly(text: string): boolean {
  return _PART_ONLY.test(text);
}

const _PART_ONLY =
  /\b(?:the|its)\s+(?:north|south|east|west|centre|center)(?:ern|ral)?(?:\s+(?:part|parts|districts?|outskirts|half|section))?\b(?![^.;]{0,30}\b(?:country|ukraine|region|oblast|bank|front|frontline)\b)|\b\d+\s+(?:buildings|houses|blocks|streets)\b/iu;
