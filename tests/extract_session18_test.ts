/**
 * Constructions of real reporting added in session 18 (issue "Claims from real reporting"):
 * "troops in X are in danger of being encircled", "face being cut off" (the squeeze is the
 * predicate of the troops in X, not their presence there); "rejected the claim, saying ..." (a
 * denial that names the claim by a word, ahead of places of its own, answers the places of the
 * sentence before too). Short sentences of our own.
 */
import { caseTests } from "./_extract_fixtures.ts";

caseTests([
  [
    "extractClaims() reads 'troops in X are in danger of being encircled' as X encircled, not an advance",
    "Ukrainian troops in the Kursk region are in danger of being encircled, the ISW said.",
    ["ISW|independent|mapping|Kursk Oblast|encircled|contested"],
  ],
  [
    "extractClaims() reads a headline's 'troops in X face being cut off' as X encircled",
    ["Ukraine's troops in Kursk face being cut off", "Fighting goes on."],
    ["Daily Test|independent|media|Kursk Oblast|encircled|contested"],
  ],
  [
    "extractClaims() keeps 'Russian troops in X' an advance when no squeeze follows",
    "Russian troops in Kupiansk are clearing the town centre, the ministry said.",
    ["Russian military|russia|official|Kupiansk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'rejected the claim, saying ... A' as a denial of every place of the claim before",
    [
      "Moscow said Ukrainian units in Kupiansk and Kivsharivka were surrounded. " +
      "Kyiv rejected the claim, saying its troops still held the north of Kupiansk.",
    ],
    [
      "Russia|russia|official|Kivsharivka|encircled|contested",
      "Russia|russia|official|Kupiansk|encircled|contested",
      "Ukraine|ukraine|official|Kivsharivka|denied|ukraine",
      "Ukraine|ukraine|official|Kupiansk|denied|ukraine",
      "Ukraine|ukraine|official|Kupiansk|holding|contested",
    ],
  ],
  [
    "extractClaims() reads 'denied that A had fallen, saying fighting continued there' as A denied, contested (no denial of B)",
    [
      "Moscow said its forces took Kupiansk and Kivsharivka. " +
      "Kyiv denied that Kupiansk had fallen, saying fighting continued there.",
    ],
    [
      "Russia|russia|official|Kivsharivka|captured|russia",
      "Russia|russia|official|Kupiansk|captured|russia",
      "Ukraine|ukraine|official|Kupiansk|contested|contested",
      "Ukraine|ukraine|official|Kupiansk|denied|contested",
    ],
  ],
  [
    "extractClaims() reads 'deny the loss of X, reporting ongoing battles in the city' as a contested denial",
    "Moscow said it took Kupiansk, but Ukraine's army denied the loss of the town, reporting ongoing battles in the city.",
    [
      "Russia|russia|official|Kupiansk|captured|russia",
      "Ukrainian military|ukraine|official|Kupiansk|contested|contested",
      "Ukrainian military|ukraine|official|Kupiansk|denied|contested",
    ],
  ],
  [
    "extractClaims() keeps a denial of X the defender's when the fighting it admits is in Y",
    "Ukraine's military did not confirm the capture of Tykhe but said fighting continued in Vilne Pole.",
    [
      "Ukrainian military|ukraine|official|Tykhe|denied|ukraine",
      "Ukrainian military|ukraine|official|Vilne Pole|contested|contested",
    ],
  ],
]);
