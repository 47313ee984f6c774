/**
 * Constructions of real reporting added in session 20 (issue "Claims from real reporting"): a
 * speaker's title naming a body the actor table knows ("a spokesman for the Joint Forces Task
 * Force"), analysts "at the group" spoken of before, a person the table names in full and another
 * by the surname alone, places left out ("A but not B"), flags raised inside a place, a defender
 * clearing its own town, a participle's subject at the head of a long clause; headline tails and
 * claims ("Russia claims X", "..., officials admit"), a place in a title. Short sentences of our
 * own.
 */
import { caseTests } from "./_extract_fixtures.ts";

caseTests([
  // ---- speakers
  [
    "extractClaims() takes the side of 'Name, a spokesman for <a body the table knows>'",
    '"We still hold Kupiansk," said Ivan Petrenko, a spokesman for the Joint Forces Task Force.',
    ["Ivan Petrenko|ukraine|official|Kupiansk|holding|ukraine"],
  ],
  [
    "extractClaims() reads 'Name, a correspondent for <an outlet of a side>' as that outlet's reporting",
    '"Russian troops have entered Kupiansk," said Ivan Petrov, a correspondent for TASS.',
    ["Ivan Petrov|russia|media|Kupiansk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'Analysts at the group added' as the mapping project spoken of before",
    [
      "The Black Bird Group said Russian forces had occupied the village of Novomykhailivka.",
      "Analysts at the group added that Ukrainian units still hold Komar.",
    ],
    [
      "Black Bird Group|independent|mapping|Komar|holding|ukraine",
      "Black Bird Group|independent|mapping|Novomykhailivka|captured|russia",
    ],
  ],
  [
    "extractClaims() reads a surname alone as the person the article named in full, not the table's other",
    [
      '"The enemy failed to enter Uspenivka," spokesman Vladyslav Voloshyn said.',
      "Voloshyn said Ukrainian troops still hold Bahatyr.",
    ],
    [
      "Vladyslav Voloshyn|ukraine|official|Bahatyr|holding|ukraine",
      "Vladyslav Voloshyn|ukraine|official|Uspenivka|repelled|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'Ukrainian brigade says' in a headline as the Ukrainian military",
    "Ukrainian brigade says it has cleared Russian troops from Toretsk",
    ["Ukrainian military|ukraine|official|Toretsk|recaptured|ukraine"],
  ],
  [
    "extractClaims() reads 'Ukrainian brigade commanders say' as the Ukrainian military speaking",
    "Ukrainian brigade commanders say Russian troops have entered Pokrovsk.",
    ["Ukrainian military|ukraine|official|Pokrovsk|advancing|contested"],
  ],
  [
    "extractClaims() reads no institution in 'X's administration building'",
    "Russian bloggers posted footage of soldiers raising a flag over Vuhledar's administration building.",
    ["Russian military bloggers|russia|blogger|Vuhledar|advancing|contested"],
  ],
  // ---- what is claimed
  [
    "extractClaims() leaves out the place after 'but not' ('seized A but not B')",
    "ISW said Russian forces had seized Pokrovsk but not Myrnohrad.",
    ["ISW|independent|mapping|Pokrovsk|captured|russia"],
  ],
  [
    "extractClaims() leaves out the place after 'except' ('took every village except B')",
    "Russian troops captured Hrabove and every other village in the area except Bahatyr, the ministry said.",
    ["Russian military|russia|official|Hrabove|captured|russia"],
  ],
  [
    "extractClaims() reads a flag raised over a place as an advance inside it",
    "Russian soldiers raised their flag over Ocheretyne, the ministry said.",
    ["Russian military|russia|official|Ocheretyne|advancing|contested"],
  ],
  [
    "extractClaims() reads the owner's troops that 'cleared' its town as a recapture",
    "Ukrainian troops have cleared Pokrovsk, the General Staff said.",
    ["Ukrainian General Staff|ukraine|official|Pokrovsk|recaptured|ukraine"],
  ],
  [
    "extractClaims() reads the owner's troops that 'cleared several blocks' of its town as a part recaptured",
    "Ukrainian troops cleared several blocks in Kupiansk, the military said.",
    ["Ukrainian military|ukraine|official|Kupiansk|recaptured|contested"],
  ],
  [
    "extractClaims() reads the attacker that 'cleared' a place as an advance",
    "Russian troops cleared the western part of Toretsk, the ministry said.",
    ["Russian military|russia|official|Toretsk|advancing|contested"],
  ],
  [
    "extractClaims() gives a participle the subject of a long clause ('Russian forces ..., capturing X')",
    "Russian forces have been advancing in Ukraine's eastern Donetsk region at the fastest pace since the early days of the war, capturing small towns such as Selydove.",
    ["Daily Test|independent|media|Selydove|captured|russia"],
  ],
  // ---- voices and places in passing
  [
    "extractClaims() reads a later paragraph describing a place ('X is one of the last ...') in the article's voice",
    [
      "Russia's Defence Ministry said its troops had taken Berestok.",
      "Kostiantynivka is one of the last cities of the region still held by Ukraine.",
    ],
    [
      "Daily Test|independent|media|Kostiantynivka|holding|ukraine",
      "Russian Defence Ministry|russia|official|Berestok|captured|russia",
    ],
  ],
  [
    "extractClaims() reads 'losing village after village in the east' as no part of the place before",
    [
      "The Russian army said it had captured the village of Zahryzove.",
      "Kyiv's forces have been losing village after village in the east.",
    ],
    ["Russian military|russia|official|Zahryzove|captured|russia"],
  ],
  [
    "extractClaims() reads 'the Oskil' as a river, no settlement",
    [
      "The Russian army said its forces continue to push toward the Oskil river.",
      "Ukrainian commanders said Russian troops had crossed the Oskil near Kupiansk and established a bridgehead on the western bank.",
    ],
    ["Ukrainian military|ukraine|official|Kupiansk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'spokesman for the 24th Brigade Ivan Petrenko said' as a Ukrainian official, and 'he' after it",
    [
      "Russian troops are five kilometres from Kostiantynivka, spokesman for the 24th Brigade Ivan Petrenko said.",
      "He said Russian units had infiltrated the village of Oleksandro-Shultyne.",
    ],
    ["Ivan Petrenko|ukraine|official|Oleksandro-Shultyne|advancing|contested"],
  ],
  [
    "extractClaims() reads 'a Russian state TV correspondent, reporting from the area, claimed' as Russian state media",
    "A Russian state TV correspondent, reporting from the area, claimed Russian troops had seized Shcherbynivka.",
    ["Russian state media|russia|media|Shcherbynivka|captured|russia"],
  ],
  [
    "extractClaims() reads a headline's tail ', Ukrainian officials admit' as the speaker",
    "Russian forces are in the centre of Kupiansk, Ukrainian officials admit",
    ["Ukrainian military|ukraine|official|Kupiansk|advancing|contested"],
  ],
  [
    "extractClaims() reads the attacker that 'holds positions in X' as a foothold, not a hold of X",
    "A Russian blogger claimed that Russian forces hold positions in central Kupiansk.",
    ["Russian military blogger|russia|blogger|Kupiansk|advancing|contested"],
  ],
  [
    "extractClaims() reads troops that 'hold their positions in X' as holding",
    "Russian troops continue to hold their positions in Krynky, the Kremlin said.",
    ["Kremlin|russia|official|Krynky|holding|russia"],
  ],
  [
    "extractClaims() reads a headline's 'Russia claims X, Y' as a capture of each",
    "Russia claims Pokrovsk, Vovchansk; Kyiv says fighting continues",
    [
      "Russia|russia|official|Pokrovsk|captured|russia",
      "Russia|russia|official|Vovchansk|captured|russia",
      "Ukraine|ukraine|official|Pokrovsk|contested|contested",
      "Ukraine|ukraine|official|Vovchansk|contested|contested",
    ],
  ],
  [
    "extractClaims() reads no capture in 'claimed' before a clause ('Russia claimed in a statement that ...')",
    "Russia claimed in a statement that Ukrainian troops were surrounded in Kupiansk.",
    ["Russia|russia|official|Kupiansk|encircled|contested"],
  ],
  [
    "extractClaims() reads the city in 'Kharkiv governor Ivan Petrenko' as part of a title, no place",
    "Kharkiv governor Ivan Petrenko said Russian troops control most of Vovchansk.",
    ["Ivan Petrenko|ukraine|official|Vovchansk|captured|contested"],
  ],
  [
    "extractClaims() reads footage of 'Russian soldiers walking through X' as an advance inside X",
    "Footage showed Russian troops driving along the main road in Pokrovsk, DeepState said.",
    ["DeepState|ukraine|mapping|Pokrovsk|advancing|contested"],
  ],
  [
    "extractClaims() reads a headline's 'Map monitors:' as a mapping source",
    ["Map monitors: Russian troops enter Kostiantynivka", "Body text."],
    ["GeoConfirmed|independent|mapping|Kostiantynivka|advancing|contested"],
  ],
]);
