/**
 * Tests of the cheap tests the attribution stage runs before its RegExps (session 11's speed
 * pass): `_endsNear` before RegExps anchored at the end must be true wherever they match;
 * `_endsInMark` and `_endsInChar` must answer as the RegExps they stand for; the keys of titled
 * people, disclaimers and claims a denial names must match wherever their RegExps do.
 * Generated texts, fixed seeds.
 */
import assert from "node:assert/strict";
import fc from "npm:fast-check@4.3.0";
import { assertKeyCovers, textsLike } from "./_prefilter_check.ts";
import { _endsInChar, _endsInMark, _endsNear, _endWords } from "../lib/extract/_ends.ts";
import { _PROPOSITION_ENDS, _PROPOSITION_PREFILTERS } from "../lib/extract/propositions.ts";
import { _PEOPLE_PREFILTERS } from "../lib/extract/people.ts";
import { _CONTEXT_PREFILTERS } from "../lib/extract/context.ts";

/** Words the anchored RegExps take besides their own ("the", names). */
const EXTRA = [
  ...["the", "x", "Kupiansk", "Russian", "Moscow’s", "city", "of", "a", "by", "5"],
  ...["the city of", "the front-line positions", "most of", "the eastern part of"],
];

Deno.test("_endsNear() is true wherever a RegExp anchored at the end that it guards matches", () => {
  _PROPOSITION_ENDS.forEach(({ n, words, guard }, i) => {
    let hits = 0;
    // (each text then ends in up to five of the RegExp's own words: its longest tails)
    const own = [...new Set(guard.source.match(/[a-z]+/g)!.filter((w) => w.length > 1))];
    const tail = fc.array(fc.constantFrom(...own, "x", "Kupiansk"), { maxLength: 5 });
    const texts = fc.tuple(textsLike([guard], EXTRA), tail).map(([t, w]) => `${t} ${w.join(" ")} `);
    fc.assert(
      fc.property(texts, (t) => {
        if (!guard.test(t)) return;
        hits++;
        assert.ok(
          _endsNear(t, n, words),
          `${guard.source.slice(0, 40)} … misses ${JSON.stringify(t)}`,
        );
      }),
      { seed: 61 + i, numRuns: 6000 },
    );
    assert.ok(hits >= 10, `the texts should reach ${guard.source.slice(0, 40)} (${hits})`);
  });
});

/** For each RegExp guarded (by its source's start): a longest tail it matches. */
const LONGEST: Record<string, string> = {
  "\\b(?:the\\s+(?:(?:city": "the eastern outskirts of the city of ",
  "\\b(?:part": "most of the Kupiansk front-line ",
};

Deno.test("_endsNear() with one token fewer misses a longest tail each guarded RegExp matches", () => {
  for (const { n, words, guard } of _PROPOSITION_ENDS) {
    const key = Object.keys(LONGEST).find((k) => guard.source.startsWith(k));
    assert.ok(key, `a longest tail for ${guard.source.slice(0, 40)}`);
    const t = LONGEST[key!];
    assert.ok(guard.test(t), `${guard.source.slice(0, 40)} matches ${JSON.stringify(t)}`);
    assert.equal(_endsNear(t, n, words), true);
    assert.equal(_endsNear(t, n - 1, words), false);
  }
});

Deno.test("_endsNear() reads the last n tokens, folds case, ſ and the Kelvin sign, and wants white space last", () => {
  const of = _endWords(["of"]);
  assert.equal(_endsNear("the part of ", 1, of), true);
  assert.equal(_endsNear("the part OF\u00a0", 1, of), true);
  assert.equal(_endsNear("the part of the ", 1, of), false);
  assert.equal(_endsNear("the part of the ", 2, of), true);
  assert.equal(_endsNear("the part of", 1, of), false);
  assert.equal(_endsNear("(of ", 1, of), true);
  assert.equal(_endsNear("ofs ", 1, of), false);
  const says = _endWords(["says", "took"]);
  assert.equal(_endsNear("he ſayS ", 1, says), true);
  assert.equal(_endsNear("it too\u212a ", 1, says), true);
  assert.equal(_endsNear("", 1, says), false);
  assert.equal(_endsNear("   ", 3, says), false);
  assert.throws(() => _endWords(["Of"]), RangeError);
});

Deno.test("_endsInMark() and _endsInChar() answer as /\\s[-—–]\\s*$/ and /,\\s*$/ do (property)", () => {
  const part = fc.constantFrom("a", "-", "—", "–", ",", " ", "\u00a0", "\n", "\u2028", "x-", ".");
  const texts = fc.array(part, { maxLength: 8 }).map((xs) => xs.join(""));
  fc.assert(
    fc.property(texts, (t) => {
      assert.equal(_endsInMark(t, "-—–"), /\s[-—–]\s*$/.test(t), JSON.stringify(t));
      assert.equal(_endsInChar(t, ","), /,\s*$/.test(t), JSON.stringify(t));
    }),
    { seed: 67, numRuns: 5000 },
  );
});

Deno.test("each key of findPeople(), remember() and deniedAuthor() matches wherever the RegExps it guards do", () => {
  const lists = [
    ..._PEOPLE_PREFILTERS,
    ..._CONTEXT_PREFILTERS.slice(1),
    ..._PROPOSITION_PREFILTERS,
  ];
  lists.forEach(({ key, guards }, i) => {
    const extra = ["Ivan Petrenko", "Petrenko", "Ukrainian", "Russian", "Sumy", "could not", "a"];
    // (each title before a name: the key must hold every one)
    // (and each word of the RegExps before a name, enumerated: "head Ivan Petrenko")
    for (const g of guards) {
      for (const w of new Set(g.source.match(/[a-z]+/g) ?? [])) {
        const t = `the ${w} Ivan Petrenko, a ${w} of the 5th brigade, said`;
        g.lastIndex = 0;
        if (g.test(t)) assert.ok(key.test(t), `${key} misses ${JSON.stringify(t)}`);
        g.lastIndex = 0;
      }
    }
    assertKeyCovers(key, guards, textsLike(guards, extra), 71 + i);
  });
});
