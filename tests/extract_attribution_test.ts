/**
 * Who speaks and which place is meant, in constructions of real reporting (issue "Claims from
 * real reporting", session 6): unnamed spokespeople of a named grouping, "as reported in",
 * "debunked by", "alleged X by" (no speaker), defenders' words after a denial, lists broken by an
 * appositive, counted places after a claim word, the village a sentence refers back to beside a
 * region, "taking place" and "pushing back". Short sentences of our own.
 */
import assert from "node:assert/strict";
import { findTriggers } from "../lib/extract/mod.ts";
import { run } from "./_extract_fixtures.ts";

Deno.test("extractClaims() reads 'fighting is taking place near X' as no capture", () => {
  assert.deepEqual(
    run("Heavy fighting is taking place in Huliaipole, Ukraine's General Staff said."),
    [
      "Ukrainian General Staff|ukraine|official|Huliaipole|contested|contested",
    ],
  );
  // ("took" is read with "fighting" as fighting, or blocked as no ground: never a capture)
  const found = findTriggers("Fighting took place in Lyman.");
  assert.ok(found.length > 0);
  assert.ok(found.every((t) => t.kind !== "captured" || t.blocked === "not ground"));
});

Deno.test("extractClaims() gives 'a spokesperson for the Kharkiv military group told ...' to the Ukrainian military, with the recapture and the repelled push", () => {
  assert.deepEqual(
    run(
      "Ukrainian troops have retaken the village of Bilohiria, pushing back Russian attempts to " +
        "advance, a spokesperson for the Kharkiv military group told Suspilne.",
    ),
    [
      "Ukrainian military|ukraine|official|Bilohiria|recaptured|ukraine",
      "Ukrainian military|ukraine|official|Bilohiria|repelled|ukraine",
    ],
  );
});

Deno.test("extractClaims() reads 'pushed out Russian forces from A, near the river, as well as B' as recaptures of both by the pushing side", () => {
  assert.deepEqual(
    run(
      "Ukrainian units pushed out Russian forces from two villages in Kharkiv region: " +
        "Kupiansk-Vuzlovyi, close to the river, as well as Petropavlivka.",
    ),
    [
      "Daily Test|independent|media|Kupiansk-Vuzlovyi|recaptured|ukraine",
      "Daily Test|independent|media|Petropavlivka|recaptured|ukraine",
    ],
  );
});

Deno.test("extractClaims() reads 'retakes two villages near X' as the two villages listed after it, not X", () => {
  assert.deepEqual(
    run(
      "Ukraine retakes two villages near Pokrovsk, officials say.",
      "Ukraine's army said it had recaptured Udachne and Kotlyne on Monday.",
    ),
    [
      // "officials say" after Ukraine's own advance: Ukrainian officials (extract_wire_test.ts)
      "Ukrainian military|ukraine|official|Kotlyne|recaptured|ukraine",
      "Ukrainian military|ukraine|official|Kotlyne|recaptured|ukraine",
      "Ukrainian military|ukraine|official|Udachne|recaptured|ukraine",
      "Ukrainian military|ukraine|official|Udachne|recaptured|ukraine",
    ],
  );
});

Deno.test("extractClaims() reads 'the village's liberation ... in the Donetsk region' as the village named before, not the region", () => {
  assert.deepEqual(
    run(
      "Ukraine's army said it recaptured Kotlyne.",
      "DeepState confirmed the village's liberation a day later, in the Donetsk region.",
    ),
    [
      "DeepState|ukraine|mapping|Kotlyne|recaptured|ukraine",
      "Ukrainian military|ukraine|official|Kotlyne|recaptured|ukraine",
    ],
  );
});

Deno.test("extractClaims() gives 'denied losing the town, reporting repelled assaults' to the denier, not to the side it denies", () => {
  assert.deepEqual(
    run(
      "Russia claimed it had captured Siversk, but Ukraine's army denied losing the town, " +
        "reporting 12 repelled assaults in the city.",
    ),
    [
      "Russia|russia|official|Siversk|captured|russia",
      "Ukrainian military|ukraine|official|Siversk|denied|ukraine",
      "Ukrainian military|ukraine|official|Siversk|repelled|ukraine",
    ],
  );
});

Deno.test("extractClaims() does not read 'the alleged capture of X by Russian troops' as Russian troops speaking", () => {
  assert.deepEqual(
    run("The alleged capture of Lyman by Russian troops is not true, the Ukrainian military said."),
    ["Ukrainian military|ukraine|official|Lyman|denied|ukraine"],
  );
});

