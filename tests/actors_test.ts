import assert from "node:assert/strict";
import fc from "npm:fast-check@4.3.0";
import { assertKeyCovers, textsLike } from "./_prefilter_check.ts";
import { _matchAll } from "../lib/lexicon/_lexicon.ts";
import {
  _ACTOR_PREFILTERS,
  _capitalLast,
  _sideOfWord,
  _tableMatchers,
  _variantKey,
  type Actor,
  defaultActors,
  findActors,
  lookupActor,
  parseActors,
} from "../lib/lexicon/actors.ts";

Deno.test("findActors() maps every transliteration of the commander to one canonical name", () => {
  for (const v of ["Syrskyi", "Syrskii", "Sirsky", "Sirski", "Oleksandr Syrsky"]) {
    const ms = findActors(`${v} spoke.`);
    assert.equal(ms.length, 1, v);
    assert.equal(ms[0].canonical, "Oleksandr Syrskyi");
    assert.equal(ms[0].side, "ukraine");
  }
});

Deno.test("findActors() gives mapping projects and bloggers their side and role", () => {
  const ms = findActors(
    "DeepState, the ISW, Black Bird Group, Rybar, Two Majors and Butusov agreed.",
  );
  const got = Object.fromEntries(ms.map((m) => [m.canonical, `${m.side}/${m.role}`]));
  assert.equal(got["DeepState"], "ukraine/mapping");
  assert.equal(got["ISW"], "independent/mapping");
  assert.equal(got["Black Bird Group"], "independent/mapping");
  assert.equal(got["Rybar"], "russia/blogger");
  assert.equal(got["Two Majors"], "russia/blogger");
  assert.equal(got["Yurii Butusov"], "ukraine/blogger");
});

Deno.test("findActors() prefers the longest name (defence ministry over Russia)", () => {
  const ms = findActors("Russia's Defence Ministry said so.");
  assert.equal(ms.length, 1);
  assert.equal(ms[0].canonical, "Russian Defence Ministry");
  assert.equal(ms[0].text, "Russia's Defence Ministry");
});

Deno.test("findActors() recognises numbered units and takes their side from the adjective", () => {
  const ms = findActors(
    "Ukraine's 47th Separate Mechanized Brigade and Russia's 90th Tank Division clashed.",
  );
  assert.deepEqual(ms.map((m) => [m.canonical, m.side]), [
    ["47th Separate Mechanized Brigade", "ukraine"],
    ["90th Tank Division", "russia"],
  ]);
  assert.ok(ms.every((m) => m.unit && m.role === "official"));
});

Deno.test("findActors() resolves 'his military' to the side of the leader named before it", () => {
  const ms = findActors("Putin spoke first, then his military said more.");
  const poss = ms.find((m) => m.source === "possessive");
  assert.equal(poss?.canonical, "Russian military");
  assert.equal(poss?.side, "russia");
});

Deno.test("findActors() does not take a lower-case common word for a capitalised name", () => {
  assert.equal(findActors("the wagner in the yard").length, 0);
});

Deno.test("parseActors() reads variants and rejects an unknown side naming the line", () => {
  const a = parseActors("canonical,variants,side,role\nTest Unit,TU;T. Unit,ukraine,official\n");
  assert.deepEqual(a[0].variants, ["Test Unit", "TU", "T. Unit"]);
  assert.throws(() => parseActors("canonical,variants,side,role\nX,Y,mars,official\n", "a.csv"), {
    name: "TypeError",
    message: /a\.csv:2 side: expected one of .*found "mars"/,
  });
  assert.throws(() => parseActors("name,side\nX,ukraine\n", "b.csv"), {
    name: "SyntaxError",
    message: /b\.csv:1: expected a column "canonical"/,
  });
});

Deno.test("lookupActor() finds an actor by any variant", () => {
  assert.equal(lookupActor("dva mayora")?.canonical, "Two Majors");
  assert.equal(lookupActor("nobody at all"), undefined);
  assert.ok(defaultActors().length > 50);
});

Deno.test("each cheap test of findActors() matches wherever the RegExps it guards do", () => {
  for (const { key, guards } of _ACTOR_PREFILTERS) {
    assertKeyCovers(key, guards, textsLike(guards), 7);
  }
});

