/**
 * Tests of `lib/lexicon/_prefixes.ts` and `_word_scan.ts`: the prefixes read off a pattern, and
 * the scanner built on them, which must find exactly the matches (and rows) of the one RegExp it stands for, else
 * claim words would silently go missing or change. Property tests with fixed seeds, so a failure
 * reproduces; the trigger lexicon of `data/claim_triggers.csv` is checked the same way.
 */
import assert from "node:assert/strict";
import fc from "npm:fast-check@4.3.0";
import { type _WordMatch, _WordScanner } from "../lib/lexicon/_word_scan.ts";
import { _isSpace, _prefixes } from "../lib/lexicon/_prefixes.ts";
import { _CASELESS } from "../lib/lexicon/_regex_parse.ts";
import { _csvObjects, _dataText, _reEscape } from "../lib/lexicon/_lexicon.ts";
import { _APOS, _literalCodes, _SPACE } from "../lib/lexicon/_literal_rows.ts";

/** The matches of `(?<!notAfter)(?:(row0)|...)tail` by a global RegExp, as the scanner gives them. */
function byRegExp(
  rows: readonly string[],
  notAfter: string,
  tail: string,
  flags: string,
  text: string,
): _WordMatch[] {
  const re = new RegExp(
    `(?<!${notAfter})(?:${rows.map((r) => `(${r})`).join("|")})${tail}`,
    flags + "g",
  );
  const out: _WordMatch[] = [];
  for (let m; (m = re.exec(text)) !== null;) {
    if (m[0] === "") throw new Error("empty match");
    let g = 1;
    while (m[g] === undefined) g++;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], row: g - 1 });
  }
  return out;
}

Deno.test("_prefixes() gives the first three characters of every match", () => {
  assert.deepEqual([..._prefixes("captur(?:e|ed)|capture\\s+of", true)!], ["cap"]);
  assert.deepEqual([..._prefixes("(?:took|Taken)\\s+back", true)!].sort(), ["tak", "too"]);
  // a class after two letters: the two letters stand for any third character
  assert.deepEqual([..._prefixes("is\\s+ours|no-?man", true)!].sort(), ["is ", "no-", "nom"]);
  // optional parts and lookarounds
  assert.deepEqual([..._prefixes("(?:still\\s+)?(?=h)holds?", true)!].sort(), ["hol", "sti"]);
  // case kept without the i flag
  assert.deepEqual([..._prefixes("Ab|ab", false)!].sort(), ["Ab", "ab"]);
});

Deno.test("_prefixes() reads white space as one space, and classes of literal characters", () => {
  // a run of white space (`\\s+`, `\\s*`, a literal space, `\\s` in a class) reads as one space
  assert.deepEqual([..._prefixes("has\\s+\\s*fallen", true, 8)!], ["has fall"]);
  assert.deepEqual([..._prefixes("in\\s*x", true, 8)!].sort(), ["in x", "inx"]);
  assert.deepEqual([..._prefixes("Kyiv[- ]held", true, 8)!].sort(), ["kyiv hel", "kyiv-hel"]);
  assert.deepEqual([..._prefixes("a[\\s-]b", true, 8)!].sort(), ["a b", "a-b"]);
  // a range, a negated class or a property stands for anything: the prefix stops there
  assert.deepEqual([..._prefixes("ab[a-c]d|ab[^x]|x[\\p{L}]", true, 8)!].sort(), ["ab", "x"]);
  // the cut at k characters
  assert.deepEqual([..._prefixes("captured\\s+villages", true, 12)!], ["captured vil"]);
});

Deno.test("_prefixes() reads quotation marks as literal characters, and they have no case", () => {
  assert.deepEqual([..._prefixes("’s", true)!], ["’s"]);
  assert.deepEqual([..._prefixes("russia['’]s\\s+army", true, 9)!].sort(), [
    "russia's ",
    "russia’s ",
  ]);
  // under `iu` each matches itself only (case folds within the BMP or within the astral planes)
  for (const q of _CASELESS) {
    const re = new RegExp(`^${q}$`, "iu");
    const also: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c !== q.charCodeAt(0) && re.test(String.fromCharCode(c))) also.push(c);
    }
    assert.deepEqual(also, [], q);
  }
});

Deno.test("_isSpace() is true for exactly the code units \\s matches", () => {
  const wrong: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    if (_isSpace(c) !== /\s/u.test(String.fromCharCode(c))) wrong.push(c.toString(16));
  }
  assert.deepEqual(wrong, []);
});

Deno.test("_prefixes() gives up where a match's start cannot be told", () => {
  assert.equal(_prefixes("\\p{Lu}x", true), null, "a class first");
  assert.equal(_prefixes("a?", true), null, "may match the empty string");
  assert.equal(_prefixes("(held)", true), null, "a capturing group");
  assert.equal(_prefixes("és", true), null, "a non-ASCII literal first");
  assert.equal(_prefixes("\\u0041bc", true), null, "letter escapes are not read");
  assert.equal(_prefixes("(?:a|b", true), null, "unbalanced");
});

