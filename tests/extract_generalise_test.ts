/**
 * Generalisation rules of `extractClaims()`: each test pins one attribution, clause, status or
 * non-claim rule with short sentences written for the test.
 */
import assert from "node:assert/strict";
import { extractClaims } from "../lib/extract/mod.ts";
import { defaultActors, findActors } from "../lib/actors.ts";
import { defaultGazetteer, findPlaces } from "../lib/places.ts";
import type { Article, Claim, ParagraphKind } from "../lib/types.ts";

function art(paras: (string | [ParagraphKind, string])[], date: string | null = "2025-11-05") {
  let text = "";
  const paragraphs: Article["paragraphs"] = [];
  for (const p of paras) {
    const [kind, t] = typeof p === "string" ? ["body" as ParagraphKind, p] : p;
    const start = text.length;
    text += t;
    paragraphs.push({ start, end: text.length, kind });
    text += "\n\n";
  }
  const a: Article = {
    id: "g1",
    path: "g1.txt",
    format: "txt",
    outlet: null,
    date,
    title: null,
    url: null,
    text,
    paragraphs,
  };
  return a;
}

const brief = (cs: Claim[]) =>
  cs.map((c) =>
    `${c.claimant}|${c.side}|${c.role}|${c.place}|${c.area ?? "-"}|${c.claim}|${c.status}|${c.date}`
  );
const run = (...paras: (string | [ParagraphKind, string])[]) => brief(extractClaims(art(paras)));

Deno.test("extractClaims() attributes 'according to the Institute for the Study of War, which said' to ISW", () => {
  assert.deepEqual(
    run(
      "Russian troops entered Siversk, according to the Institute for the Study of War, which said footage showed them in the western part of the town.",
    ),
    ["ISW|independent|mapping|Siversk|west|advancing|contested|2025-11-05"],
  );
});

Deno.test("extractClaims() gives the relative clause after 'according to X, which said' to X", () => {
  assert.deepEqual(
    run(
      "Ukrainian units fell back near Lyman, according to DeepState, which said Torske had come under Russian control.",
    ),
    ["DeepState|ukraine|mapping|Torske|-|captured|russia|2025-11-05"],
  );
});

Deno.test("extractClaims() reads 'entered the outskirts of X' as an advance at X (contested)", () => {
  assert.deepEqual(run("The army said Russian units had entered the outskirts of Siversk."), [
    "Russian military|russia|official|Siversk|-|advancing|contested|2025-11-05",
  ]);
  assert.deepEqual(
    run("Ukrainian military bloggers said Russian units were now on the outskirts of Lyman."),
    [
      "Ukrainian military bloggers|ukraine|blogger|Lyman|-|advancing|contested|2025-11-05",
    ],
  );
});

Deno.test("extractClaims() pairs each place with the claim word of its own clause at 'and that'", () => {
  assert.deepEqual(
    run(
      "DeepState said Russian troops had advanced near Siversk and that the village of Torske had been captured.",
    ),
    [
      "DeepState|ukraine|mapping|Siversk|-|advancing|ukraine|2025-11-05",
      "DeepState|ukraine|mapping|Torske|-|captured|russia|2025-11-05",
    ],
  );
});

Deno.test("extractClaims() splits 'X and Russian troops ...' into clauses with their own places", () => {
  const cs = run(
    "Ukrainian troops held Siversk and Russian troops captured Torske, DeepState said.",
  );
  assert.ok(cs.includes("DeepState|ukraine|mapping|Siversk|-|holding|ukraine|2025-11-05"));
  assert.ok(cs.includes("DeepState|ukraine|mapping|Torske|-|captured|russia|2025-11-05"));
  assert.equal(cs.length, 2);
});

Deno.test("extractClaims() does not read a distance ('5 km from X') as a claim about X", () => {
  assert.deepEqual(
    run(
      "Russian forces have been advancing steadily and are now about 5 km from the town of Siversk.",
    ),
    [],
  );
  // a distance covered toward a place is an advance
  assert.deepEqual(run("Russian troops pushed 6 km toward Siversk, DeepState said."), [
    "DeepState|ukraine|mapping|Siversk|-|advancing|ukraine|2025-11-05",
  ]);
});

Deno.test("extractClaims() takes an unknown village named before a known locator", () => {
  assert.deepEqual(
    run("The Russian MoD claimed that its troops seized Hrushivka, a village south of Lyman."),
    ["Russian Defence Ministry|russia|official|Hrushivka|-|captured|russia|2025-11-05"],
  );
});

