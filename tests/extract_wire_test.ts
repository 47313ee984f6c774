/**
 * Constructions of wire copy and headlines (issue "Claims from real reporting", session 7): a
 * speaker named only by a generic word at the end ("..., military says", "... - MoD"), headline
 * verbs in title case that are no part of a place name. Short sentences of our own.
 */
import assert from "node:assert/strict";
import { findPlaces, findTriggers } from "../lib/mod.ts";
import { run } from "./_extract_fixtures.ts";

Deno.test("extractClaims() gives '..., military says' to the military of the sentence's first actor", () => {
  assert.deepEqual(
    run(["headline", "Ukrainian troops retake village of Robotyne, military says"]),
    ["Ukrainian military|ukraine|official|Robotyne|recaptured|ukraine"],
  );
});

Deno.test("extractClaims() gives '..., media report' to the media of the acting side", () => {
  assert.deepEqual(
    run(["headline", "Russia recaptures three villages in Belgorod region, media report"]),
    ["Russian media|russia|media|Belgorod Oblast|recaptured|contested"],
  );
});

Deno.test("extractClaims() gives a headline ending '- MoD' to the ministry's side", () => {
  assert.deepEqual(
    run(["headline", "Russian Forces Liberate Robotyne in Zaporizhzhia Region - MoD"]),
    ["Russian military|russia|official|Robotyne|captured|russia"],
  );
});

Deno.test("extractClaims() leaves a generic tail without a side to the article's voice", () => {
  assert.deepEqual(
    run("Troops retook the village of Robotyne, officials said."),
    ["Daily Test|independent|media|Robotyne|recaptured|ukraine"],
  );
});

Deno.test("findPlaces() does not join a title-case claim verb to the place after it", () => {
  const names = findPlaces("Russian Forces Liberate Robotyne and Capture Tykhe").map((p) => p.text);
  assert.deepEqual(names, ["Robotyne", "Tykhe"]);
});

Deno.test("extractClaims() reads 'captured several villages in the X region' as a claim about the region, not the villages named later", () => {
  assert.deepEqual(
    run(
      "Ukrainian forces captured several villages in Russia's Kursk region, the General Staff said.",
      "Fighting went on near Tyotkino and Sudzha.",
    ).filter((r) => r.includes("captured")),
    ["Ukrainian General Staff|ukraine|official|Kursk Oblast|captured|contested"],
  );
});

Deno.test("extractClaims() keeps 'retook three villages in the X region' for the three villages named next", () => {
  assert.deepEqual(
    run(
      "Ukrainian forces retook three villages in the Donetsk region, the General Staff said.",
      "They were Zelenyi Hai, Mykhailivka and Volodymyrivka.",
    ).filter((r) => r.startsWith("Ukrainian General Staff")).map((r) => r.split("|")[3]),
    ["Mykhailivka", "Volodymyrivka", "Zelenyi Hai"],
  );
});

Deno.test("extractClaims() gives a sentence dated 'on August 6, 2024' back in the article's own voice, not the carried one", () => {
  assert.deepEqual(
    run(
      "The Russian Defence Ministry said its forces repelled attacks near Sudzha. The ministry " +
        "added that its forces hold the line. Ukrainian troops launched an assault in the Kursk " +
        "region on August 6, 2024.",
    ).filter((r) => r.includes("Kursk Oblast")),
    ["Daily Test|independent|media|Kursk Oblast|advancing|contested"],
  );
});

Deno.test("extractClaims() reads every name of 'the A–B–C axis' as one of 'these settlements', known to the gazetteer or not", () => {
  assert.deepEqual(
    run(
      "DeepState said the situation worsened along the Novomykolaivka–Varachyne–Yablunivka " +
        "axis. Russian forces have moved close to these settlements.",
    ).map((r) => r.split("|").slice(3, 5).join("|")),
    ["Novomykolaivka|advancing", "Varachyne|advancing", "Yablunivka|advancing"],
  );
});

Deno.test("extractClaims() gives 'These are such settlements as A and B' the region claim of the sentence before", () => {
  assert.deepEqual(
    run(
      "DeepState said 60 sq km of the Sumy region is under the control of Russian troops. " +
        "These are such settlements as Zhuravka and Novenke.",
    ),
    [
      "DeepState|ukraine|mapping|Novenke|captured|russia",
      // (60 sq km is a part of the region; the villages named are taken whole)
      "DeepState|ukraine|mapping|Sumy Oblast|captured|contested",
      "DeepState|ukraine|mapping|Zhuravka|captured|russia",
    ],
  );
});

