/**
 * The predicate of troops in a place: a presence word ("Russian forces in X") and the claim words
 * after X → the claim word the presence is the subject of ("... in X were encircled", "... in X are
 * in danger of being encircled"), else the presence itself; and the verb whose object the troops
 * of a squeeze are ("mopping up the Russians trapped in X").
 *
 * @module
 */

import type { Target } from "./targets.ts";
import type { TriggerMatch } from "./triggers.ts";

/**
 * "Russian forces in X were encircled": the presence is the predicate's subject, and the claim is
 * the predicate's (the claim word right after X, with only "were", "now" between).
 */
export function predicateAfter(
  text: string,
  best: TriggerMatch,
  target: Target,
  all: readonly TriggerMatch[],
): TriggerMatch {
  if (best.kind !== "advancing" || !/\s(?:in|inside)$/i.test(best.text)) return best;
  return all.find((t) =>
    t.start >= target.end && (_PREDICATE_GAP.test(text.slice(target.end, t.start)) ||
      (t.kind === "encircled" && _SQUEEZE_GAP.test(text.slice(target.end, t.start))))
  ) ?? best;
}

/** "troops in X are in danger of being encircled", "face being cut off": the squeeze's subject. */
const _SQUEEZE_GAP =
  /^\s*(?:(?:are|is|were|was|now|still|increasingly)\s+)*(?:(?:in|at)\s+(?:\p{L}+\s+)?(?:danger|risk)\s+of\s+being|close\s+to\s+being|on\s+the\s+verge\s+of\s+being|under\s+threat\s+of\s+being|(?:face|faces|facing|risk|risks|risking)\s+being)\s+$/iu;

const _PREDICATE_GAP =
  /^\s*(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|remain|remained)\s+)?(?:(?:now|effectively|fully|completely|almost|practically|reportedly)\s+)*["“‘']?$/iu;

/**
 * "mopping up the remnants of the Russians trapped in X": the verb whose object the troops of a
 * squeeze's participle are, about X too.
 */
export function verbOfTrapped(
  text: string,
  best: TriggerMatch,
  all: readonly TriggerMatch[],
): TriggerMatch | undefined {
  if (best.kind !== "encircled" || !_TROOPS_BEFORE.test(text.slice(0, best.start))) return;
  return all.findLast((t) =>
    t.end <= best.start && t.kind !== "encircled" && best.start - t.end < 60 &&
    !/[,;:]/.test(text.slice(t.end, best.start))
  );
}
const _TROOPS_BEFORE =
  /\b(?:russians|ukrainians|(?:russian|ukrainian|enemy)\s+(?:troops|forces|units|soldiers|servicemen|infantry))\s+$/iu;
