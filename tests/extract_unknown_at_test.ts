/**
 * Tests of the shortcuts of the place stage that skip copies: `unknownIn` reads a sentence's
 * unknown places in the article's offsets (no shifted copy of its known mentions and of the
 * result), `articlePlaces` resolves mentions without copying each. Generated sentences, fixed seed.
 */
import assert from "node:assert/strict";
import fc from "npm:fast-check@4.3.0";
import { unknownIn } from "../lib/extract/lists.ts";
import { unknownPlaces } from "../lib/extract/unknown_places.ts";
import { findPlaces, type PlaceMention } from "../lib/lexicon/find_places.ts";
import { _resolvePlaces, defaultGazetteer, resolvePlaces } from "../lib/lexicon/places.ts";

const WORDS = [
  ...["captured", "near", "the village of", "the villages of", "towards", "fighting in"],
  ...[
    "Zorivka",
    "Basivka",
    "Novenke",
    "Hannivka",
    "Velyka Novosilka",
    "Sukhyi Yar",
    "Bakhmut",
    "Pokrovsk",
    "Spalnoye",
    "Kursk",
  ],
  ...["has been captured", "fell", ", a village", "is under Russian control", "region"],
  ...["Russian forces", "and", "the", "Nadiya Petrenko, a spokeswoman", "12 settlements:"],
  ...["troops said on that day they were", "the army has been fighting for weeks in"],
];
const SEPS = [" ", " ", ", ", " and ", "–", ": ", ". "];
const sentences = fc.array(
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPS)),
  { minLength: 1, maxLength: 9 },
).map((xs) => xs.flat().join(""));

const shift = (ms: readonly PlaceMention[], by: number) =>
  ms.map((m) => ({ ...m, start: m.start + by, end: m.end + by }));

Deno.test("unknownIn() gives unknownPlaces() of the sentence, in the article's offsets", () => {
  const g = defaultGazetteer();
  let found = 0;
  fc.assert(
    fc.property(sentences, fc.nat(500), (text, at) => {
      const known = findPlaces(text, { gazetteer: g });
      const want = shift(unknownPlaces(text, known, [], g), at);
      const got = unknownIn({ start: at, end: at + text.length, text }, shift(known, at), [], g);
      found += got.length;
      assert.deepEqual(got, want, JSON.stringify(text));
    }),
    { seed: 61, numRuns: 2000 },
  );
  assert.ok(found > 100, `the sentences should name unknown places (${found})`);
});

Deno.test("_resolvePlaces() without copies gives what resolvePlaces() gives", () => {
  const g = defaultGazetteer();
  for (const text of ["Kalynove in the Donetsk region and Bakhmut", "Bakhmut and Hannivka fell"]) {
    const all = findPlaces(text, { gazetteer: g });
    assert.deepEqual(
      _resolvePlaces(all, { oblasts: ["Donetsk"] }, false),
      resolvePlaces(all, {
        oblasts: ["Donetsk"],
      }),
    );
  }
});