Deno.test("findActors() keeps one of a table name and a unit name that overlap", () => {
  // "Azov Brigade" is both a table variant and a named unit; the table's entry comes first
  const t =
    "The Azov Brigade and Russia's 506th Motor Rifle Regiment fought near the 3rd Assault Brigade.";
  assert.deepEqual(findActors(t).map((m) => [m.text, m.canonical, m.side, m.source]), [
    ["Azov Brigade", "Azov", "ukraine", "table"],
    ["Russia's 506th Motor Rifle Regiment", "506th Motor Rifle Regiment", "russia", "unit"],
    ["the 3rd Assault Brigade", "3rd Assault Brigade", "ukraine", "unit"],
  ]);
});

Deno.test("_variantKey() keys a matched text as the full normalisation does", () => {
  const full = (t: string) => t.toLowerCase().replace(/’/g, "'").replace(/\s+/g, " ");
  let changed = 0;
  const part = fc.constantFrom("Russia", "’s", "'s", " ", "  ", "\n", "\t", "\u00a0", "MoD", "x");
  fc.assert(
    fc.property(fc.array(part, { maxLength: 8 }), (xs) => {
      const t = xs.join("");
      if (full(t) !== t.toLowerCase()) changed++;
      assert.equal(_variantKey(t), full(t), JSON.stringify(t));
    }),
    { seed: 21, numRuns: 5000 },
  );
  assert.ok(changed > 1000, `the texts should often need normalising (${changed})`);
});

Deno.test("findActors() gives every mention the same fields in the same order", () => {
  const ms = findActors(
    "Russia's 90th Tank Division and Wagner attacked; its military and the 3rd Assault Brigade said so.",
  );
  assert.deepEqual(new Set(ms.map((m) => m.source)), new Set(["table", "unit", "possessive"]));
  for (const m of ms) {
    assert.deepEqual(Object.keys(m), [
      "start",
      "end",
      "text",
      "canonical",
      "side",
      "role",
      "source",
      "unit",
    ]);
  }
});

Deno.test("findActors() ends and finds the others when a hand-built table has an empty variant", () => {
  const actors: Actor[] = [
    { canonical: "Nobody", variants: [""], side: "independent", role: "media" },
    { canonical: "DeepState", variants: ["DeepState"], side: "independent", role: "media" },
  ];
  const ms = findActors("Per DeepState, 😀 a map.", { actors });
  assert.deepEqual(ms.filter((m) => m.text !== "").map((m) => m.canonical), ["DeepState"]);
});

Deno.test("findActors() answers the same for a text seen before, whatever its capitals", () => {
  // proper-noun variants need a capital in the text; the memo of matched texts keeps that apart
  const texts = ["wagner fighters left.", "Wagner fighters left.", "WAGNER fighters left."];
  const first = texts.map((t) => findActors(t));
  const again = texts.map((t) => findActors(t));
  assert.deepEqual(again, first);
  assert.equal(first[0].some((m) => m.canonical === "Wagner Group"), false);
  assert.equal(first[1].some((m) => m.canonical === "Wagner Group"), true);
});

Deno.test("findActors() reads letters past U+FFFF before a name as letters", () => {
  // a text with a surrogate pair takes the slower RegExp, whose look back reads whole characters
  assert.deepEqual(findActors("\u{1d400}Kyiv said").map((m) => m.text), []);
  assert.deepEqual(findActors("\u{1d400} Kyiv said").map((m) => m.text), ["Kyiv"]);
  assert.deepEqual(findActors("éKyiv said").map((m) => m.text), []);
});

Deno.test("findActors() finds the same in a text with or without a letter past U+FFFF after it", () => {
  const variants = defaultActors().flatMap((a) => a.variants).filter((_, i) => i % 3 === 0);
  const word = fc.constantFrom(...variants, "its forces", "the 7th Brigade", "said", "x", "é");
  const sep = fc.constantFrom(" ", "", ", ", "\n", "-", "'s ");
  const texts = fc.array(fc.tuple(word, sep), { maxLength: 6 }).map((xs) => xs.flat().join(""));
  let found = 0;
  fc.assert(
    fc.property(texts, (t) => {
      const plain = findActors(t);
      found += plain.length;
      assert.deepEqual(findActors(`${t} \u{1d400}`), plain, JSON.stringify(t));
    }),
    { seed: 23, numRuns: 2000 },
  );
  assert.ok(found > 2000, `the texts should name actors (${found})`);
});

