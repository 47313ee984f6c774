/**
 * Constructions of real reporting added in session 14 (issue "Claims from real reporting"): a
 * title in apposition after a place the gazetteer lacks ("took X, the head of the region said");
 * the speaker of a title-only tail on the side that beat back the attacks a sentence opens with.
 * Short sentences of our own.
 */
import { caseTests } from "./_extract_fixtures.ts";

caseTests([
  [
    "extractClaims() keeps an unknown village after 'took full control of' when a title in apposition follows it",
    "Russian troops have taken full control of Zorianske, the head of the Moscow-installed administration, Ivan Petrov, said.",
    ["Russian-installed officials|russia|official|Zorianske|captured|russia"],
  ],
  [
    "extractClaims() gives 'Russian attacks near X were repelled, the military said' to Ukraine",
    "Russian attacks near Siversk were repelled, the military said.",
    ["Ukrainian military|ukraine|official|Siversk|repelled|ukraine"],
  ],
  [
    "extractClaims() gives 'Ukrainian forces tried to break through near X but were thrown back, the ministry said' to Russia",
    "Ukrainian forces tried to break through near Siversk but were thrown back, the Defence Ministry said.",
    ["Russian military|russia|official|Siversk|repelled|russia"],
  ],
  [
    "extractClaims() keeps 'Ukrainian forces repelled Russian assaults near X, the military said' Ukraine's",
    "Ukrainian forces repelled five Russian assaults near Siversk, the military said.",
    ["Ukrainian military|ukraine|official|Siversk|repelled|ukraine"],
  ],
  [
    "extractClaims() makes no claim of 'fighting continued northeast of X' (beside a place, not in it)",
    "Fighting continued northeast of Siversk on Monday.",
    [],
  ],
  [
    "extractClaims() still reads 'fighting continued in the east of X' as fighting inside it",
    "Fighting continued in the east of Siversk on Monday.",
    ["Daily Test|independent|media|Siversk|contested|contested"],
  ],
  [
    "extractClaims() hears 'ISW has only observed' as ISW speaking after another speaker's claim",
    "A Russian milblogger claimed that Russian troops entered Siversk, but ISW has only observed evidence of Russian infiltration into the town.",
    [
      "ISW|independent|mapping|Siversk|advancing|contested",
      "Russian military blogger|russia|blogger|Siversk|advancing|contested",
    ],
  ],
]);
