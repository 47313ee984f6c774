/**
 * Constructions of real reporting added in session 19 (issue "Claims from real reporting"):
 * speakers named by a capitalised title ("Governor Ivan Petrov said"), a unit's press officer, a
 * formation's "command"; live blogs' timed entries; claims not made ("has yet to announce the
 * capture") and hypotheticals named by a noun ("X's capture would ..."); a denier's reason after
 * "insisting that"; negations whose clause ends at "and that". Short sentences of our own.
 */
import { caseTests } from "./_extract_fixtures.ts";

caseTests([
  // ---- places
  [
    "extractClaims() ends 'the villages of A and B' at a possessive ('..., Ukraine's forces said')",
    [
      "Russian troops are fighting for the villages of Hrabove and Lysivka, Ukraine's military said.",
      "The Kremlin said the gains showed that Ukraine's defences were collapsing.",
    ],
    [
      "Ukrainian military|ukraine|official|Hrabove|contested|contested",
      "Ukrainian military|ukraine|official|Lysivka|contested|contested",
    ],
  ],
  [
    "extractClaims() reads 'X Street' as a street, no settlement",
    "Russian forces advanced along Druzhby Street in central Toretsk, ISW said.",
    ["ISW|independent|mapping|Toretsk|advancing|contested"],
  ],
  // ---- speakers
  [
    "extractClaims() reads 'Governor Ivan Petrov said' as a Ukrainian official when no side is named",
    "Governor Ivan Petrenko said Russian attacks near Zhuravka were repelled overnight.",
    ["Ivan Petrenko|ukraine|official|Zhuravka|repelled|ukraine"],
  ],
  [
    "extractClaims() reads 'Kursk Governor Ivan Petrov said' as a Russian official",
    "Kursk Governor Ivan Sidorov said Ukrainian attacks near Tyotkino were repelled.",
    ["Ivan Sidorov|russia|official|Tyotkino|repelled|russia"],
  ],
  [
    "extractClaims() reads 'police chief Ivan Petrov said' as a Ukrainian official",
    "Local police chief Ivan Petrenko said the Russians were advancing in Vovchansk.",
    ["Ivan Petrenko|ukraine|official|Vovchansk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'according to the unit's press officer' as the side of the unit named before",
    "Ukrainian marines have stabilised the situation near Kamianske, according to the unit's press officer, who said Russian infantry was thrown back twice.",
    ["Ukrainian military|ukraine|official|Kamianske|repelled|ukraine"],
  ],
  [
    "extractClaims() reads 'the Khortytsia command said' as the Khortytsia group speaking",
    "The military's Khortytsia command said heavy fighting was taking place in Selydove.",
    ["Khortytsia group of forces|ukraine|official|Selydove|contested|contested"],
  ],
  [
    "extractClaims() reads 'Ukraine's southern forces said' as the Southern Defence Forces",
    "Ukraine's southern forces said Stepnohirsk remained contested.",
    ["Southern Defence Forces|ukraine|official|Stepnohirsk|contested|contested"],
  ],
  [
    "extractClaims() does not carry a voice into a live blog's next timed entry",
    [
      "11:15 — ISW said that Russian forces had advanced near Basivka.",
      "12:30 — Ukrainian forces stopped Russian attempts to cross the border near Zhuravka.",
    ],
    [
      "Daily Test|independent|media|Zhuravka|repelled|ukraine",
      "ISW|independent|mapping|Basivka|advancing|ukraine",
    ],
  ],
  // ---- claim words
  [
    "extractClaims() reads 'has yet to announce the town's capture' as no claim",
    "Russian forces advanced near Selydove, DeepState said. Moscow has yet to announce the town's capture.",
    ["DeepState|ukraine|mapping|Selydove|advancing|ukraine"],
  ],
  [
    "extractClaims() reads 'advancing in the east, seizing ... of Ukrainian territory' as no claim about the place named before",
    [
      "Russia says it took Kurakhove.",
      "Russia has been advancing in the east, seizing 4,000 square kilometres of Ukrainian territory.",
    ],
    ["Russia|russia|official|Kurakhove|captured|russia"],
  ],
  [
    "extractClaims() reads 'had partially occupied X' as the speaker's capture of a part, not the article's adjective",
    "Ukrainian spokesman Ivan Petrenko said the Russians had partially occupied Poltavka.",
    ["Ivan Petrenko|ukraine|official|Poltavka|captured|contested"],
  ],
  [
    "extractClaims() reads 'seen on the streets of X' as an advance inside X",
    "Meduza reported that Ukrainian armoured vehicles had been seen on the streets of Sudzha.",
    ["Meduza|independent|media|Sudzha|advancing|contested"],
  ],
  [
    "extractClaims() reads 'reached X's central square' as an advance inside X",
    "Russian milbloggers claimed that their forces had reached Selydove's central square.",
    ["Russian military bloggers|russia|blogger|Selydove|advancing|contested"],
  ],
  [
    "extractClaims() reads 'achieved \"tactical success\" in X' as an advance inside X",
    'The General Staff acknowledged that Russian troops had achieved "tactical success" in Vovchansk.',
    ["Ukrainian General Staff|ukraine|official|Vovchansk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'cleared Russian infiltrators from X' as a recapture",
    "The Azov Corps said it had cleared Russian infiltrators from Novyi Shakhove.",
    ["Azov|ukraine|official|Novyi Shakhove|recaptured|ukraine"],
  ],
  [
    "extractClaims() reads 'no units had been encircled in X' as a denial, not an encirclement",
    "The Khortytsia group said that no units had been encircled in Velyka Novosilka.",
    ["Khortytsia group of forces|ukraine|official|Velyka Novosilka|denied|ukraine"],
  ],
  [
    "extractClaims() reads the attacker's 'forced to retreat from positions near X' as repelled",
    "Russian troops were forced to retreat from positions near Dachne, the brigade said.",
    ["Ukrainian military|ukraine|official|Dachne|repelled|ukraine"],
  ],
  [
    "extractClaims() keeps the defender's 'withdrew from positions near X' an advance near X",
    "Ukrainian troops withdrew from positions near Dachne, the brigade said.",
    ["Ukrainian military|ukraine|official|Dachne|advancing|ukraine"],
  ],
  // ---- shares
  [
    "extractClaims() reads 'X was \"90 percent\" under Russian control' as a part captured",
    'Russian bloggers said Kupiansk was "90 percent" under Russian control.',
    ["Russian military bloggers|russia|blogger|Kupiansk|captured|contested"],
  ],
  [
    "extractClaims() reads 'lost around 60 percent of the ground it held in X' as a part taken back, not 'around X'",
    "The Black Bird Group said Ukraine had lost around 60 percent of the ground it once held in Kursk.",
    ["Black Bird Group|independent|mapping|Kursk Oblast|recaptured|contested"],
  ],
  // ---- denials
  [
    "extractClaims() reads 'disputed the account, insisting that its troops still held part of X' as a denial and the denier's own claim",
    "Russian war correspondents disputed the account, insisting that Russian paratroopers still held the eastern part of Andriivka.",
    [
      "Russian military bloggers|russia|blogger|Andriivka|captured|contested",
      "Russian military bloggers|russia|blogger|Andriivka|denied|russia",
    ],
  ],
  [
    "extractClaims() ends a negation's reach at 'and that' ('had not consolidated ... and that B had regained X')",
    "ISW noted that Russian forces had not consolidated their positions in the area and that Ukrainian troops had regained positions near Zolotyi Kolodiaz.",
    ["ISW|independent|mapping|Zolotyi Kolodiaz|recaptured|ukraine"],
  ],
  [
    "extractClaims() keeps a denial word's reach past 'and that' ('the claims were false and that its forces held X')",
    "Ukraine's military said the Russian claims were false and that its forces continued to defend Kupiansk.",
    [
      "Ukrainian military|ukraine|official|Kupiansk|denied|ukraine",
      "Ukrainian military|ukraine|official|Kupiansk|holding|ukraine",
    ],
  ],
  // ---- part 2
  [
    "extractClaims() reads 'made no mention of the setback, saying its forces advanced near X' as the subject's claim",
    "The Russian Defence Ministry made no mention of the setback, saying instead that its forces had improved their positions near Dobropillia.",
    ["Russian Defence Ministry|russia|official|Dobropillia|advancing|ukraine"],
  ],
  [
    "extractClaims() reads 'troops in X were \"completely isolated\"' as X encircled",
    'Putin said on Thursday that Ukrainian forces in Kursk were "completely isolated".',
    ["Vladimir Putin|russia|official|Kursk Oblast|encircled|contested"],
  ],
  [
    "extractClaims() reads 'rejected Y's assertion that ... X' as Y's claim and the rejection",
    "Zelenskyy rejected Putin's assertion that Ukrainian soldiers were encircled in the Kursk region.",
    [
      "Vladimir Putin|russia|official|Kursk Oblast|encircled|contested",
      "Volodymyr Zelenskyy|ukraine|official|Kursk Oblast|denied|ukraine",
    ],
  ],
  [
    "extractClaims() reads a tail ', the army said on Thursday, after weeks of shelling' as the army speaking",
    "Ukrainian troops have withdrawn from the Kanal district of Chasiv Yar, the army said on Thursday, after weeks of shelling.",
    ["Ukrainian military|ukraine|official|Chasiv Yar|captured|contested"],
  ],
  [
    "extractClaims() reads a name the gazetteer lacks after 'A in the X region, as well as' as one more place taken",
    "Russia's defence ministry said its forces had taken Novopil in the Donetsk region, as well as Bilohirka in Zaporizhzhia.",
    [
      "Russian Defence Ministry|russia|official|Bilohirka|captured|russia",
      "Russian Defence Ministry|russia|official|Novopil|captured|russia",
    ],
  ],
  [
    "extractClaims() reads 'denied that the breakthrough was linked to talks' as no denial of ground",
    [
      "Russian assault groups seized Kucheriv Yar, DeepState said.",
      "The Kremlin denied that the breakthrough was linked to peace talks.",
    ],
    ["DeepState|ukraine|mapping|Kucheriv Yar|captured|russia"],
  ],
  [
    "extractClaims() reads 'the garrison can only be supplied along roads under fire' as the town encircled",
    [
      "Russian forces pressed on Velyka Novosilka.",
      "The town's garrison can now only be supplied along dirt roads, DeepState reported.",
    ],
    [
      "Daily Test|independent|media|Velyka Novosilka|advancing|ukraine",
      "DeepState|ukraine|mapping|Velyka Novosilka|encircled|contested",
    ],
  ],
  // ---- part 3
  [
    "extractClaims() reads 'Russian troops defeated Ukrainian forces and took X' as Russia taking X (the object does not act)",
    "Russian troops defeated Ukrainian forces and took Hrabove.",
    ["Daily Test|independent|media|Hrabove|captured|russia"],
  ],
  [
    "extractClaims() reads 'Russian troops attacked Ukrainian positions near A and captured B' as Russia taking B",
    "Russian troops attacked Ukrainian positions near Lysivka and captured Hrabove.",
    ["Daily Test|independent|media|Hrabove|captured|russia"],
  ],
  [
    "extractClaims() reads 'Ukrainian troops drove Russians back from X and took control of 90% of the city' as one recapture",
    "Ukrainian troops have driven Russians back from Kupiansk and taken control of almost 90% of the city.",
    ["Daily Test|independent|media|Kupiansk|recaptured|ukraine"],
  ],
  [
    "extractClaims() reads 'Seizing X is one of Y's objectives' as an aim, no claim",
    "Seizing the rest of the Donetsk region is one of Moscow's long-standing objectives.",
    [],
  ],
  [
    "extractClaims() keeps a gerund subject with a verb of its own ('Capturing X took Russia a year') a claim",
    "Capturing Pokrovsk took Russia a year.",
    ["Daily Test|independent|media|Pokrovsk|captured|russia"],
  ],
  [
    "extractClaims() reads 'mopping up the Russians trapped in X' as the squeeze and the advance, both about X",
    "Ukrainian troops have been mopping up remnants of the Russians trapped within Kupiansk.",
    [
      "Daily Test|independent|media|Kupiansk|advancing|contested",
      "Daily Test|independent|media|Kupiansk|encircled|contested",
    ],
  ],
  [
    "extractClaims() reads a sentence opening on 'Zelensky's troops' as the article's narrative, not the voice before",
    [
      "Ukraine's military denied the claims.",
      "Zelensky's troops have since advanced in Kupiansk.",
    ],
    ["Daily Test|independent|media|Kupiansk|advancing|contested"],
  ],
  // ---- part 4
  [
    "extractClaims() reads 'had retaken control of X' as one recapture, not a hold",
    "Ukraine's military said it had retaken control of the village of Kindrativka.",
    ["Ukrainian military|ukraine|official|Kindrativka|recaptured|ukraine"],
  ],
  [
    "extractClaims() reads 'X is almost entirely under Russian control' as a part captured",
    "Russian bloggers say Kurakhove is now almost entirely under Russian control.",
    ["Russian military bloggers|russia|blogger|Kurakhove|captured|contested"],
  ],
  [
    "extractClaims() keeps 'fully captured X' the whole of X",
    "Russian bloggers say Russian forces have fully captured Kurakhove.",
    ["Russian military bloggers|russia|blogger|Kurakhove|captured|russia"],
  ],
  [
    "extractClaims() reads 'Moscow has not yet claimed control of X' as no claim and no denial",
    "Moscow has not yet claimed control of Kupiansk-Vuzlovyi.",
    [],
  ],
  // ---- part 5
  [
    "extractClaims() reads 'Ukrainian counterattacks near X have failed' as X held by the other side",
    "The Russian defence ministry says Ukrainian counterattacks near Kupiansk have failed.",
    ["Russian Defence Ministry|russia|official|Kupiansk|repelled|russia"],
  ],
  [
    "extractClaims() reads 'X had not been lost and units continued to operate in the city' as a denial and a hold",
    "Zelenskyy insisted that Pokrovsk had not been lost and that Ukrainian units continued to operate in the city.",
    [
      "Volodymyr Zelenskyy|ukraine|official|Pokrovsk|denied|ukraine",
      "Volodymyr Zelenskyy|ukraine|official|Pokrovsk|holding|contested",
    ],
  ],
  [
    "extractClaims() keeps the attacker's 'operating in X' an advance",
    "Russian units are operating in Pokrovsk, DeepState said.",
    ["DeepState|ukraine|mapping|Pokrovsk|advancing|contested"],
  ],
  [
    "extractClaims() reads ', the Joint Forces said' as the Joint Forces Task Force",
    "Ukrainian forces are holding the line in Kupiansk, the Joint Forces said.",
    ["Joint Forces Task Force|ukraine|official|Kupiansk|holding|ukraine"],
  ],
  // ---- part 6
  [
    "extractClaims() reads 'massing forces near X for a new assault' as an aim, no advance",
    "The occupiers are accumulating forces near Siversk for a new assault.",
    [],
  ],
  [
    "extractClaims() reads 'ISW experts said' as ISW",
    "ISW experts also said that Ukrainian forces had likely withdrawn from Dyliivka.",
    ["ISW|independent|mapping|Dyliivka|captured|russia"],
  ],
  [
    "extractClaims() reads 'had not yet fully taken X' as neither a capture nor a denial",
    "A Ukrainian officer, Ivan Petrenko, said that the Russians had not yet fully taken Chasiv Yar.",
    [],
  ],
  [
    "extractClaims() reads a frameless sentence opening on 'Ukraine's 24th Brigade' as the article's narrative",
    [
      "Russian forces control about 70% of Chasiv Yar, according to DeepState.",
      "Ukraine's 24th Brigade, which defends the town, did not comment.",
    ],
    [
      "Daily Test|independent|media|Chasiv Yar|holding|ukraine",
      "DeepState|ukraine|mapping|Chasiv Yar|captured|contested",
    ],
  ],
  [
    "extractClaims() reads 'troops are dug in in X' as a hold",
    "Ukrainian troops are dug in on the western bank of the river in Kupiansk, the Joint Forces said.",
    ["Joint Forces Task Force|ukraine|official|Kupiansk|holding|ukraine"],
  ],
]);
