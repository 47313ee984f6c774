/**
 * The construction families of real reporting that the extraction stage reads (issue "Claims from
 * real reporting"), each with short sentences of our own: sources placed anywhere, claims inside
 * claims, holding, partial control, lists, regions in passing, relayed reports and spellings.
 */
import { codePointOffset, textAt, unitOffset } from "../lib/shared/offsets.ts";
import assert from "node:assert/strict";
import { explainClaims, extractClaims, findTriggers } from "../lib/extract/mod.ts";
import { respell } from "../lib/extract/spellings.ts";
import { defaultGazetteer } from "../lib/lexicon/places.ts";
import { art, run } from "./_extract_fixtures.ts";

// 1. Sources placed anywhere

Deno.test("extractClaims() reads a source at the end: ', reports DeepState', ', according to ISW', ', ISW added'", () => {
  assert.deepEqual(run("Russian troops pushed into Toretsk, reports DeepState."), [
    "DeepState|ukraine|mapping|Toretsk|advancing|contested",
  ]);
  assert.deepEqual(run("Russian forces captured Terny, according to ISW."), [
    "ISW|independent|mapping|Terny|captured|russia",
  ]);
  assert.deepEqual(run("Russian forces have entered Lyman, ISW added."), [
    "ISW|independent|mapping|Lyman|advancing|contested",
  ]);
});

Deno.test("extractClaims() reads a source in the middle, a map, footage and a headline prefix as the claimant", () => {
  assert.deepEqual(run("Russian forces, DeepState said, advanced in Siversk."), [
    "DeepState|ukraine|mapping|Siversk|advancing|contested",
  ]);
  assert.deepEqual(run("DeepState's map shows Russian troops in southern Siversk."), [
    "DeepState|ukraine|mapping|Siversk|advancing|contested",
  ]);
  assert.deepEqual(run("Geolocated footage shows Russian troops in central Kupiansk."), [
    "GeoConfirmed|independent|mapping|Kupiansk|advancing|contested",
  ]);
  assert.deepEqual(run(["headline", "DeepState: Russians capture Terny"]), [
    "DeepState|ukraine|mapping|Terny|captured|russia",
  ]);
});

Deno.test("extractClaims() carries a speaker across sentences: 'he added', a quotation, a paragraph in the source's voice", () => {
  assert.deepEqual(
    run("Rybar said Russian forces had captured Torske.", '"Lyman is next," he added.'),
    ["Rybar|russia|blogger|Torske|captured|russia"],
  );
  assert.deepEqual(
    run(
      "According to DeepState, Russian troops advanced in Siversk.",
      "They also entered the outskirts of Lyman.",
    ),
    [
      "DeepState|ukraine|mapping|Lyman|advancing|contested",
      "DeepState|ukraine|mapping|Siversk|advancing|contested",
    ],
  );
});

Deno.test("extractClaims() gives the article's own narrative back to the media voice after a source's paragraph", () => {
  assert.deepEqual(
    run(
      "Rybar said Russian forces had captured Torske.",
      "Russian forces took Bakhmut in May 2023 after months of fighting.",
    ),
    [
      "Daily Test|independent|media|Bakhmut|captured|russia",
      "Rybar|russia|blogger|Torske|captured|russia",
    ],
  );
});

// 2. Claims inside claims

Deno.test("extractClaims() splits a denial naming the other side's claim into the denial and the claim", () => {
  assert.deepEqual(
    run("Kyiv dismissed Moscow's statements that its forces had seized Lyman."),
    [
      "Russia|russia|official|Lyman|captured|russia",
      "Ukraine|ukraine|official|Lyman|denied|ukraine",
    ],
  );
  assert.deepEqual(
    run(
      "A Ukrainian commander, Serhiy Lysak, said the Kremlin's claim that it has taken Siversk is a lie.",
    ),
    [
      "Kremlin|russia|official|Siversk|captured|russia",
      "Serhiy Lysak|ukraine|official|Siversk|denied|ukraine",
    ],
  );
});

