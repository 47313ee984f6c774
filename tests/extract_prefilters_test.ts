/**
 * Tests of the shortcuts the extraction stage takes for speed: the cheap tests it runs before its
 * costlier RegExps (back references, counted places, "the village near X"), each of which must
 * match every text the RegExps it guards match; the clause `actingSide` reads (found without
 * splitting the sentence), which must be the one a split gives; the quotation marks `inQuotes`
 * counts by code, as RegExps counted them. Generated texts, fixed seeds.
 */
import assert from "node:assert/strict";
import fc from "npm:fast-check@4.3.0";
import { assertKeyCovers, textsLike } from "./_prefilter_check.ts";
import { actingSide } from "../lib/extract/sides.ts";
import { _FRAME_PREFILTERS, _frameGuards } from "../lib/extract/speakers.ts";
import { inQuotes } from "../lib/extract/_quotes.ts";
import { _MAY_SPEAK } from "../lib/extract/article.ts";
import { _backrefPrefilters } from "../lib/extract/backrefs.ts";
import { _LEAD_PREFILTERS, _TARGET_PREFILTERS } from "../lib/extract/targets.ts";
import { _titleCase, _unknownPrefilters } from "../lib/extract/unknown_places.ts";
import { _triggerPrefilters, _triggerWordKeys } from "../lib/extract/triggers.ts";
import { _CONTEXT_PREFILTERS } from "../lib/extract/context.ts";
import { _csvObjects, _dataText } from "../lib/lexicon/_lexicon.ts";

/** The back-reference phrases and their words (the RegExps' sources hold them factored). */
const PHRASES = _csvObjects(_dataText("lexicon_backrefs.csv"), "data/lexicon_backrefs.csv", [
  "phrase",
]).map((r) => r.phrase);
const PHRASE_WORDS = [...new Set([...PHRASES, ...PHRASES.flatMap((p) => p.split(" "))])];

Deno.test("each cheap test of backReference(), regionReference() and countedPlaces() matches wherever the RegExps it guards do", () => {
  _backrefPrefilters().forEach(({ key, guards }, i) => {
    assertKeyCovers(
      key,
      guards,
      textsLike(guards, [...PHRASE_WORDS, "enemy territory", "5", "the", "these"]),
      31 + i,
    );
  });
});

Deno.test("the cheap test of sentenceTargets() matches wherever the RegExp it guards does", () => {
  for (const { key, guards } of _TARGET_PREFILTERS) {
    assertKeyCovers(key, guards, textsLike(guards, ["not far from", "close to", "village"]), 37);
  }
});

/** A name and each way a claim may go on about it ("Hannivka fell", "Hannivka, a hamlet"). */
const SUBJECT_ENDS = [
  ...["fallen", "fell", "captured", "taken", "liberated", "recaptured", "retaken", "seized"],
  ...["has been occupied", "was encircled", "were surrounded"],
  ...[", a village", ", the town", ", a settlement", ", a small hamlet"],
  ...["is under Russian control", "remains in Ukrainian hands", "is now in enemy hands"],
].map((end) => `Hannivka${end.startsWith(",") ? "" : " "}${end}`);

Deno.test("the cheap test of unknownPlaces() matches wherever the RegExp it guards does", () => {
  for (const { key, guards } of _unknownPrefilters()) {
    assertKeyCovers(key, guards, textsLike(guards, ["Hannivka", ...SUBJECT_ENDS]), 41);
  }
});

Deno.test("the cheap test of unknownPlaces() matches each way a claim may go on about a name", () => {
  for (const { key, guards } of _unknownPrefilters()) {
    for (const text of SUBJECT_ENDS) {
      assert.ok(guards.some((g) => new RegExp(g.source, g.flags).test(text)), text);
      assert.ok(key.test(text), `${key} misses ${JSON.stringify(text)}`);
    }
  }
});

