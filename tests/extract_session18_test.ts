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
  [
    "extractClaims() reads ', which is being encircled' after a place as the place encircled",
    "Marochko wrote about Kurakhove, which is being encircled from three sides.",
    ["Andrei Marochko|russia|blogger|Kurakhove|encircled|contested"],
  ],
  [
    "extractClaims() keeps a headline's 'fighting rages in X' the article's own before 'as Russia claims gains'",
    ["Fighting rages in Kupiansk as Russia claims gains", "More follows."],
    [
      "Daily Test|independent|media|Kupiansk|contested|contested",
      "Russia|russia|official|Kupiansk|advancing|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'X pulls out of A as Russia claims victory' as a loss in the article's voice and Russia's capture",
    ["Ukraine pulls out of Avdiivka as Russia claims victory", "More follows."],
    [
      "Daily Test|independent|media|Avdiivka|captured|russia",
      "Russia|russia|official|Avdiivka|captured|russia",
    ],
  ],
  [
    "extractClaims() keeps '5 km from A and have taken the village of B' B's capture (the distance ends at 'and')",
    "Russian troops are 5 km from Kostiantynivka and have taken the village of Stara Mykolaivka, DeepState said.",
    ["DeepState|ukraine|mapping|Stara Mykolaivka|captured|russia"],
  ],
  [
    "extractClaims() keeps 'took A, as the ministry said' in the ministry's voice",
    "Russian forces took Kurakhove, as the Russian Defence Ministry said.",
    ["Russian Defence Ministry|russia|official|Kurakhove|captured|russia"],
  ],
  [
    "extractClaims() reads '\"...,\" the spokesperson said' as the spokesperson named before, not the ministry quoted in between",
    [
      "A spokesperson for Ukraine's Joint Forces Task Force said Russian troops had infiltrated Kupiansk.",
      "The Russian Defence Ministry claimed that its troops controlled half of Kupiansk.",
      '"That is untrue. The city is not under Russian control," the spokesperson said.',
    ],
    [
      "Joint Forces Task Force|ukraine|official|Kupiansk|advancing|contested",
      "Joint Forces Task Force|ukraine|official|Kupiansk|denied|ukraine",
      "Joint Forces Task Force|ukraine|official|Kupiansk|denied|ukraine",
      "Russian Defence Ministry|russia|official|Kupiansk|captured|contested",
    ],
  ],
  [
    "extractClaims() reads 'destroyed an assault group that tried to break into X' as an attack beaten back",
    "The 93rd Brigade said it had destroyed a Russian assault group that tried to break into Kostiantynivka.",
    ["93rd Brigade|ukraine|official|Kostiantynivka|repelled|ukraine"],
  ],
  [
    "extractClaims() reads 'the city' after a village named last as the city named before it",
    [
      "Russian troops are approaching Kostiantynivka, DeepState said.",
      "Russian troops are 5 km from the city and have taken the village of Stara Mykolaivka, DeepState said.",
      "The 93rd Brigade said it had destroyed a Russian assault group that tried to break into the city's eastern outskirts.",
    ],
    [
      "93rd Brigade|ukraine|official|Kostiantynivka|repelled|ukraine",
      "DeepState|ukraine|mapping|Kostiantynivka|advancing|ukraine",
      "DeepState|ukraine|mapping|Stara Mykolaivka|captured|russia",
    ],
  ],
  [
    "extractClaims() keeps 'counterattacks near A pushed Russian units back from the villages of B and C' off A",
    "Ukraine's counterattacks near Pokrovsk pushed Russian units back from the villages of Kotlyne and Udachne, DeepState said.",
    [
      "DeepState|ukraine|mapping|Kotlyne|recaptured|ukraine",
      "DeepState|ukraine|mapping|Udachne|recaptured|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'a springboard for an assault on X' as an aim, no advance",
    "Taking Siversk gave Russian troops a springboard for an assault on Sloviansk and Kramatorsk.",
    ["Daily Test|independent|media|Siversk|captured|russia"],
  ],
  [
    "extractClaims() reads 'the head of the X police department said' as Ukraine's police, and 'occupying positions on the streets' as an advance",
    "Russian troops are occupying positions on the streets of Vovchansk, the head of the Vovchansk police department said.",
    ["Ukrainian police|ukraine|official|Vovchansk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'the left flank' and 'the left bank of the Dnipro' as no withdrawal and no city",
    "DeepState reported attacks on the left flank of the grouping and Ukrainian positions on the left bank of the Dnipro.",
    [],
  ],
  [
    "extractClaims() reads a yes/no question ('Has Russia captured X?') as no claim",
    ["Has Russia captured Krynky?", "Kyiv says its marines still hold positions there."],
    ["Ukraine|ukraine|official|Krynky|holding|ukraine"],
  ],
  [
    "extractClaims() reads 'the head of the regional administration said' as Ukraine's local authorities",
    "Russian troops have entered Huliaipole, the head of the regional administration said.",
    ["Ukrainian local authorities|ukraine|official|Huliaipole|advancing|contested"],
  ],
  [
    "extractClaims() reads 'the Russian-installed regional administration said' as Russia's",
    "Russian troops have entered Huliaipole, the Russian-installed regional administration said.",
    ["DPR authorities|russia|official|Huliaipole|advancing|contested"],
  ],
  [
    "extractClaims() reads 'A and B, two villages north of C' as C locating them",
    "Russia's Defence Ministry said its troops captured Rivnopillia and Yablukove, two villages north of Huliaipole.",
    [
      "Russian Defence Ministry|russia|official|Rivnopillia|captured|russia",
      "Russian Defence Ministry|russia|official|Yablukove|captured|russia",
    ],
  ],
  [
    "extractClaims() keeps a quoted claim word with an object of its own ('\u201ccleared\u201d the city of B') off the place before it",
    "The statement noted efforts near Dobropillia and said troops had \u201ccleared\u201d the city of Pokrovsk of Russian soldiers, the General Staff said.",
    ["Ukrainian General Staff|ukraine|official|Pokrovsk|recaptured|ukraine"],
  ],
  [
    "extractClaims() reads 'pushed about 10 km into Ukrainian lines north-east of X' as an advance near X, not a distance",
    "Russian forces have pushed about 10 km into Ukrainian lines north-east of Dobropillia, DeepState said.",
    ["DeepState|ukraine|mapping|Dobropillia|advancing|ukraine"],
  ],
  [
    "extractClaims() keeps 'Russian troops are 5 km from X' a distance, no claim",
    "Russian troops are now 5 km from Dobropillia, DeepState said.",
    [],
  ],
  [
    "extractClaims() reads 'the A-B road' as a road, no place",
    "Russian groups advanced about 10 km north of the Pokrovsk-Kostiantynivka road, DeepState said.",
    [],
  ],
  [
    "extractClaims() keeps 'infiltrated X, while stressing that the Russians do not control it' the speaker's advance beside its denial",
    "Russian groups have infiltrated Zolotyi Kolodiaz, DeepState said, while stressing that the Russians do not control the village.",
    [
      "DeepState|ukraine|mapping|Zolotyi Kolodiaz|advancing|contested",
      "DeepState|ukraine|mapping|Zolotyi Kolodiaz|denied|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'positions at the X power plant' as a part of X, not a feature beside it",
    "Ukrainian forces still hold positions at the Kurakhove power plant, DeepState said.",
    ["DeepState|ukraine|mapping|Kurakhove|holding|contested"],
  ],
  [
    "extractClaims() keeps 'the Zaporizhzhia nuclear power plant' a feature, no place",
    "Russian forces hold the Zaporizhzhia nuclear power plant, Kyiv said.",
    [],
  ],
  [
    "extractClaims() reads a closing 'according to estimates' as the article's own voice, not the source before",
    [
      "According to the General Staff, Ukrainian troops repelled 52 attacks near Lysivka.",
      "Russia controls about 70 percent of the Donetsk region, according to estimates.",
    ],
    [
      "Daily Test|independent|media|Donetsk Oblast|captured|contested",
      "Ukrainian General Staff|ukraine|official|Lysivka|repelled|ukraine",
    ],
  ],
  [
    "extractClaims() reads a closing ', analysts said' as new analysts when no mapping project spoke before",
    [
      "Russia's Defence Ministry said its forces had taken Velyka Novosilka.",
      "The town had been nearly surrounded for weeks, analysts said.",
    ],
    [
      "Russian Defence Ministry|russia|official|Velyka Novosilka|captured|russia",
      "analysts|independent|media|Velyka Novosilka|encircled|contested",
    ],
  ],
  [
    "extractClaims() reads 'a foothold for further advances towards X' as an aim, no advance",
    "The capture gives Russia a foothold for further advances towards the Dnipropetrovsk region.",
    [],
  ],
  [
    "extractClaims() reads 'continuing defensive operations in certain areas of the X region' as a hold, fought over",
    "Ukraine's General Staff said its troops were continuing defensive operations in certain areas of the Kursk region.",
    ["Ukrainian General Staff|ukraine|official|Kursk Oblast|holding|contested"],
  ],
  [
    "extractClaims() reads 'the claims were untrue and its units still defend the region' as a denial of the place before and a hold of the region",
    [
      "Gerasimov said the last village held by Ukraine in the Kursk region, Gornal, had been recaptured.",
      "Ukraine's General Staff said the claims were untrue and that its units were still conducting defensive operations in the region.",
    ],
    [
      "Ukrainian General Staff|ukraine|official|Gornal|denied|ukraine",
      "Ukrainian General Staff|ukraine|official|Kursk Oblast|holding|contested",
      "Valery Gerasimov|russia|official|Gornal|recaptured|russia",
    ],
  ],
  [
    "extractClaims() reads a name after a quoted claim word ('\"liberated\" A in the X region and B') as a place",
    'Russia\'s Defence Ministry said its forces had "liberated" Novomykolaivka in the Dnipropetrovsk region and Berestok.',
    [
      "Russian Defence Ministry|russia|official|Berestok|captured|russia",
      "Russian Defence Ministry|russia|official|Novomykolaivka|captured|russia",
    ],
  ],
  [
    "extractClaims() reads a title after a place ('X, Chief of the General Staff ...') as no place",
    'Russian forces have "completely liberated" the town of Pokrovsk, Chief of the General Staff Valery Gerasimov said.',
    ["Valery Gerasimov|russia|official|Pokrovsk|captured|russia"],
  ],
  [
    "extractClaims() reads 'slipped past Ukrainian positions near X' as an advance near X",
    "A Ukrainian brigade commander told the BBC that Russian troops had slipped past Ukrainian positions near Rodynske.",
    ["Ukrainian military|ukraine|official|Rodynske|advancing|ukraine"],
  ],
  [
    "extractClaims() reads '10 km from A after capturing B's eastern outskirts' as B's part taken (the distance ends at 'after')",
    "Russian troops are now 10 km from Pokrovsk after capturing Novohrodivka's eastern outskirts, Ukrainian officials said.",
    ["Ukrainian military|ukraine|official|Novohrodivka|captured|contested"],
  ],
  [
    "extractClaims() reads 'vow to stop the Russian advance on X' as an aim (no attack beaten back) and the advance going on",
    "Ukrainian commanders vow to stop the Russian advance on Pokrovsk.",
    ["Daily Test|independent|media|Pokrovsk|advancing|ukraine"],
  ],
  [
    "extractClaims() reads 'in order to halt the advance of Russian troops in X' as the advance going on",
    '"In order to halt the advance of Russian troops in the Kursk direction, the enemy launched a counterattack," the Russian defence ministry said.',
    ["Russian Defence Ministry|russia|official|Kursk Oblast|advancing|russia"],
  ],
]);