Deno.test("_WordScanner.of() gives null for rows it cannot read, TypeError for bad flags", () => {
  assert.equal(_WordScanner.of(["held", "\\w+"], "[\\p{L}]", "", "iu"), null);
  assert.throws(
    () => _WordScanner.of(["held"], "[\\p{L}]", "", "giu"),
    (e: unknown) =>
      e instanceof TypeError &&
      e.message === '_WordScanner: expected flags with u or v and without g or y, found "giu"',
  );
});

Deno.test("_WordScanner finds what the RegExp finds where case folds to ASCII (ſ, Kelvin sign)", () => {
  const rows = ["seized", "kept\\s+control", "held"];
  const text = "They ſeized it, \u212Aept control and HELD; x-held 𝐀held éheld 1held";
  const sc = _WordScanner.of(rows, "[\\p{L}\\p{N}-]", "(?![\\p{L}\\p{N}])", "iu")!;
  const got = sc.all(text);
  assert.deepEqual(got, byRegExp(rows, "[\\p{L}\\p{N}-]", "(?![\\p{L}\\p{N}])", "iu", text));
  assert.deepEqual(got.map((m) => m.row), [0, 1, 2]);
});

// random rows over a small alphabet, so that they often match random texts (repetition only of
// single atoms: no nested repetition, which would make the engine backtrack for ages)
const atom = fc.constantFrom(
  "a",
  "b",
  "ab",
  "ba",
  "s",
  "k",
  "held",
  "-",
  " ",
  "\\s+",
  "[ab]",
  "[- ]",
  "[\\s-]",
  "[a-c]",
  "[^a]",
  "\\s*",
  "\\s?",
  "\\p{L}",
  "(?=a)",
  "(?!b)",
  "(?<=a)",
);
const part = fc.oneof(
  atom,
  fc.tuple(atom, fc.constantFrom("?", "*", "+", "{1,2}", "{0,2}")).map(([p, q]) =>
    /^\(\?[=!<]/.test(p) ? p : `(?:${p})${q}`
  ),
  fc.array(atom, { minLength: 1, maxLength: 3 }).map((alts) => `(?:${alts.join("|")})`),
);
const row = fc.array(part, { minLength: 1, maxLength: 3 }).map((ps) => ps.join(""));
// texts of short words (in every case, with the characters that fold to ASCII and letters past
// U+FFFF) between separators, so that the rows often match at word starts
const token = fc.constantFrom(
  "a",
  "b",
  "ab",
  "ba",
  "Ab",
  "BA",
  "s",
  "S",
  "ſ",
  "k",
  "K",
  "\u212a",
  "sk",
  "1",
  "é",
  "𝐀",
  "held",
  "heLD",
);
const text = fc.array(
  fc.tuple(
    token,
    fc.constantFrom(" ", " ", "  ", "-", "\n", "", "\t", "\u00a0", " \u2003", "\u3000"),
  )
    .map(([t, x]) => t + x),
  { maxLength: 12 },
).map((cs) => cs.join(""));

/**
 * Random rows, boundaries, flags and texts: a built scanner finds its RegExp's matches and rows
 * (`literal`: every scanner must be built and test its rows without RegExps). Counts what it did.
 */
function _againstRegExp(opts: {
  rows: fc.Arbitrary<string[]>;
  notAfters: string[];
  tails: string[];
  texts: fc.Arbitrary<string[]>;
  seed: number;
  literal?: boolean;
}): { built: number; matches: number } {
  let built = 0;
  let matches = 0;
  fc.assert(
    fc.property(
      opts.rows,
      fc.constantFrom(...opts.notAfters),
      fc.constantFrom("iu", "u"),
      fc.constantFrom(...opts.tails),
      opts.texts,
      (rows, notAfter, flags, tail, texts) => {
        const sc = _WordScanner.of(rows, notAfter, tail, flags);
        if (!sc) return assert.ok(!opts.literal, rows.join(" | "));
        built++;
        if (opts.literal) assert.ok(sc.literal, rows.join(" | "));
        for (const t of texts) {
          let want: _WordMatch[];
          try {
            want = byRegExp(rows, notAfter, tail, flags, t);
          } catch (e) {
            if (opts.literal) throw e;
            continue; // an empty match: the scanner is never built for such rows
          }
          matches += want.length;
          assert.deepEqual(sc.all(t), want, `${rows.join(" | ")} in ${JSON.stringify(t)}`);
        }
      },
    ),
    { seed: opts.seed, numRuns: 2000 },
  );
  return { built, matches };
}

Deno.test("_WordScanner finds the matches and rows of its RegExp on random rows and texts (property)", () => {
  const { built, matches } = _againstRegExp({
    rows: fc.array(row, { minLength: 1, maxLength: 6 }),
    notAfters: ["[\\p{L}\\p{N}-]", "[\\p{L}]"],
    tails: ["(?![\\p{L}\\p{N}])", ""],
    texts: fc.array(text, { minLength: 1, maxLength: 12 }),
    seed: 11,
  });
  // the property must have been put to work
  assert.ok(built > 300, `only ${built} scanners built`);
  assert.ok(matches > 700, `only ${matches} matches`);
});

Deno.test("_WordScanner over the trigger lexicon finds what its RegExp finds (property)", () => {
  const rows = _csvObjects(_dataText("claim_triggers.csv"), "data/claim_triggers.csv", ["pattern"])
    .map((r) => r.pattern.replace(/ /g, "\\s+"));
  const notAfter = "[\\p{L}\\p{N}-]";
  const tail = "(?![\\p{L}\\p{N}])";
  const sc = _WordScanner.of(rows, notAfter, tail, "iu");
  assert.ok(sc, "every trigger row begins with letters the scanner can read");
  // texts of words from the lexicon itself, so that claim words are often met
  const words = [...new Set(rows.join(" ").toLowerCase().match(/[a-z]+/g))];
  const word = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(...words).map((w) => w[0].toUpperCase() + w.slice(1)),
    fc.constantFrom("1", "ſeized", "\u212aept", "𝐀held", "éheld", "re", "Bakhmut"),
  );
  const sep = fc.constantFrom(
    " ",
    " ",
    " ",
    " ",
    "  ",
    "-",
    "'",
    "’",
    ", ",
    ". ",
    "\n",
    "",
    "\t",
    " \u00a0",
    "\u2003",
  );
  const piece = fc.tuple(word, sep).map(([w, x]) => w + x);
  let matches = 0;
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (ps) => {
      const t = ps.join("");
      const want = byRegExp(rows, notAfter, tail, "iu", t);
      matches += want.length;
      assert.deepEqual(sc!.all(t), want, JSON.stringify(t));
    }),
    { seed: 13, numRuns: 4000 },
  );
  assert.ok(matches > 2000, `only ${matches} matches`);
});

