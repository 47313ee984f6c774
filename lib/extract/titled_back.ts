/**
 * Speakers referred back to by their title: a sentence's frames → the titles their speakers were
 * named with ("A spokesperson for the Joint Forces said": `spokesperson` → that voice), and a
 * sentence → the title it refers back to ("..., the spokesperson said": `spokesperson`, where the
 * reference is). "The spokesperson" is the one last named so, not whoever spoke last (a ministry
 * quoted in between).
 *
 * @module
 */

import type { Frame, Voice } from "./speakers.ts";

/** Titles of people who speak for others, each with the one key its variants share. */
const _TITLE =
  /\b(spokes(?:man|woman|person)|governor|commander(?:-in-chief)?|mayor|ombudsman)\b/giu;

/** The key of a title word ("spokeswoman" → "spokesperson"). */
function _key(word: string): string {
  const w = word.toLowerCase();
  return w.startsWith("spokes") ? "spokesperson" : w.replace(/-in-chief$/, "");
}

/**
 * The titles a sentence's speakers are named with (the words of the frame and the 30 characters
 * before it: "A spokesperson for X said"), each with the frame's first voice.
 */
export function titlesOf(text: string, frames: readonly Frame[]): [string, Voice][] {
  const out: [string, Voice][] = [];
  for (const f of frames) {
    if (f.owner) continue;
    for (const m of text.slice(Math.max(0, f.at - 30), f.verbEnd).matchAll(_TITLE)) {
      out.push([_key(m[1]), f.voices[0]]);
    }
  }
  return out;
}

/** "..., the spokesperson said", "said the governor", "according to the commander". */
const _BACK =
  /\b(?:(?:according\s+to|said|says|added|adds)\s+the\s+(spokes(?:man|woman|person)|governor|commander(?:-in-chief)?|mayor|ombudsman)\b|\bthe\s+(spokes(?:man|woman|person)|governor|commander(?:-in-chief)?|mayor|ombudsman)\s+(?:also\s+|further\s+|later\s+)?(?:said|says|added|adds|stressed|noted|told|insisted|explained|wrote)\b)/iu;

/** The title a sentence refers back to its speaker by, and where, or null. */
export function titledBack(text: string): { title: string; at: number } | null {
  const m = _BACK.exec(text);
  return m ? { title: _key(m[1] ?? m[2]), at: m.index } : null;
}
