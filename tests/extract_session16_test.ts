/**
 * Constructions of real reporting added in session 16 (issue "Claims from real reporting"): the
 * border districts of the Kursk and Belgorod regions as places of their own ("the Glushkovo
 * district", "the Sudzhansky and Korenevsky districts of the Kursk region", where the oblast only
 * locates them).
 * Short sentences of our own.
 */
import { caseTests } from "./_extract_fixtures.ts";

caseTests([
  [
    "extractClaims() reads 'the Sudzhansky and Korenevsky districts of the Kursk region' as two districts",
    "Russia's Defence Ministry said its forces drove Ukrainian units out of the Sudzhansky and Korenevsky districts of the Kursk region.",
    [
      "Russian Defence Ministry|russia|official|Korenevsky District|recaptured|contested",
      "Russian Defence Ministry|russia|official|Sudzhansky District|recaptured|contested",
    ],
  ],
  [
    "extractClaims() reads 'the Glushkovo district' as the district, not the town",
    "Ukrainian troops advanced in the Glushkovo district overnight, a Russian war blogger said.",
    ["Russian military bloggers|russia|blogger|Glushkovsky District|advancing|contested"],
  ],
  [
    "extractClaims() keeps a village located in a district the place",
    "The village of Tyotkino in the Glushkovo district remains under Russian control, the governor said.",
    ["Russian regional authorities|russia|official|Tyotkino|holding|russia"],
  ],
]);
