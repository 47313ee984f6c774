/**
 * Constructions of real reporting added in session 13 (issue "Claims from real reporting"):
 * sources the actor table does not know, named after a word for what they are ("the Telegram
 * channel X", "the OSINT project Y", "the news site Z"); Moscow's words for the enemy giving the
 * side of a speaker named only by a title; a denial after a clause break that names the claim
 * before it ("; Kyiv says the claims are false"); the status of an advance near a place held by
 * the other side; a side's numbered formation as a speaker ("Ukraine's 10th army corps"); a
 * quotation closed before ", the brigade said"; Kyiv's words for the enemy ("the occupiers"); unnamed
 * sources who spoke to an outlet; a numbered unit's side; an adverb between a speaker and its verb
 * ("Kyiv strongly denied"); a unit's spokesman at the end speaking for Ukraine; "a chunk of X" as a part of X; measured areas
 * ("505 square kilometres in X"); claims owned by a side adjective ("Russian claims that ..."); a
 * region taken in part unless the words say all of it; ", saying ..." back in the outer speaker's
 * voice; a place that locates another but has a clause of its own (", a city that ..."); a
 * region's capital after "in" as the region; "claim to control X" as the speaker's own control; every sentence of a
 * signed post in its author's voice; "returned control over X", "de-occupied X", "..., according to
 * the military"; "cleared the X community of Ukrainian militants" as a capture of X; a headline's
 * title-only speaker without an article; "; Kyiv says attacks repelled"; "X outskirts" as a part of X; a withdrawal from positions only near a place; "and are now attacking B" as a
 * clause of its own; a part held as contested; "at risk of being surrounded" as the squeeze; "X at
 * about 60%" as a part; "said of X." closing a quotation; "the encirclement of
 * Russian troops in X"; "in the vicinity of X" as near X; a source in parentheses closing a
 * sentence; "; Ukraine says fighting continues". Short sentences of our own.
 */
import assert from "node:assert/strict";
import { organisationsIn } from "../lib/extract/organisations.ts";
import { findPlaces } from "../lib/lexicon/find_places.ts";
import { makeGazetteer, type Place } from "../lib/lexicon/places.ts";
import { caseTests } from "./_extract_fixtures.ts";