Deno.test("extractClaims() gives a later denial ('which Kyiv denied', 'Kyiv calls it propaganda') to the denier", () => {
  assert.deepEqual(run("Moscow says Siversk encircled; Kyiv calls it propaganda"), [
    "Russia|russia|official|Siversk|encircled|contested",
    "Ukraine|ukraine|official|Siversk|denied|ukraine",
  ]);
  assert.deepEqual(
    run(
      "Moscow said its forces took Terny and Torske.",
      "The Ukrainian General Staff denied the claim.",
    ),
    [
      "Russia|russia|official|Terny|captured|russia",
      "Russia|russia|official|Torske|captured|russia",
      "Ukrainian General Staff|ukraine|official|Terny|denied|ukraine",
      "Ukrainian General Staff|ukraine|official|Torske|denied|ukraine",
    ],
  );
});

// 3. Holding and control

Deno.test("extractClaims() reads holding: 'remains under the control of Ukrainian forces', 'continue to hold their positions in'", () => {
  assert.deepEqual(run("Siversk remains under the control of Ukrainian forces, Rybar admitted."), [
    "Rybar|russia|blogger|Siversk|holding|ukraine",
  ]);
  assert.deepEqual(
    run(
      "Ukrainian troops continue to hold their positions in Siversk, a spokesman for Ukraine's army said.",
    ),
    ["Ukrainian military|ukraine|official|Siversk|holding|ukraine"],
  );
});

// 4. Partial and quantified control

Deno.test("extractClaims() reads a share or a part of a place as a capture of a part, with its area", () => {
  assert.deepEqual(run("Rybar said about 80 percent of Toretsk is under Russian control."), [
    "Rybar|russia|blogger|Toretsk|captured|contested",
  ]);
  const [c] = extractClaims(
    art(["The northwestern part of Kupiansk is under Russian control, Rybar claimed."]),
  );
  assert.deepEqual([c.place, c.claim, c.status, c.area], [
    "Kupiansk",
    "captured",
    "contested",
    "north",
  ]);
});

// 5. Lists and coordination

Deno.test("extractClaims() gives each place of a list its own clause's claim word", () => {
  assert.deepEqual(
    run(
      "Russian troops captured the villages of Terny and Torske and pushed into Lyman, Rybar said.",
    ),
    [
      "Rybar|russia|blogger|Lyman|advancing|contested",
      "Rybar|russia|blogger|Terny|captured|russia",
      "Rybar|russia|blogger|Torske|captured|russia",
    ],
  );
});

// 6. Regions in passing, and which place is meant

Deno.test("extractClaims() does not read a region, an oblast capital or a district beside a settlement as a target", () => {
  assert.deepEqual(
    run(
      "The Russian Defence Ministry said its forces captured the village of Stepnohirsk in Zaporizhzhia.",
    ),
    ["Russian Defence Ministry|russia|official|Stepnohirsk|captured|russia"],
  );
  assert.deepEqual(
    run("Rybar said Russian forces had taken Kurakhove, Pokrovsk district, in the Donetsk region."),
    ["Rybar|russia|blogger|Kurakhove|captured|russia"],
  );
  assert.deepEqual(
    run(
      "Russian troops liberated Niu-York in the Donetsk People's Republic, the Russian Defence Ministry said.",
    ),
    [
      "Russian Defence Ministry|russia|official|Niu-York|captured|russia",
    ],
  );
});

Deno.test("extractClaims() takes a region as the place only when the claim is about the region", () => {
  assert.deepEqual(run("Ukrainian forces advanced deeper into the Kursk region, Syrskyi said."), [
    "Oleksandr Syrskyi|ukraine|official|Kursk Oblast|advancing|contested",
  ]);
});