Deno.test("extractClaims() reads 'As reported in X' and 'debunked by X' as X speaking", () => {
  assert.deepEqual(
    run(
      "As reported in the Kharkiv Regional Military Administration, Ukrainian forces are " +
        "holding their positions in Kupiansk.",
    ),
    ["Kharkiv Regional Military Administration|ukraine|official|Kupiansk|holding|ukraine"],
  );
  assert.deepEqual(
    run(
      "Russia says it took Yunakivka.",
      "The fake was debunked by the Center for Countering Disinformation.",
    ),
    [
      "Center for Countering Disinformation|ukraine|official|Yunakivka|denied|ukraine",
      "Russia|russia|official|Yunakivka|captured|russia",
    ],
  );
});

Deno.test("extractClaims() makes no claim of residents evacuated or 'the surrounding villages', and reads 'clawed back X' as a recapture", () => {
  assert.deepEqual(run("Thousands of residents were evacuated from Kupiansk, DeepState said."), []);
  assert.deepEqual(
    run("Some 3,000 civilians remain in Lyman and the surrounding villages, ISW said."),
    [],
  );
  assert.deepEqual(
    run("Russian forces have clawed back Sudzha, the Russian Defence Ministry said."),
    [
      "Russian Defence Ministry|russia|official|Sudzha|recaptured|russia",
    ],
  );
});

Deno.test("extractClaims() reads 'these settlements' as the settlements the sentence before listed, though it made no claim", () => {
  assert.deepEqual(
    run(
      "DeepState named Udachne, Kotlyne and Myrnohrad in its update. Russian forces " +
        "have moved close to these settlements, DeepState said.",
    ),
    [
      "DeepState|ukraine|mapping|Kotlyne|advancing|ukraine",
      "DeepState|ukraine|mapping|Myrnohrad|advancing|ukraine",
      "DeepState|ukraine|mapping|Udachne|advancing|ukraine",
    ],
  );
});

Deno.test("extractClaims() reads an analyst of no side ('analyst WarMaps', 'Emil Virtanen, a military expert,') as an independent mapping source", () => {
  assert.deepEqual(run("Estonian analyst WarMaps reported that Russian troops entered Toretsk."), [
    "WarMaps|independent|mapping|Toretsk|advancing|contested",
  ]);
  assert.deepEqual(
    run(
      "Emil Virtanen, a military expert at a Finnish group, said Russian forces captured Kurakhove.",
    ),
    ["Emil Virtanen|independent|mapping|Kurakhove|captured|russia"],
  );
});

Deno.test("extractClaims() gives 'the agency said' to the outlet named last, even when that outlet gave way to its source", () => {
  assert.deepEqual(
    run(
      "Russian forces took Ukrainsk, RIA Novosti reports with reference to security agencies.",
      '"This morning Russian troops captured Hrodivka," the agency said.',
    ),
    [
      "RIA Novosti|russia|media|Hrodivka|captured|russia",
      "Russian security agencies|russia|official|Ukrainsk|captured|russia",
    ],
  );
});

Deno.test("extractClaims() reads no holding in 'holding a Russian flag' or 'holds great strategic importance', and takes 'the X neighbourhood in Y' as Y", () => {
  const kinds = findTriggers("A soldier is holding a Russian flag in Kupiansk.")
    .filter((t) => !t.blocked).map((t) => t.kind);
  assert.deepEqual(kinds, ["advancing"]);
  assert.deepEqual(run("Toretsk holds great strategic importance for the region."), []);
  assert.deepEqual(
    run(
      "Russia's Defence Ministry said its troops liberated the Kanal neighbourhood in Chasiv Yar.",
    ),
    ["Russian Defence Ministry|russia|official|Chasiv Yar|captured|russia"],
  );
});

Deno.test("extractClaims() reads an unknown name inside a list of known places as a place, and a grey zone beside a denial as the speaker's own claim", () => {
  assert.deepEqual(
    run(
      "Governor Oleh Hryhorov said that Yunakivka, Zaritsyne and Andriivka were in a grey zone, " +
        "but not under Russian control.",
    ),
    [
      "Oleh Hryhorov|ukraine|official|Andriivka|contested|contested",
      "Oleh Hryhorov|ukraine|official|Andriivka|denied|ukraine",
      "Oleh Hryhorov|ukraine|official|Yunakivka|contested|contested",
      "Oleh Hryhorov|ukraine|official|Yunakivka|denied|ukraine",
      "Oleh Hryhorov|ukraine|official|Zaritsyne|contested|contested",
      "Oleh Hryhorov|ukraine|official|Zaritsyne|denied|ukraine",
    ],
  );
});