Deno.test("the cheap test sentenceFrames() runs on the words before an actor matches wherever the RegExp it guards does", () => {
  for (const { key, guards } of _FRAME_PREFILTERS) {
    const texts = textsLike(guards, ["made by", "issued by the", "by", "x"]);
    assertKeyCovers(key, guards, texts.map((t) => t + " "), 53);
  }
});

Deno.test("the one test sentenceTargets() runs on the words before a place matches wherever a pattern it guards does", () => {
  // (each pattern alone, on texts that end as the words before a place do: with a space)
  for (const { key, guards } of _LEAD_PREFILTERS) {
    guards.forEach((g, i) => {
      const extra = ["Ukraine-held", "5", "12.5", "the", "x", "of", "km", "area north of"];
      const texts = textsLike([g], extra);
      assertKeyCovers(key, [g], texts.map((t) => t + " "), 47 + i);
    });
  }
});

Deno.test("_titleCase() answers as the words /\\p{L}+/gu finds do (property)", () => {
  const byWords = (t: string) => {
    const words = t.match(/\p{L}+/gu) ?? [];
    return words.length > 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length * 0.6;
  };
  // capitals and small letters of ASCII, beyond it and past U+FFFF, lone surrogates, marks
  const word = fc.constantFrom(
    "Kyiv",
    "Kyiv",
    "A",
    "Zaporizhzhia",
    "Élan",
    "\u{1d400}x",
    "the",
    "é",
    "ß",
    "\u{1d41a}",
    "\ud835",
    "\udc00",
    "\u0301",
  );
  const sep = fc.constantFrom("", " ", " ", ", ", "1", "’", "-", "\ud835");
  const texts = fc.array(fc.tuple(word, sep), { maxLength: 8 }).map((xs) => xs.flat().join(""));
  let title = 0;
  fc.assert(
    fc.property(texts, (t) => {
      const want = byWords(t);
      if (want) title++;
      assert.equal(_titleCase(t), want, JSON.stringify(t));
    }),
    { seed: 53, numRuns: 5000 },
  );
  assert.ok(title > 200, `the texts should reach title case (${title})`);
});

Deno.test("the one test findTriggers() runs before a claim word matches wherever a pattern it guards does", () => {
  // (each pattern alone, on texts that end as the words before a claim word do: with a space)
  for (const { key, guards } of _triggerPrefilters()) {
    guards.forEach((g, i) => {
      const texts = textsLike([g], ["n't", "can't", "won't", "5", "May", "the", "x", "amid"]);
      assertKeyCovers(key, [g], texts.map((t) => t + " "), 41 + i);
    });
  }
});

Deno.test("the word test findTriggers() runs before its patterns read before a claim word passes wherever one of them matches", () => {
  const { keys, guards } = _triggerWordKeys();
  guards.forEach((g, i) => {
    const texts = textsLike([g], ["n't", "can't", "won't", "5", "May", "the", "x", "amid"]);
    let hits = 0;
    fc.assert(
      fc.property(texts.map((t) => t + " "), (t) => {
        if (!g.test(t)) return;
        hits++;
        assert.ok(keys.in(t), `the word test misses ${JSON.stringify(t)} matched by ${g}`);
      }),
      { seed: 61 + i, numRuns: 10000 },
    );
    assert.ok(hits >= 10, `${g}: only ${hits} texts matched`);
  });
});

Deno.test("the cheap test of fallbackVoice() matches wherever the background RegExp does", () => {
  for (const { key, guards } of _CONTEXT_PREFILTERS) {
    assertKeyCovers(
      key,
      guards,
      textsLike(guards, ["2024", "1999", "6", "21st", "in", "May", "months ago", "full-scale"]),
      43,
    );
  }
});

