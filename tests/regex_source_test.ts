/**
 * Tests of `lib/lexicon/_regex_source.ts`: the needles of a pattern and the `_Prefilter` built on them
 * must never leave out a pattern that matches (else claims would silently go missing).
 * Property tests with fixed seeds, so a failure reproduces. The prefilter over the extractor's own
 * lexicon patterns is checked in `tests/extract_claims_test.ts`.
 */
import assert from "node:assert/strict";
import fc from "npm:fast-check@4.3.0";
import { _needles, _Prefilter } from "../lib/lexicon/_regex_source.ts";

/** Whether one of `needles` occurs in `text` as the filter compares them (lowercased, ſ = s). */
function occurs(needles: readonly string[], text: string): boolean {
  const lower = text.toLowerCase().replace(/ſ/g, "s");
  return needles.some((n) => lower.includes(n));
}

Deno.test("_needles() of plain patterns", () => {
  assert.deepEqual(_needles("captur(?:e|ed|es|ing)"), ["capture", "capturing"]);
  assert.deepEqual(_needles("(?:took|taken) control of"), ["took control of", "taken control of"]);
  // the longer part of a sequence is the better requirement
  assert.deepEqual(_needles("(?:is|was) (?:\\p{L}+ly )?(?:halted|stopped)"), ["halted", "stopped"]);
  // a needle containing another one of the set adds nothing
  assert.deepEqual(_needles("lost control of|lost"), ["lost"]);
  // lookarounds consume nothing: only what follows them counts
  assert.deepEqual(_needles("(?<=but )(?:were|was) destroyed"), [
    "were destroyed",
    "was destroyed",
  ]);
});

Deno.test("_needles() gives up where it cannot tell", () => {
  assert.equal(_needles("\\p{Lu}\\p{Ll}+"), null, "no literal at all");
  assert.equal(_needles("a?"), null, "may match the empty string");
  assert.equal(_needles("held|\\w+"), null, "one alternative without a literal");
  assert.equal(_needles("(?<name>held)"), null, "named groups are not read");
  assert.equal(_needles("\\u0041bc"), null, "letter escapes are not read");
  assert.equal(_needles("(?:a|b"), null, "unbalanced");
  assert.equal(_needles("ü"), null, "non-ASCII literals have foldings not modelled");
});

// random patterns over a small alphabet, so that they often match random texts
const atom: fc.Arbitrary<string> = fc.constantFrom(
  "a",
  "b",
  "ab",
  "ba",
  "s",
  "k",
  " ",
  "-",
  "held",
  "\\s+",
  "[ab]",
  "[^a]",
  "\\p{L}",
  "\\d",
  ".",
  "(?<![\\p{L}])",
  "(?=a)",
  "(?!b)",
  "(?<=a)",
);
// (repetition only of single atoms, and optional groups: no nested repetition, which would make
// the engine backtrack for ages)
const { pattern } = fc.letrec<{ pattern: string; part: string }>((tie) => ({
  part: fc.oneof(
    { maxDepth: 2, depthSize: "small" },
    atom,
    fc.tuple(atom, fc.constantFrom("?", "*", "+", "{0,2}", "{1,2}", "{2}", "+?")).map(([p, q]) =>
      /^\(\?[=!<]/.test(p) ? p : `(?:${p})${q}`
    ),
    fc.tuple(fc.array(tie("pattern"), { minLength: 1, maxLength: 3 }), fc.boolean()).map((
      [alts, optional],
    ) => `(?:${alts.join("|")})${optional ? "?" : ""}`),
  ),
  pattern: fc.array(tie("part"), { minLength: 1, maxLength: 3 }).map((ps) => ps.join("")),
}));
const text = fc.array(
  fc.constantFrom(
    "a",
    "b",
    "A",
    "B",
    "s",
    "S",
    "ſ",
    "k",
    "K",
    "\u212a",
    " ",
    "-",
    "1",
    "é",
    "held",
  ),
  { maxLength: 14 },
).map((cs) => cs.join(""));

Deno.test("_needles(): every match of a random pattern contains a needle (property)", () => {
  let matched = 0;
  let filtered = 0;
  fc.assert(
    fc.property(pattern, fc.array(text, { minLength: 1, maxLength: 16 }), (p, texts) => {
      const ns = _needles(p);
      const re = new RegExp(p, "iu");
      for (const t of texts) {
        if (!re.test(t)) continue;
        matched++;
        if (ns === null) continue;
        filtered++;
        assert.ok(occurs(ns, t), `${p} matches ${JSON.stringify(t)}, needles ${ns}`);
      }
    }),
    { seed: 5, numRuns: 800 },
  );
  // the property must have been put to work: many matches, many of them with needles
  assert.ok(matched > 2000, `only ${matched} matches`);
  assert.ok(filtered > 300, `only ${filtered} matches with needles`);
});

Deno.test("_Prefilter marks every random pattern that matches (property)", () => {
  let skipped = 0;
  fc.assert(
    fc.property(
      fc.array(pattern, { minLength: 1, maxLength: 8 }),
      fc.array(text, { minLength: 1, maxLength: 8 }),
      (ps, texts) => {
        const filter = new _Prefilter(ps);
        const res = ps.map((p) => new RegExp(p, "iu"));
        for (const t of texts) {
          const possible = filter.possible(t);
          res.forEach((re, k) => {
            if (re.test(t)) assert.equal(possible[k], 1, `${ps[k]} in ${JSON.stringify(t)}`);
            else if (!possible[k]) skipped++;
          });
        }
      },
    ),
    { seed: 7, numRuns: 250 },
  );
  assert.ok(skipped > 500, `the filter should skip patterns that cannot match, ${skipped}`);
});
