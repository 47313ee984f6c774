/**
 * Constructions of real reporting added in session 17 (issue "Claims from real reporting"): "in a
 * video call" (a call, no verb of saying or denying); "controlled 28 settlements" (a count far
 * above the places named next is not their list); a relative clause's claim word after a place or
 * its list ("A and B, which Russian forces have almost surrounded"), besides the word before it;
 * a plan the place is the object of ("opens the way to push towards X") shadows a loss or capture
 * named before it; a headline's present tense ("X falls after ..."); "geolocated footage indicates
 * that ..., the ISW said" (the named source of a closing attribution speaks, not the evidence);
 * "spreading fakes about an encirclement" (a denial); an unnamed soldier or officer speaking to an
 * outlet of no side ("a soldier told the BBC"): of the one side whose forces the sentence names;
 * "made no mention of ... but said" (a frame, as after "did not comment ... but said"); "Wagner
 * chief claims ..." (the group's head speaks); "the ministry had claimed the town" (claimed as
 * taken); "the offensive on X stalls" (an attack beaten back); "tried to surround X and have not achieved their
 * goal" (a failed attempt); "the last village held by Ukraine, X, had been recaptured" (the holder
 * named after "held by" is not the one who acts); "the situation in the Kursk region is under
 * control", said by Kyiv (no hold of the other side's ground); "took A and advanced near three
 * other settlements" (a counted object of its own: the advance does not reach back to A); "Moscow
 * says it controls X" (the pronoun after a verb of saying is the speaker's side); "the project's
 * analysts" (a reference back to the project); "Russia's military has been ..." opening a later
 * paragraph (the article's own narrative); "advancing along the entire front line" (no region of
 * the article's); "control of A in the X region and of B" (B, a name the gazetteer lacks, on the
 * list); "the 90th Tank Division" (a division is Russian); "denied that troops had entered the
 * region" after two regions (the one "the region" names); a headline's present "pull back from X"
 * before a name the gazetteer lacks; "have a foothold in X but do not yet control it" (the
 * advance's own limit, no denial); "the last road into X is under Russian drone control" (a
 * squeeze, not a capture); "the Russian-occupied city of A and the front-line town of B" (the
 * adjective is A's alone); an outlet "citing the brigade" (the unit speaks); "the independent
 * Russian outlet X" (of no side); the Kyiv Post (a Ukrainian outlet); "the Kanal neighbourhood has
 * been under Russian control" (a part of the place the article is on); "it was inexpedient to hold
 * on to X" (no hold); "Sumy border villages" (the region); '"... of Russian troops," the 1st
 * Corps of the National Guard said' (a unit takes no side word of the quotation before it). Short
 * sentences of our own.
 */
import { caseTests } from "./_extract_fixtures.ts";