Deno.test("extractClaims() reads 'a soldier holding a Russian flag in X' as an advance into X, not a holding", () => {
  assert.deepEqual(
    run("The Russian Defence Ministry showed a soldier holding a Russian flag in Kupiansk."),
    ["Russian Defence Ministry|russia|official|Kupiansk|advancing|contested"],
  );
});

Deno.test("extractClaims() gives 'the statements made by X about the capture of Y' to X, and 'do not correspond to reality' to the speaker as a denial", () => {
  assert.deepEqual(
    run(
      "The statements made by the Russian Defence Ministry about the capture of Lyman do not " +
        "correspond to reality, Ukraine's General Staff said.",
    ),
    [
      "Russian Defence Ministry|russia|official|Lyman|captured|russia",
      "Ukrainian General Staff|ukraine|official|Lyman|denied|ukraine",
    ],
  );
  // with no speaker of its own, the denial is the article's, never the claim's owner's
  assert.deepEqual(
    run(
      "The statements made by the Kremlin about the capture of Lyman do not correspond to reality.",
    ),
    [
      "Daily Test|independent|media|Lyman|denied|ukraine",
      "Kremlin|russia|official|Lyman|captured|russia",
    ],
  );
});

Deno.test("extractClaims() reads 'the four villages' as the villages named before, and 'no question of their occupation' as a denial", () => {
  assert.deepEqual(
    run(
      "Governor Oleh Hryhorov said Yunakivka, Andriivka, Kindrativka and Oleksiivka were shelled.",
      "Of the four villages, he said there was no question of their occupation.",
    ),
    [
      "Oleh Hryhorov|ukraine|official|Andriivka|denied|ukraine",
      "Oleh Hryhorov|ukraine|official|Kindrativka|denied|ukraine",
      "Oleh Hryhorov|ukraine|official|Oleksiivka|denied|ukraine",
      "Oleh Hryhorov|ukraine|official|Yunakivka|denied|ukraine",
    ],
  );
});

Deno.test("extractClaims() gives '..., although so far without success, the regional governor said' to Ukraine's regional authorities as repelled", () => {
  assert.deepEqual(
    run(
      "Russian troops are trying to carve out a buffer zone in the Sumy region, although so far " +
        "without success, the regional governor said.",
    ),
    ["Ukrainian regional authorities|ukraine|official|Sumy Oblast|repelled|ukraine"],
  );
});

Deno.test("extractClaims() does not give a claim to a later speaker whose verb has its own complement ('X as Syrskyi warns of Y')", () => {
  assert.deepEqual(run("Ukraine retakes Kotlyne as Syrskyi warns of a hard winter."), [
    "Daily Test|independent|media|Kotlyne|recaptured|ukraine",
  ]);
  assert.deepEqual(run("Ukraine retook Kotlyne, Syrskyi said."), [
    "Oleksandr Syrskyi|ukraine|official|Kotlyne|recaptured|ukraine",
  ]);
});

Deno.test("extractClaims() reads 'We reported that ...' as the publication's own voice, and 'X bulletin claimed' as X", () => {
  assert.deepEqual(
    run(
      "DeepState said Russian forces entered Lyman. We reported that the village of Zarichne " +
        "was captured in May.",
    ),
    [
      "Daily Test|independent|media|Zarichne|captured|russia",
      "DeepState|ukraine|mapping|Lyman|advancing|contested",
    ],
  );
  assert.deepEqual(
    run("A separate Russian Defence Ministry bulletin claimed troops captured Ostapivske."),
    ["Russian Defence Ministry|russia|official|Ostapivske|captured|russia"],
  );
});

Deno.test("findTriggers() reads the month 'May' as no modal ('captured in May'), the verb 'may' as one ('may capture')", () => {
  const blocked = (s: string) => findTriggers(s).map((t) => t.blocked);
  assert.deepEqual(blocked("Zarichne was captured in May."), [null]);
  assert.deepEqual(blocked("In May Russian forces captured Zarichne."), [null]);
  assert.deepEqual(blocked("Russian forces may capture Zarichne."), ["hypothetical"]);
});

