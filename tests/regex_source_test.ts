/**
 * Tests of `lib/_regex_source.ts`: the needles of a pattern and the `_Prefilter` built on them
 * must never leave out a pattern that matches (else claims would silently go missing).
 * Property tests with fixed seeds, so a failure reproduces.
 */
import assert from "node:assert/strict";
import fc from "npm:fast-check@4.3.0";
import { _needles, _Prefilter } from "../lib/_regex_source.ts";
import { _csvObjects, _dataText, _phraseRe, _words } from "../lib/_lexicon.ts";

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

/** The extractor's lexicon patterns (trigger rows and phrase lists), as they are compiled. */
function lexiconPatterns(): string[] {
  const rows = _csvObjects(_dataText("lexicon_triggers.csv"), "data/lexicon_triggers.csv");
  const w = _words();
  const backrefs = _csvObjects(_dataText("lexicon_backrefs.csv"), "data/lexicon_backrefs.csv");
  return [
    ...rows.map((r) => `(?<![\\p{L}\\p{N}])(?:${r.pattern})(?![\\p{L}\\p{N}])`),
    _phraseRe(w.hedge ?? []).source,
    _phraseRe(w.attribution_verb ?? []).source,
    _phraseRe(backrefs.map((r) => r.phrase)).source,
  ];
}

Deno.test("_Prefilter marks every lexicon pattern that matches a text of lexicon words", () => {
  const patterns = lexiconPatterns();
  const filter = new _Prefilter(patterns);
  const res = patterns.map((p) => new RegExp(p, "iu"));
  // the words of the patterns themselves, so that texts match often
  const vocab = [
    ...new Set(patterns.join(" ").match(/[A-Za-z']{2,}/g)!.filter((x) => !/^[pPLN]$/.test(x))),
  ];
  const word = fc.constantFrom(...vocab).chain((v) =>
    fc.constantFrom(v, v.toUpperCase(), v[0].toUpperCase() + v.slice(1), v.replace(/s/g, "ſ"))
  );
  const sep = fc.constantFrom(" ", " ", ", ", "-", ". ", "\u00a0", " 3 ");
  let matches = 0;
  let skipped = 0;
  fc.assert(
    fc.property(fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 12 }), (parts) => {
      const t = parts.map(([w, s]) => w + s).join("");
      const possible = filter.possible(t);
      res.forEach((re, k) => {
        if (re.test(t)) {
          matches++;
          assert.equal(possible[k], 1, `${patterns[k]} matches ${JSON.stringify(t)}`);
        } else if (!possible[k]) skipped++;
      });
    }),
    { seed: 11, numRuns: 1500 },
  );
  assert.ok(matches > 1000, `only ${matches} matches`);
  assert.ok(skipped > 10000, `the filter should skip most patterns, ${skipped}`);
});