/** `actingSide` as it was written before: split the text before `pos` at every clause break. */
function actingSideBySplit(text: string, pos: number, side: "russia" | "ukraine"): string | null {
  const clause = text.slice(0, pos).split(/[;:]|\bbut\b|\bwhile\b|\bwhereas\b/i).at(-1) ?? "";
  const re =
    /(?<![\p{L}])(russia['’]s|russian|russians|russia|moscow['’]s|moscow|kremlin|putin['’]s|ukraine['’]s|ukrainian|ukrainians|ukraine|kyiv['’]s|kyiv|kiev|afu|zsu|enemy|occupiers?|invaders?|our|we|us)(?![\p{L}])/giu;
  const w = [...clause.slice(-120).matchAll(re)].at(-1)?.[1].toLowerCase();
  if (!w) return null;
  if (/^(?:our|we|us)$/.test(w)) return side;
  if (/^(?:enemy|occupiers?|invaders?)$/.test(w)) return side === "russia" ? "ukraine" : "russia";
  return /^(?:russia|moscow|kremlin|putin)/.test(w) ? "russia" : "ukraine";
}

Deno.test("actingSide() reads the side of the clause a split at every break gives (property)", () => {
  // side words and breaks at every distance from the 120 characters read: fillers of any length
  const word = fc.oneof(
    fc.constantFrom(
      "Russian",
      "Ukraine's",
      "Kyiv",
      "enemy",
      "we",
      "but",
      "But",
      "butter",
      "while",
      "whereas",
      ";",
      ":",
    ),
    fc.integer({ min: 1, max: 30 }).map((k) => "x".repeat(k)),
  );
  const sep = fc.constantFrom(" ", " ", ", ", "-", "");
  let sided = 0;
  fc.assert(
    fc.property(
      fc.array(fc.tuple(word, sep).map(([w, x]) => w + x), { maxLength: 24 }),
      fc.oneof(fc.constant(-1), fc.nat()),
      fc.constantFrom("russia", "ukraine"),
      (parts, n, side) => {
        const text = parts.join("");
        const pos = n < 0 ? text.length : n % (text.length + 1);
        const want = actingSideBySplit(text, pos, side);
        if (want) sided++;
        assert.equal(actingSide(text, pos, { name: "x", side, role: "official" }), want, text);
      },
    ),
    { seed: 41, numRuns: 30000 },
  );
  assert.ok(sided > 5000, `only ${sided} texts named a side`);
});

Deno.test("inQuotes() counts the marks before pos as RegExps do (property)", () => {
  const byRegExp = (text: string, pos: number) => {
    const before = text.slice(0, pos);
    const straight = (before.match(/"/g) ?? []).length;
    const open = (before.match(/[“«]/g) ?? []).length;
    const close = (before.match(/[”»]/g) ?? []).length;
    return straight % 2 === 1 || open > close;
  };
  let inside = 0;
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('"', "“", "”", "«", "»", "‘", "’", "'", "a", " ", "𝐀"), {
        maxLength: 12,
      }),
      fc.integer({ min: -14, max: 14 }),
      (cs, pos) => {
        const text = cs.join("");
        const want = byRegExp(text, pos);
        if (want) inside++;
        assert.equal(inQuotes(text, pos), want, `${JSON.stringify(text)} at ${pos}`);
      },
    ),
    { seed: 43, numRuns: 5000 },
  );
  assert.ok(inside > 1000, `only ${inside} positions inside quotes`);
});

Deno.test("the cheap gate before reading a sentence's speakers matches wherever a frame RegExp does", () => {
  const guards = _frameGuards();
  // the generated texts join the RegExps' own words; the gate must hold for each text a guard finds
  assertKeyCovers(
    _MAY_SPEAK,
    guards.map((g) => new RegExp(g.source.replace(/^\^/, "").replace(/\$$/, ""), g.flags)),
    textsLike(guards, [
      "Ukraine's",
      "Russia’s",
      "the",
      "said",
      "-",
      ":",
      "statements made by",
      "military said",
      "The ministry said that",
    ]),
    71,
    1,
  );
});
