/**
 * Objects of repelled and encircled words: a sentence's claim words → the same, with an advance
 * word that only names the attack a repelled word beat back ("beat back an assault on X",
 * "Russian assault on X repelled") or the troops an encircled word surrounds blocked.
 *
 * @module
 */

import type { TriggerMatch } from "./triggers.ts";

/**
 * "beat back an assault on X", "halted Russia's advance on X", "surrounded Ukrainian units in X":
 * the attack or the troops a repelled or encircled word names are its object, not an advance.
 */
export function objectsOfRepelled(text: string, found: TriggerMatch[]): TriggerMatch[] {
  // (most sentences have no repelled or encircled word: nothing to change)
  if (!found.some((t) => _HAS_OBJECT.has(t.kind))) return found;
  return found.map((t, i) => {
    const before = found[i - 1];
    // ("Russian assault on X repelled": the attack named before its passive repelled word)
    const after = found[i + 1];
    if (
      t.kind === "advancing" && !t.blocked && after?.kind === "repelled" &&
      _ATTACK_NOUN.test(t.text.replace(/\s[^]*$/u, "")) &&
      _PASSIVE_OBJECT.test(text.slice(t.end, after.start))
    ) return { ...t, blocked: "object of a repelled word" };
    if (
      t.kind !== "advancing" || t.blocked || !before || !_HAS_OBJECT.has(before.kind) ||
      // ("in order to halt the advance of X": a stop only aimed at leaves the advance standing)
      before.blocked === "attempt" || !_REPELLED_OBJECT.test(text.slice(before.end, t.start))
    ) return t;
    return {
      ...t,
      blocked: `object of ${before.kind === "repelled" ? "a repelled" : "an encircled"} word`,
    };
  });
}

const _HAS_OBJECT = new Set(["repelled", "encircled"]);
/** An attack named by a noun ("assault", "attacks", "offensive", "push"). */
const _ATTACK_NOUN =
  /^(?:assaults?|attacks?|offensives?|push(?:es)?|advances?|attempts?|breakthrough|counter-?attacks?)$/iu;
/** Between an attack and its passive repelled word: its place and "was" ("on X (was) repelled"). */
const _PASSIVE_OBJECT =
  /^\s+(?:(?:on|near|in|at|towards?|against|outside)\s+)?[^,.;:]{1,40}?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+)?(?:successfully\s+|all\s+)?$/iu;
const _REPELLED_OBJECT =
  /^\s+(?:(?:an?|the|their|its|his|several|multiple|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|russian|ukrainian|russia['’]s|ukraine['’]s|moscow['’]s|kyiv['’]s|the\s+enemy['’]s|enemy['’]s|enemy|new|major|fresh|large-scale|armou?red|mechani[sz]ed|massive|heavy|(?:attempts?|efforts?|bids?)\s+to(?:\s+(?:establish|gain|make|build|secure|win))?|attempts?\s+at)\s+)*$/iu;