Deno.test("extractClaims() drops places that only locate another: distances, 'near Y', 'south of Y'", () => {
  assert.deepEqual(
    run("Rybar said Russian forces captured Hrushivka, about 10 km south of Lyman."),
    ["Rybar|russia|blogger|Hrushivka|captured|russia"],
  );
  assert.deepEqual(run("Rybar said Russian forces captured the village near Pokrovsk."), []);
});

// 7. Relayed reports

Deno.test("extractClaims() gives a relayed report to the source an outlet quotes, and an outlet's own report to the outlet", () => {
  assert.deepEqual(
    run("TASS quoted the Russian Defence Ministry as saying its forces had taken Kurakhove."),
    ["Russian Defence Ministry|russia|official|Kurakhove|captured|russia"],
  );
  assert.deepEqual(run("TASS reported that Russian troops entered Kupiansk."), [
    "TASS|russia|media|Kupiansk|advancing|contested",
  ]);
});

// 8. Spellings

Deno.test("extractClaims() resolves Russian spellings: table variants, and transliteration rules for names the table lacks as written", () => {
  assert.deepEqual(run("Rybar said Russian forces captured Krasnoarmeysk."), [
    "Rybar|russia|blogger|Pokrovsk|captured|russia",
  ]);
  assert.deepEqual(run("Rybar said Russian forces captured Krasnogorovka."), [
    "Rybar|russia|blogger|Krasnohorivka|captured|russia",
  ]);
  const g = defaultGazetteer();
  assert.equal(respell("Krasnogorovka", g)[0]?.canonical, "Krasnohorivka");
  assert.deepEqual(respell("Nowhereville", g), []);
});

// What is not a claim

Deno.test("extractClaims() makes no claim of attempts, aims, hypotheticals, people captured or meetings held", () => {
  assert.deepEqual(
    run(
      "Russia is trying to capture Kostiantynivka.",
      "Capturing Siversk would open the road north.",
      "Russian forces captured 30 Ukrainian soldiers near Vovchansk.",
      "Zelenskiy held talks with generals in Kramatorsk.",
      "The fall of Siversk would be a blow, analysts say.",
    ),
    [],
  );
});

Deno.test("extractClaims() reads a failed attempt as the defender's repelled claim", () => {
  assert.deepEqual(
    run("The enemy tried to break into Lyman without success, the Ukrainian General Staff said."),
    [
      "Ukrainian General Staff|ukraine|official|Lyman|repelled|ukraine",
    ],
  );
});

// The trace and the quote invariant

Deno.test("explainClaims() shows per sentence the mentions, frames and records, and why a claim word gave none", () => {
  const trace = explainClaims(art([
    "DeepState said Russian troops entered Lyman.",
    "Russia is trying to capture Kostiantynivka.",
  ]));
  assert.equal(trace.length, 2);
  assert.deepEqual(trace[0].frames, ['DeepState: "DeepState … said"']);
  assert.deepEqual(trace[0].records, ["DeepState | Lyman | advancing | contested"]);
  assert.equal(trace[1].records.length, 0);
  assert.match(trace[1].none ?? "", /blocked/);
});

Deno.test("findTriggers() marks attempts and negations as blocked, failed attempts as repelled", () => {
  const [a] = findTriggers("Russia is trying to capture the town.");
  assert.deepEqual([a.kind, a.blocked], ["captured", "attempt"]);
  const [b] = findTriggers("The Russians have not advanced.");
  assert.equal(b.kind, "repelled");
  const [c] = findTriggers("They tried to enter the town but failed.");
  assert.deepEqual([c.kind, c.blocked], ["repelled", null]);
});

Deno.test("extractClaims() gives offsets in code points: textAt(text, start, end) === quote after characters beyond U+FFFF", () => {
  const a = art(["🙂🙂", "Rybar said Russian forces captured Torske."]);
  const [c] = extractClaims(a);
  assert.equal(textAt(a.text, c.start, c.end), c.quote);
  // two emoji and two line breaks: six UTF-16 units, four code points before the sentence
  assert.equal(a.text.indexOf("Rybar"), 6);
  assert.equal(c.start, 4);
  assert.equal([...a.text].slice(c.start, c.end).join(""), c.quote);
});