Deno.test("findActors()' scanner finds the matches of the table's RegExp, in any case and spacing (property)", () => {
  const { re, scan } = _tableMatchers(defaultActors());
  assert.ok(scan, "the default table has a scanner");
  assert.ok(scan.literal, "its rows are read as phrases, without RegExps");
  const variants = defaultActors().flatMap((a) => a.variants);
  // a variant as a case-insensitive RegExp reads it: any case, ſ and the Kelvin sign, ’ for ',
  // any run of white space for a space
  const spelt = fc.tuple(fc.constantFrom(...variants), fc.integer({ min: 0, max: 6 })).map(
    ([v, c]) =>
      [
        v,
        v.toLowerCase(),
        v.toUpperCase(),
        v.replace(/s/g, "ſ"),
        v.replace(/k/gi, "\u212a"),
        v.replace(/'/g, "’"),
        v.replace(/ /g, c % 2 ? "\n " : "\u00a0"),
      ][c],
  );
  const cut = fc.tuple(fc.constantFrom(...variants), fc.nat()).map(([v, n]) =>
    v.slice(0, 1 + (n % v.length))
  );
  const word = fc.oneof(
    spelt,
    cut,
    fc.constantFrom("x", "é", "\u{1d400}", "7", "said", "-installed"),
  );
  const sep = fc.constantFrom(" ", "", ", ", "\n", "-", "-x", "'s ", "’", "  ");
  const texts = fc.array(fc.tuple(word, sep), { maxLength: 6 }).map((xs) => xs.flat().join(""));
  let found = 0;
  fc.assert(
    fc.property(texts, (t) => {
      const want = _matchAll(t, re).map((m) => `${m.index}:${m[0]}`);
      found += want.length;
      assert.deepEqual(scan!.all(t).map((m) => `${m.start}:${m.text}`), want, JSON.stringify(t));
    }),
    { seed: 29, numRuns: 3000 },
  );
  assert.ok(found > 1500, `the texts should name actors (${found})`);
});

Deno.test("data/actors.csv lists each variant once in its row", () => {
  const text = Deno.readTextFileSync(new URL("../data/actors.csv", import.meta.url));
  const repeated: string[] = [];
  for (const [i, line] of text.split("\n").slice(1).entries()) {
    const variants = (line.split(",")[1] ?? "").split(";").filter((v) => v);
    const seen = new Set<string>();
    for (const v of variants) {
      if (seen.has(v)) repeated.push(`line ${i + 2}: ${v}`);
      seen.add(v);
    }
  }
  assert.deepEqual(repeated, []);
});

Deno.test("_sideOfWord() gives russia for Russian/Moscow/Kremlin words, ukraine for Ukrainian/Kyiv/Kiev words, null for others", () => {
  assert.deepEqual(
    ["Russian", "Moscow's", "Kremlin", "Ukraine's", "Kyiv", "Kiev", "Minsk", "Polish", ""].map(
      _sideOfWord,
    ),
    ["russia", "russia", "russia", "ukraine", "ukraine", "ukraine", null, null, null],
  );
});

Deno.test("_capitalLast() capitalises a unit's last word as the RegExp it replaces does (property)", () => {
  assert.equal(_capitalLast("47th Separate brigade"), "47th Separate Brigade");
  const part = fc.constantFrom("47th", "brigade", "corps", "é", "ſ", "\u{1d400}x", "", " ", "  ");
  fc.assert(
    fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
      const name = parts.join(" ").replace(/\s+/g, " ");
      const byRe = name.replace(/\S+$/, (w) => w[0].toUpperCase() + w.slice(1));
      assert.equal(_capitalLast(name), byRe, JSON.stringify(name));
    }),
    { seed: 47, numRuns: 2000 },
  );
});
