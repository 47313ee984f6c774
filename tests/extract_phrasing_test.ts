/**
 * Claim words as wire copy phrases them (issue "Claims from real reporting", session 8): passive
 * expulsions and pushbacks, the attack a repelled word names, present-tense occupation, the
 * Russian MoD's "improved its position", and whose troops "its troops" are. Short sentences of
 * our own.
 */
import assert from "node:assert/strict";
import { caseTests, run } from "./_extract_fixtures.ts";
import { findTriggers } from "../lib/extract/triggers.ts";

/** One sentence each, and the records it gives (`claimant|side|role|place|claim|status`). */
const _CASES: [name: string, text: string, records: string[]][] = [
  [
    "extractClaims() does not let a claim word with its own object reach back ('advance near X, occupy Y')",
    "Russians advance near Siversk, occupy Zvanivka - DeepState",
    [
      "DeepState|ukraine|mapping|Siversk|advancing|ukraine",
      "DeepState|ukraine|mapping|Zvanivka|captured|russia",
    ],
  ],
  [
    "extractClaims() reads no place in 'captured more than 100 Russian soldiers in X'",
    "Ukrainian forces captured more than 100 Russian soldiers in Hannivka on Thursday.",
    [],
  ],
  [
    "extractClaims() reads 'maintain their positions in X' as holding X",
    "Ukrainian forces maintain their positions in Siversk, the spokesman said.",
    ["Ukrainian military|ukraine|official|Siversk|holding|ukraine"],
  ],
  [
    "extractClaims() reads 'continuing to mop up X' as an advance inside X",
    "Our troops are continuing to mop up Siversk, the commander of the Sever group said.",
    ["Russian Battlegroup North|russia|official|Siversk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'it is unclear who controls X' as X contested, not as a capture",
    "It is unclear who controls Siversk.",
    ["Daily Test|independent|media|Siversk|contested|contested"],
  ],
  [
    "extractClaims() reads 'pressing on X from the south' as an advance toward X",
    "Russian troops are pressing on Siversk from the south, DeepState said.",
    ["DeepState|ukraine|mapping|Siversk|advancing|ukraine"],
  ],
  [
    "extractClaims() reads 'have lost more than 1,000 soldiers near X' as no claim about ground",
    "Russian troops have lost more than 1,000 soldiers near Siversk, Ukraine said.",
    [],
  ],
  [
    "extractClaims() reads 'held off Russian assaults on X' as attacks repelled, not as holding",
    "Ukrainian troops held off Russian assaults on Lyptsi, the army said.",
    ["Ukrainian military|ukraine|official|Lyptsi|repelled|ukraine"],
  ],
  [
    "extractClaims() takes a passive claim word's taker from its agent ('was retaken by Russia')",
    "The village of Robotyne was retaken by Russia last year, DeepState said.",
    ["DeepState|ukraine|mapping|Robotyne|recaptured|russia"],
  ],
  [
    "extractClaims() reads 'fighting for control of X' as X contested, not as a capture",
    "Russian forces are fighting for control of Siversk, Ukraine's General Staff said.",
    ["Ukrainian General Staff|ukraine|official|Siversk|contested|contested"],
  ],
  [
    "extractClaims() reads 'Russian troops have been stopped near X' as an attack repelled",
    "Russian troops have been stopped near Lyptsi, the governor said.",
    ["Ukrainian regional authorities|ukraine|official|Lyptsi|repelled|ukraine"],
  ],
  [
    "extractClaims() takes the side of a named formation before the claim word ('units of the Yug battlegroup liberated')",
    "Units of the Yug battlegroup liberated Bahatyr, the report said.",
    ["Daily Test|independent|media|Bahatyr|captured|russia"],
  ],
  [
    "extractClaims() reads a place after 'the community of' as a settlement",
    "Russian troops took control of the community of Ulakly.",
    ["Daily Test|independent|media|Ulakly|captured|russia"],
  ],
  [
    "extractClaims() reads an unknown two-word name opening with an adjective ('Zelenyi Kut') whole",
    "Russian troops captured Zelenyi Kut.",
    ["Daily Test|independent|media|Zelenyi Kut|captured|russia"],
  ],
  [
    "extractClaims() reads 'Russian sabotage groups were operating inside X' as an advance inside X",
    "Russian sabotage groups were operating inside Kramatorsk, the 11th Corps said.",
    ["11th Corps|ukraine|official|Kramatorsk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'crossed into the X region' as an advance inside it",
    "Russian troops crossed into the Sumy region, DeepState said.",
    ["DeepState|ukraine|mapping|Sumy Oblast|advancing|contested"],
  ],
  [
    "extractClaims() reads 'square kilometres of Russia's X region' as a part of the region",
    "Ukrainian troops control 800 square kilometres of Russia's Kursk region, Syrskyi said.",
    ["Oleksandr Syrskyi|ukraine|official|Kursk Oblast|captured|contested"],
  ],
  [
    "extractClaims() reads 'Kyiv's troops are still present in X' as a presence inside X",
    "Kyiv's troops are still present in the Kursk region, Russian bloggers said.",
    ["Russian military bloggers|russia|blogger|Kursk Oblast|advancing|contested"],
  ],
  [
    "extractClaims() does not read the side describing a place that 'fell' as its taker",
    "Siversk, a Ukrainian stronghold for years, fell on Monday, Ukrainian officials said.",
    ["Ukrainian military|ukraine|official|Siversk|captured|russia"],
  ],
  [
    "extractClaims() reads 'fell to Russian forces' of a Russian town as Russia's recapture",
    "Sudzha fell to Russian forces again in the spring, DeepState said.",
    ["DeepState|ukraine|mapping|Sudzha|recaptured|russia"],
  ],
  [
    "extractClaims() reads 'cut the last supply road into X' as an encirclement",
    "Russian troops have cut the last supply road into Siversk, DeepState said.",
    ["DeepState|ukraine|mapping|Siversk|encircled|contested"],
  ],
  [
    "extractClaims() reads 'Russian troops had been expelled from X' as the other side's recapture",
    "Ukraine's defence ministry said Russian troops had been expelled from Bilohorivka.",
    ["Ukrainian Defence Ministry|ukraine|official|Bilohorivka|recaptured|ukraine"],
  ],
  [
    "extractClaims() reads 'Russian troops were pushed back from X' as an attack repelled",
    "Russian troops were pushed back from Kupiansk, the Ukrainian military said.",
    ["Ukrainian military|ukraine|official|Kupiansk|repelled|ukraine"],
  ],
  [
    "extractClaims() gives 'beat back an assault on X' one repelled record, no advance",
    "Ukrainian forces beat back an assault on Vuhledar, the military said.",
    [
      "Ukrainian military|ukraine|official|Vuhledar|repelled|ukraine",
    ],
  ],
  [
    "extractClaims() reads present-tense 'occupy large sections of X' as a partial capture",
    "Russian troops occupy large sections of Toretsk, according to DeepState.",
    [
      "DeepState|ukraine|mapping|Toretsk|captured|contested",
    ],
  ],
  [
    "extractClaims() reads 'improved their tactical position near X' as an advance",
    "The Russian defence ministry said its units had improved their tactical position near Robotyne.",
    ["Russian Defence Ministry|russia|official|Robotyne|advancing|ukraine"],
  ],
  [
    "extractClaims() keeps 'held large parts of B' inside 'dismissed Moscow's statements that its forces seized A and held ...'",
    "Kyiv dismissed Moscow's statements that its forces had seized Kurakhove and held large parts of Toretsk.",
    [
      "Russia|russia|official|Kurakhove|captured|russia",
      "Russia|russia|official|Toretsk|captured|contested",
      "Ukraine|ukraine|official|Kurakhove|denied|ukraine",
      "Ukraine|ukraine|official|Toretsk|denied|ukraine",
    ],
  ],
  [
    "extractClaims() takes a name the gazetteer lacks after 'capture', 'occupied', 'reached'",
    "DeepState: Russians capture Novoselydivka and reached Vovche.",
    [
      "DeepState|ukraine|mapping|Novoselydivka|captured|russia",
      "DeepState|ukraine|mapping|Vovche|advancing|ukraine",
    ],
  ],
  [
    "extractClaims() gives 'halted Russia's advance on X' one repelled record",
    "Ukraine said its troops had halted Russia's advance on Sumy.",
    [
      "Ukraine|ukraine|official|Sumy|repelled|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'surrounded Ukrainian units in X' as the encirclement, not their presence",
    "Moscow-installed officials said Russian forces had surrounded Ukrainian units in Kupiansk.",
    ["DPR authorities|russia|official|Kupiansk|encircled|contested"],
  ],
  [
    "extractClaims() reads 'Ukrainian troops have not left X, the army said' as a denial of the loss",
    "Ukrainian troops have not left Siversk, the army said.",
    [
      "Ukrainian military|ukraine|official|Siversk|denied|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'stopped 20 assaults near X' as attacks repelled",
    "Ukrainian forces stopped 20 Russian assaults near Kupiansk, the General Staff said.",
    [
      "Ukrainian General Staff|ukraine|official|Kupiansk|repelled|ukraine",
    ],
  ],
  [
    "extractClaims() gives '... have not captured X, contrary to Moscow's claims' Moscow's capture too",
    "Kyiv says Russian forces have not captured Chasiv Yar, contrary to Moscow's claims.",
    [
      "Russia|russia|official|Chasiv Yar|captured|russia",
      "Ukraine|ukraine|official|Chasiv Yar|denied|ukraine",
    ],
  ],
  [
    "extractClaims() makes no ground claim of 'lost 2,000 soldiers near X'",
    "The Ukrainian army lost 2,000 soldiers near Kursk, the Russian ministry claimed.",
    [],
  ],
  [
    "extractClaims() reads 'the Yug battlegroup improved the tactical situation ... near X' as a Russian advance",
    "The Yug battlegroup improved the tactical situation and inflicted losses near Siversk, the ministry said.",
    ["Russian military|russia|official|Siversk|advancing|ukraine"],
  ],
  [
    "extractClaims() reads 'refuted the claim, saying fighting continued in X' as a denial and a battle in X",
    "Ukraine's General Staff refuted the claim, saying that fighting continued in Kupiansk.",
    [
      "Ukrainian General Staff|ukraine|official|Kupiansk|contested|contested",
      // (the denier admits fighting inside: contested, the schema's rule for `denied`; session 18)
      "Ukrainian General Staff|ukraine|official|Kupiansk|denied|contested",
    ],
  ],
  [
    "extractClaims() reads 'called the Russian report about X a lie' as a denial",
    "Kyiv called the Russian report about Velyka Novosilka a lie.",
    [
      "Ukraine|ukraine|official|Velyka Novosilka|denied|ukraine",
    ],
  ],
  [
    "extractClaims() reads '1,000 square kilometres of X' as part of X (status contested)",
    "Ukrainian troops have taken control of 1,000 square kilometres of the Kursk region, Syrskyi said.",
    ["Oleksandr Syrskyi|ukraine|official|Kursk Oblast|captured|contested"],
  ],
  [
    "extractClaims() reads 'the pullback from X' as the defender's loss of X",
    "Ukraine's General Staff said the pullback from Siversk was ordered to save lives.",
    [
      "Ukrainian General Staff|ukraine|official|Siversk|captured|russia",
    ],
  ],
  [
    "extractClaims() reads 'thwarted Russian attempts to establish a foothold in X' as repelled only",
    "Ukraine's General Staff said Ukrainian forces thwarted Russian attempts to establish a foothold in Vovchansk.",
    ["Ukrainian General Staff|ukraine|official|Vovchansk|repelled|ukraine"],
  ],
  [
    "extractClaims() makes no claim of 'to prevent the occupiers from gaining a foothold in X'",
    "Efforts are under way to prevent the occupiers from gaining a foothold in Vovchansk.",
    [],
  ],
  [
    "extractClaims() makes no claim of a condition ('depends on Ukraine recognising Moscow's control over X')",
    "Moscow said a ceasefire depends on Ukraine recognising Moscow's control over Kherson.",
    [],
  ],
  [
    "extractClaims() makes no claim of a gerund subject of many words ('regaining control of X would ...')",
    "Taking control of Siversk would open the road west, Podolyaka wrote.",
    [],
  ],
  [
    "extractClaims() reads 'about two-thirds of X' as part of X",
    "Russian forces control about two-thirds of Myrnohrad, DeepState said.",
    [
      "DeepState|ukraine|mapping|Myrnohrad|captured|contested",
    ],
  ],
  [
    "extractClaims() gives 'had taken A and repelled counterattacks near B' each place its own claim word",
    "Russia's defence ministry said its forces had taken Razdolne and repelled counterattacks near Velyka Novosilka.",
    [
      "Russian Defence Ministry|russia|official|Rozdolne|captured|russia",
      "Russian Defence Ministry|russia|official|Velyka Novosilka|repelled|russia",
    ],
  ],
];

caseTests(_CASES);

Deno.test("findTriggers() blocks the assault that 'beat back an assault on X' names", () => {
  const found = findTriggers("Ukrainian forces beat back an assault on Vuhledar overnight.");
  assert.deepEqual(
    found.map((t) => `${t.text}|${t.kind}|${t.blocked}`),
    ["beat back|repelled|null", "assault on|advancing|object of a repelled word"],
  );
});

Deno.test("extractClaims() gives '..., saying its troops still held X' the speaker's side, past a side named before", () => {
  assert.deepEqual(
    run(
      "The Ukrainian military rejected the Russian claim as false, saying its troops still held Kupiansk.",
    ),
    // (and the rejection reaches the place its reason names)
    [
      "Ukrainian military|ukraine|official|Kupiansk|denied|ukraine",
      "Ukrainian military|ukraine|official|Kupiansk|holding|ukraine",
    ],
  );
});

Deno.test("findTriggers() notes what a negated claim word denies", () => {
  const found = findTriggers("The town has not been captured and troops did not withdraw from it.");
  assert.deepEqual(found.map((t) => `${t.kind}|${t.negates}`), [
    "denied|captured",
    "denied|withdrew",
  ]);
});

/** Several sentences each, and the records each gives (one test per name). */
const _MULTI: [name: string, cases: [text: string, records: string[]][]][] = [
  [
    "extractClaims() reads 'X has changed hands' and 'the front line runs through X' as contested",
    [
      [
        "Robotyne has changed hands several times, the ISW said.",
        ["ISW|independent|mapping|Robotyne|contested|contested"],
      ],
      [
        "The front line now runs through the centre of Toretsk, DeepState said.",
        ["DeepState|ukraine|mapping|Toretsk|contested|contested"],
      ],
    ],
  ],
  [
    "extractClaims() makes no claim of a demand ('demands that Ukraine withdraw from X')",
    [
      ["Russia demands that Ukraine withdraw from Zaporizhzhia and Kherson.", []],
      // (the same words stated as a fact are a claim)
      ["Russia says Ukraine withdrew from Kherson.", [
        "Russia|russia|official|Kherson|captured|russia",
      ]],
    ],
  ],
  [
    "extractClaims() reads 'Ukrainian troops in X are close to being cut off' as encircled, not an advance on X",
    [
      [
        "Ukrainian troops in Pokrovsk are close to being cut off, DeepState said.",
        ["DeepState|ukraine|mapping|Pokrovsk|encircled|contested"],
      ],
      // (an attacker's troops in a place are still an advance)
      [
        "Russian troops in Pokrovsk are moving north, DeepState said.",
        ["DeepState|ukraine|mapping|Pokrovsk|advancing|contested"],
      ],
    ],
  ],
  [
    "extractClaims() reads 'trapped in X' and 'surrounded 10,000 Ukrainian troops in X' as encircled",
    [
      [
        "Thousands of Ukrainian soldiers are trapped in Pokrovsk, Putin claimed.",
        ["Vladimir Putin|russia|official|Pokrovsk|encircled|contested"],
      ],
      [
        "Russia says it has surrounded 10,000 Ukrainian troops in Myrnohrad.",
        ["Russia|russia|official|Myrnohrad|encircled|contested"],
      ],
    ],
  ],
  [
    "extractClaims() reads 'continues to resist', 'are still in X' and 'kept their positions in X' as holding",
    [
      [
        "The Ukrainian garrison in Pokrovsk continues to resist, Syrskyi said.",
        ["Oleksandr Syrskyi|ukraine|official|Pokrovsk|holding|ukraine"],
      ],
      [
        '"Our soldiers are still in Siversk," a Ukrainian commander said.',
        ["Ukrainian military|ukraine|official|Siversk|holding|ukraine"],
      ],
      [
        "Ukrainian defenders repelled the assault and kept their positions in Toretsk, the army said.",
        [
          "Ukrainian military|ukraine|official|Toretsk|holding|ukraine",
          "Ukrainian military|ukraine|official|Toretsk|repelled|ukraine",
        ],
      ],
    ],
  ],
];

for (const [name, cases] of _MULTI) {
  Deno.test(name, () => {
    for (const [text, records] of cases) assert.deepEqual(run(text), records, text);
  });
}

Deno.test("extractClaims() reads 'wedged into', 'penetrated X' and 'crossed the Oskil river near X' as advances", () => {
  assert.deepEqual(
    run("Russian sabotage groups penetrated Pokrovsk, the 7th Corps said.").concat(
      run("Russian forces have wedged into Ukrainian defences near Kupiansk, DeepState said."),
      run("Russian units crossed the Oskil river near Kupiansk, DeepState said."),
    ),
    [
      "7th Corps|ukraine|official|Pokrovsk|advancing|contested",
      "DeepState|ukraine|mapping|Kupiansk|advancing|ukraine",
      "DeepState|ukraine|mapping|Kupiansk|advancing|ukraine",
    ],
  );
  // (a distance is no place: "having penetrated up to 35 kilometres")
  assert.deepEqual(run("Ukraine said its troops had penetrated up to 35 kilometres."), []);
});

Deno.test("extractClaims() reads 'overrun', 'in the hands of Russian troops', 'had to leave', 'completed the clearing of', 'secured' and 'ceded' as captures", () => {
  const one = (s: string) => run(s).map((r) => r.split("|").slice(3).join("|"));
  assert.deepEqual(
    [
      "Vuhledar was overrun by Russian troops, DeepState said.",
      "Selydove is in the hands of Russian troops, DeepState said.",
      "Ukrainian forces had to leave Vuhledar, the army said.",
      "Russian forces completed the clearing of Kurakhove, the ministry said.",
      "Russian forces have secured Ocheretyne, the ministry said.",
      "Ukraine has ceded Avdiivka to Russian forces.",
    ].flatMap(one),
    [
      "Vuhledar|captured|russia",
      "Selydove|captured|russia",
      "Vuhledar|captured|russia",
      "Kurakhove|captured|russia",
      "Ocheretyne|captured|russia",
      "Avdiivka|captured|russia",
    ],
  );
  // ("a complete clearing of the city is still far off" is no capture)
  assert.ok(
    !one('Rybar said that "a complete clearing of Pokrovsk is still far off".').some((r) =>
      r.includes("captured")
    ),
  );
});

Deno.test("extractClaims() reads 'returned X to Ukrainian control' and 'recaptured lost positions near X' as recaptures", () => {
  assert.deepEqual(
    run("Ukrainian forces returned Pishchane to Ukrainian control, the 3rd Corps said.").concat(
      run("Ukrainian forces recaptured lost positions near Pokrovsk, the General Staff said."),
    ),
    [
      "3rd Corps|ukraine|official|Pishchane|recaptured|ukraine",
      "Ukrainian General Staff|ukraine|official|Pokrovsk|recaptured|ukraine",
    ],
  );
});
