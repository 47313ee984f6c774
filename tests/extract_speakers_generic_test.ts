/**
 * Speakers named only by their institution (issue "Claims from real reporting", session 10): a
 * bare "the General Staff" at the head of a sentence is Ukraine's (Russia's speaks as its ministry,
 * or through Gerasimov by name); a city's military administration is Ukraine's, "the city" its
 * head speaks of is the city in its name, and a brigade named by its title alone is Ukraine's. Short sentences of our own.
 */
import { caseTests } from "./_extract_fixtures.ts";

caseTests([
  [
    "extractClaims() reads 'According to the General Staff,' as the Ukrainian General Staff speaking",
    "According to the General Staff, Ukrainian forces repelled 30 attacks near Pokrovsk.",
    ["Ukrainian General Staff|ukraine|official|Pokrovsk|repelled|ukraine"],
  ],
  [
    "extractClaims() reads 'the General Staff reported that' as the Ukrainian General Staff speaking",
    "Earlier, the General Staff reported that the situation in Kupiansk is under control.",
    ["Ukrainian General Staff|ukraine|official|Kupiansk|holding|ukraine"],
  ],
  [
    "extractClaims() keeps 'Chief of the General Staff Valery Gerasimov' as Gerasimov speaking for Russia",
    "Chief of the General Staff Valery Gerasimov said Russian forces had captured Kupiansk.",
    ["Valery Gerasimov|russia|official|Kupiansk|captured|russia"],
  ],
  [
    "extractClaims() reads 'the head of the city military administration' as a Ukrainian official",
    "According to the head of the city military administration, Russian troops now control about half of Vovchansk.",
    ["Ukrainian local authorities|ukraine|official|Vovchansk|captured|contested"],
  ],
  [
    "extractClaims() reads 'the city' after 'the head of the X city military administration said' as X",
    "The head of the Kupiansk city military administration said Russian troops had not entered the city center.",
    ["Kupiansk city military administration|ukraine|official|Kupiansk|denied|ukraine"],
  ],
  [
    "extractClaims() hears '..., the brigade spokesman said' with no side named as a Ukrainian official",
    "Heavy fighting continues in the center of Chasiv Yar, the brigade spokesman said.",
    ["Ukrainian military|ukraine|official|Chasiv Yar|contested|contested"],
  ],
  [
    "extractClaims() keeps a side named in the sentence for '..., the brigade said' (Russia's unit)",
    "Russian troops of the Yug group advanced near Siversk, the brigade said.",
    ["Russian military|russia|official|Siversk|advancing|ukraine"],
  ],
  [
    "extractClaims() reads 'Z-bloggers said' as Russian military bloggers",
    "Z-bloggers said Russian troops had reached the outskirts of Huliaipole.",
    ["Russian military bloggers|russia|blogger|Huliaipole|advancing|ukraine"],
  ],
  [
    "extractClaims() ends a carried voice at 'Reuters could not independently verify' (the next paragraph is the article's)",
    [
      "Russia's Defence Ministry said on Wednesday its troops had taken Shcherbynivka.",
      "Reuters could not independently verify battlefield accounts from either side.",
      "Kostiantynivka is one of the last cities still held by Ukraine in the region.",
    ],
    [
      "Daily Test|independent|media|Kostiantynivka|holding|ukraine",
      "Russian Defence Ministry|russia|official|Shcherbynivka|captured|russia",
    ],
  ],
  [
    "extractClaims() hears 'The Rybar Telegram channel, which is close to the ministry, said' as Rybar, not the ministry",
    "The Rybar Telegram channel, which is close to the Russian defence ministry, said Ukrainian forces had been pushed out of Kamianske.",
    ["Rybar|russia|blogger|Kamianske|captured|russia"],
  ],
  [
    "extractClaims() hears a headline's speaker after a colon at its end ('...: Russian MoD')",
    "Russian troops liberate Kurakhove: Russian MoD",
    ["Russian Defence Ministry|russia|official|Kurakhove|captured|russia"],
  ],
  [
    "extractClaims() hears a live blog entry's headline prefix after its time ('08:50 GMT - Zelenskyy: ...')",
    "08:50 GMT - Zelenskyy: situation in Kupiansk 'under control'",
    ["Volodymyr Zelenskyy|ukraine|official|Kupiansk|holding|ukraine"],
  ],
  [
    "extractClaims() does not read a two-word place before ', the Ukrainian officer said' as a person",
    "Russian forces control about 60 percent of Chasiv Yar, the Ukrainian officer said.",
    ["Ukrainian military|ukraine|official|Chasiv Yar|captured|contested"],
  ],
  [
    "extractClaims() hears 'a Ukrainian drone operator ... told Reuters' as a Ukrainian official",
    "A Ukrainian drone operator near Pokrovsk told Reuters that Russian infantry had infiltrated the city.",
    ["Ukrainian military|ukraine|official|Pokrovsk|advancing|contested"],
  ],
  [
    "extractClaims() keeps the person an article named in full for a later bare surname the actor table gives another",
    [
      "Ukrainian military spokesperson Vladyslav Voloshyn denied the claim.",
      "According to Voloshyn, Ukrainian forces are holding their positions in Huliaipole.",
    ],
    ["Vladyslav Voloshyn|ukraine|official|Huliaipole|holding|ukraine"],
  ],
  [
    "extractClaims() reads 'X is not occupied' in a defender's quotation as a denial",
    '"Huliaipole is not occupied," Ukrainian military spokesperson Vladyslav Voloshyn said.',
    ["Vladyslav Voloshyn|ukraine|official|Huliaipole|denied|ukraine"],
  ],
  [
    "extractClaims() does not let a side's voice carried into a later paragraph grant the other side ground",
    [
      "The Russian Defence Ministry claimed that its forces had captured Oleksandro-Shultyne.",
      "Kostiantynivka is one of the four cities still in Ukrainian hands.",
    ],
    [
      "Daily Test|independent|media|Kostiantynivka|holding|ukraine",
      "Russian Defence Ministry|russia|official|Oleksandro-Shultyne|captured|russia",
    ],
  ],
  [
    "extractClaims() reads 'a Ukrainian officer serving in the area told X' as a Ukrainian official speaking",
    "Russian soldiers have broken into Selydove, a Ukrainian officer serving in the area told a news agency.",
    ["Ukrainian military|ukraine|official|Selydove|advancing|contested"],
  ],
  [
    "extractClaims() reads 'a Ukrainian soldier fighting nearby said' as a Ukrainian official speaking",
    "Russian soldiers have broken into Selydove, a Ukrainian soldier fighting nearby said.",
    ["Ukrainian military|ukraine|official|Selydove|advancing|contested"],
  ],
  [
    "extractClaims() reads a live blog entry 'Ukrainian commander-in-chief Syrskyi: ...' after its time as Syrskyi's",
    [
      "09:40 — Ukraine's border guard service says Russian groups were pushed back near Yunakivka.",
      "10:05 — Ukrainian commander-in-chief Syrskyi: the enemy has not managed to break through near Pokrovsk.",
    ],
    [
      "Oleksandr Syrskyi|ukraine|official|Pokrovsk|repelled|ukraine",
      "State Border Guard Service of Ukraine|ukraine|official|Yunakivka|repelled|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'the city's military administration said' as Ukrainian local authorities",
    "Ukrainian forces remain in full control of Kupiansk, the city's military administration said.",
    ["Ukrainian local authorities|ukraine|official|Kupiansk|holding|ukraine"],
  ],
  [
    "extractClaims() reads '..., the brigade's press officer said' as Ukraine's, whoever the sentence names first",
    "The Russians have turned Chasiv Yar into ruins but have not taken it, the brigade's press officer said.",
    ["Ukrainian military|ukraine|official|Chasiv Yar|denied|ukraine"],
  ],
  [
    "extractClaims() reads 'Russian forces were reported to have entered X' as nobody speaking (a passive of saying)",
    "Russian forces were reported to have entered the outskirts of Siversk.",
    ["Daily Test|independent|media|Siversk|advancing|contested"],
  ],
  [
    "extractClaims() reads '..., the army insisted, calling Moscow's claims fakes' as the army speaking and Moscow's claim denied",
    "Kyiv's forces have not been encircled near Pokrovsk, the army insisted, calling Moscow's claims fakes.",
    [
      "Russia|russia|official|Pokrovsk|encircled|contested",
      "Ukrainian military|ukraine|official|Pokrovsk|denied|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'X did not comment on the report but said' as X speaking",
    "The General Staff did not comment on the report but said its forces had repelled 12 attacks near Siversk.",
    ["Ukrainian General Staff|ukraine|official|Siversk|repelled|ukraine"],
  ],
  [
    "extractClaims() reads 'X has not commented' with no verb of saying after it as nobody speaking",
    "The General Staff has not commented on reports that Russian forces captured Siversk.",
    ["Daily Test|independent|media|Siversk|captured|russia"],
  ],
  [
    "extractClaims() hears a speaker placed by a long phrase: 'officials in the occupied part of X region said'",
    "Kremlin-installed officials in the occupied part of Zaporizhzhia region said Russian troops had entered Stepnohirsk.",
    ["DPR authorities|russia|official|Stepnohirsk|advancing|contested"],
  ],
  [
    "extractClaims() keeps a relative clause out of a speaker's place: 'troops in the area where Russia said' is Russia speaking",
    "Ukrainian troops in the area where Russia said it had captured Siversk are still there.",
    ["Russia|russia|official|Siversk|captured|russia"],
  ],
  [
    "extractClaims() reads 'the think tank said' after a sentence naming ISW only as a source of data as ISW",
    [
      "The map below uses data from the Institute for the Study of War.",
      "The think tank said Russian forces had advanced in western Toretsk.",
    ],
    ["ISW|independent|mapping|Toretsk|advancing|contested"],
  ],
  [
    "extractClaims() reads '..., the ministry said' after Kyiv spoke as the ministry of the sentence's side, not Kyiv",
    [
      "Moscow claimed the capture of Toretsk, a claim Kyiv rejected.",
      "The Russian army has completed the capture of Selydove, the ministry said.",
    ],
    [
      "Russian military|russia|official|Selydove|captured|russia",
      "Russia|russia|official|Toretsk|captured|russia",
      "Ukraine|ukraine|official|Toretsk|denied|ukraine",
    ],
  ],
  [
    "extractClaims() keeps '..., the ministry said' after a ministry spoke as that ministry",
    [
      "Ukraine's Defence Ministry said its forces repelled an attack on Toretsk.",
      "Russian troops shelled Selydove and tried to enter it, the ministry said.",
    ],
    ["Ukrainian Defence Ministry|ukraine|official|Toretsk|repelled|ukraine"],
  ],
]);