caseTests([
  [
    "extractClaims() names the source of 'according to the OSINT project X' over the generic 'OSINT'",
    "Russian troops captured Pokrovsk, according to the OSINT project Daily Map.",
    ["Daily Map|independent|mapping|Pokrovsk|captured|russia"],
  ],
  [
    "extractClaims() reads 'the open-source intelligence project Kestrel Watch reported' as a mapping source",
    "The open-source intelligence project Kestrel Watch reported that Russian forces advanced near Siversk.",
    ["Kestrel Watch|independent|mapping|Siversk|advancing|ukraine"],
  ],
  [
    "extractClaims() reads 'the Russian Telegram channel Polar Wind reported' as a Russian blogger",
    "The Russian Telegram channel Polar Wind reported that Russian troops had entered Vovchansk.",
    ["Polar Wind|russia|blogger|Vovchansk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'according to the Ukrainian news site Steppe Herald' as a Ukrainian outlet",
    "According to the Ukrainian news site Steppe Herald, Russian troops have occupied Novohrodivka.",
    ["Steppe Herald|ukraine|media|Novohrodivka|captured|russia"],
  ],
  [
    "extractClaims() gives a Ukrainian advance near a place in Ukraine the status of its holder, Russia",
    "Ukrainian forces advanced near Robotyne, the General Staff said.",
    ["Ukrainian General Staff|ukraine|official|Robotyne|advancing|russia"],
  ],
  [
    "extractClaims() keeps a Russian advance towards a place in Ukraine Ukraine's",
    "Russian forces advanced towards Kostiantynivka, the General Staff said.",
    ["Ukrainian General Staff|ukraine|official|Kostiantynivka|advancing|ukraine"],
  ],
  [
    "extractClaims() reads 'Ukraine's 10th army corps, in a post, described the Russian report as propaganda' as Ukraine's denial",
    [
      "Russia said it had captured Kupiansk.",
      "Ukraine's 10th army corps, in a post on Telegram, described the Russian report as staged propaganda.",
    ],
    [
      "Russia|russia|official|Kupiansk|captured|russia",
      "Ukraine|ukraine|official|Kupiansk|denied|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'Ukraine's army corps described ...' with the formation's noun after the actor",
    [
      "Russia said it had captured Kupiansk.",
      "Ukraine's army corps described the Russian claim as a fabrication.",
    ],
    [
      "Russia|russia|official|Kupiansk|captured|russia",
      "Ukrainian military|ukraine|official|Kupiansk|denied|ukraine",
    ],
  ],
  [
    "extractClaims() reads a quotation closed before ', the brigade said' as the brigade's",
    '"The enemy has been pushed out of Kupiansk," the brigade said.',
    ["Ukrainian military|ukraine|official|Kupiansk|recaptured|ukraine"],
  ],
  [
    "extractClaims() gives a title-only tail after Kyiv's word 'occupiers' Ukraine's side",
    "The occupiers have been pushed out of Kupiansk, the military said.",
    ["Ukrainian military|ukraine|official|Kupiansk|recaptured|ukraine"],
  ],
  [
    "extractClaims() gives 'a source in the military told <a Ukrainian outlet>' the outlet's camp",
    "Ukrainian forces have withdrawn from Kurakhove, a source in the military told Ukrainska Pravda.",
    ["Ukrainian military|ukraine|official|Kurakhove|captured|russia"],
  ],
  [
    "extractClaims() gives 'a source in the security services told TASS' Russia's official voice",
    "A source in the security services told TASS that Russian troops had entered Kupiansk.",
    ["Russian military|russia|official|Kupiansk|advancing|contested"],
  ],
  [
    "extractClaims() gives 'two Ukrainian officers told <any outlet>' their own side",
    "Russian troops entered Kupiansk, two Ukrainian officers told the Kyiv Courier.",
    ["Ukrainian military|ukraine|official|Kupiansk|advancing|contested"],
  ],
  [
    "extractClaims() leaves 'a source told Reuters' (no side anywhere) to the article",
    "A source in the military told Reuters that Russian troops had entered Kupiansk.",
    ["Daily Test|independent|media|Kupiansk|advancing|contested"],
  ],
  [
    "extractClaims() takes the side of a numbered unit's own words, not of the troops it fought",
    "Ukrainian defenders have cleared the village of Yablunivka of Russian troops, the 225th Separate Assault Regiment said.",
    ["225th Separate Assault Regiment|ukraine|official|Yablunivka|recaptured|ukraine"],
  ],
  [
    "extractClaims() reads 'a claim Kyiv strongly denied' with an adverb between speaker and verb",
    "Moscow said in late November that its forces had captured Kupiansk, a claim Kyiv strongly denied.",
    [
      "Russia|russia|official|Kupiansk|captured|russia",
      "Ukraine|ukraine|official|Kupiansk|denied|ukraine",
    ],
  ],
  [
    "extractClaims() gives '..., the brigade spokesman said' with no brigade before it to Ukraine",
    "The Russians failed to capture Huliaipole by the end of the year, the brigade spokesman said.",
    ["Ukrainian military|ukraine|official|Huliaipole|repelled|ukraine"],
  ],
  [
    "extractClaims() reads 'seized a chunk of X' as a part taken (status contested)",
    "Ukrainian troops seized a chunk of Russia's Kursk region in August.",
    ["Daily Test|independent|media|Kursk Oblast|captured|contested"],
  ],
  [
    "extractClaims() reads 'captured a swathe of X' as a part taken (status contested)",
    "Russian forces captured a swathe of the Donetsk region, the ministry said.",
    ["Russian military|russia|official|Donetsk Oblast|captured|contested"],
  ],
  [
    "extractClaims() reads 'captured 505 square kilometres in the X region' as a part of X taken",
    "Russian forces captured 505 square kilometres in the Donetsk region in November, ISW said.",
    ["ISW|independent|mapping|Donetsk Oblast|captured|contested"],
  ],
  [
    "extractClaims() reads 'gained 505 square kilometres in X' as an advance in X",
    "Russian forces gained 505 square kilometres in the Donetsk region in November, ISW said.",
    ["ISW|independent|mapping|Donetsk Oblast|advancing|contested"],
  ],
  [
    "extractClaims() gives the claim after 'Russian claims that' to Russia, not to the source doubting it",
    "ISW has not observed evidence to confirm Russian claims that Russian forces seized Stupochky.",
    ["Russia|russia|official|Stupochky|captured|russia"],
  ],
  [
    "extractClaims() reads a capture in a region as a part of it (status contested)",
    "Russian forces seized several villages in the Sumy region in June, the ministry said.",
    ["Russian military|russia|official|Sumy Oblast|captured|contested"],
  ],
  [
    "extractClaims() keeps a region's capture whole when the words say all of it",
    "Russian troops have driven all Ukrainian troops out of the Kursk region, the ministry said.",
    ["Russian military|russia|official|Kursk Oblast|recaptured|russia"],
  ],
  [
    "extractClaims() gives 'X denied Russian claims that A, saying B' B in X's voice again",
    "The General Staff denied Russian claims that Vovchansk had fallen, saying Ukrainian troops controlled most of the town.",
    [
      "Russia|russia|official|Vovchansk|captured|russia",
      "Ukrainian General Staff|ukraine|official|Vovchansk|denied|ukraine",
      "Ukrainian General Staff|ukraine|official|Vovchansk|holding|contested",
    ],
  ],
  [
    "extractClaims() reads 'X is a grey zone' of a spelling one letter from two of X's names",
    "Sinkivka is a grey zone, the governor said.",
    ["Ukrainian regional authorities|ukraine|official|Synkivka|contested|contested"],
  ],
  [
    "extractClaims() reads 'active hostilities are taking place in X' as fighting in X",
    "Active hostilities are taking place in Synkivka, the governor said.",
    ["Ukrainian regional authorities|ukraine|official|Synkivka|contested|contested"],
  ],
  [
    "extractClaims() reads 'there are neither our positions nor Russian positions in X' as a grey zone",
    "There are neither our positions nor Russian positions in Synkivka, the governor said.",
    ["Ukrainian regional authorities|ukraine|official|Synkivka|contested|contested"],
  ],
  [
    "extractClaims() reads 'A lies south of B, a city that Russian forces seized' as a claim about B",
    "Andriivka lies south of Bakhmut, a city that Russian forces seized in May.",
    ["Daily Test|independent|media|Bakhmut|captured|russia"],
  ],
  [
    "extractClaims() keeps 'retook A, south of B' about A",
    "Ukrainian troops retook Andriivka, south of Bakhmut, the General Staff said.",
    ["Ukrainian General Staff|ukraine|official|Andriivka|recaptured|ukraine"],
  ],
  [
    "extractClaims() reads a region's capital after 'in' as the region ('made gains in Donetsk')",
    "Russian forces made gains in Donetsk, where clashes have escalated, the ministry said.",
    ["Russian military|russia|official|Donetsk Oblast|advancing|contested"],
  ],
  [
    "extractClaims() keeps 'towards the city of Sumy' and 'towards Sumy' the city",
    [
      "Russian forces are pushing towards the city of Sumy, DeepState said.",
      "Russian forces are pushing towards Sumy, DeepState said.",
    ],
    [
      "DeepState|ukraine|mapping|Sumy|advancing|ukraine",
      "DeepState|ukraine|mapping|Sumy|advancing|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'Both Russia and Ukraine claim to control X' as each side's own control",
    "Both Russia and Ukraine claim to control Vovchansk.",
    [
      "Russia|russia|official|Vovchansk|captured|russia",
      "Ukraine|ukraine|official|Vovchansk|holding|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'Both sides claim control of X' as X contested",
    "Both sides claim control of Chasiv Yar.",
    ["Daily Test|independent|media|Chasiv Yar|contested|contested"],
  ],
  [
    "extractClaims() gives every sentence of a post signed '— DeepState (@handle) date' to its author",
    "The enemy has advanced in Toretsk. The enemy also occupied Shcherbynivka. — DeepState (@Deepstatemap) March 3, 2025",
    [
      "DeepState|ukraine|mapping|Shcherbynivka|captured|russia",
      "DeepState|ukraine|mapping|Toretsk|advancing|contested",
    ],
  ],
  [
    "extractClaims() leaves a paragraph without a signature to the article",
    "The enemy has advanced in Toretsk. DeepState (@Deepstatemap) wrote about it.",
    ["Daily Test|independent|media|Toretsk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'returned control over X' as a recapture",
    "The Defence Forces of Ukraine have returned control over Kindrativka, the General Staff said.",
    ["Ukrainian General Staff|ukraine|official|Kindrativka|recaptured|ukraine"],
  ],
  [
    "extractClaims() reads 'de-occupied X' (with a hyphen) as a liberation",
    "Ukrainian forces de-occupied the village of Novoiehorivka, the 3rd Assault Brigade said.",
    ["3rd Assault Brigade|ukraine|official|Novoiehorivka|recaptured|ukraine"],
  ],
  [
    "extractClaims() reads '..., according to the military' as a title-only speaker at the end",
    "Ukraine has regained full control of the village of Yunakivka, according to the military.",
    ["Ukrainian military|ukraine|official|Yunakivka|recaptured|ukraine"],
  ],
  [
    "extractClaims() reads 'cleared the X community of Ukrainian militants' as a capture of X",
    "Russian troops have cleared the Yunakovka community in the Sumy Region of Ukrainian militants, a military source told TASS.",
    ["Russian military|russia|official|Yunakivka|captured|russia"],
  ],
  [
    "extractClaims() reads 'cleared a Russian village of Ukrainian militants' as a recapture",
    "Russian forces cleared the village of Nikolayevo-Darino in the Kursk region of Ukrainian militants, the ministry said.",
    ["Russian military|russia|official|Nikolayevo-Darino|recaptured|russia"],
  ],
  [
    "extractClaims() reads 'X was cleared of Russians,' Y, commander of the Ukrainian ... said' as Y's recapture",
    '"Klishchiivka was cleared of Russians," Oleksandr Syrskyi, commander of the Ukrainian ground forces, said.',
    ["Oleksandr Syrskyi|ukraine|official|Klishchiivka|recaptured|ukraine"],
  ],
  [
    "extractClaims() keeps 'cleared 35 buildings of Ukrainian troops' an advance in the place",
    "Russian forces entered Pokrovsk, the ministry said. The ministry said its soldiers had cleared 35 buildings of Ukrainian troops.",
    [
      "Russian military|russia|official|Pokrovsk|advancing|contested",
      "Russian military|russia|official|Pokrovsk|advancing|contested",
    ],
  ],
  [
    "extractClaims() reads a headline's ', Ukrainian official says' (no article) as a title-only speaker",
    "Russian troops enter Kupiansk, Ukrainian official says",
    ["Ukrainian military|ukraine|official|Kupiansk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'Moscow claims gains near X; Kyiv says attacks repelled' as Kyiv's repelled attack on X",
    "Moscow claims gains near Kramatorsk; Kyiv says attacks repelled",
    [
      "Russia|russia|official|Kramatorsk|advancing|ukraine",
      "Ukraine|ukraine|official|Kramatorsk|repelled|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'retake X outskirts' as a part of X taken back (status contested)",
    "Ukrainian forces retake Kupiansk outskirts — General Staff",
    ["Ukrainian General Staff|ukraine|official|Kupiansk|recaptured|contested"],
  ],
  [
    "extractClaims() reads 'pulled back from positions near X' as the other side's advance near X, not its capture",
    "Ukrainian forces have pulled back from positions near Kostiantynivka to avoid being surrounded, a military spokesman said.",
    ["Ukrainian military|ukraine|official|Kostiantynivka|advancing|ukraine"],
  ],
  [
    "extractClaims() reads 'retreated to new positions outside X' as no capture of X",
    "Ukrainian troops retreated to new positions outside Pokrovsk, DeepState said.",
    ["DeepState|ukraine|mapping|Pokrovsk|advancing|ukraine"],
  ],
  [
    "extractClaims() keeps 'abandoned their positions in the east of X' a capture of a part of X",
    "Ukrainian troops had abandoned their positions in the east of Chasiv Yar, the Ukrainian military said.",
    ["Ukrainian military|ukraine|official|Chasiv Yar|captured|contested"],
  ],
  [
    "extractClaims() reads 'seized A and are now attacking B' as no capture of B (a verb of its own)",
    "Russian troops seized Ivanivka and are now attacking Petrivka, the governor said.",
    ["Ukrainian regional authorities|ukraine|official|Ivanivka|captured|russia"],
  ],
  [
    "extractClaims() keeps 'took A on Monday and B on Tuesday' one list",
    "Russian forces took Ivanivka on Monday and Petrivka on Tuesday, the ministry said.",
    [
      "Russian military|russia|official|Ivanivka|captured|russia",
      "Russian military|russia|official|Petrivka|captured|russia",
    ],
  ],
  [
    "extractClaims() reads 'still holds the western part of X' as a part held (status contested)",
    "Ukraine still holds the western part of Kupiansk, DeepState said.",
    ["DeepState|ukraine|mapping|Kupiansk|holding|contested"],
  ],
  [
    "extractClaims() keeps 'holding the borders of the X region' the holder's (a region held, not taken)",
    "Ukrainian forces are holding the borders of the Sumy region, the command said.",
    ["Ukrainian military|ukraine|official|Sumy Oblast|holding|ukraine"],
  ],
  [
    "extractClaims() reads 'troops in X are at risk of being surrounded' as the squeeze (encircled)",
    "Ukrainian troops in Myrnohrad are at risk of being surrounded, the ISW said.",
    ["ISW|independent|mapping|Myrnohrad|encircled|contested"],
  ],
  [
    "extractClaims() reads 'there is no risk of being surrounded in X' as no encirclement",
    "There is no risk of being surrounded in Pokrovsk, Syrskyi said.",
    [],
  ],
  [
    "extractClaims() keeps 'withdrew to avoid the threat of encirclement' a withdrawal, no encirclement",
    "Ukrainian troops withdrew from Avdiivka to avoid the threat of encirclement, the army said.",
    ["Ukrainian military|ukraine|official|Avdiivka|captured|russia"],
  ],
  [
    "extractClaims() reads 'put Russian control of X at about 60%' as a part of X (status contested)",
    "Ukrainian estimates put Russian control of Pokrovsk at about 60%.",
    ["Daily Test|independent|media|Pokrovsk|captured|contested"],
  ],
  [
    "extractClaims() gives a numbered unit that 'estimated' no side word from before its comma",
    "Up to 300 Russian soldiers are in Pokrovsk, the 7th Corps estimated.",
    ["7th Corps|ukraine|official|Pokrovsk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'advanced in southern A and northeast of B' with B's own preposition (outside B)",
    "Russian forces recently advanced in southern Kostiantynivka and northeast of Siversk.",
    [
      "Daily Test|independent|media|Kostiantynivka|advancing|contested",
      "Daily Test|independent|media|Siversk|advancing|ukraine",
    ],
  ],
  [
    "extractClaims() gives 'refuted Moscow's claim that A, saying B' B in the refuter's voice",
    "Ukraine's General Staff refuted Moscow's claim that Russian forces had taken Siversk, saying the town remained under Ukrainian control.",
    [
      "Russia|russia|official|Siversk|captured|russia",
      "Ukrainian General Staff|ukraine|official|Siversk|denied|ukraine",
      "Ukrainian General Staff|ukraine|official|Siversk|holding|ukraine",
    ],
  ],
  [
    "extractClaims() reads a quotation closed before 'the commander said of X.' as the commander's, about X",
    '"There is no encirclement," the Ukrainian commander said of Kupiansk.',
    ["Ukrainian military|ukraine|official|Kupiansk|denied|ukraine"],
  ],
  [
    "extractClaims() reads 'the encirclement of Russian troops in X' as an encirclement, not their advance",
    'The Kremlin said Ukraine\'s claims about the encirclement of Russian troops in Kupiansk were "lies".',
    [
      "Kremlin|russia|official|Kupiansk|denied|russia",
      "Ukraine|ukraine|official|Kupiansk|encircled|contested",
    ],
  ],
  [
    "extractClaims() reads 'advances in the vicinity of X' as near X (its holder's), 'in Y' as inside Y",
    "DeepState reported Russian advances in Toretsk and in the vicinity of Pokrovsk.",
    [
      "DeepState|ukraine|mapping|Pokrovsk|advancing|ukraine",
      "DeepState|ukraine|mapping|Toretsk|advancing|contested",
    ],
  ],
  [
    "extractClaims() reads a source in parentheses closing the sentence ('... near X (DeepState)') as the speaker",
    "Russian troops advanced near Siversk (DeepState)",
    ["DeepState|ukraine|mapping|Siversk|advancing|ukraine"],
  ],
  [
    "extractClaims() keeps a region in parentheses ('... near X (Donetsk region).') no speaker",
    "Russian troops advanced near Siversk (Donetsk region).",
    ["Daily Test|independent|media|Siversk|advancing|ukraine"],
  ],
  [
    "extractClaims() reads 'Russia claims capture of X; Ukraine says fighting continues' as Ukraine's fighting in X",
    "Russia claims capture of Kurakhove; Ukraine says fighting continues.",
    [
      "Russia|russia|official|Kurakhove|captured|russia",
      "Ukraine|ukraine|official|Kurakhove|contested|contested",
    ],
  ],
  [
    "extractClaims() gives '..., the Defence Ministry reported' after 'Kiev regime forces' to Russia",
    "Kiev regime forces have been driven out of Dyliivka, the Defence Ministry reported.",
    ["Russian military|russia|official|Dyliivka|captured|russia"],
  ],
  [
    "extractClaims() reads 'X says it took Y; Kyiv says the claims are false' as a claim and its denial",
    "Russia says its troops captured Toretsk; Kyiv says the claims are false.",
    [
      "Russia|russia|official|Toretsk|captured|russia",
      "Ukraine|ukraine|official|Toretsk|denied|ukraine",
    ],
  ],
  [
    "extractClaims() gives a denial after ';' each settlement of the claim before it",
    "The Russian ministry said it captured Toretsk and Dyliivka; Ukraine's General Staff said the claims were false.",
    [
      "Russian Defence Ministry|russia|official|Dyliivka|captured|russia",
      "Russian Defence Ministry|russia|official|Toretsk|captured|russia",
      "Ukrainian General Staff|ukraine|official|Dyliivka|denied|ukraine",
      "Ukrainian General Staff|ukraine|official|Toretsk|denied|ukraine",
    ],
  ],
  [
    "extractClaims() reads a claim after ';' with a place of its own as no denial (and in the article's voice)",
    "Russia says its troops captured Toretsk; Ukrainian forces repelled attacks near Dyliivka.",
    [
      "Daily Test|independent|media|Dyliivka|repelled|ukraine",
      "Russia|russia|official|Toretsk|captured|russia",
    ],
  ],
]);

Deno.test("organisationsIn() takes the side of a side word before the descriptor, else independent", () => {
  const found = organisationsIn(
    "The pro-Russian Telegram channel Polar Wind and the OSINT group Kestrel Watch disagree.",
  ).map((m) => `${m.canonical}|${m.side}|${m.role}`);
  assert.deepEqual(found, ["Polar Wind|russia|blogger", "Kestrel Watch|independent|mapping"]);
});

Deno.test("organisationsIn() names no source after a capitalised descriptor or without a name", () => {
  assert.deepEqual(organisationsIn("Channel One said the outlet had closed."), []);
  assert.deepEqual(organisationsIn("A monitoring group said fighting went on."), []);
});

const _place = (canonical: string, variants: string[]): Place => ({
  canonical,
  variants,
  oblast: "Testova",
  lat: 48,
  lon: 37,
  kind: "village",
  radiusKm: 1,
});

Deno.test("findPlaces() takes a near miss one edit from two spellings of one place as that place", () => {
  const g = makeGazetteer([_place("Borkivka", ["Borkovka"])]);
  const found = findPlaces("Fighting near Borkavka went on.", { gazetteer: g }).map((m) =>
    m.place?.canonical
  );
  assert.deepEqual(found, ["Borkivka"]);
});

Deno.test("findPlaces() leaves a near miss one edit from names of two places unread", () => {
  const g = makeGazetteer([_place("Borkivka", []), _place("Burkovka", [])]);
  assert.deepEqual(findPlaces("Fighting near Borkovka went on.", { gazetteer: g }), []);
});