Deno.test("extractClaims() reads 'positions in (northern) X' as part of X", () => {
  assert.deepEqual(run("Ukrainian forces retook positions in northern Siversk, the army said."), [
    "Ukrainian military|ukraine|official|Siversk|north|recaptured|contested|2025-11-05",
  ]);
  assert.deepEqual(
    run("Russian bloggers say Russian units still hold positions in Terny and the Torske area."),
    [
      "Russian military bloggers|russia|blogger|Terny|-|holding|contested|2025-11-05",
      "Russian military bloggers|russia|blogger|Torske|-|holding|contested|2025-11-05",
    ],
  );
});

Deno.test("extractClaims() refers 'denied the claim' to the places claimed in the sentence before", () => {
  assert.deepEqual(
    run(
      "Moscow said its troops had taken Terny and Torske. Ukraine's General Staff denied the claim, saying its units repelled attacks near Lyman.",
    ),
    [
      "Russia|russia|official|Terny|-|captured|russia|2025-11-05",
      "Russia|russia|official|Torske|-|captured|russia|2025-11-05",
      "Ukrainian General Staff|ukraine|official|Terny|-|denied|ukraine|2025-11-05",
      "Ukrainian General Staff|ukraine|official|Torske|-|denied|ukraine|2025-11-05",
      "Ukrainian General Staff|ukraine|official|Lyman|-|repelled|ukraine|2025-11-05",
    ],
  );
});

Deno.test("extractClaims() reads 'no threat of encirclement' as a denial", () => {
  assert.deepEqual(
    run("Syrskyi said there was no threat of encirclement of Ukrainian troops in Siversk."),
    [
      "Oleksandr Syrskyi|ukraine|official|Siversk|-|denied|ukraine|2025-11-05",
    ],
  );
});

Deno.test("extractClaims() reads 'pushed Russian troops back' as repelled", () => {
  assert.deepEqual(run("Ukraine's army said it had pushed Russian troops back from Siversk."), [
    "Ukrainian military|ukraine|official|Siversk|-|repelled|ukraine|2025-11-05",
  ]);
});

Deno.test("extractClaims() reads 'X is under our / Russian control' with the controller's side", () => {
  assert.deepEqual(run('"Siversk is fully under our control," Voloshyn said.'), [
    "Nazar Voloshyn|ukraine|official|Siversk|-|holding|ukraine|2025-11-05",
  ]);
  assert.deepEqual(run("Torske is now under Russian control, Rybar said."), [
    "Rybar|russia|blogger|Torske|-|captured|russia|2025-11-05",
  ]);
});

Deno.test("extractClaims() reads 'made gains' near a place and 'pushing toward' as advances toward it", () => {
  assert.deepEqual(run("The ISW said Russian forces made marginal gains north of Siversk."), [
    "ISW|independent|mapping|Siversk|-|advancing|ukraine|2025-11-05",
  ]);
  assert.deepEqual(
    run("Russian troops were pushing toward Lyman, the Russian Defence Ministry said."),
    [
      "Russian Defence Ministry|russia|official|Lyman|-|advancing|ukraine|2025-11-05",
    ],
  );
});

Deno.test("extractClaims() stops a trailing attribution at 'as' and gives a headline's country subject the claim", () => {
  assert.deepEqual(
    run(["headline", "Ukraine repels attacks near Siversk as Russia claims gains"]),
    [
      "Ukraine|ukraine|official|Siversk|-|repelled|ukraine|2025-11-05",
    ],
  );
  // in body text the outlet keeps its own voice
  assert.deepEqual(run("Russian troops advanced in Siversk as Moscow claimed more gains."), [
    "media|independent|media|Siversk|-|advancing|contested|2025-11-05",
  ]);
});

Deno.test("extractClaims() continues the speaker through ', saying' and 'while insisting that'", () => {
  assert.deepEqual(
    run(
      "Ukrainian troops withdrew from Terny, the military said, while insisting that attacks on Torske had been repelled.",
    ),
    [
      "Ukrainian military|ukraine|official|Terny|-|captured|russia|2025-11-05",
      "Ukrainian military|ukraine|official|Torske|-|repelled|ukraine|2025-11-05",
    ],
  );
});