Deno.test("findTriggers() reads 'were able to advance' as done, 'not able to enter' as repelled, and 'units that captured X will ...' as no hypothesis", () => {
  const read = (s: string) => findTriggers(s).map((t) => `${t.kind}:${t.blocked}`);
  assert.deepEqual(read("The invaders were able to advance near Siversk."), ["advancing:null"]);
  assert.deepEqual(read("They were not able to enter Lyman."), ["repelled:null"]);
  assert.deepEqual(
    read("The units that captured the city hall will plant the flags.")[0],
    "captured:null",
  );
});

Deno.test("extractClaims() reads a place in an appositive ('X, a key town south of Y', 'X in Z region close to the town of Y', 'on the way to Y') as locating X only", () => {
  assert.deepEqual(
    run(
      "Ukraine's army said it had retaken Klishchiivka, a tactically important town south of Bakhmut.",
    ),
    ["Ukrainian military|ukraine|official|Klishchiivka|recaptured|ukraine"],
  );
  assert.deepEqual(
    run(
      "Russia's Defence Ministry said it had seized the village of Illinka in Donetsk region close " +
        "to the town of Kurakhove.",
    ),
    ["Russian Defence Ministry|russia|official|Illinka|captured|russia"],
  );
  assert.deepEqual(
    run("Ukraine's army said it had retaken Andriivka, a stepping stone on the way to Bakhmut."),
    ["Ukrainian military|ukraine|official|Andriivka|recaptured|ukraine"],
  );
});

Deno.test("extractClaims() takes no place from 'unlike X', and no person named after a place ('capture Lyman, Nadiya Petrenko, a spokeswoman,')", () => {
  assert.deepEqual(
    run("Unlike Kupiansk, Russian troops are present in Vovchansk, Viktor Trehubov said."),
    ["Viktor Trehubov|ukraine|official|Vovchansk|advancing|contested"],
  );
  assert.deepEqual(
    run(
      "Russian forces failed to capture Lyman, Nadiya Petrenko, a spokeswoman for the 14th " +
        "Brigade, told Suspilne.",
    ).filter((r) => r.includes("Petrenko|") && !r.includes("Lyman")),
    [],
  );
});

Deno.test("extractClaims() reads no claim in 'delay the capture of X', 'imagery held by ISW', or past ', with no changes on the X axis'", () => {
  const read = (s: string) => findTriggers(s).map((t) => `${t.kind}:${t.blocked}`);
  assert.deepEqual(read("Putin told the army to delay the capture of Pokrovsk."), [
    "captured:attempt",
  ]);
  assert.deepEqual(read("According to imagery held by the ISW, the front moved."), [
    "holding:not ground",
  ]);
  assert.deepEqual(
    run(
      "Advances are observed near Pokrovsk, with no changes on the Kharkiv and Zaporizhzhia " +
        "axes, DeepState said.",
    ),
    ["DeepState|ukraine|mapping|Pokrovsk|advancing|ukraine"],
  );
});

Deno.test("extractClaims() gives an unknown place spelt two ways in one article ('Gornal', later 'Hornal') the first spelling", () => {
  assert.deepEqual(
    run(
      "Russia's Defence Ministry said its forces captured the village of Gornal.",
      "Ukraine's army said the village of Hornal is still under the control of Ukrainian troops.",
    ),
    [
      "Russian Defence Ministry|russia|official|Gornal|recaptured|russia",
      "Ukrainian military|ukraine|official|Gornal|holding|ukraine",
    ],
  );
});

Deno.test("extractClaims() reads 'Dnipropetrovsk' alone as the oblast, not the city of Dnipro", () => {
  assert.deepEqual(run("Russian forces have advanced into Dnipropetrovsk, DeepState said."), [
    "DeepState|ukraine|mapping|Dnipropetrovsk Oblast|advancing|contested",
  ]);
});

Deno.test("extractClaims() gives past events dated by a month ('in May after ...', 'later that year') to the article, not the source before", () => {
  assert.deepEqual(
    run(
      "DeepState said Russian forces entered Lyman. Bakhmut was captured by Russian forces in " +
        "May after a long battle.",
    ),
    [
      "Daily Test|independent|media|Bakhmut|captured|russia",
      "DeepState|ukraine|mapping|Lyman|advancing|contested",
    ],
  );
});

Deno.test("extractClaims() reads 'a press officer for Ukraine's 28th brigade, which ..., said' as the Ukrainian military speaking", () => {
  assert.deepEqual(
    run(
      "A press officer for Ukraine's 28th brigade, which has fought near Toretsk for months, " +
        "said Ukrainian forces were holding their positions in Toretsk.",
    ),
    ["Ukrainian military|ukraine|official|Toretsk|holding|ukraine"],
  );
});

