/**
 * Generalisation rules of `extractClaims()`: each test pins one attribution, clause, status or
 * non-claim rule with short sentences written for the test.
 */
import assert from "node:assert/strict";
import { extractClaims } from "../lib/extract/mod.ts";
import { defaultGazetteer } from "../lib/lexicon/places.ts";
import { findPlaces } from "../lib/lexicon/find_places.ts";
import type { Article, Claim, ParagraphKind } from "../lib/shared/types.ts";

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

Deno.test("extractClaims() reads 'no threat of encirclement' as a denial", () => {
  assert.deepEqual(
    run("Syrskyi said there was no threat of encirclement of Ukrainian troops in Siversk."),
    [
      "Oleksandr Syrskyi|ukraine|official|Siversk|-|denied|ukraine|2025-11-05",
    ],
  );
});

Deno.test("extractClaims() reads 'X is under our / Russian control' with the controller's side", () => {
  assert.deepEqual(run('"Siversk is fully under our control," Voloshyn said.'), [
    "Nazar Voloshyn|ukraine|official|Siversk|-|holding|ukraine|2025-11-05",
  ]);
  assert.deepEqual(run("Torske is now under Russian control, Rybar said."), [
    "Rybar|russia|blogger|Torske|-|captured|russia|2025-11-05",
  ]);
});

Deno.test("extractClaims() does not read 'occupied Donetsk region' as a capture of the region", () => {
  assert.deepEqual(
    run(
      "Denis Pushilin, the head of occupied Donetsk region, said Russian forces had entered Siversk.",
    ),
    ["Denis Pushilin|russia|official|Siversk|-|advancing|contested|2025-11-05"],
  );
});

Deno.test("extractClaims() does not read 'the eastern town of X' as the east of X", () => {
  assert.deepEqual(
    run("Ukraine's army said it had pulled its troops out of the eastern town of Siversk."),
    [
      "Ukrainian military|ukraine|official|Siversk|-|captured|russia|2025-11-05",
    ],
  );
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

Deno.test("extractClaims() reads 'had been halted near X' as repelled and continues the speaker after 'but that'", () => {
  assert.deepEqual(
    run(
      "Zelensky said the situation was hard but that Russian troops had been halted near Siversk.",
    ),
    ["Volodymyr Zelenskyy|ukraine|official|Siversk|-|repelled|ukraine|2025-11-05"],
  );
});
