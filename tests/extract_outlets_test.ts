/**
 * Constructions of agency copy, military bulletins, monitoring reports, live blogs and embedded
 * posts (issue "Claims from real reporting", session 12): speakers (a side's formation by a common
 * noun, a long "according to ...", "continued to claim", a post's signature, "analysts wrote" after
 * a mapping project), claims inside claims (a relative clause with its own speaker, a denial's
 * reason, a denial word in quotation marks), claim words (holding adjectives beside the verb,
 * "neither side has firm control", "under Russian occupation", expulsions, attempts, aims and
 * evidence that claim nothing), sides (possessives that own a place rather than act) and places
 * (counts, shares, rivers, "south of X", names listed after a region or "among them were").
 * Short sentences of our own.
 */
import assert from "node:assert/strict";
import { extractClaims } from "../lib/mod.ts";
import { art, caseTests } from "./_extract_fixtures.ts";

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
  [
    "extractClaims() leaves 'advanced near eight other villages' unnamed when the next sentence names only three",
    [
      "Russian troops took Baranivka and advanced near eight other villages, DeepState said.",
      "The project said Russian troops had made gains near Kotliarivka, Dachenske and Zvirove.",
    ],
    [
      "DeepState|ukraine|mapping|Baranivka|captured|russia",
      "DeepState|ukraine|mapping|Dachenske|advancing|ukraine",
      "DeepState|ukraine|mapping|Kotliarivka|advancing|ukraine",
      "DeepState|ukraine|mapping|Zvirove|advancing|ukraine",
    ],
  ],
  [
    "extractClaims() still reads 'retook three villages' as the three named in the next sentence",
    [
      "Ukrainian troops retook three villages, the General Staff said.",
      "They are Kotliarivka, Dachenske and Zvirove.",
    ],
    [
      "Ukrainian General Staff|ukraine|official|Dachenske|recaptured|ukraine",
      "Ukrainian General Staff|ukraine|official|Kotliarivka|recaptured|ukraine",
      "Ukrainian General Staff|ukraine|official|Zvirove|recaptured|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'X, which Russia claimed to have captured' as Russia's capture beside the speaker's claim",
    "Ukrainian officials said their troops were still fighting in Siversk, which Russia claimed to have captured.",
    [
      "Russia|russia|official|Siversk|captured|russia",
      "Ukrainian military|ukraine|official|Siversk|contested|contested",
    ],
  ],
  [
    "extractClaims() reads 'X, a town in Y region that Ukraine says it still holds' as Ukraine's holding",
    "Moscow claims its forces have taken Siversk, a town in Donetsk region that Ukraine says it still holds.",
    [
      "Russia|russia|official|Siversk|captured|russia",
      "Ukraine|ukraine|official|Siversk|holding|ukraine",
    ],
  ],
  [
    "extractClaims() keeps 'X, which Russian troops captured' to one claim (no speaker in the relative clause)",
    "Ukrainian troops are still fighting in Siversk, which Russian troops captured, the brigade said.",
    ["Ukrainian military|ukraine|official|Siversk|contested|contested"],
  ],
  [
    "extractClaims() reads 'the previously Ukrainian-held town of X had been liberated' as the background holding and the capture",
    "The previously Ukrainian-held town of Siversk had been liberated, the Russian Defence Ministry said.",
    [
      "Daily Test|independent|media|Siversk|holding|ukraine",
      "Russian Defence Ministry|russia|official|Siversk|captured|russia",
    ],
  ],
  [
    "extractClaims() reads 'thwarted attempts by Ukrainian mobile groups to break through near X' as attacks repelled only",
    "Russia's defence ministry said its forces had thwarted attempts by Ukrainian mobile groups to break through near Korenevo.",
    ["Russian Defence Ministry|russia|official|Korenevo|repelled|russia"],
  ],
  [
    "extractClaims() reads 'videos showing Russian flags being raised over the town' as a flag shown in the town",
    [
      "Ukrainian troops withdrew from Vuhledar, the General Staff said.",
      "Russian military bloggers published videos showing Russian flags being raised over the town's administration.",
    ],
    [
      "Russian military bloggers|russia|blogger|Vuhledar|advancing|contested",
      "Ukrainian General Staff|ukraine|official|Vuhledar|captured|russia",
    ],
  ],
  [
    "extractClaims() reads 'the DeepState map marks X as a grey zone' as DeepState's contested claim",
    "The DeepState map marks Kotlyne as a grey zone.",
    ["DeepState|ukraine|mapping|Kotlyne|contested|contested"],
  ],
  [
    "extractClaims() reads 'neither side has firm control' of a place as contested, not as control",
    "In Kotlyne, neither side has firm control, the brigade said.",
    ["Ukrainian military|ukraine|official|Kotlyne|contested|contested"],
  ],
  [
    "extractClaims() hears a source at the end of a long 'according to the latest update of the ... project DeepState'",
    "Russian troops advanced in Predtechyne, according to the latest update of the Ukrainian analytical project DeepState.",
    ["DeepState|ukraine|mapping|Predtechyne|advancing|contested"],
  ],
  [
    "extractClaims() reads a bare '..., analysts wrote' after a mapping project spoke as that project",
    [
      "Russian troops advanced in Predtechyne, according to DeepState.",
      "Over the past week, the enemy occupied Tarasivka, analysts wrote.",
    ],
    [
      "DeepState|ukraine|mapping|Predtechyne|advancing|contested",
      "DeepState|ukraine|mapping|Tarasivka|captured|russia",
    ],
  ],
  [
    "extractClaims() keeps '..., Western analysts wrote' as the analysts' own voice",
    [
      "Russian troops advanced in Predtechyne, according to DeepState.",
      "Russian troops also occupied Tarasivka, Western analysts wrote.",
    ],
    [
      "DeepState|ukraine|mapping|Predtechyne|advancing|contested",
      "analysts|independent|media|Tarasivka|captured|russia",
    ],
  ],
  [
    "extractClaims() reads 'called the claim a lie, saying X remained contested' as the denial and the denier's contested claim",
    "Ukraine's General Staff called the claim a lie, saying Siversk remained contested.",
    [
      "Ukrainian General Staff|ukraine|official|Siversk|contested|contested",
      "Ukrainian General Staff|ukraine|official|Siversk|denied|ukraine",
    ],
  ],
  [
    "extractClaims() keeps a claim word after a repelled attack to its own place ('repelled an attack on X and captured Y')",
    "The General Staff said its forces repelled an attack on Siversk and captured Yampil.",
    [
      "Ukrainian General Staff|ukraine|official|Siversk|repelled|ukraine",
      "Ukrainian General Staff|ukraine|official|Yampil|recaptured|ukraine",
    ],
  ],
  [
    "extractClaims() hears 'the commander of a Ukrainian brigade operating in the X direction stated' as a Ukrainian official",
    "The commander of a Ukrainian brigade operating in the Pokrovsk direction stated that Russian forces had infiltrated Pokrovsk.",
    ["Ukrainian military|ukraine|official|Pokrovsk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'given geolocated footage showing soldiers raising a flag in X' as evidence for the claim before it, no claim of its own",
    "ISW assesses that Russian forces likely seized Tarasivka, given geolocated footage published on July 13 showing Russian servicemen raising a flag in the village.",
    ["ISW|independent|mapping|Tarasivka|captured|russia"],
  ],
  [
    "extractClaims() keeps a claim of footage with no claim word before it ('Geolocated footage shows soldiers raising a flag in X')",
    "Geolocated footage published on July 13 shows Russian servicemen raising a flag in Tarasivka.",
    ["GeoConfirmed|independent|mapping|Tarasivka|advancing|contested"],
  ],
  [
    "extractClaims() reads 'after losing up to a battalion' as losses of men, no loss of ground",
    "Ukrainian analysts said the Russians are regrouping near Kotlyne after losing up to a battalion.",
    [],
  ],
  [
    "extractClaims() reads 'have restored their positions in the village of X' as a recapture",
    "Ukrainian defenders have restored their positions in the village of Pishchane, the 59th Brigade reported.",
    ["59th Brigade|ukraine|official|Pishchane|recaptured|ukraine"],
  ],
  [
    "extractClaims() reads 'reached the Vovcha river' as a river, no settlement",
    "Russian military bloggers said Russian units had entered Vovchansk and reached the Vovcha river.",
    ["Russian military bloggers|russia|blogger|Vovchansk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'units in X were \"blocked\"' as the predicate's encirclement, not the units' presence",
    'Russia\'s Defense Ministry claimed that Ukrainian units in the Kursk region were "blocked".',
    ["Russian Defence Ministry|russia|official|Kursk Oblast|encircled|contested"],
  ],
  [
    "extractClaims() reads 'would open the way for Russian forces to advance' as an aim, no advance",
    "The fall of Kurakhove would open the way for Russian forces to advance toward Dnipropetrovsk region.",
    [],
  ],
  [
    "extractClaims() reads 'X has been under Russian occupation since March 2022' as background control",
    "Melitopol has been under Russian occupation since March 2022.",
    ["Daily Test|independent|media|Melitopol|captured|russia"],
  ],
  [
    "extractClaims() reads 'almost all of A and around 70% of B' as one claim word for both places",
    "Russia now holds almost all of Luhansk region and around 70% of Donetsk region.",
    [
      "Daily Test|independent|media|Donetsk Oblast|captured|contested",
      "Daily Test|independent|media|Luhansk Oblast|captured|contested",
    ],
  ],
  [
    "extractClaims() reads 'X says Russian claims about the encirclement of Y are \"nonsense\"' as X's denial and Russia's claim",
    'Zelensky says Russian claims about Pokrovsk encirclement are "nonsense".',
    [
      "Russia|russia|official|Pokrovsk|encircled|contested",
      "Volodymyr Zelenskyy|ukraine|official|Pokrovsk|denied|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'he had ordered troops to withdraw from X' as the withdrawal announced (the attacker's capture)",
    "Oleksandr Syrskyi said he had ordered troops to withdraw from Avdiivka.",
    ["Oleksandr Syrskyi|ukraine|official|Avdiivka|captured|russia"],
  ],
  [
    "extractClaims() keeps 'Putin ordered troops to capture X' an aim",
    "Putin ordered troops to capture Avdiivka, the Kremlin said.",
    [],
  ],
  [
    "extractClaims() reads 'had taken up new defensive lines west of the town' as no capture",
    [
      "Russian troops captured Avdiivka, the ministry in Moscow said.",
      "Ukraine's Tavria group said its troops had taken up new defensive lines west of the town.",
    ],
    ["Russia|russia|official|Avdiivka|captured|russia"],
  ],
  [
    "extractClaims() reads 'took A in the Kharkov Region and B near Krasnoarmeysk' as A and B taken, the city near them only a locator",
    "Russian troops took Kamenka in the Kharkov Region and Pishchanoye near Krasnoarmeysk, the ministry said.",
    [
      "Russian military|russia|official|Kamenka|captured|russia",
      "Russian military|russia|official|Pishchanoye|captured|russia",
    ],
  ],
  [
    "extractClaims() keeps a title after 'in the Donetsk region,' out of the list ('..., Commander-in-Chief X said')",
    "Ukrainian forces have retaken Kamenka in the Donetsk region, Commander-in-Chief Oleksandr Syrskyi said.",
    ["Oleksandr Syrskyi|ukraine|official|Kamenka|recaptured|ukraine"],
  ],
  [
    "extractClaims() reads a name the gazetteer lacks after 'pulled back from' and 'retreated from' as the place lost",
    [
      "Ukrainian units pulled back from Ozerianka, the brigade said.",
      "Ukrainian units retreated from Hrekivka, the brigade said.",
    ],
    [
      "Ukrainian military|ukraine|official|Hrekivka|captured|russia",
      "Ukrainian military|ukraine|official|Ozerianka|captured|russia",
    ],
  ],
  [
    "extractClaims() reads 'cleared Russian forces from X and that the situation in the city is under control' as a recapture and the speaker's holding",
    "The General Staff reported that Ukrainian forces cleared Russian forces from Kupiansk and that the situation in the city is under control.",
    [
      "Ukrainian General Staff|ukraine|official|Kupiansk|holding|ukraine",
      "Ukrainian General Staff|ukraine|official|Kupiansk|recaptured|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'X continued to claim that' as X speaking",
    [
      "The General Staff said Ukrainian forces hold Kupiansk.",
      "Russian milbloggers continued to claim that Russian forces control most of Kupiansk.",
    ],
    [
      "Russian military bloggers|russia|blogger|Kupiansk|captured|contested",
      "Ukrainian General Staff|ukraine|official|Kupiansk|holding|ukraine",
    ],
  ],
  [
    "extractClaims() keeps 'Ukrainian troops continued to hold X' a holding with no speaker",
    "Ukrainian troops continued to hold Kupiansk.",
    ["Daily Test|independent|media|Kupiansk|holding|ukraine"],
  ],
  [
    "extractClaims() reads an embedded post's signature '— DeepState (@Deepstatemap) March 3, 2025' as its author speaking",
    "The enemy has occupied Kotlyne. — DeepState (@Deepstatemap) March 3, 2025",
    ["DeepState|ukraine|mapping|Kotlyne|captured|russia"],
  ],
  [
    "extractClaims() reads '..., the head of the DPR said' as Pushilin speaking for Russia",
    "The AFU has lost control of Dzerzhinsk, the head of the DPR said.",
    ["Denis Pushilin|russia|official|Toretsk|captured|russia"],
  ],
  [
    "extractClaims() reads 'destroyed an armoured column near X' as an assault repelled",
    "The 93rd Brigade said its soldiers had destroyed an armoured column near Stupochky.",
    ["93rd Brigade|ukraine|official|Stupochky|repelled|ukraine"],
  ],
  [
    "extractClaims() reads 'territory in Russia's Kursk region, seized in August' as Ukraine's (a possessive after 'in' owns the place, it does not act)",
    "Kyiv's forces still hold a pocket of territory in Russia's Kursk region, seized in August.",
    ["Daily Test|independent|media|Kursk Oblast|captured|contested"],
  ],
  [
    "extractClaims() reads 'liberated seven settlements near Y ... Among them were A, B and C' as A, B and C recaptured (Y only locates)",
    [
      "Syrskyi said his troops had liberated seven settlements near Dobropillia.",
      "Among them were Zolotyi Kolodiaz, Vesele and Nove Shakhove, he said.",
    ],
    [
      "Oleksandr Syrskyi|ukraine|official|Nove Shakhove|recaptured|ukraine",
      "Oleksandr Syrskyi|ukraine|official|Vesele|recaptured|ukraine",
      "Oleksandr Syrskyi|ukraine|official|Zolotyi Kolodiaz|recaptured|ukraine",
    ],
  ],
]);

Deno.test("extractClaims() reads 'the south of X' as a part of X and 'south of X' as no part of it", () => {
  const areas = (text: string) => extractClaims([art([text])]).map((c) => c.area);
  assert.deepEqual(areas("DeepState said Russian troops now hold the south of Pokrovsk."), [
    "south",
  ]);
  assert.deepEqual(areas("DeepState said Russian troops now hold the city centre of Pokrovsk."), [
    "centre",
  ]);
  assert.deepEqual(areas("DeepState said Russian troops now hold the southern part of Pokrovsk."), [
    "south",
  ]);
  assert.deepEqual(areas("DeepState said Russian troops advanced south of Pokrovsk."), [null]);
});
