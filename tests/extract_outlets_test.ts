/**
 * Constructions of agency copy, military bulletins and monitoring reports (issue "Claims from real
 * reporting", session 12): the side a bulletin's units act for when the enemy's ground is named
 * on the way ("into the depth of the enemy's defences"), and a side's formation named by a common
 * noun ("Ukraine's northern task force said"). Short sentences of our own.
 */
import { caseTests } from "./_extract_fixtures.ts";

caseTests([
  [
    "extractClaims() reads 'advanced into the depth of the enemy's defences and liberated X' as the units' capture",
    "Units of the Battlegroup Center advanced into the depth of the enemy's defences and liberated Novoekonomichne, the Russian Defence Ministry said.",
    ["Russian Defence Ministry|russia|official|Novoekonomichne|captured|russia"],
  ],
  [
    "extractClaims() keeps 'units of Russia's battlegroup liberated X' as Russia acting (a possessive after 'of' alone)",
    "Units of Russia's battlegroup liberated Novoekonomichne, the channel said.",
    ["Daily Test|independent|media|Novoekonomichne|captured|russia"],
  ],
  [
    "extractClaims() reads 'Ukraine's northern task force said' as Ukraine speaking",
    "Ukraine's northern task force said Kindrativka remains contested.",
    ["Ukraine|ukraine|official|Kindrativka|contested|contested"],
  ],
]);
