/**
 * Constructions of real reporting added in session 15 (issue "Claims from real reporting"): a
 * participle or "without" clause after a title-only tail (", the ministry said, giving no
 * details"); "the Ukrainian claims of a breakthrough near X" (a claim word past "a"); a claim
 * word with an object of its own before its place ("retaken several positions near X") reaching
 * no place before it; "captured a dozen villages, including A and B" (the list is the claim
 * word's); "an offensive toward X, capturing several villages" (the villages are not X); "99
 * percent of the Luhansk region and 70 percent of Donetsk" (shares of two regions); "X, which
 * Ukraine calls Y" (a name, no denial); "Yuri Podolyak" (the Russian blogger); ", the ministry said
 * in its daily briefing"; "still clinging on to parts of X" as holding; "The DeepState map now
 * shows", "The ISW think tank said"; ", a claim Kyiv disputes" as a denial; "swept through",
 * "punched through" as advances; "pushed steadily west toward B" (B is its object); "since it
 * captured X" as background; "holding the line there" as a reference back; "the X nuclear power plant" (a
 * feature named after a place; "the X Thermal Power Plant" too); separatist forces and Wagner fighters as speakers; "residents have left X"
 * (people moved, no ground lost); "destroyed an enemy assault group trying to infiltrate X" as
 * an attack beaten back; no inverted speaker from "said (that) Ukrainian troops in X were ...";
 * "partially controlled by"; "control of X is split between"; "the defenders" as Kyiv's word
 * before a title-only tail; "are present in X" as an advance, beside "but do not control it";
 * "pushed into C, as well as near D and E" (a move's list past a preposition of its own);
 * "fighting continued near A and in B" (B's own preposition); "the Pokrovsk-Myrnohrad area" as
 * both towns (but "the Sumy-Sudzha highway" as a road); "open-source analysts" as a mapping
 * voice; an unnamed source of a side ("A Ukrainian OSINT project reported", "a pro-Russian
 * Telegram channel wrote"); "on the brink of capturing X", "poised to take X" as advances;
 * an ordinal after a known name ("Zhelanne Druhe") as another village; "continue to clear X of
 * militants" as an advance inside X; a later clause with a speaker of its own and no place ("...,
 * Ukraine says fighting continues": the place named before); "Russian breakthrough near X
 * contained" as an attack beaten back; "we stopped them at X" too; a claim word in an apposition
 * after a place and the main verb's after it ("X, now under Russian occupation, was retaken by
 * Ukraine"), and a subject place's two predicates ("X was surrounded and eventually fell"); the
 * subject of a passive "have been repelled" as the attacker; ", though Russian forces are
 * advancing on it" after a hold; "failed to gain ground" as an attack beaten back; a name inside
 * a side's descriptor ("the pro-Kremlin Rybar channel"); "the railway station in X" as a part of X;
 * "the Kvartal-2 neighbourhood of X" (no place of its own); "Russian forces are not in X", "has
 * yet to capture X" as denials; "massing troops ... for an assault" as an aim.
 * Short sentences of our own.
 */
import { caseTests } from "./_extract_fixtures.ts";

