/**
 * Constructions of real reporting added in session 16 (issue "Claims from real reporting"): the
 * border districts of the Kursk and Belgorod regions as places of their own ("the Glushkovo
 * district", "the Sudzhansky and Korenevsky districts of the Kursk region", where the oblast only
 * locates them); "the situation around X remains difficult but under control" as holding; "the
 * governor of Belgorod" (Russia's, and no place of the claim); a quoted "our soldiers" beside a
 * side named (the speaker is of the other side); "holding them back" as an attack beaten back;
 * "retreated to more favourable positions west of X", "forced to pull back from positions near X"
 * and "moved to more advantageous positions" as the other side's advance; a denier's participle
 * ("denied that X had fallen, saying fighting was continuing"); an advance "in the X direction"
 * (towards X: its holder's, not contested); "contrary to claims by the Russian Ministry of Defence"
 * (the author of the claim a negation names); "we held on for as long as we could" (a hold that
 * ended); "three villages" in a headline not read as the places of a battle named next ("the
 * heaviest fighting near A and B"); "fighting near A" after "in the X sector" (no fighting in X);
 * "the mayor" as the local authorities (Kyiv's; a Russian-installed mayor Moscow's); "ordered its
 * troops to leave X" as a withdrawal; "our positions in X are intact" as holding (but not "the
 * bridge in X is intact"); "attempted to cross the river near X but were destroyed" as an attack
 * beaten back; "in the east of X" as inside X (not beside it); "nearly all of X" as a part; "are
 * being destroyed on the approaches to X" as an attack beaten back; "moved to stronger positions
 * near A and B" as the other side's advance on both; a denial of an encirclement that names no
 * place, said by a speaker named before ("He denied reports that ... had been encircled"), in an
 * article about a region: that region; "hold around 20% of X" ("around" a number is "about", not
 * beside X); a counted "seven settlements: A, B, ..." (its own list, not the places of the next
 * sentence, and no list begins mid-list: "fighting near A, B and C"); a Russian-spelled name in a
 * Russian region ("Mikhaylovka ... in the Kursk region", "Bogdanovka" beside Kursk villages) as the
 * Russian village written, not a Ukrainian one of another spelling; "The claim, made by X on
 * Sunday, that ..." (the claim's owner set off by commas); "the pincers around X are closing" as
 * encircled; "failed attacks on X" and "tried to storm X but were forced to retreat" as attacks
 * beaten back; "DeepState said Russia occupied X" (a country and its verb, not the article's "Russia-occupied");
 * "the map also shows advances of 10 km north of Y" (its own ground, if only to locate it: no place
 * named before); "about 300 Russian soldiers are currently in X" as an advance inside X; "sabotage
 * groups are active in X" as inside X (contested); "troops flee X" as X given up (not "civilians
 * fled X"); a headline's " – Russian commander" tail (a side's word before the title); ", a senior
 * Ukrainian officer admitted" (two words before the title, verbs of admitting); "X, which Moscow
 * claimed to have captured, remains contested, Ukrainian officials said" (the relative clause's
 * speaker neither speaks the main clause nor goes on); "now control its eastern outskirts" (a
 * part); a rank before a name ("said Maj. Ivan Petrenko": Kyiv's officer, unless a side is named;
 * not "Lieutenant General X"); "X's railway station" (a site within X: a part); "satellite images
 * analysed by the ISW indicate that ..." (the analyst of the evidence speaks).
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
  [
    "extractClaims() reads 'the situation around X remains difficult but under control' as holding",
    "According to the Ukrainian military, the situation around Siversk remains difficult but under control.",
    ["Ukrainian military|ukraine|official|Siversk|holding|ukraine"],
  ],
  [
    "extractClaims() gives 'the governor of Belgorod said' to Russia's regional authorities, with no place of its own",
    "Ukrainian troops were repelled near Shebekino, the governor of Belgorod said. The situation is under control, the governor of Belgorod said.",
    ["Russian regional authorities|russia|official|Shebekino|repelled|russia"],
  ],
  [
    "extractClaims() gives a quoted 'our soldiers are holding them back' beside 'the Russians' to Ukraine, as an attack beaten back",
    [
      "Ukraine's military said it had repelled an attack near Kurakhove.",
      '"The Russians are trying to break through to Dobropillia, but our soldiers are holding them back," said the brigade spokesman.',
    ],
    [
      "Ukrainian military|ukraine|official|Dobropillia|repelled|ukraine",
      "Ukrainian military|ukraine|official|Kurakhove|repelled|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'retreated to more favourable positions west of X' as the other side's advance on X",
    "Kyiv said its forces had retreated to more favourable positions west of Udachne.",
    ["Ukraine|ukraine|official|Udachne|advancing|ukraine"],
  ],
  [
    "extractClaims() reads 'forced to pull back from positions near X' as the other side's advance on X",
    "Ukrainian forces have been forced to pull back from positions near Bilozerske, the General Staff said.",
    ["Ukrainian General Staff|ukraine|official|Bilozerske|advancing|ukraine"],
  ],
  [
    "extractClaims() reads 'moved to more advantageous positions' after a place as an advance on it, not its loss",
    "Ukrainian units in Bilozerske moved to more advantageous positions, the General Staff said.",
    ["Ukrainian General Staff|ukraine|official|Bilozerske|advancing|ukraine"],
  ],
  [
    "extractClaims() reads a denier's 'saying fighting was continuing' as fighting in the place it denies lost",
    "The Ukrainian army denied that Toretsk had fallen, saying fighting was continuing on the outskirts.",
    [
      "Ukrainian military|ukraine|official|Toretsk|contested|contested",
      "Ukrainian military|ukraine|official|Toretsk|denied|ukraine",
    ],
  ],
  [
    "extractClaims() gives an advance 'in the X direction' the holder's status, not contested",
    "Russian troops continue to advance in the Kupiansk direction, the Russian Defence Ministry said.",
    ["Russian Defence Ministry|russia|official|Kupiansk|advancing|ukraine"],
  ],
  [
    "extractClaims() gives the claim named by 'contrary to claims by the Russian Ministry of Defence' to Russia",
    "Kupiansk has not been captured, contrary to claims by the Russian Ministry of Defence, the Ukrainian military said.",
    [
      "Russia|russia|official|Kupiansk|captured|russia",
      "Ukrainian military|ukraine|official|Kupiansk|denied|ukraine",
    ],
  ],
  [
    "extractClaims() reads no hold in 'we held on for as long as we could'",
    'A Ukrainian commander said his unit had been pushed out of Dyliivka. "We held on for as long as we could," he said.',
    ["Ukrainian military|ukraine|official|Dyliivka|captured|russia"],
  ],
  [
    "extractClaims() does not read 'captures three villages' as the places of a battle named next",
    [
      "Russia claims capture of three villages as Ukraine reports heavy fighting",
      "Ukraine's General Staff said the heaviest fighting was near Udachne and Kotlyne.",
    ],
    [],
  ],
  [
    "extractClaims() reads 'two more villages' as the two the next sentence says were taken",
    [
      "Russian forces have seized two more villages, Moscow said.",
      "The Russian Defence Ministry said its troops took control of Poltavka and Dyliivka.",
    ],
    [
      "Russian Defence Ministry|russia|official|Dyliivka|captured|russia",
      "Russian Defence Ministry|russia|official|Poltavka|captured|russia",
      "Russia|russia|official|Dyliivka|captured|russia",
      "Russia|russia|official|Poltavka|captured|russia",
    ],
  ],
  [
    "extractClaims() does not let 'fighting near A' reach back to 'the X sector' before it",
    "Ukraine's General Staff says Russian troops attacked 52 times in the Pokrovsk sector, with the heaviest fighting near Udachne.",
    [],
  ],
  [
    "extractClaims() gives 'according to the mayor' to the local authorities",
    "According to the mayor, Russian troops have not yet entered the city of Kostiantynivka.",
    ["Ukrainian local authorities|ukraine|official|Kostiantynivka|denied|ukraine"],
  ],
  [
    "extractClaims() gives 'the Russian-installed mayor said' to Moscow's officials",
    "Russian troops entered Kupiansk, the Russian-installed mayor said.",
    ["Russian-installed officials|russia|official|Kupiansk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'ordered Ukrainian troops to leave X' as X given up",
    "Zelensky ordered Ukrainian troops to leave Kurakhove to avoid encirclement, a source in the General Staff said.",
    ["Ukrainian General Staff|ukraine|official|Kurakhove|captured|russia"],
  ],
  [
    "extractClaims() reads 'our positions in X are intact' as holding",
    '"Our positions in Chasiv Yar are intact," the brigade\'s spokesman said.',
    ["Ukrainian military|ukraine|official|Chasiv Yar|holding|ukraine"],
  ],
  [
    "extractClaims() reads no hold in 'the bridge in X is intact'",
    "The bridge in Chasiv Yar is intact, the Russian military said.",
    [],
  ],
  [
    "extractClaims() reads 'attempted to cross the Dnipro River near X but were destroyed' as an attack beaten back",
    "Vladyslav Voloshyn said Russian troops had attempted to cross the Dnipro River near Kherson but were destroyed.",
    ["Vladyslav Voloshyn|ukraine|official|Kherson|repelled|ukraine"],
  ],
  [
    "extractClaims() reads an advance 'in the east of X' as inside X (contested)",
    "Ukrainian soldiers said that Russian infantry had infiltrated several neighborhoods in the east of Pokrovsk.",
    ["Ukrainian military|ukraine|official|Pokrovsk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'nearly all of X is under Russian control' as a part taken",
    "Nearly all of Kurakhove is under Russian control, DeepState said.",
    ["DeepState|ukraine|mapping|Kurakhove|captured|contested"],
  ],
  [
    "extractClaims() reads 'are constantly being destroyed on the approaches to X' as an attack beaten back",
    "The Russians are constantly being destroyed on the approaches to Lyman, the brigade spokesman said.",
    ["Ukrainian military|ukraine|official|Lyman|repelled|ukraine"],
  ],
  [
    "extractClaims() reads 'moved to stronger positions near A and B' as the other side's advance on both",
    "Ukrainian forces moved to stronger positions near Lysivka and Sukhyi Yar, the General Staff said.",
    [
      "Ukrainian General Staff|ukraine|official|Lysivka|advancing|ukraine",
      "Ukrainian General Staff|ukraine|official|Sukhyi Yar|advancing|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'He denied reports that ... had been surrounded' in an article about a region as a denial there",
    [
      "Defence Minister Umerov spoke to reporters on Monday.",
      'He denied reports that claimed "hundreds of Ukrainian soldiers have been surrounded".',
      "Ukrainian troops still hold ground in the Kursk region, Umerov said. Fighting in the Kursk region goes on.",
    ],
    [
      "Rustem Umerov|ukraine|official|Kursk Oblast|captured|contested",
      "Rustem Umerov|ukraine|official|Kursk Oblast|contested|contested",
      "Rustem Umerov|ukraine|official|Kursk Oblast|denied|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'hold around 20% of the X region' as a part held, 'around' being 'about'",
    "Russian forces hold around 20% of Zaporizhzhia region.",
    ["Daily Test|independent|media|Zaporizhzhia Oblast|captured|contested"],
  ],
  [
    "extractClaims() does not give 'captured seven settlements: A, B' the places of a battle named next",
    [
      "Russian troops captured seven settlements: Novoandriivka, Zelenivka and Dachne, according to the ministry.",
      "Ukraine's General Staff reported fighting near Tarasivka, Lysivka, Kotlyne and Udachne.",
    ],
    [
      "Russian military|russia|official|Dachne|captured|russia",
      "Russian military|russia|official|Novoandriivka|captured|russia",
      "Russian military|russia|official|Zelenivka|captured|russia",
    ],
  ],
  [
    "extractClaims() keeps a Russian-spelled name in the Kursk region as written ('Mikhaylovka'), not Donetsk's Mykhailivka",
    "Russia's Defence Ministry said its forces had liberated Martynovka, Mikhaylovka and Pravda in the Kursk region.",
    [
      "Russian Defence Ministry|russia|official|Martynovka|recaptured|russia",
      "Russian Defence Ministry|russia|official|Mikhaylovka|recaptured|russia",
      "Russian Defence Ministry|russia|official|Pravda|recaptured|russia",
    ],
  ],
  [
    "extractClaims() keeps a Russian-spelled name listed with Kursk villages ('Bogdanovka') as written",
    [
      "Russia's Defence Ministry said its forces had liberated Martynovka in the Kursk region.",
      "Units of the North group of forces liberated Zaoleshenka, Bogdanovka and Kolmakov, the ministry said.",
    ],
    [
      "Russian Defence Ministry|russia|official|Bogdanovka|recaptured|russia",
      "Russian Defence Ministry|russia|official|Kolmakov|recaptured|russia",
      "Russian Defence Ministry|russia|official|Martynovka|recaptured|russia",
      "Russian Defence Ministry|russia|official|Zaoleshenka|recaptured|russia",
    ],
  ],
  [
    "extractClaims() still reads 'Bogdanovka' in a Donetsk sentence as Bohdanivka",
    "Russian forces captured Bogdanovka near Chasiv Yar, the ministry said.",
    ["Russian military|russia|official|Bohdanivka|captured|russia"],
  ],
  [
    "extractClaims() gives 'The claim, made by Russia's defence ministry on Sunday, that ...' to the ministry",
    [
      "In a post on Telegram, the Khortytsia group said Ukrainian troops had repelled 17 attacks near Kupiansk.",
      "The claim, made by Russia's defence ministry on Sunday, that its forces had captured Druzhba could not be verified.",
    ],
    [
      "Khortytsia group of forces|ukraine|official|Kupiansk|repelled|ukraine",
      "Russian Defence Ministry|russia|official|Druzhba|captured|russia",
    ],
  ],
  [
    "extractClaims() reads 'the pincers around X are closing' as an encirclement",
    "The pincers around Pokrovsk are closing, according to Black Bird Group.",
    ["Black Bird Group|independent|mapping|Pokrovsk|encircled|contested"],
  ],
  [
    "extractClaims() reads 'suffered heavy losses in failed attacks on X' as an attack beaten back",
    "The occupiers suffered heavy losses in failed attacks on Chasiv Yar, Syrskyi said.",
    ["Oleksandr Syrskyi|ukraine|official|Chasiv Yar|repelled|ukraine"],
  ],
  [
    "extractClaims() reads 'attempts to storm X but were forced to retreat' as an attack beaten back, not X lost",
    "Russian troops made several attempts to storm Robotyne but were forced to retreat, Syrskyi said.",
    ["Oleksandr Syrskyi|ukraine|official|Robotyne|repelled|ukraine"],
  ],
  [
    "extractClaims() gives 'DeepState said Russia occupied X' to DeepState, not to the article's own voice",
    "DeepState said Russia occupied Zarichne.",
    ["DeepState|ukraine|mapping|Zarichne|captured|russia"],
  ],
  [
    "extractClaims() still reads 'Russia-held X' as the article's own background",
    "Ukrainian drones struck Russia-held Tokmak overnight.",
    ["Daily Test|independent|media|Tokmak|captured|russia"],
  ],
  [
    "extractClaims() does not give 'the map shows advances of 10 km north of Y' the place named before",
    [
      "DeepState analysts noted that the enemy had occupied Zarichne.",
      "The map also shows Russian advances of up to 10 kilometres north of Pokrovsk over the past week.",
    ],
    [
      // (session 18: a move by a distance "north of Y" is an advance near Y, status its holder)
      "DeepState|ukraine|mapping|Pokrovsk|advancing|ukraine",
      "DeepState|ukraine|mapping|Zarichne|captured|russia",
    ],
  ],
  [
    "extractClaims() reads 'about 300 Russian soldiers are currently in X' as an advance inside X",
    "According to Trehubov, about 300 Russian soldiers are currently in Pokrovsk.",
    ["Viktor Trehubov|ukraine|official|Pokrovsk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'Russian sabotage groups are active in X' as inside X (contested)",
    "Russian sabotage and reconnaissance groups are active in Myrnohrad, the Ukrainian military said.",
    ["Ukrainian military|ukraine|official|Myrnohrad|advancing|contested"],
  ],
  [
    "extractClaims() reads a headline 'Ukrainian troops flee X – Russian commander' as Russia's claim of X taken",
    "Ukrainian troops flee Selidovo – Russian commander",
    ["Russian military|russia|official|Selydove|captured|russia"],
  ],
  [
    "extractClaims() reads no ground lost in 'civilians fled X'",
    "Thousands of civilians fled Pokrovsk, the governor said.",
    [],
  ],
  [
    "extractClaims() gives ', a senior Ukrainian officer admitted' to Ukraine, not to the speaker before",
    [
      "The remaining Ukrainian troops in Rodynske are surrounded, Russian war correspondents claimed.",
      "Ukraine has lost almost all of Toretsk, a senior Ukrainian officer admitted.",
    ],
    [
      "Russian military bloggers|russia|blogger|Rodynske|encircled|contested",
      "Ukrainian military|ukraine|official|Toretsk|captured|contested",
    ],
  ],
  [
    "extractClaims() gives the main clause after ', which Moscow claimed to have captured,' to the sentence's own speaker",
    [
      "The town of Toretsk, which Moscow claimed to have captured in February, remains contested, Ukrainian officials said.",
      "Vovchansk, where fighting has raged since May, is split by the river.",
    ],
    [
      "Russia|russia|official|Toretsk|captured|russia",
      "Ukrainian military|ukraine|official|Toretsk|contested|contested",
      "Ukrainian military|ukraine|official|Vovchansk|contested|contested",
    ],
  ],
  [
    "extractClaims() reads 'now control its eastern outskirts' as a part taken",
    "Russian troops, who have been pressing toward Kostiantynivka for months, now control its eastern outskirts, DeepState said.",
    [
      "DeepState|ukraine|mapping|Kostiantynivka|advancing|ukraine",
      "DeepState|ukraine|mapping|Kostiantynivka|captured|contested",
    ],
  ],
  [
    "extractClaims() gives '\"...,\" said Maj. Serhiy Petrenko' to a Ukrainian officer",
    '"We are holding Pokrovsk," said Maj. Serhiy Petrenko, whose unit is stationed near the city.',
    ["Serhiy Petrenko|ukraine|official|Pokrovsk|holding|ukraine"],
  ],
  [
    "extractClaims() keeps the side named before a rank ('Russian Colonel Ivan Sidorov')",
    '"Our troops took Pokrovsk," said Russian Colonel Ivan Sidorov.',
    ["Ivan Sidorov|russia|official|Pokrovsk|captured|russia"],
  ],
  [
    "extractClaims() reads 'took control of X's railway station' as a part of X taken",
    "Russian forces took control of Myrnohrad's railway station and several neighborhoods, a Russian milblogger claimed.",
    ["Russian military blogger|russia|blogger|Myrnohrad|captured|contested"],
  ],
  [
    "extractClaims() gives 'Satellite images analysed by the Institute for the Study of War indicate that ...' to ISW",
    "Satellite images analysed by the Institute for the Study of War indicate that Russian forces seized Piddubne.",
    ["ISW|independent|mapping|Piddubne|captured|russia"],
  ],
]);