Deno.test("extractClaims() gives a claim word outside an owned claim ('X countered Ukraine's new claim, saying attacks on Y failed') to the outer speaker", () => {
  assert.deepEqual(
    run(
      "Andrei Belousov, Russia's defence minister, countered Ukraine's new claim on Wednesday, " +
        "saying Ukrainian attempts to take Kupiansk were unsuccessful.",
    ),
    ["Andrei Belousov|russia|official|Kupiansk|repelled|russia"],
  );
  // the owner keeps what its claim says
  assert.deepEqual(
    run("Kyiv dismissed Moscow's claim that its forces took Kupiansk."),
    [
      "Russia|russia|official|Kupiansk|captured|russia",
      "Ukraine|ukraine|official|Kupiansk|denied|ukraine",
    ],
  );
});

Deno.test("extractClaims() gives 'Russian statements about the alleged capture of X' to Russia", () => {
  assert.deepEqual(
    run(
      "Following Russian statements about the alleged capture of Kupiansk, the brigade said the " +
        "Russian group in the city was surrounded.",
    ).filter((r) => r.includes("|captured|")),
    ["Russia|russia|official|Kupiansk|captured|russia"],
  );
});

Deno.test("extractClaims() reads 'A (A's other name) and B were surrounded' as one list", () => {
  assert.deepEqual(
    run("The cities of Pokrovsk (Krasnoarmeysk) and Dimitrov are surrounded, Putin said."),
    [
      "Vladimir Putin|russia|official|Myrnohrad|encircled|contested",
      "Vladimir Putin|russia|official|Pokrovsk|encircled|contested",
    ],
  );
});

Deno.test("extractClaims() takes an unknown name after 'fighting continues inside' as the place", () => {
  assert.deepEqual(
    run("Fighting continues inside Zorianivka, the Russian Defence Ministry said."),
    [
      "Russian Defence Ministry|russia|official|Zorianivka|contested|contested",
    ],
  );
});

Deno.test("extractClaims() reads 'X located on the Kyiv-controlled part of Y' as no holding of X, and takes the side of a grouping from the words nearest before it", () => {
  assert.deepEqual(
    run(
      "Ukrainian troops left the Kanal neighbourhood in Chasiv Yar located on the Kyiv-controlled " +
        "part of the DPR, a spokesman for Ukraine's Siversk operational-tactical group said.",
    ),
    ["Siversk operational-tactical group|ukraine|official|Chasiv Yar|captured|russia"],
  );
});

Deno.test("extractClaims() reads 'the area around X was gripped by fighting' as no claim, 'fighting on the outskirts of X' as one, and 'the forest area north of X' as locating X only", () => {
  assert.deepEqual(run("The area around Lyman was gripped by heavy fighting, Syrskyi said."), []);
  assert.deepEqual(run("Fighting continues on the outskirts of Toretsk, Syrskyi said."), [
    "Oleksandr Syrskyi|ukraine|official|Toretsk|contested|contested",
  ]);
  assert.deepEqual(run("Our units liberated the forest area north of Lyptsi, Syrskyi said."), []);
});

Deno.test("extractClaims() reads 'brigades holding the line near X' as no holding of X", () => {
  assert.deepEqual(
    run(
      "Syrskyi said he met soldiers of the 25th Brigade, who are holding the line near Pokrovsk.",
    ),
    [],
  );
});

Deno.test("extractClaims() reads 'crossed the border into the X region' and an incursion as an advance into the region", () => {
  assert.deepEqual(run("Ukrainian forces crossed the border into the Kursk region in August."), [
    "Daily Test|independent|media|Kursk Oblast|advancing|contested",
  ]);
});

Deno.test("extractClaims() reads 'closer to capturing X' as an advance toward X, held by its defender", () => {
  assert.deepEqual(
    run("Russian forces advanced, bringing them closer to capturing Pokrovsk, DeepState said."),
    ["DeepState|ukraine|mapping|Pokrovsk|advancing|ukraine"],
  );
});

// (near a place, the advance leaves it in the other side's hands: Russia's, session 13)
Deno.test("extractClaims() takes unknown names after 'gained ground north of' as the places advanced on", () => {
  assert.deepEqual(
    run("Ukrainian forces have gained ground north of Sheptukhovka and Spalnoye, Syrskyi said."),
    [
      "Oleksandr Syrskyi|ukraine|official|Sheptukhovka|advancing|russia",
      "Oleksandr Syrskyi|ukraine|official|Spalnoye|advancing|russia",
    ],
  );
});

