/**
 * Internals of the extractor's speed work that must not change what it finds: `_Word` (a word
 * pattern scanned without its leading look-behind) gives the matches of the pattern itself.
 * @module
 */
import assert from "node:assert/strict";
import fc from "npm:fast-check@4.3.0";
import { _gated, _Word } from "../lib/extract_claims.ts";
import { _matchAll } from "../lib/_lexicon.ts";

/** Index, text and groups of each match: what the extractor reads of a match. */
function brief(ms: RegExpExecArray[]): string[] {
  return ms.map((m) => JSON.stringify([m.index, ...m]));
}

function globalOf(re: RegExp): RegExp {
  return re.global ? new RegExp(re.source, re.flags) : new RegExp(re.source, `${re.flags}g`);
}

Deno.test("_Word: a start after a letter is retried one character on, not after the match", () => {
  const w = new _Word(/(?<![\p{L}\p{N}])(?:a-b|b)/gu);
  // "a-b" at 1 follows "x": rejected; "b" at 3 follows "-": a match inside the rejected one
  assert.deepEqual(w.all("xa-b").map((m) => [m.index, m[0]]), [[3, "b"]]);
  assert.deepEqual(w.all("a-b b").map((m) => [m.index, m[0]]), [[0, "a-b"], [4, "b"]]);
  assert.equal(w.test("xa-b"), true);
  assert.equal(w.test("xab"), false);
  // a letter outside the basic plane before the start (two code units) rejects it too
  const x = new _Word(/(?<![\p{L}\p{N}])(?:x)/gu);
  assert.deepEqual(x.all("\u{1D400}x x").map((m) => m.index), [4]);
  assert.throws(() => new _Word(/x/g), TypeError);
});

Deno.test("_Word checks the look-behind with its pattern's case folding (U+0345 folds to a letter)", () => {
  // under the i flag the combining U+0345 counts as a letter, so "said" after it is no word start
  const folded = new _Word(/(?<![\p{L}\p{N}])(?:said)/giu);
  assert.deepEqual(folded.all("\u0345said said").map((m) => m.index), [6]);
  const plain = new _Word(/(?<![\p{L}\p{N}])(?:said)/gu);
  assert.deepEqual(plain.all("\u0345said said").map((m) => m.index), [1, 6]);
});

Deno.test("_Word() rejects a pattern whose look-behind would not cover all of it", () => {
  const expect = { name: "TypeError", message: /_Word: expected a Unicode pattern opening with/ };
  // without the u flag \p{L} is not a letter class
  assert.throws(() => new _Word(new RegExp("(?<![\\p{L}\\p{N}])(?:x)", "g")), expect);
  // a | outside groups: the look-behind guards only the first branch
  assert.throws(() => new _Word(/(?<![\p{L}\p{N}])x|y/gu), expect);
  // | inside a group or a class is fine
  assert.ok(new _Word(/(?<![\p{L}\p{N}])(?:x|y)[|]\|/gu));
});

Deno.test("_Word gives the matches of its pattern for every gated word pattern (property)", () => {
  const lookBehind = "(?<![\\p{L}\\p{N}])";
  const words = _gated().patterns.filter((re) => re.source.startsWith(lookBehind));
  assert.ok(words.length > 50, `only ${words.length} word patterns`);
  const scans = words.map((re) => ({ re: globalOf(re), test: re, word: new _Word(re) }));
  const vocab = [
    ...new Set(words.map((re) => re.source).join(" ").match(/[A-Za-z']{2,}/g)!),
  ];
  const word = fc.constantFrom(...vocab).chain((v) =>
    fc.constantFrom(v, v.toUpperCase(), v[0].toUpperCase() + v.slice(1))
  );
  // separators that glue words to letters and digits (rejected starts), astral letters included
  const sep = fc.constantFrom(
    " ",
    " ",
    " ",
    " ",
    ", ",
    "-",
    "x",
    "3",
    "\u{1D400}",
    "é",
    "\u0345",
    "’s ",
    "",
  );
  let matched = 0;
  let rejected = 0;
  fc.assert(
    fc.property(fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 10 }), (parts) => {
      const t = parts.map(([w, s]) => w + s).join("");
      for (const { re, test, word } of scans) {
        const want = brief(_matchAll(t, re));
        const got = brief(word.all(t));
        assert.deepEqual(got, want, `/${re.source}/ in ${JSON.stringify(t)}`);
        assert.equal(word.test(t), test.test(t));
        test.lastIndex = 0;
        matched += want.length;
        // matches of the bare pattern that the look-behind turns down
        if (new RegExp(re.source.slice(lookBehind.length), re.flags).test(t) && !want.length) {
          rejected++;
        }
      }
    }),
    { seed: 5, numRuns: 600 },
  );
  // put to work: many matches, and texts where only the look-behind kept a pattern out
  assert.ok(matched > 150, `only ${matched} matches`);
  assert.ok(rejected > 50, `only ${rejected} rejected`);
});
