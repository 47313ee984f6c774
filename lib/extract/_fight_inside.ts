/**
 * Whether a denier admits fighting inside the place it denies the loss of: the words after a
 * denial and the place's name → true for "saying fighting continues there", "... continues in X",
 * "ongoing battles in the city", "X is a grey zone" (the schema: a denial is `contested` when the
 * denying side admits fighting inside the place), false for fighting in another place ("but said
 * fighting continued in Y").
 *
 * @module
 */

/**
 * After a denial, fighting inside the place admitted ("saying fighting continues there", "...
 * continues in X", "X is a grey zone"), not in another place ("but said fighting continued in Y").
 */
export function fightInside(after: string, name: string): boolean {
  for (const m of after.matchAll(_FIGHT_INSIDE)) {
    const rest = after.slice(m.index + m[0].length);
    if (/^\s*(?:[.,;:"”’)]|$|\s(?:and|but|as|while)\s)/u.test(rest) || _THERE.test(rest)) {
      return true;
    }
    if (
      rest.replace(/^\s+(?:in|inside|within|for)\s+(?:the\s+\p{L}+\s+of\s+)?/iu, "").startsWith(
        name,
      )
    ) {
      return true;
    }
  }
  return false;
}
const _FIGHT_INSIDE =
  /\b(?:ongoing|continuing|continued|fierce|heavy)\s+(?:fighting|battles?|clashes|combat)\b|\b(?:fighting|battles?|clashes|combat)\s+(?:(?:is|are|was|were|still|has|have|had|been)\s+)*(?:continu\w*|go(?:es)?\s+on|went\s+on|ongoing|raging|under\s*way)\b|\bgr[ae]y\s+zone\b|\bstreet\s+fighting\b/giu;
const _THERE =
  /^\s+(?:there|inside|within\s+(?:it|the\s+(?:city|town|village))|in\s+(?:it|the\s+(?:city|town|village|settlement))|for\s+(?:it|the\s+(?:city|town|village)))\b/iu;