Deno.test("extractClaims() resolves 'the city centre' to the place named earlier in the same sentence", () => {
  assert.deepEqual(
    run(
      "Russian troops entered Kostiantynivka on Monday. Russian troops also advanced in Siversk, where heavy fighting continues in the town centre, DeepState said.",
    ),
    [
      "media|independent|media|Kostiantynivka|-|advancing|contested|2025-11-03",
      "DeepState|ukraine|mapping|Siversk|-|advancing|contested|2025-11-05",
    ],
  );
});

Deno.test("extractClaims() does not read 'occupied Donetsk region' as a capture of the region", () => {
  assert.deepEqual(
    run(
      "Denis Pushilin, the head of occupied Donetsk region, said Russian forces had entered Siversk.",
    ),
    ["Denis Pushilin|russia|official|Siversk|-|advancing|contested|2025-11-05"],
  );
});

Deno.test("extractClaims() gives a quotation over two sentences to the speaker named after it", () => {
  assert.deepEqual(
    run(
      'Moscow said it took Lyman. "The enemy has been driven out of Lyman. The town is ours," Trehubov said.',
    ),
    [
      "Russia|russia|official|Lyman|-|captured|russia|2025-11-05",
      "Viktor Trehubov|ukraine|official|Lyman|-|recaptured|ukraine|2025-11-05",
    ],
  );
});

Deno.test("extractClaims() skips 'the territory seized by X' and gives 'liberated' to the speaker's side", () => {
  assert.deepEqual(
    run("Gerasimov said the territory seized by Ukraine in Kursk Oblast had been liberated."),
    ["Valery Gerasimov|russia|official|Kursk Oblast|-|recaptured|russia|2025-11-05"],
  );
});

Deno.test("extractClaims() does not reach back to earlier places when a sentence only names nearby ones", () => {
  assert.deepEqual(
    run(
      "Russian troops entered Siversk.",
      "Russian forces attacked near Terny but did not advance.",
    ),
    ["media|independent|media|Siversk|-|advancing|contested|2025-11-05"],
  );
});

Deno.test("extractClaims() reads raised flags, break-throughs and stated distances as claims", () => {
  assert.deepEqual(run("Rybar said Russian flags were raised over Torske."), [
    "Rybar|russia|blogger|Torske|-|captured|russia|2025-11-05",
  ]);
  assert.deepEqual(run("Russian troops broke through near Siversk, DeepState said."), [
    "DeepState|ukraine|mapping|Siversk|-|advancing|ukraine|2025-11-05",
  ]);
});

Deno.test("extractClaims() reads 'tried to enter X but were destroyed' as the speaker's repelled claim", () => {
  assert.deepEqual(
    run("Trehubov said Russian groups had tried to enter Siversk twice but were destroyed."),
    ["Viktor Trehubov|ukraine|official|Siversk|-|repelled|ukraine|2025-11-05"],
  );
});

Deno.test("extractClaims() reads 'cleared X and Y of Russian troops' as recaptures, unknown names too", () => {
  assert.deepEqual(
    run("Ukraine's army said it had cleared Terny and Vyshneve of Russian troops."),
    [
      "Ukrainian military|ukraine|official|Terny|-|recaptured|ukraine|2025-11-05",
      "Ukrainian military|ukraine|official|Vyshneve|-|recaptured|ukraine|2025-11-05",
    ],
  );
});

Deno.test("extractClaims() makes no claim about towns linked by a road, rear areas or a way opened", () => {
  assert.deepEqual(
    run("Kyiv denied that Russian troops had cut the road between Lyman and Siversk."),
    [],
  );
  assert.deepEqual(
    run("Russian troops entered Torske.", '"Russian groups infiltrated our rear," Trehubov said.'),
    ["media|independent|media|Torske|-|advancing|contested|2025-11-05"],
  );
  assert.deepEqual(
    run("The loss of the ridge opens the way for Russian troops to push toward Lyman."),
    [],
  );
  assert.deepEqual(run("Russian forces have been gaining ground in the region for weeks."), []);
});

Deno.test("extractClaims() does not take 'Sumy border villages' as a claim about Sumy", () => {
  assert.deepEqual(run("Ukrainian troops withdrew from Sumy border villages, the army said."), []);
});

Deno.test("extractClaims() does not read 'the eastern town of X' as the east of X", () => {
  assert.deepEqual(
    run("Ukraine's army said it had pulled its troops out of the eastern town of Siversk."),
    [
      "Ukrainian military|ukraine|official|Siversk|-|captured|russia|2025-11-05",
    ],
  );
});