Deno.test("extractClaims() does not carry a region claim to a list two sentences later", () => {
  assert.deepEqual(
    run(
      "DeepState said 60 sq km of the Sumy region is under the control of Russian troops. " +
        "The weather was cold. These are such settlements as Zhuravka and Novenke.",
    ),
    ["DeepState|ukraine|mapping|Sumy Oblast|captured|contested"],
  );
});

Deno.test("extractClaims() reads 'it fell' as the settlement the claim before was about", () => {
  assert.deepEqual(
    run("An analyst at ISW said the town of Selydove is basically lost. It fell in two weeks."),
    [
      "ISW|independent|mapping|Selydove|captured|russia",
      "ISW|independent|mapping|Selydove|captured|russia",
    ],
  );
});

Deno.test("extractClaims() does not read 'the leader, surrounded by his fighters' as a reference to a place", () => {
  assert.deepEqual(
    run("ISW said Russian forces captured Selydove. The commander appeared surrounded by his men."),
    ["ISW|independent|mapping|Selydove|captured|russia"],
  );
});

Deno.test("extractClaims() reads 'we cannot say that Russian troops have taken X' as the speaker's denial", () => {
  assert.deepEqual(
    run(
      "Ukrainian units still hold the power plant, so we cannot say that Russian troops have " +
        "taken Kurakhove, the Khortytsia group said.",
    ).filter((r) => r.includes("Kurakhove")),
    ["Khortytsia group of forces|ukraine|official|Kurakhove|denied|ukraine"],
  );
});

Deno.test("extractClaims() reads each name of 'liberated five settlements in the offensive: A, B and C' as a capture, known or not", () => {
  assert.deepEqual(
    run(
      "The Russian Defence Ministry said its units liberated three settlements during the " +
        "offensive: Upper Zabrodka, Zamostye and Mirny.",
    ).map((r) => r.split("|").slice(3, 5).join("|")),
    ["Mirny|captured", "Upper Zabrodka|captured", "Zamostye|captured"],
  );
});

Deno.test("extractClaims() reads '(southwest of Y)' after a settlement as locating it, not as a claim about Y", () => {
  assert.deepEqual(
    run(
      "ISW said Russian troops advanced within the eastern part of Novovasylivka (southwest of Pokrovsk).",
    ),
    ["ISW|independent|mapping|Novovasylivka|advancing|contested"],
  );
});

Deno.test("extractClaims() does not give 'expelled ... from X' to places after 'and are attacking'", () => {
  assert.deepEqual(
    run(
      "Mash claims the Russians expelled Ukrainian forces from the village of Godeevka and are " +
        "attacking in the vicinity of Apanasovka and Martynovka.",
    ).map((r) => r.split("|")[3]),
    ["Godeevka"],
  );
});

Deno.test("extractClaims() gives 'footage verified through geolocation confirms ...' to a mapping source", () => {
  assert.deepEqual(
    run(
      "Pro-Russian bloggers said the attack failed. Footage released on Friday and verified " +
        "through geolocation confirms Ukrainian troops are operating in Veseloye.",
    ).filter((r) => r.includes("Veseloye")),
    ["GeoConfirmed|independent|mapping|Veseloye|advancing|contested"],
  );
});

Deno.test("extractClaims() gives 'according to Russian media and war bloggers' to both, the bloggers as Russian", () => {
  assert.deepEqual(
    run("Russian forces advanced into Selydove, according to Russian media and war bloggers."),
    [
      "Russian military bloggers|russia|blogger|Selydove|advancing|contested",
      "Russian state media|russia|media|Selydove|advancing|contested",
    ],
  );
});

Deno.test("extractClaims() reads '16 miles southeast of Ukraine-held X' as the article's claim that Ukraine holds X", () => {
  assert.deepEqual(
    run("The village of Kalynove lies about 16 miles southeast of Ukraine-held Pokrovsk."),
    ["Daily Test|independent|media|Pokrovsk|holding|ukraine"],
  );
});