caseTests([
  [
    "extractClaims() reads 'in a video call' as no verb of saying or denying",
    [
      "Russian forces have pushed into the Kharkiv region's border villages, the governor said.",
      "Ukrainian units had pushed forward in two areas, General Ivanenko told Zelenskyy in a video call.",
    ],
    ["Ukrainian regional authorities|ukraine|official|Kharkiv Oblast|advancing|contested"],
  ],
  [
    "extractClaims() does not take the two places named next for 'controlled 28 settlements'",
    [
      "The governor of the Kursk region said Ukrainian units controlled 28 settlements.",
      "The Russian army said it stopped Ukrainian attempts to break through near Olgovka and Martynovka.",
    ],
    [
      "Russian military|russia|official|Martynovka|repelled|russia",
      "Russian military|russia|official|Olgovka|repelled|russia",
    ],
  ],
  [
    "extractClaims() still takes the three places named next for 'retook three villages'",
    [
      "Ukraine retook three villages in the south.",
      "Ukrainian troops liberated Robotyne, Verbove and Novodanylivka, the army said.",
    ],
    [
      "Daily Test|independent|media|Novodanylivka|recaptured|ukraine",
      "Daily Test|independent|media|Robotyne|recaptured|ukraine",
      "Daily Test|independent|media|Verbove|recaptured|ukraine",
      "Ukrainian military|ukraine|official|Novodanylivka|recaptured|ukraine",
      "Ukrainian military|ukraine|official|Robotyne|recaptured|ukraine",
      "Ukrainian military|ukraine|official|Verbove|recaptured|ukraine",
    ],
  ],
  [
    "extractClaims() links a relative clause's claim word to the list before it ('A and B, which ... almost surrounded')",
    "The breakthrough threatens the roads to Kupiansk and Kindrashivka, which Russian units have almost surrounded, DeepState said.",
    [
      "DeepState|ukraine|mapping|Kindrashivka|advancing|ukraine",
      "DeepState|ukraine|mapping|Kindrashivka|encircled|contested",
      "DeepState|ukraine|mapping|Kupiansk|advancing|ukraine",
      "DeepState|ukraine|mapping|Kupiansk|encircled|contested",
    ],
  ],
  [
    "extractClaims() keeps both the advance and the relative clause's hold ('advanced to X, which remains under Russian control')",
    "Ukrainian forces have advanced to Lgov, which remains under Russian control, the ISW said.",
    [
      "ISW|independent|mapping|Lgov|advancing|russia",
      "ISW|independent|mapping|Lgov|holding|russia",
    ],
  ],
  [
    "extractClaims() does not let 'the loss of X' reach a place of a plan after it ('opens the way to push towards Y')",
    "The loss of Toretsk opens the way for Russian units to push towards Kostiantynivka, the ISW said.",
    ["ISW|independent|mapping|Toretsk|captured|russia"],
  ],
  [
    "extractClaims() reads a headline's 'X falls after ...' as a capture",
    "Avdiivka falls after four months of assaults",
    ["Daily Test|independent|media|Avdiivka|captured|russia"],
  ],
  [
    "extractClaims() gives 'geolocated footage indicates that ..., the ISW said' to the ISW",
    "Geolocated footage indicates that Russian troops advanced into Vovchansk, the ISW said on Monday.",
    ["ISW|independent|mapping|Vovchansk|advancing|contested"],
  ],
  [
    "extractClaims() keeps geolocated footage the speaker when a source of another clause follows",
    "Geolocated footage shows that Russian units advanced into Toretsk, and a Russian milblogger claimed more gains.",
    [
      "GeoConfirmed|independent|mapping|Toretsk|advancing|contested",
      // (session 18: gains named by a noun in a frame of their own are about the one place before)
      "Russian military blogger|russia|blogger|Toretsk|advancing|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'spreading fakes about an encirclement of X' as a denial of the other side's claim",
    '"Moscow keeps spreading fakes about an encirclement of Kupiansk," said Viktor Trehubov.',
    [
      "Russia|russia|official|Kupiansk|encircled|contested",
      "Viktor Trehubov|ukraine|official|Kupiansk|denied|ukraine",
    ],
  ],
  [
    "extractClaims() gives 'a soldier told the BBC' the side of the forces the sentence names",
    "Ukrainian troops still hold the town of Siversk, a soldier told the BBC.",
    ["Ukrainian military|ukraine|official|Siversk|holding|ukraine"],
  ],
  [
    "extractClaims() gives no side to 'a soldier told the BBC' when both sides' forces are named",
    "Russian and Ukrainian troops are fighting in Siversk, a soldier told the BBC.",
    ["Daily Test|independent|media|Siversk|contested|contested"],
  ],
  [
    "extractClaims() reads 'X made no mention of ... but said' as X's frame",
    "The Ukrainian General Staff made no mention of the village but said fighting was raging in Toretsk.",
    ["Ukrainian General Staff|ukraine|official|Toretsk|contested|contested"],
  ],
  [
    "extractClaims() gives 'Wagner chief claims' to the Wagner Group",
    "Wagner chief claims capture of Soledar; Kyiv says fighting goes on",
    [
      "Ukraine|ukraine|official|Soledar|contested|contested",
      "Wagner Group|russia|official|Soledar|captured|russia",
    ],
  ],
  [
    "extractClaims() reads 'the ministry had claimed the town' as a capture",
    [
      "Russian troops took control of Selydove, DeepState said.",
      "The Russian Defence Ministry had claimed the town on Monday.",
    ],
    [
      "DeepState|ukraine|mapping|Selydove|captured|russia",
      "Russian Defence Ministry|russia|official|Selydove|captured|russia",
    ],
  ],
  [
    "extractClaims() reads a headline's 'the offensive on X stalls' as an attack beaten back",
    "Russian offensive on Siversk stalls, Ukraine says",
    ["Ukraine|ukraine|official|Siversk|repelled|ukraine"],
  ],
  [
    "extractClaims() reads 'trying to surround X and have not achieved their goal' as an attack beaten back",
    "Russian troops lost dozens of tanks trying to surround Siversk and have not achieved their goal, the brigade said.",
    ["Ukrainian military|ukraine|official|Siversk|repelled|ukraine"],
  ],
  [
    "extractClaims() does not take 'held by Ukraine' as the side that recaptured the place",
    "Gerasimov said the last village held by Ukraine in the Kursk region, Sverdlikovo, had been recaptured.",
    ["Valery Gerasimov|russia|official|Sverdlikovo|recaptured|russia"],
  ],
  [
    "extractClaims() reads Kyiv's 'the situation in the Kursk region remains under control' as no hold of Kursk",
    '"The situation in the Kursk region remains under control," the Ukrainian General Staff said.',
    [],
  ],
  [
    "extractClaims() still reads Kyiv's 'the situation in X remains under control' as a hold of its own town",
    '"The situation in Siversk remains under control," the Ukrainian General Staff said.',
    ["Ukrainian General Staff|ukraine|official|Siversk|holding|ukraine"],
  ],
  [
    "extractClaims() does not let 'advanced near three other settlements' reach back to the place taken before it",
    "Russian units captured the village of Kotlyne and advanced near two other settlements, DeepState said.",
    ["DeepState|ukraine|mapping|Kotlyne|captured|russia"],
  ],
  [
    "extractClaims() reads 'Moscow says it controls X' as the speaker's side acting",
    "Moscow, which has taken much of the east of Ukraine, says it controls all of Siversk.",
    ["Russia|russia|official|Siversk|captured|russia"],
  ],
  [
    "extractClaims() reads 'the project's analysts reported' as the project speaking again",
    [
      "Russian units advanced in Toretsk, according to the DeepState project.",
      "The project's analysts reported that the enemy had also moved forward near Dyliivka.",
    ],
    [
      "DeepState|ukraine|mapping|Dyliivka|advancing|ukraine",
      "DeepState|ukraine|mapping|Toretsk|advancing|contested",
    ],
  ],
  [
    "extractClaims() reads a later paragraph opening on 'Russia's military has' as the article's narrative",
    [
      "Russian units advanced in Toretsk, according to the DeepState project.",
      "Russia's military has been pushing toward Kostiantynivka for weeks.",
    ],
    [
      "Daily Test|independent|media|Kostiantynivka|advancing|ukraine",
      "DeepState|ukraine|mapping|Toretsk|advancing|contested",
    ],
  ],
  [
    "extractClaims() gives 'advancing along the entire front line' no region of the article",
    [
      "Russian forces advanced in the Zaporizhzhia region, the governor of the Zaporizhzhia region said.",
      "Peskov said the Russian army was advancing along the entire front line.",
    ],
    ["Ukrainian regional authorities|ukraine|official|Zaporizhzhia Oblast|advancing|contested"],
  ],
  [
    "extractClaims() reads 'control of A in the X region and of B' as B taken too, a name the gazetteer lacks",
    "The Russian Defence Ministry said its forces took control of Robotyne in the Zaporizhzhia region and of Zorianivka in Donetsk.",
    [
      "Russian Defence Ministry|russia|official|Robotyne|captured|russia",
      "Russian Defence Ministry|russia|official|Zorianivka|captured|russia",
    ],
  ],
  [
    "extractClaims() gives a numbered tank division to Russia",
    "Units of the 150th Tank Division have entered Toretsk, the division's commander said.",
    ["Russian military|russia|official|Toretsk|advancing|contested"],
  ],
  [
    "extractClaims() answers a denial of 'the region' with the one region it names, not both regions before",
    [
      "RIA Novosti said Russian units reached the border of the Donetsk region and pushed into the Dnipropetrovsk region.",
      "Ukrainian officials denied that Russian troops had entered the region.",
    ],
    [
      "RIA Novosti|russia|media|Dnipropetrovsk Oblast|advancing|contested",
      "RIA Novosti|russia|media|Donetsk Oblast|advancing|ukraine",
      "Ukrainian military|ukraine|official|Dnipropetrovsk Oblast|denied|ukraine",
    ],
  ],
  [
    "extractClaims() reads a headline's 'troops pull back from X' as a withdrawal, for a name the gazetteer lacks",
    "Ukrainian troops pull back from Pervomaiske Druhe as Russia presses on",
    ["Daily Test|independent|media|Pervomaiske Druhe|captured|russia"],
  ],
  [
    "extractClaims() reads 'have a foothold in X but do not yet control it' as the advance only",
    "Russian troops have a foothold in Lyman but do not yet control the town, analysts at DeepState said.",
    ["DeepState|ukraine|mapping|Lyman|advancing|contested"],
  ],
  [
    "extractClaims() still reads 'the enemy entered X, but Kyiv says Russia does not control it' as a denial",
    "Russian forces entered Lyman, but Kyiv says Russia does not control the town.",
    [
      "Daily Test|independent|media|Lyman|advancing|contested",
      "Ukraine|ukraine|official|Lyman|denied|ukraine",
    ],
  ],
  [
    "extractClaims() reads 'the last road into X is under Russian drone control' as a squeeze, not a capture",
    "The last road into Siversk is under Russian drone control, the ISW said.",
    ["ISW|independent|mapping|Siversk|encircled|contested"],
  ],
  [
    "extractClaims() gives 'the Russian-occupied city of A and the front-line town of B' to A only",
    "Drones hit the Russian-occupied city of Horlivka and the front-line town of Druzhkivka.",
    ["Daily Test|independent|media|Horlivka|captured|russia"],
  ],
  [
    "extractClaims() still gives 'the Russian-occupied cities of A and B' to both",
    "Drones hit the Russian-occupied cities of Horlivka and Makiivka.",
    [
      "Daily Test|independent|media|Horlivka|captured|russia",
      "Daily Test|independent|media|Makiivka|captured|russia",
    ],
  ],
  [
    "extractClaims() gives 'Suspilne reported, citing the brigade' to the brigade's side's military",
    "Ukrainian forces held Siversk, Suspilne reported, citing the brigade.",
    ["Ukrainian military|ukraine|official|Siversk|holding|ukraine"],
  ],
  [
    "extractClaims() gives 'the independent Russian outlet X' no side",
    "According to the independent Russian outlet Verstak, Russian troops retreated from Krynky.",
    ["Verstak|independent|media|Krynky|recaptured|ukraine"],
  ],
  [
    "extractClaims() reads the Kyiv Post as a Ukrainian outlet",
    "Russian forces are fighting in central Kupiansk, the Kyiv Post reported.",
    ["Ukrainian media|ukraine|media|Kupiansk|contested|contested"],
  ],
  [
    "extractClaims() reads 'the Zavodskyi neighbourhood is under Russian control' as a part of the place before",
    [
      "Russian troops broke into Toretsk, the 24th Brigade said.",
      '"The Zavodskyi neighbourhood is under the control of Russian troops," the 24th Brigade said.',
    ],
    [
      "24th Brigade|ukraine|official|Toretsk|advancing|contested",
      "24th Brigade|ukraine|official|Toretsk|captured|contested",
    ],
  ],
  [
    "extractClaims() reads 'it was inexpedient to hold on to X' as no hold",
    "It was inexpedient to hold on to Krynky, the Ukrainian army said.",
    [],
  ],
  [
    "extractClaims() reads 'Sumy border villages' as the Sumy region",
    "Ukraine says it repelled a Russian assault on Sumy border villages.",
    ["Ukraine|ukraine|official|Sumy Oblast|repelled|ukraine"],
  ],
  [
    "extractClaims() takes no side word of a quotation for the numbered unit that closes it",
    '"Druzhba has been completely cleared of Russian troops," the 3rd Corps of the National Guard said.',
    ["3rd Corps|ukraine|official|Druzhba|recaptured|ukraine"],
  ],
]);
