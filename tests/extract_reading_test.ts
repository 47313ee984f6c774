/**
 * Tests of `lib/extract/reading.ts`, the pass that finds an article's triggers and actor-table
 * mentions before its sentences are read: it must give each sentence what `findTriggers`, the
 * table and `_peopleIn` give for its text alone, and skip what the extractor skips; the people
 * split in two must be `findPeople`. Short articles of our own.
 */
import assert from "node:assert/strict";
import { art } from "./_extract_fixtures.ts";
import type { Article } from "../lib/shared/types.ts";
import { readArticle } from "../lib/extract/reading.ts";
import { findTriggers } from "../lib/extract/triggers.ts";
import { _knownPeople, _peopleIn, findPeople, type People } from "../lib/extract/people.ts";
import { _tableMentionsIn, defaultActors } from "../lib/lexicon/actors.ts";

const ARTICLE = art([
  ["headline", "Russian forces capture Kivsharivka"],
  "Ivan Petrenko, a spokesman for Ukraine's army, said the village was held. Petrenko added more.",
  "Russia's Defence Ministry said its troops had captured the village of Kivsharivka. Ukraine's General Staff denied it.",
  "Fighting continued in the area.",
  "Russia's Defence Ministry said its troops had captured the village of Kivsharivka. Ukraine's General Staff denied it.",
  ["boilerplate", "Subscribe to our newsletter, said the editor."],
]);

const everySentence = () => true;

Deno.test("readArticle() gives each sentence findTriggers() and the table's mentions of its own text", () => {
  const read = readArticle(ARTICLE, defaultActors(), everySentence);
  const sentences = read.flatMap((r) => r.sentences);
  assert.ok(sentences.length >= 4);
  for (const s of sentences) {
    assert.equal(s.text, ARTICLE.text.slice(s.start, s.end));
    assert.deepEqual(s.triggers, findTriggers(s.text), s.text);
    assert.deepEqual(s.table, _tableMentionsIn(s.text, defaultActors()), s.text);
    assert.deepEqual(s.people, _peopleIn(s.text, s.table!), s.text);
  }
  assert.ok(sentences.some((s) => s.triggers.length && s.table?.length), "the test names both");
});

Deno.test("readArticle() gives the sentences of an article with curly quotes their own text", () => {
  // the article holds characters past U+00FF: the sentences without any are copies (one byte a
  // character), which must hold the same characters
  const wide = art([
    "Russia’s Defence Ministry said its troops had captured Kivsharivka. Kyiv denied it — again.",
    "Fighting continued in the area. Ukrainian forces said they had repelled an assault there.",
  ]);
  const sentences = readArticle(wide, defaultActors(), everySentence).flatMap((r) => r.sentences);
  assert.equal(sentences.length, 4);
  for (const s of sentences) {
    assert.equal(s.text, wide.text.slice(s.start, s.end));
    assert.deepEqual(s.triggers, findTriggers(s.text), s.text);
  }
  assert.ok(sentences.filter((s) => s.triggers.length).length >= 3);
});

Deno.test("readArticle() skips boilerplate and a long paragraph seen before, and keeps paragraph indices", () => {
  const read = readArticle(ARTICLE, defaultActors(), everySentence);
  assert.deepEqual(read.map((r) => r.pi), [0, 1, 2, 3]);
  assert.deepEqual(read.map((r) => r.p.kind), ["headline", "body", "body", "body"]);
});

/** The paragraphs `readArticle()` reads: each whose key (its text trimmed, white space collapsed) was not read before. */
function keptBySet(a: Article): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  a.paragraphs.forEach((p, pi) => {
    if (p.kind === "header" || p.kind === "boilerplate" || p.kind === "repeat") return;
    const key = p.end - p.start > 40
      ? a.text.slice(p.start, p.end).trim().replace(/\s+/g, " ")
      : "";
    if (key) {
      if (seen.has(key)) return;
      seen.add(key);
    }
    out.push(pi);
  });
  return out;
}

Deno.test("readArticle() skips the same paragraphs as a Set of whole keys would (property)", () => {
  // paragraphs of a few words with white space of every kind between them, long and short,
  // alike in their first hundred characters or only in their white space
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) >> 8) % n;
  const words = ["Russian", "forces", "shelled", "Kupiansk", "again", "on", "Monday", "a", "b"];
  const gaps = [" ", " ", " ", "  ", "\t", "\u00a0", " \n ", "\u2009", "\u3000", "\ufeff"];
  const base = Array.from(
    { length: 6 },
    () => Array.from({ length: 10 + rand(60) }, () => words[rand(words.length)]),
  );
  let skipped = 0;
  for (let n = 0; n < 300; n++) {
    const paras = Array.from({ length: 2 + rand(8) }, () => {
      const ws = [...base[rand(base.length)]];
      if (rand(3) === 0) {
        ws[ws.length - 1 - rand(Math.min(ws.length, 4))] = words[rand(words.length)];
      }
      if (rand(4) === 0) ws.length = 1 + rand(ws.length);
      const lead = rand(3) === 0 ? gaps[rand(gaps.length)] : "";
      const trail = rand(3) === 0 ? gaps[rand(gaps.length)] : "";
      return lead + ws.map((w, i) => (i ? gaps[rand(gaps.length)] : "") + w).join("") + trail;
    });
    const a = art(paras);
    const kept = readArticle(a, defaultActors(), () => false).map((r) => r.pi);
    assert.deepEqual(kept, keptBySet(a), JSON.stringify(paras));
    skipped += paras.length - kept.length;
  }
  assert.ok(skipped > 100, `repeats skipped: ${skipped}`);
});

Deno.test("readArticle() finds the table's mentions only where needsActors() asks for them", () => {
  const asked: string[] = [];
  const read = readArticle(ARTICLE, defaultActors(), (text, triggers) => {
    asked.push(text);
    assert.deepEqual(triggers, findTriggers(text));
    return text.startsWith("Russia");
  });
  const sentences = read.flatMap((r) => r.sentences);
  for (const s of sentences) assert.equal(s.table === null, !s.text.startsWith("Russia"), s.text);
  assert.ok(sentences.some((s) => s.table === null) && sentences.some((s) => s.table !== null));
  assert.equal(asked.length, sentences.length);
});

Deno.test("_knownPeople() of _peopleIn() is findPeople(): the same mentions, the same people remembered", () => {
  const texts = [
    "Ivan Petrenko, a spokesman for Ukraine's army, said the village was held.",
    "Petrenko added that Russian military blogger Oleg Sidorov was wrong.",
    "Sidorov and Petrenko did not reply; the Sumy Regional Military Administration did.",
  ];
  const a: People = new Map();
  const b: People = new Map();
  for (const t of texts) {
    assert.deepEqual(_knownPeople(t, b, _peopleIn(t)), findPeople(t, a), t);
    assert.deepEqual([...b], [...a], t);
  }
  assert.deepEqual([...a.keys()], ["Petrenko", "Sidorov"]);
});