Deno.test("findActors() knows outlet descriptions of ISW, state media and border guards", () => {
  const names = (t: string) => findActors(t, { actors: defaultActors() }).map((m) => m.canonical);
  assert.deepEqual(names("the Washington-based think tank said"), ["ISW"]);
  assert.deepEqual(names("TASS reported"), ["Russian state media"]);
  assert.deepEqual(names("Ukrainian border guards said"), [
    "State Border Guard Service of Ukraine",
  ]);
  assert.deepEqual(names("Battlegroup Vostok said"), ["Russian Battlegroup East"]);
});

Deno.test("defaultGazetteer() has realistic radii and knows 2024-2025 front-line villages", () => {
  const g = defaultGazetteer();
  const get = (n: string) => findPlaces(n, { gazetteer: g })[0]?.candidates[0];
  assert.ok(get("Pokrovsk")!.radiusKm <= 5, "a town of 60,000 is not 8 km wide");
  assert.ok(get("Kharkiv")!.radiusKm >= 10);
  assert.equal(get("Torske")!.radiusKm, 1);
  for (const n of ["Tsukuryne", "Dniproenerhiia", "Kucheriv Yar", "Novopil"]) {
    assert.equal(findPlaces(`the village of ${n}`, { gazetteer: g })[0]?.canonical, n);
  }
});

Deno.test("extractClaims() does not read 'toward the Dnipropetrovsk regional border' as the city of Dnipro", () => {
  assert.deepEqual(
    run(
      "Russia's military said its forces had captured Torske, advancing toward the Dnipropetrovsk regional border.",
    ),
    ["Russian military|russia|official|Torske|-|captured|russia|2025-11-05"],
  );
});

Deno.test("extractClaims() reads no claim from 'its advance slowed'", () => {
  assert.deepEqual(
    run("Russian troops entered Lyman.", "Analysts say the pace of their advance has slowed."),
    [
      "media|independent|media|Lyman|-|advancing|contested|2025-11-05",
    ],
  );
});

Deno.test("extractClaims() reads 'X, which ..., remains in Ukrainian hands' as the outlet's holding claim", () => {
  assert.deepEqual(
    run("Siversk, which had 11,000 residents before the war, remains in Ukrainian hands."),
    [
      "media|independent|media|Siversk|-|holding|ukraine|2025-11-05",
    ],
  );
});

Deno.test("extractClaims() reads 'had taken over X' as a capture", () => {
  assert.deepEqual(run("The Russian defence ministry said its troops had taken over Torske."), [
    "Russian Defence Ministry|russia|official|Torske|-|captured|russia|2025-11-05",
  ]);
});

Deno.test("extractClaims() gives 'a spokesman for the Ukrainian forces in the area said' to the Ukrainian military", () => {
  assert.deepEqual(
    run(
      "Russian troops gained a foothold on the southern edge of Siversk, a spokesman for the Ukrainian forces in the area said.",
    ),
    ["Ukrainian military|ukraine|official|Siversk|south|advancing|contested|2025-11-05"],
  );
});

Deno.test("extractClaims() keeps a two-word unknown name such as 'Vesele Druhe'", () => {
  assert.deepEqual(run("Rybar said Russian units had captured Vesele Druhe."), [
    "Rybar|russia|blogger|Vesele Druhe|-|captured|russia|2025-11-05",
  ]);
});

Deno.test("extractClaims() reads 'Kyiv calls it propaganda' and 'dismissed the claim' as denials of the claims just made", () => {
  assert.deepEqual(run(["headline", "Moscow says Siversk encircled; Kyiv calls it propaganda"]), [
    "Russia|russia|official|Siversk|-|encircled|contested|2025-11-05",
    "Ukraine|ukraine|official|Siversk|-|denied|ukraine|2025-11-05",
  ]);
  assert.deepEqual(
    run("Moscow said Lyman was surrounded.", "Ukraine's army dismissed the claim as propaganda."),
    [
      "Russia|russia|official|Lyman|-|encircled|contested|2025-11-05",
      "Ukrainian military|ukraine|official|Lyman|-|denied|ukraine|2025-11-05",
    ],
  );
});