caseTests([
  [
    "extractClaims() keeps the speaker of ', the ministry said, giving no details'",
    "Russian troops captured the village of Petrivka, the ministry said, giving no details.",
    ["Russian military|russia|official|Petrivka|captured|russia"],
  ],
  [
    "extractClaims() keeps the speaker of ', the ministry said, without naming a date'",
    "Russian troops captured the village of Petrivka, the ministry said, without naming a date.",
    ["Russian military|russia|official|Petrivka|captured|russia"],
  ],
  [
    "extractClaims() gives 'the Ukrainian claims of a breakthrough near X' to Ukraine",
    "The Kremlin did not comment on the Ukrainian claims of a breakthrough near Robotyne.",
    ["Ukraine|ukraine|official|Robotyne|advancing|russia"],
  ],
  [
    "extractClaims() does not give 'retaken several positions near B' to a place named before it",
    "The brigade said it had stopped the Russian advance north of Kharkiv and retaken several positions near Lyptsi.",
    [
      "Ukrainian military|ukraine|official|Kharkiv|repelled|ukraine",
      "Ukrainian military|ukraine|official|Lyptsi|recaptured|russia",
    ],
  ],
  [
    "extractClaims() gives 'capturing a dozen villages, including A and B' to both and not to the goal of the offensive",
    "Russian forces launched an offensive toward Kharkiv, capturing a dozen villages along the border, including Vovchansk and Starytsia.",
    [
      "Daily Test|independent|media|Starytsia|captured|russia",
      "Daily Test|independent|media|Vovchansk|captured|russia",
    ],
  ],
  [
    "extractClaims() keeps 'made gains in the X region, capturing several villages' a capture in the region",
    "Ukrainian forces made gains in the Kursk region, capturing several villages.",
    [
      "Daily Test|independent|media|Kursk Oblast|advancing|contested",
      "Daily Test|independent|media|Kursk Oblast|captured|contested",
    ],
  ],
  [
    "extractClaims() reads '99 percent of the Luhansk region and 70 percent of Donetsk' as two regions",
    "Russia controls about 99 percent of the Luhansk region and about 70 percent of Donetsk.",
    [
      "Daily Test|independent|media|Donetsk Oblast|captured|contested",
      "Daily Test|independent|media|Luhansk Oblast|captured|contested",
    ],
  ],
  [
    "extractClaims() keeps 'in the X region and in Donetsk' a region beside the city when no share is named",
    "Russian troops captured Toretsk in the Donetsk region and advanced near Kupiansk.",
    [
      "Daily Test|independent|media|Kupiansk|advancing|ukraine",
      "Daily Test|independent|media|Toretsk|captured|russia",
    ],
  ],
  [
    "extractClaims() reads 'X, which Ukraine calls Y' as a name, not a denial",
    "Russia said its troops had captured Niu-York, which Ukraine calls Novhorodske.",
    ["Russia|russia|official|Niu-York|captured|russia"],
  ],
  [
    "extractClaims() keeps 'Z calls the claim a lie' a denial",
    "Russia said its troops had captured Niu-York. Ukraine calls the claim a lie.",
    [
      "Russia|russia|official|Niu-York|captured|russia",
      "Ukraine|ukraine|official|Niu-York|denied|ukraine",
    ],
  ],
  [
    "extractClaims() gives 'Yuri Podolyak' to the Russian blogger, not to Zelensky's adviser",
    "Russian military blogger Yuri Podolyak claimed that Russian forces seized Vodiane.",
    ["Yuri Podolyaka|russia|blogger|Vodiane|captured|russia"],
  ],
  [
    "extractClaims() keeps the speaker of ', the ministry said in its daily briefing'",
    "Russian troops liberated the settlement of Petrivka, the ministry said in its daily briefing.",
    ["Russian military|russia|official|Petrivka|captured|russia"],
  ],
  [
    "extractClaims() reads 'still clinging on to parts of X' as holding",
    "Ukrainian troops are still clinging on to parts of Chasiv Yar, Ukrainian officials say.",
    ["Ukrainian military|ukraine|official|Chasiv Yar|holding|contested"],
  ],
  [
    "extractClaims() gives 'The DeepState map now shows ...' to DeepState",
    "The DeepState map now shows most of Chasiv Yar under Russian control.",
    ["DeepState|ukraine|mapping|Chasiv Yar|captured|contested"],
  ],
  [
    "extractClaims() gives 'The ISW think tank said ...' to ISW",
    "The ISW think tank said Russian forces had made confirmed advances in Toretsk.",
    ["ISW|independent|mapping|Toretsk|advancing|contested"],
  ],
  [
    "extractClaims() reads ', a claim Kyiv disputes' as Ukraine's denial",
    "Russia says it has taken full control of Toretsk, a claim Kyiv disputes.",
    [
      "Russia|russia|official|Toretsk|captured|russia",
      "Ukraine|ukraine|official|Toretsk|denied|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'swept through A and B' as an advance on each",
    "Russian forces swept through Ukrainske and Hostre.",
    [
      "Daily Test|independent|media|Hostre|advancing|ukraine",
      "Daily Test|independent|media|Ukrainsk|advancing|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'punched through Ukrainian defences near X' as an advance",
    "Russian troops punched through Ukrainian defences near Velyka Novosilka.",
    ["Daily Test|independent|media|Velyka Novosilka|advancing|ukraine"],
  ],
  [
    "extractClaims() does not give 'pushed steadily west toward B' to a place named before it",
    "Since capturing Avdiivka in February, Russian forces have pushed steadily west toward Pokrovsk.",
    [
      "Daily Test|independent|media|Avdiivka|captured|russia",
      "Daily Test|independent|media|Pokrovsk|advancing|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'since it captured X' under a modal as the article's own background",
    "The fall of Pokrovsk would be Russia's biggest gain since it captured Bakhmut.",
    ["Daily Test|independent|media|Bakhmut|captured|russia"],
  ],
  [
    "extractClaims() resolves 'holding the line there' in a later quotation to the place named before",
    ['"The enemy is trying to break into Pokrovsk," said a Ukrainian commander. "But our troops are holding the line there."'],
    ["Ukrainian military|ukraine|official|Pokrovsk|holding|ukraine"],
  ],
  [
    "extractClaims() reads 'the X nuclear power plant has been occupied' as no claim about the city X",
    "The Zaporizhzhia nuclear power plant has been occupied by Russian forces since 2022.",
    [],
  ],
  [
    "extractClaims() gives 'Separatist forces said ...' to the Russian side",
    "Separatist forces said they had captured Marinka.",
    ["Russian-backed separatists|russia|official|Marinka|captured|russia"],
  ],
  [
    "extractClaims() gives 'Wagner fighters claimed ...' to the Wagner Group",
    "Wagner fighters claimed to have taken control of the western part of Bakhmut.",
    ["Wagner Group|russia|official|Bakhmut|captured|contested"],
  ],
  [
    "extractClaims() reads 'residents have left the X region' as people moving, no ground lost",
    "Many residents have left the Kursk region in recent weeks.",
    [],
  ],
  [
    "extractClaims() keeps 'Ukrainian troops left X' a withdrawal",
    "Ukrainian troops left Vuhledar on Tuesday, the military said.",
    ["Ukrainian military|ukraine|official|Vuhledar|captured|russia"],
  ],
  [
    "extractClaims() reads 'destroyed an enemy assault group trying to infiltrate X' as an attack beaten back",
    "Ukrainian defenders destroyed an enemy assault group trying to infiltrate Pokrovsk.",
    ["Daily Test|independent|media|Pokrovsk|repelled|ukraine"],
  ],
  [
    "extractClaims() takes no speaker from 'said that Ukrainian troops in X were ...'",
    "Izvestia, citing sources, said that Ukrainian troops in Myrnohrad were surrounded.",
    ["Russian state media|russia|media|Myrnohrad|encircled|contested"],
  ],
  [
    "extractClaims() takes no speaker from ', said Ukrainian troops in X were ...' after a parenthesis",
    "Izvestia, citing sources, said Ukrainian troops in Myrnohrad were surrounded.",
    ["Russian state media|russia|media|Myrnohrad|encircled|contested"],
  ],
  [
    "extractClaims() keeps the speaker after ', said the ministry in a statement'",
    "Ukrainian troops in Myrnohrad are surrounded, said the Russian Defence Ministry in a statement.",
    ["Russian Defence Ministry|russia|official|Myrnohrad|encircled|contested"],
  ],
  [
    "extractClaims() reads 'is now partially controlled by Russian forces' as a part taken by Russia",
    "The town of Huliaipole is now partially controlled by Russian forces, according to DeepState.",
    ["DeepState|ukraine|mapping|Huliaipole|captured|contested"],
  ],
  [
    "extractClaims() reads 'control of X is split between the two armies' as contested",
    "Control of Vovchansk is split between the two armies along the river.",
    ["Daily Test|independent|media|Vovchansk|contested|contested"],
  ],
  [
    "extractClaims() gives 'The defenders are holding ..., the military said' to Ukraine's military",
    "The defenders are holding their ground in Siversk, the military said.",
    ["Ukrainian military|ukraine|official|Siversk|holding|ukraine"],
  ],
  [
    "extractClaims() keeps 'are present in X' beside ', but do not control it'",
    "Russian troops are present in Siversk but do not control it.",
    [
      "Daily Test|independent|media|Siversk|advancing|contested",
      "Daily Test|independent|media|Siversk|denied|ukraine",
    ],
  ],
  [
    "extractClaims() gives 'pushed into C, as well as near D and E' to D and E, beside them",
    "Russian forces captured Vodiane and pushed into Nevelske, as well as near Krasnohorivka and Heorhiivka.",
    [
      "Daily Test|independent|media|Heorhiivka|advancing|ukraine",
      "Daily Test|independent|media|Krasnohorivka|advancing|ukraine",
      "Daily Test|independent|media|Nevelske|advancing|contested",
      "Daily Test|independent|media|Vodiane|captured|russia",
    ],
  ],
  [
    "extractClaims() keeps 'fighting in A and near B' off B",
    "Fighting continued in Chasiv Yar and near Toretsk.",
    ["Daily Test|independent|media|Chasiv Yar|contested|contested"],
  ],
  [
    "extractClaims() gives 'fighting continued near A and in B' to B",
    "Heavy fighting continued near Toretsk and in Chasiv Yar.",
    ["Daily Test|independent|media|Chasiv Yar|contested|contested"],
  ],
  [
    "extractClaims() reads 'the Pokrovsk-Myrnohrad area' as both towns",
    "Russian forces advanced in the Pokrovsk-Myrnohrad area.",
    [
      "Daily Test|independent|media|Myrnohrad|advancing|contested",
      "Daily Test|independent|media|Pokrovsk|advancing|contested",
    ],
  ],
  [
    "extractClaims() reads 'the Sumy-Sudzha highway' as a road, no town",
    "Russian troops are advancing north along the Sumy-Sudzha highway.",
    [],
  ],
  [
    "extractClaims() gives 'Open-source analysts said ...' to a mapping voice",
    "Open-source analysts said Russian troops had entered the centre of Toretsk.",
    ["GeoConfirmed|independent|mapping|Toretsk|advancing|contested"],
  ],
  [
    "extractClaims() gives 'A Ukrainian OSINT project reported ...' to a Ukrainian mapping voice",
    "A Ukrainian OSINT project reported that Russian forces had captured Zoriane.",
    ["Ukrainian OSINT project|ukraine|mapping|Zoriane|captured|russia"],
  ],
  [
    "extractClaims() gives 'a pro-Russian Telegram channel wrote ...' to a Russian blogger",
    "A pro-Russian Telegram channel wrote that Russian forces had captured Zoriane.",
    ["Russian Telegram channel|russia|blogger|Zoriane|captured|russia"],
  ],
  [
    "extractClaims() keeps 'open-source analysts at Black Bird Group say' Black Bird Group's",
    "The Finnish open-source analysts at Black Bird Group say Russia has captured Kurakhove.",
    ["Black Bird Group|independent|mapping|Kurakhove|captured|russia"],
  ],
  [
    "extractClaims() reads 'on the brink of capturing X' as an advance, not a capture",
    "Russian forces are on the brink of capturing Vuhledar.",
    ["Daily Test|independent|media|Vuhledar|advancing|ukraine"],
  ],
  [
    "extractClaims() reads 'poised to take X' as an advance",
    "Russian forces are poised to take Vuhledar within days.",
    ["Daily Test|independent|media|Vuhledar|advancing|ukraine"],
  ],
  [
    // (session 18: a plant named after a town stands in it, a part of it taken, as the dev gold
    // reads positions held at a town's power plant; a nuclear plant stays a feature)
    "extractClaims() reads 'seized the X Thermal Power Plant' as a part of the town X taken",
    "A Russian blogger claimed that Russian forces seized the Kurakhove Thermal Power Plant.",
    ["Russian military blogger|russia|blogger|Kurakhove|captured|contested"],
  ],
  [
    "extractClaims() reads 'X Druhe' after a known X as another village",
    "Russian forces have captured the village of Zhelanne Druhe, the defence ministry said.",
    ["Russian military|russia|official|Zhelanne Druhe|captured|russia"],
  ],
  [
    "extractClaims() keeps a known village before a word that is no ordinal",
    "Russian forces have captured the village of Zhelanne, the defence ministry said.",
    ["Russian military|russia|official|Zhelanne|captured|russia"],
  ],
  [
    "extractClaims() reads 'continue to clear X of Ukrainian militants' as an advance inside X",
    "The Russian Armed Forces continue to clear Volchansk of Ukrainian militants, the ministry said.",
    ["Russian military|russia|official|Vovchansk|advancing|contested"],
  ],
  [
    "extractClaims() takes no claim from 'it is clear that' before a place",
    "It is clear that the situation near Pokrovsk is difficult.",
    [],
  ],
  [
    "extractClaims() gives 'Russians claim capture of X, Ukraine says fighting continues' a Ukrainian record about X",
    "Russians claim capture of Toretsk, Ukraine says fighting continues",
    [
      "Russia|russia|official|Toretsk|captured|russia",
      "Ukraine|ukraine|official|Toretsk|contested|contested",
    ],
  ],
  [
    "extractClaims() gives no place to 'fighting continues elsewhere' after another speaker's X",
    "Russians claim capture of Toretsk, Ukraine says fighting continues elsewhere",
    ["Russia|russia|official|Toretsk|captured|russia"],
  ],
  [
    "extractClaims() reads a headline's 'Russian breakthrough near X contained' as an attack beaten back",
    "Russian breakthrough near Dobropillia contained, military says",
    ["Ukrainian military|ukraine|official|Dobropillia|repelled|ukraine"],
  ],
  [
    "extractClaims() reads 'We stopped them at X' as an attack beaten back at X",
    '"We stopped them at Dobropillia," Syrskyi said.',
    ["Oleksandr Syrskyi|ukraine|official|Dobropillia|repelled|ukraine"],
  ],
  [
    "extractClaims() reads both claims of 'X, now under Russian occupation, was retaken by Ukraine in 2022'",
    "Lyman, now under Russian occupation again, was retaken by Ukraine in 2022.",
    [
      "Daily Test|independent|media|Lyman|captured|russia",
      "Daily Test|independent|media|Lyman|recaptured|ukraine",
    ],
  ],
  [
    "extractClaims() reads both claims of 'X, recaptured by Ukraine last summer, has since fallen to Russian troops'",
    "Robotyne, recaptured by Ukraine last summer, has since fallen to Russian troops.",
    [
      "Daily Test|independent|media|Robotyne|captured|russia",
      "Daily Test|independent|media|Robotyne|recaptured|ukraine",
    ],
  ],
  [
    "extractClaims() keeps an apposition's claim word alone when the main verb is no claim word",
    "Avdiivka, which fell to Russian forces in February, lies north of Donetsk city.",
    ["Daily Test|independent|media|Avdiivka|captured|russia"],
  ],
  [
    "extractClaims() reads both predicates of 'X was surrounded on three sides and eventually fell'",
    "Vuhledar was surrounded on three sides and eventually fell in October.",
    [
      "Daily Test|independent|media|Vuhledar|captured|russia",
      "Daily Test|independent|media|Vuhledar|encircled|contested",
    ],
  ],
  [
    "extractClaims() gives 'Russian troops have been repelled from X' to the side that repelled them",
    "Russian troops have been repelled from the village of Pishchane.",
    ["Daily Test|independent|media|Pishchane|repelled|ukraine"],
  ],
  [
    "extractClaims() keeps 'Russian troops repelled counterattacks near X' Russia's defence",
    "Russian troops repelled counterattacks near Pishchane.",
    ["Daily Test|independent|media|Pishchane|repelled|russia"],
  ],
  [
    "extractClaims() reads 'X holds A, though Y's forces are advancing on it' as a hold and an advance",
    "Ukraine still holds the town of Siversk, though Russian forces are advancing on it from two sides.",
    [
      "Daily Test|independent|media|Siversk|advancing|ukraine",
      "Daily Test|independent|media|Siversk|holding|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'failed to gain ground' near X as an attack beaten back",
    "Russian forces suffered heavy losses near Kupiansk but failed to gain ground.",
    ["Daily Test|independent|media|Kupiansk|repelled|ukraine"],
  ],
  [
    "extractClaims() keeps 'gained ground near X' an advance",
    "Russian forces gained ground near Kupiansk.",
    ["Daily Test|independent|media|Kupiansk|advancing|ukraine"],
  ],
  [
    "extractClaims() keeps 'The pro-Kremlin Rybar channel claimed ...' Rybar's",
    "The pro-Kremlin Rybar channel claimed that Russian forces had captured Zoriane.",
    ["Rybar|russia|blogger|Zoriane|captured|russia"],
  ],
  [
    "extractClaims() reads 'captured the railway station in X' as a part of X taken",
    "Russian forces captured the railway station in Kupiansk-Vuzlovyi, the ministry said.",
    ["Russian military|russia|official|Kupiansk-Vuzlovyi|captured|contested"],
  ],
  [
    "extractClaims() reads 'the Kvartal-2 neighbourhood of X' as a part of X, no place of its own",
    "The enemy has advanced in the Kvartal-2 neighbourhood of Chasiv Yar.",
    ["Daily Test|independent|media|Chasiv Yar|advancing|contested"],
  ],
  [
    "extractClaims() reads 'Russian forces are not in X' as a denial",
    "Russian forces are not in Siversk, said Viktor Trehubov.",
    ["Viktor Trehubov|ukraine|official|Siversk|denied|ukraine"],
  ],
  [
    "extractClaims() reads 'Russia has yet to capture X' as no capture",
    "Russia has yet to capture Toretsk despite months of assaults.",
    ["Daily Test|independent|media|Toretsk|denied|ukraine"],
  ],
  [
    "extractClaims() reads 'massing troops near X for an assault' as an aim, no advance",
    "The occupiers are massing troops near Siversk for an assault.",
    [],
  ],
]);
