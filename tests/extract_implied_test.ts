/**
 * Places a claim leaves implicit, and two sides' moves about one place (issue "Claims from real
 * reporting", session 8). Short sentences of our own.
 */
import assert from "node:assert/strict";
import { caseTests, run } from "./_extract_fixtures.ts";
import { mainRegion } from "../lib/extract/backrefs.ts";
import type { PlaceMention } from "../lib/lexicon/find_places.ts";

/** One sentence each, and the records it gives (`claimant|side|role|place|claim|status`). */
const _CASES: [name: string, text: string | string[], records: string[]][] = [
  [
    "extractClaims() reads 'Ukrainian-controlled territory in the X region shrank' as the other side's gain, by the source",
    "Ukrainian-controlled territory in the Kursk region shrank last week, DeepState said.",
    ["DeepState|ukraine|mapping|Kursk Oblast|recaptured|contested"],
  ],
  [
    "extractClaims() reads 'Russian-held territory in the X region grew' as an advance inside it",
    "Russian-held territory in the Sumy region grew last week, DeepState said.",
    ["DeepState|ukraine|mapping|Sumy Oblast|advancing|contested"],
  ],
  [
    "extractClaims() reads a claim word in a relative clause ('the territory it seized in X') as no claim of its own",
    "Ukraine has lost much of the territory it seized in the Kursk region, a Ukrainian officer said.",
    ["Ukrainian military|ukraine|official|Kursk Oblast|recaptured|contested"],
  ],
  [
    "extractClaims() reads 'fighting is raging in and around X' as X contested",
    "Fighting is raging in and around Kalynivske, DeepState said.",
    ["DeepState|ukraine|mapping|Kalynivske|contested|contested"],
  ],
  [
    "extractClaims() reads an unknown name before ''s outskirts' without its possessive",
    "Russian troops have entered Hannivka's outskirts, DeepState said.",
    ["DeepState|ukraine|mapping|Hannivka|advancing|contested"],
  ],
  [
    "extractClaims() finds unknown names after 'most of', 'out of', 'in central', 'raised over'",
    "DeepState said Russian forces control most of Petrivske. Kyiv said its troops drove Russian " +
    "forces out of Kalynivske. Russian soldiers raised a flag in central Hannivka, DeepState said.",
    [
      "DeepState|ukraine|mapping|Hannivka|advancing|contested",
      "DeepState|ukraine|mapping|Petrivske|captured|contested",
      "Ukraine|ukraine|official|Kalynivske|recaptured|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'the Sudzhansky and Korenevsky border districts' as the two districts and no name in 'the Ukrainian-controlled town'",
    "Moscow said its troops fight Ukrainian forces in the Sudzhansky and Korenevsky border " +
    "districts. Ukrainian troops in the Ukrainian-controlled town of Sudzha are surrounded, " +
    "Russian bloggers said.",
    [
      "Russian military bloggers|russia|blogger|Sudzha|encircled|contested",
      "Russia|russia|official|Korenevsky District|advancing|contested",
      "Russia|russia|official|Sudzhansky District|advancing|contested",
    ],
  ],
  [
    "extractClaims() reads every unknown name of a passive claim's subject list ('X and Y were captured')",
    "Hannivka and Petrivske were captured, DeepState said.",
    [
      "DeepState|ukraine|mapping|Hannivka|captured|russia",
      "DeepState|ukraine|mapping|Petrivske|captured|russia",
    ],
  ],
  [
    "extractClaims() reads an unknown name before 'is under Russian control' as the place",
    "Kalynivske is under Russian control, DeepState said.",
    ["DeepState|ukraine|mapping|Kalynivske|captured|russia"],
  ],
  [
    "extractClaims() reads 'Ukrainian troops left X, the spokesman said' as X lost, X being no person",
    "Ukrainian troops left Kalynivske, the spokesman said.",
    ["Ukrainian military|ukraine|official|Kalynivske|captured|russia"],
  ],
  [
    "extractClaims() reads 'fighting is under way in X' as X contested",
    "Heavy fighting is under way in Hannivka, DeepState said.",
    ["DeepState|ukraine|mapping|Hannivka|contested|contested"],
  ],
  [
    "extractClaims() reads an unknown name as a place when it is a passive claim's subject ('X has been captured')",
    "Hannivka has been captured by Russian forces, the ministry said.",
    ["Russian military|russia|official|Hannivka|captured|russia"],
  ],
  [
    "extractClaims() reads 'X, a village south of Y, fell' as X falling, not Y",
    "Petrivske, a village south of Pokrovsk, fell on Monday, DeepState said.",
    ["DeepState|ukraine|mapping|Petrivske|captured|russia"],
  ],
  [
    "extractClaims() reads an unknown name after 'is holding' as the place held",
    "Ukraine's 25th brigade is holding Kalynivske, its spokesman said.",
    ["Ukrainian military|ukraine|official|Kalynivske|holding|ukraine"],
  ],
  [
    "extractClaims() does not read the last word of 'the Donetsk People's Republic' as a place",
    "The town of Ulakly in the Donetsk People's Republic was liberated, the ministry said.",
    ["Russian military|russia|official|Ulakly|captured|russia"],
  ],
  [
    "extractClaims() gives a quotation's placeless repelled attacks the place its sentence before named",
    'The Khortytsia group said: "The enemy is trying to advance towards Siversk. All attacks were ' +
    'repelled."',
    ["Khortytsia group of forces|ukraine|official|Siversk|repelled|ukraine"],
  ],
  [
    "extractClaims() knows a name a claim word showed to be a settlement ('liberated X') when a later sentence opens with it",
    [
      "Russian troops liberated Ulakly.",
      "Ulakly has been fully cleared, the Russian ministry said.",
    ],
    [
      "Daily Test|independent|media|Ulakly|captured|russia",
      "Russian Defence Ministry|russia|official|Ulakly|advancing|contested",
    ],
  ],
  [
    "extractClaims() knows a name shown to be a settlement earlier in the article ('the villages of X and Y') in later sentences",
    [
      "Russian troops took the villages of Ulakly and Hannivka.",
      '"Our units continued clearing Ulakly and Hannivka," the Russian ministry said.',
    ],
    [
      "Daily Test|independent|media|Hannivka|captured|russia",
      "Daily Test|independent|media|Ulakly|captured|russia",
      "Russian Defence Ministry|russia|official|Hannivka|advancing|contested",
      "Russian Defence Ministry|russia|official|Ulakly|advancing|contested",
    ],
  ],
  [
    "extractClaims() gives a participle after a comma the side of its clause's subject ('..., liberating X')",
    "Units of the Yug battlegroup routed enemy formations, liberating Ulakly, the ministry said.",
    ["Russian military|russia|official|Ulakly|captured|russia"],
  ],
  [
    "extractClaims() never reads 'the village' after a list as a city, however often the article names it",
    [
      "Russian troops are advancing on Pokrovsk. Pokrovsk is under attack.",
      "Ukraine said it repelled attacks near Pokrovsk and Kotlyne.",
      "DeepState marked the village as contested.",
    ],
    [
      "Daily Test|independent|media|Pokrovsk|advancing|ukraine",
      "DeepState|ukraine|mapping|Kotlyne|contested|contested",
      "Ukraine|ukraine|official|Kotlyne|repelled|ukraine",
      "Ukraine|ukraine|official|Pokrovsk|repelled|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'the village' after a list as the settlement the article is about",
    [
      "Russia says it has taken Novopavlivka. Kyiv denies it.",
      "Ukraine said it repelled attacks near Novopavlivka, Kotlyne and Udachne.",
      "DeepState marked the village as contested.",
    ],
    [
      "DeepState|ukraine|mapping|Novopavlivka|contested|contested",
      "Russia|russia|official|Novopavlivka|captured|russia",
      "Ukraine|ukraine|official|Kotlyne|repelled|ukraine",
      "Ukraine|ukraine|official|Novopavlivka|denied|ukraine",
      "Ukraine|ukraine|official|Novopavlivka|repelled|ukraine",
      "Ukraine|ukraine|official|Udachne|repelled|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'the town's' as the place a speaker is said to fight near in the same sentence",
    "A Ukrainian soldier fighting near Siversk said Russian troops had seized the town's eastern " +
    "districts.",
    // (a part taken: contested, session 13)
    ["Ukrainian military|ukraine|official|Siversk|captured|contested"],
  ],
  [
    "extractClaims() reads 'the village' as the one named in the paragraph before, by 'the village of'",
    [
      "Russian troops have shelled the village of Ulakly for weeks.",
      "The village fell on Sunday, " +
      "the Ukrainian army said.",
    ],
    ["Ukrainian military|ukraine|official|Ulakly|captured|russia"],
  ],
  [
    "extractClaims() does not take a place the sentence before only locates by for 'the village'",
    "Heavy fighting was reported around Novohrodivka, west of Selydove. Russian troops entered the " +
    "village, DeepState said.",
    ["DeepState|ukraine|mapping|Novohrodivka|advancing|contested"],
  ],
  [
    "extractClaims() reads 'its western districts' as a part of the place the sentence before named",
    "Russia says it has taken Siversk. A Ukrainian spokesman said fighting went on in its " +
    "western districts.",
    [
      "Russia|russia|official|Siversk|captured|russia",
      "Ukrainian military|ukraine|official|Siversk|contested|contested",
    ],
  ],
  [
    "extractClaims() keeps one claim when the advance has no subject of the other side",
    "Analysts said Ukrainian troops still hold Pokrovsk after advancing from the east.",
    ["analysts|independent|media|Pokrovsk|holding|ukraine"],
  ],
  [
    "extractClaims() reads 'dozens of villages' as an uncounted reference to the places named next",
    "Russia's defence ministry said its forces had captured dozens of villages this year. " +
    "Ivanivka, Dachne and Sontsivka were among them.",
    [
      "Russian Defence Ministry|russia|official|Dachne|captured|russia",
      "Russian Defence Ministry|russia|official|Ivanivka|captured|russia",
      "Russian Defence Ministry|russia|official|Sontsivka|captured|russia",
    ],
  ],
];

caseTests(_CASES);

Deno.test("extractClaims() gives 'Ukrainian troops hold X, as Russian forces have been advancing' a holding and an advance", () => {
  assert.deepEqual(
    run(
      "Analysts said Ukrainian troops still hold Pokrovsk, as Russian forces have been advancing from the east.",
    ),
    // (the clause after ", as" lies past the frame's scope: the article's own voice)
    [
      "Daily Test|independent|media|Pokrovsk|advancing|ukraine",
      "analysts|independent|media|Pokrovsk|holding|ukraine",
    ],
  );
});

const _KURSK = [
  "Ukrainian forces pushed deeper into the Kursk region this week. Fighting in the Kursk region " +
  "went on near the border.",
  "A Ukrainian commander said his forces repelled four attacks and advanced two kilometres.",
];

Deno.test("extractClaims() gives a speaker's advance that names no place to the region the article is about", () => {
  assert.deepEqual(
    run(..._KURSK).filter((r) => r.startsWith("Ukrainian military")),
    [
      "Ukrainian military|ukraine|official|Kursk Oblast|advancing|russia",
      "Ukrainian military|ukraine|official|Kursk Oblast|repelled|ukraine",
    ],
  );
});

Deno.test("extractClaims() gives no region to a placeless claim in an article about a settlement", () => {
  const records = run(
    "Russian forces pushed into Sudzha in the Kursk region. Sudzha was shelled again, and " +
      "residents of Sudzha fled.",
    "A Ukrainian commander said his forces repelled four attacks and advanced two kilometres.",
  );
  assert.ok(!records.some((r) => r.startsWith("Ukrainian military")), records.join("\n"));
});

Deno.test("extractClaims() gives no region to a placeless capture ('captured 40 soldiers')", () => {
  const records = run(_KURSK[0], "A Ukrainian commander said his forces captured 40 soldiers.");
  assert.ok(!records.some((r) => r.startsWith("Ukrainian military")), records.join("\n"));
});

function _mention(canonical: string, kind: PlaceMention["kind"]): PlaceMention {
  return {
    start: 0,
    end: 1,
    text: canonical,
    canonical,
    candidates: [],
    place: null,
    kind,
    source: "gazetteer",
  };
}

Deno.test("mainRegion() needs a region named twice and twice as often as any settlement", () => {
  const k = _mention("Kursk Oblast", "region");
  const s = _mention("Sudzha", "village");
  assert.equal(mainRegion([k, k, s])?.mention.canonical, "Kursk Oblast");
  assert.equal(mainRegion([k, k, s, s]), null);
  assert.equal(mainRegion([k, s]), null);
  assert.equal(mainRegion([s, s]), null);
});

Deno.test("extractClaims() reads 'the city' as the one settlement the sentence before named, not an older record's", () => {
  assert.deepEqual(
    run(
      "Russian forces entered Kurakhove, the ministry said. " +
        '"It is hard," said a Ukrainian soldier in Pokrovsk. "But we are holding the city."',
    ).filter((r) => r.includes("holding")),
    ["Ukrainian military|ukraine|official|Pokrovsk|holding|ukraine"],
  );
});
