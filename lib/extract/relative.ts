/**
 * Claim words that only describe: a sentence's text and its claim words → the same claim words,
 * those in a relative clause on an earlier claim word's object ("Ukraine has lost 40% of the
 * territory it seized in X") or naming the evidence for it ("... given footage showing ...")
 * marked blocked.
 *
 * @module
 */

import type { TriggerMatch } from "./triggers.ts";

/**
 * "Ukraine has lost 40% of the territory it seized in X": a claim word in a relative clause on
 * the object of an earlier claim word describes that object; the earlier word makes the claim.
 */
export function inRelative(text: string, found: TriggerMatch[]): TriggerMatch[] {
  // (the first claim word is never in a relative clause: one alone is kept as it is)
  if (found.length < 2) return found;
  return found.map((t, i) => {
    if (i === 0 || t.blocked) return t;
    const first = found.slice(0, i).find((u) => !u.blocked);
    if (!first) return t;
    if (_RELATIVE.test(text.slice(Math.max(0, t.start - 60), t.start))) {
      return { ...t, blocked: "relative clause" };
    }
    // "likely seized X, given geolocated footage showing soldiers raising a flag in X": the
    // evidence for an earlier claim word makes no claim of its own
    const between = text.slice(first.end, t.start);
    return _EVIDENCE_KEY.test(between) && _EVIDENCE.test(between)
      ? { ...t, blocked: "evidence" }
      : t;
  });
}

/** Every match of `_EVIDENCE` holds one of these (a cheap test first). */
const _EVIDENCE_KEY = /footage|video|imagery|image|photo/i;
const _EVIDENCE =
  /\b(?:given|based\s+on|judging\s+(?:by|from)|as\s+shown\s+(?:by|in)|citing)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}?(?:footage|videos?|imagery|images|photos?|photographs)\b[^.;:]*$/iu;

const _RELATIVE =
  /\b(?:territory|territories|area|areas|ground|land|lands|villages|settlements|positions|towns)\s+(?:that\s+|which\s+)?(?:it|they|we|ukraine|russia|kyiv|moscow|(?:ukrainian|russian)\s+(?:forces|troops))\s+(?:had\s+|has\s+|have\s+)?(?:previously\s+|earlier\s+|once\s+)?$/iu;