Deno.test("findTriggers() reads a negated attack ('not captured', 'no presence in') as a denial", () => {
  const read = (s: string) => findTriggers(s).map((t) => `${t.kind}:${t.blocked}`);
  assert.deepEqual(read("Russian troops have no presence in Vovchansk."), ["denied:null"]);
  assert.deepEqual(
    run("Russian troops have not entered Vovchansk, Ukraine's General Staff said."),
    ["Ukrainian General Staff|ukraine|official|Vovchansk|denied|ukraine"],
  );
});

Deno.test("extractClaims() reads 'has not been officially confirmed' from a defender as a denial", () => {
  assert.deepEqual(
    run("The capture of Vovchansk has not been officially confirmed, the regional governor said."),
    ["Ukrainian regional authorities|ukraine|official|Vovchansk|denied|ukraine"],
  );
});

Deno.test("extractClaims() gives 'Moscow denied Ukrainian claims that ...' both records, and an outlet citing another outlet to the cited one, wherever the citation stands", () => {
  assert.deepEqual(run("Moscow denied Ukrainian claims that Kyiv's forces had recaptured Terny."), [
    "Russia|russia|official|Terny|denied|russia",
    "Ukraine|ukraine|official|Terny|recaptured|ukraine",
  ]);
  assert.deepEqual(run("Reuters, citing TASS, reported that Russian troops entered Kupiansk."), [
    "TASS|russia|media|Kupiansk|advancing|contested",
  ]);
  assert.deepEqual(
    run("Reuters reported, quoting TASS, that Russian troops entered Kupiansk."),
    ["TASS|russia|media|Kupiansk|advancing|contested"],
  );
});

Deno.test("extractClaims() gives a subheading ('Russia's advance in the Pokrovsk direction') the article's own voice, not the source's before it", () => {
  assert.deepEqual(
    run(
      "According to ISW, Russian forces entered Lyman.",
      "Russia's advance in the Pokrovsk direction",
    ),
    [
      "Daily Test|independent|media|Pokrovsk|advancing|ukraine",
      "ISW|independent|mapping|Lyman|advancing|contested",
    ],
  );
});

Deno.test("extractClaims() gives a repelled attack and a denial the status of the side that speaks, the defender", () => {
  assert.deepEqual(
    run("Russia's Defence Ministry said its forces repelled Ukrainian attacks in Klishchiivka."),
    ["Russian Defence Ministry|russia|official|Klishchiivka|repelled|russia"],
  );
  assert.deepEqual(
    run("Ukraine's General Staff said its forces repelled Russian attacks in Klishchiivka."),
    ["Ukrainian General Staff|ukraine|official|Klishchiivka|repelled|ukraine"],
  );
});

Deno.test("extractClaims() reads 'and they have held on to it since' as the one settlement named before", () => {
  assert.deepEqual(
    run("Sudzha was captured by Kyiv's forces in August, and they have held on to it since."),
    [
      "Daily Test|independent|media|Sudzha|captured|ukraine",
      "Daily Test|independent|media|Sudzha|holding|ukraine",
    ],
  );
});

Deno.test("findTriggers() reads a failure far from an aim ('failed to seize Kyiv, ... ambitions to taking Donbas') as no repelled attack on the aim", () => {
  const read = (s: string) => findTriggers(s).map((t) => `${t.text}:${t.kind}:${t.blocked}`);
  assert.deepEqual(
    read(
      "After the invasion failed to seize the capital and win a quick victory, Putin scaled back " +
        "his war ambitions to taking the Donbas.",
    ),
    ["failed to seize:repelled:null", "taking:captured:attempt"],
  );
  assert.deepEqual(read("Russian troops tried to enter Lyman, without success."), [
    "enter:repelled:null",
    "without success:repelled:null",
  ]);
});

Deno.test("extractClaims() reads 'attempted a push toward X' as an attempt, and 'pushed back the (Russians) from X' as a recapture", () => {
  assert.deepEqual(
    run("Ukraine's General Staff said Russian forces attempted a push toward Dobropillia."),
    [],
  );
  assert.deepEqual(
    run("Syrskyi said troops pushed back the (Russians) from Kupiansk."),
    ["Oleksandr Syrskyi|ukraine|official|Kupiansk|recaptured|ukraine"],
  );
});