Deno.test("extractClaims() reads 'there is no encirclement of X' as a denial", () => {
  assert.deepEqual(run('"There is no encirclement of Lyman," Trehubov said.'), [
    "Viktor Trehubov|ukraine|official|Lyman|-|denied|ukraine|2025-11-05",
  ]);
});

Deno.test("extractClaims() reads \"X's map shows Y as a grey zone\" as X's claim ('as a' is no clause boundary)", () => {
  assert.deepEqual(run("DeepState's map shows Siversk as a grey zone."), [
    "DeepState|ukraine|mapping|Siversk|-|contested|contested|2025-11-05",
  ]);
});

Deno.test("extractClaims() resolves 'the village' after a list to the village the article is about", () => {
  const cs = run(
    "Russian troops entered Terny on Monday.",
    "Moscow said its forces took Terny and Torske.",
    "Kyiv denied that the village had been taken.",
  );
  assert.ok(
    cs.some((c) => c.startsWith("Ukraine|ukraine|official|Terny|-|denied|")),
    cs.join("\n"),
  );
  assert.ok(!cs.some((c) => c.startsWith("Ukraine|ukraine|official|Torske")));
});

Deno.test("extractClaims() does not read 'denied that ...' as a denial of the places claimed before", () => {
  assert.deepEqual(
    run(
      "Moscow said its troops had taken Torske.",
      "Kyiv denied that Russian troops had entered Lyman.",
    ),
    [
      "Russia|russia|official|Torske|-|captured|russia|2025-11-05",
      "Ukraine|ukraine|official|Lyman|-|denied|ukraine|2025-11-05",
    ],
  );
});

Deno.test("extractClaims() does not give 'captured three villages nearby' to the place named before", () => {
  assert.deepEqual(
    run(
      "Russian troops reached the outskirts of Siversk and captured three villages nearby, Rybar said.",
    ),
    ["Rybar|russia|blogger|Siversk|-|advancing|contested|2025-11-05"],
  );
});

Deno.test("extractClaims() keeps the side of 'the General Staff' named before in 'according to the General Staff'", () => {
  assert.deepEqual(
    run(
      "Ukrainian units repelled 20 attacks near Lyman, the General Staff said.",
      "According to the General Staff, Russian forces also attacked in the Siversk direction, but all attacks were repelled.",
    ),
    [
      "Ukrainian General Staff|ukraine|official|Lyman|-|repelled|ukraine|2025-11-05",
      "Ukrainian General Staff|ukraine|official|Siversk|-|repelled|ukraine|2025-11-05",
    ],
  );
});

Deno.test("extractClaims() reads 'had been halted near X' as repelled and continues the speaker after 'but that'", () => {
  assert.deepEqual(
    run(
      "Zelensky said the situation was hard but that Russian troops had been halted near Siversk.",
    ),
    ["Volodymyr Zelenskyy|ukraine|official|Siversk|-|repelled|ukraine|2025-11-05"],
  );
});

Deno.test("extractClaims() keeps Russian-spelled villages of a Russian region as written, with Russia as owner", () => {
  assert.deepEqual(
    run(
      "The Russian defence ministry said its troops repelled Ukrainian attacks in the Kursk region and retook Uspenovka.",
    ),
    [
      "Russian Defence Ministry|russia|official|Kursk Oblast|-|repelled|russia|2025-11-05",
      "Russian Defence Ministry|russia|official|Uspenovka|-|recaptured|russia|2025-11-05",
    ],
  );
});

Deno.test("extractClaims() gives 'over the weekend' no date and reads 'in the direction of X' as toward X", () => {
  assert.deepEqual(
    run(
      "The Russian defence ministry said over the weekend that its troops took Torske and were advancing in the direction of Lyman.",
    ),
    [
      "Russian Defence Ministry|russia|official|Torske|-|captured|russia|null",
      "Russian Defence Ministry|russia|official|Lyman|-|advancing|ukraine|null",
    ],
  );
});

Deno.test("extractClaims() reads '80 percent of the territory in X' and 'X outskirts' as a part of X", () => {
  assert.deepEqual(
    run("Gerasimov said 80 percent of the territory in Kursk Oblast had been liberated."),
    ["Valery Gerasimov|russia|official|Kursk Oblast|-|recaptured|contested|2025-11-05"],
  );
  assert.deepEqual(
    run(["headline", "Russia says its troops have taken control of Siversk outskirts"]),
    [
      "Russia|russia|official|Siversk|-|captured|contested|2025-11-05",
    ],
  );
});