Deno.test("_literalCodes() reads escaped phrases, and refuses rows the engine could read otherwise", () => {
  const code = (s: string) => [...s].map((c) => c.charCodeAt(0));
  assert.deepEqual(
    [..._literalCodes("Russia['’]s\\s+Army", true)!],
    [...code("russia"), _APOS, ...code("s"), _SPACE, ...code("army")],
  );
  assert.deepEqual([..._literalCodes("A\\.b-C", false)!], code("A.b-C"));
  for (
    const src of ["a\\s+", "\\s+a", "a\\s+\\s+b", "a b", "é", "a|b", "[ab]", "a.b", "", "a\\d"]
  ) {
    assert.equal(_literalCodes(src, true), null, src);
  }
});

Deno.test("_WordScanner tests literal rows without RegExps and finds what its RegExp finds (property)", () => {
  // phrases as the actor table writes them: escaped, `\s+` for a space, `['’]` for an apostrophe
  const phrase = fc.array(fc.constantFrom("ab", "Ba", "held", "s", "k", "x.y", "a-b", "o'c"), {
    minLength: 1,
    maxLength: 3,
  }).map((ws) => _reEscape(ws.join(" ")).replace(/'/g, "['’]").replace(/ /g, "\\s+"));
  const word = fc.constantFrom(
    ..."ab AB Ba held HELD ſ s S K \u212a k x.y xzy a-b o'c o’c oc é 𝐀 1".split(" "),
  );
  const sep = fc.constantFrom(" ", "  ", "\u00a0", "\n ", "-", "-a", "-A", "", "’", ".");
  const texts = fc.array(fc.tuple(word, sep).map(([w, x]) => w + x), { maxLength: 10 })
    .map((xs) => xs.join(""));
  const { matches } = _againstRegExp({
    rows: fc.array(phrase, { minLength: 1, maxLength: 6 }),
    notAfters: ["[\\p{L}\\p{N}]", "[\\p{L}\\p{N}-]"],
    tails: ["(?![\\p{L}\\p{N}]|-\\p{Ll})", "(?![\\p{L}\\p{N}])", ""],
    texts: fc.array(texts, { minLength: 1, maxLength: 8 }),
    seed: 17,
    literal: true,
  });
  assert.ok(matches > 1500, `only ${matches} matches`);
});

Deno.test("_WordScanner with a trie past 16-bit numbers finds what its RegExp finds", () => {
  // 8000 rows of twelve letters: some 70 000 trie nodes, stored in 32-bit numbers
  let seed = 7;
  const letter = () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 6));
  const rows = Array.from({ length: 8000 }, () => Array.from({ length: 12 }, letter).join(""));
  const sc = _WordScanner.of(rows, "[\\p{L}]", "(?![\\p{L}])", "iu")!;
  const text = rows.filter((_, i) => i % 7 === 0).map((r, i) => i % 3 ? r : r.slice(0, 9))
    .join(" ").toUpperCase();
  const want = byRegExp(rows, "[\\p{L}]", "(?![\\p{L}])", "iu", text);
  assert.ok(want.length > 300);
  assert.deepEqual(sc.all(text), want);
});