Deno.test("extractClaims() keeps 'X and Y, the two remaining Ukrainian-controlled cities' as holding both", () => {
  assert.deepEqual(
    run(
      "Moscow could drive towards Kramatorsk and Sloviansk, the two remaining Ukrainian-controlled cities.",
    ),
    [
      "Daily Test|independent|media|Kramatorsk|holding|ukraine",
      "Daily Test|independent|media|Sloviansk|holding|ukraine",
    ],
  );
});

Deno.test("findTriggers() reads 'lies about 16 miles' as a distance, and 'Moscow lies about' as a denial", () => {
  assert.deepEqual(
    findTriggers("Kalynove lies about 16 miles from Pokrovsk.").map((t) => t.kind),
    [],
  );
  assert.deepEqual(findTriggers("Moscow lies about Kupiansk.").map((t) => t.kind), ["denied"]);
});

Deno.test("extractClaims() does not carry the owner of a named claim ('despite Putin's claim that ...') into the next sentence", () => {
  assert.deepEqual(
    run(
      "That is despite Vladimir Putin's recent claim that Russian forces have taken Pokrovsk. " +
        "There is no doubt Ukraine has been losing ground in the city.",
    ),
    [
      "Daily Test|independent|media|Pokrovsk|advancing|contested",
      "Vladimir Putin|russia|official|Pokrovsk|captured|russia",
    ],
  );
});

Deno.test("extractClaims() reads a new paragraph 'For months, Russian troops have ...' as the article's own narrative", () => {
  assert.deepEqual(
    run(
      "The Russian Defence Ministry said its forces captured Myrnohrad.",
      "For months, Russian troops have been advancing into Pokrovsk in small groups.",
    ),
    [
      "Daily Test|independent|media|Pokrovsk|advancing|contested",
      "Russian Defence Ministry|russia|official|Myrnohrad|captured|russia",
    ],
  );
});

Deno.test("extractClaims() keeps a new paragraph 'According to X, Russian troops ...' in X's voice", () => {
  assert.deepEqual(
    run(
      "The Russian Defence Ministry said its forces captured Myrnohrad.",
      "According to Rybar, Russian troops have been advancing into Pokrovsk.",
    ).filter((r) => r.includes("Pokrovsk")),
    ["Rybar|russia|blogger|Pokrovsk|advancing|contested"],
  );
});

Deno.test("extractClaims() does not read 'has not captured a major town since taking X' as a denial about X", () => {
  assert.deepEqual(
    run(
      "Russia says it has the initiative, yet it has not captured a major town since taking Avdiivka.",
    ),
    ["Daily Test|independent|media|Avdiivka|captured|russia"],
  );
});

Deno.test("extractClaims() does not reach past 'aiding in capturing X' to an earlier capture", () => {
  assert.deepEqual(
    run(
      "Moscow said it captured a string of villages, and these moves are seen as aiding in " +
        "capturing the prize of Pokrovsk.",
    ),
    [],
  );
});

Deno.test("extractClaims() gives a quotation that goes on without a place the settlement it named", () => {
  assert.deepEqual(
    run(
      "“Fighting continues in the centre of Toretsk, and the enemy is losing control. There are " +
        "reports of complete encirclement of Russian units,” the ISW analyst said.",
    ).map((r) => r.split("|").slice(3, 5).join("|")),
    ["Toretsk|contested", "Toretsk|encircled"],
  );
});

Deno.test("findTriggers() reads a stopped or failed advance as repelled", () => {
  const kinds = (s: string) => findTriggers(s).filter((t) => !t.blocked).map((t) => t.kind);
  assert.deepEqual(kinds("Ukrainian troops stopped a mechanized assault."), ["repelled"]);
  assert.deepEqual(kinds("The enemy has been prevented from advancing."), ["repelled"]);
  assert.deepEqual(kinds("The Russian advance near Lyman had been stopped."), ["repelled"]);
  assert.deepEqual(kinds("The attacks failed."), ["repelled"]);
  assert.deepEqual(kinds("They have not been able to directly enter Lyman."), ["repelled"]);
  assert.deepEqual(kinds("The invaders were not able to enter Kupiansk."), ["repelled"]);
  assert.deepEqual(kinds("Russian troops advanced near Lyman."), ["advancing"]);
});