Deno.test("textAt(), codePointOffset() and unitOffset() convert between code points and UTF-16 units", () => {
  const t = "a🙂b🙂c";
  assert.equal(codePointOffset(t, 3), 2);
  assert.equal(unitOffset(t, 2), 3);
  assert.equal(textAt(t, 1, 4), "🙂b🙂");
  assert.equal(textAt("plain", 1, 3), "la");
  assert.throws(() => unitOffset(t, 9), {
    name: "RangeError",
    message: /within the text, found 9/,
  });
  assert.throws(() => unitOffset("ab", -1), { name: "RangeError", message: />= 0, found -1/ });
});

Deno.test("extractClaims() reads 'three villages' as the villages the article lists after it", () => {
  assert.deepEqual(
    run(
      ["headline", "Ukraine retakes three villages in the Donetsk region"],
      "Ukrainian forces retook Terny, Torske and Zarichne, Syrskyi said.",
    ),
    [
      "Daily Test|independent|media|Terny|recaptured|ukraine",
      "Daily Test|independent|media|Torske|recaptured|ukraine",
      "Daily Test|independent|media|Zarichne|recaptured|ukraine",
      "Oleksandr Syrskyi|ukraine|official|Terny|recaptured|ukraine",
      "Oleksandr Syrskyi|ukraine|official|Torske|recaptured|ukraine",
      "Oleksandr Syrskyi|ukraine|official|Zarichne|recaptured|ukraine",
    ],
  );
});

Deno.test("extractClaims() reads 'the region' as the region named before, and a claim word after two places as about the nearer", () => {
  assert.deepEqual(
    run(
      "Ukrainian troops entered the Kursk region in August.",
      "Putin said his forces had recaptured much of the region.",
    ),
    [
      "Daily Test|independent|media|Kursk Oblast|advancing|contested",
      "Vladimir Putin|russia|official|Kursk Oblast|recaptured|contested",
    ],
  );
  assert.deepEqual(
    run(
      "The Sumy region borders on the Kursk region, where Russian forces recaptured ground, Rybar said.",
    ),
    ["Rybar|russia|blogger|Kursk Oblast|recaptured|contested"],
  );
});

Deno.test("extractClaims() reads 'these villages' as every village the last claim named", () => {
  assert.deepEqual(
    run(
      "DeepState said Russian troops captured Novenke, Basivka and Zhuravka.",
      "It said Russian forces were pushing toward these villages' neighbours and the villages themselves.",
    ).filter((r) => r.includes("advancing")),
    [
      "DeepState|ukraine|mapping|Basivka|advancing|ukraine",
      "DeepState|ukraine|mapping|Novenke|advancing|ukraine",
      "DeepState|ukraine|mapping|Zhuravka|advancing|ukraine",
    ],
  );
});

Deno.test("extractClaims() gives an unknown village the owner of the region named beside it", () => {
  assert.deepEqual(
    run("Russia said its forces had recaptured the village of Zarubino in the Kursk region."),
    ["Russia|russia|official|Zarubino|recaptured|russia"],
  );
  assert.deepEqual(
    run("Russia said its forces had captured the village of Zarubino in the Donetsk region."),
    ["Russia|russia|official|Zarubino|captured|russia"],
  );
});

Deno.test("extractClaims() reads a gerund subject with 'would' as hypothetical, and 'X and the Y regions' as regions", () => {
  assert.deepEqual(
    run("He said capturing the city would expand the security zone in Kharkiv."),
    [],
  );
  assert.deepEqual(
    run(
      "Russian forces are advancing on the border of the Zaporozhye and the Dnepropetrovsk regions, Putin said.",
    ),
    [
      "Vladimir Putin|russia|official|Dnipropetrovsk Oblast|advancing|ukraine",
      "Vladimir Putin|russia|official|Zaporizhzhia Oblast|advancing|ukraine",
    ],
  );
});