Deno.test("extractClaims() gives 'they claimed they took X' in a Ukrainian official's words to Russia", () => {
  assert.deepEqual(
    run("“They have already claimed they took Vilcha,” Ukrainian spokesman Viktor Trehubov said."),
    ["Russia|russia|official|Vilcha|captured|russia"],
  );
});

Deno.test("extractClaims() reads 'X remains under Russian control' as Russia holding X", () => {
  assert.deepEqual(
    run(
      "Kupiansk remains under Russian control, the Russian Defence Ministry said.",
    ),
    ["Russian Defence Ministry|russia|official|Kupiansk|holding|russia"],
  );
});

Deno.test("extractClaims() reads 'the occupiers' fake report about the capture of X' as the occupiers' capture, in the denier's words", () => {
  assert.deepEqual(
    run(
      "The National Guard of Ukraine has refuted the Russian occupiers' fake report about the " +
        "capture of Rodynske.",
    ),
    [
      "National Guard of Ukraine|ukraine|official|Rodynske|denied|ukraine",
      "Russia|russia|official|Rodynske|captured|russia",
    ],
  );
});

Deno.test("extractClaims() reads 'Ukrainian paratroopers cleared the village of X' as a recapture", () => {
  assert.deepEqual(
    run("Ukrainian paratroopers cleared the village of Kotlyne, the 25th Airborne Brigade said."),
    ["25th Airborne Brigade|ukraine|official|Kotlyne|recaptured|ukraine"],
  );
});

Deno.test("extractClaims() reads 'insisted that X remains under its control, rejecting Ukrainian claims' as the speaker holding X", () => {
  assert.deepEqual(
    run(
      "Russia insisted that Ukraine's city of Kupiansk remains under its control, rejecting Ukrainian claims.",
    ),
    [
      "Russia|russia|official|Kupiansk|denied|russia",
      "Russia|russia|official|Kupiansk|holding|russia",
    ],
  );
});

Deno.test("extractClaims() gives 'According to him, the attempts failed' the settlement the speaker was talking about", () => {
  assert.deepEqual(
    run(
      "Ukrainian spokesman Viktor Trehubov said fighting goes on in Vovchansk. " +
        "According to him, so far the Russian attempts have been unsuccessful.",
    ),
    [
      "Viktor Trehubov|ukraine|official|Vovchansk|contested|contested",
      "Viktor Trehubov|ukraine|official|Vovchansk|repelled|ukraine",
    ],
  );
});

Deno.test("extractClaims() reads 'Russian forces in X were now encircled' as the encirclement, not a presence", () => {
  assert.deepEqual(
    run("Ukraine's General Staff said Russian forces in Kupiansk were now effectively encircled."),
    ["Ukrainian General Staff|ukraine|official|Kupiansk|encircled|contested"],
  );
});

Deno.test("findTriggers() reads taking control as a capture, regaining control as a recapture, holding control as control", () => {
  const kinds = (s: string) => findTriggers(s).filter((t) => !t.blocked).map((t) => t.kind);
  assert.deepEqual(kinds("The ministry claimed control of Sudzha."), ["captured"]);
  assert.deepEqual(kinds("Ukraine regained control of Kupiansk."), ["recaptured"]);
  assert.deepEqual(kinds("Russia has control over Avdiivka."), ["control"]);
  assert.deepEqual(kinds("Klishchiivka was cleared of Russians."), ["recaptured"]);
  assert.deepEqual(kinds("The invaders are unable to break into Lyman."), ["repelled"]);
});

Deno.test("extractClaims() reads 'the Russian ministry claimed control of Sudzha' (in Russia) as a recapture", () => {
  assert.deepEqual(
    run("The Russian Defence Ministry had earlier claimed control of Sudzha."),
    ["Russian Defence Ministry|russia|official|Sudzha|recaptured|russia"],
  );
});

Deno.test("extractClaims() reads '..., the ministry said' as the ministry named before, not the first actor's side", () => {
  assert.deepEqual(
    run(
      "The Russian Defence Ministry said its forces repelled an attack near Sudzha. Ukraine " +
        "launched a new assault towards the village of Berdin, the ministry said.",
    ).filter((r) => r.includes("Berdin")).map((r) => r.split("|").slice(0, 5).join("|")),
    ["Russian Defence Ministry|russia|official|Berdin|advancing"],
  );
});
