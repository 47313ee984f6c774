import assert from "node:assert/strict";
import { splitSentences } from "../lib/sentences.ts";

Deno.test("splitSentences() keeps titles and initials inside the sentence", () => {
  const t = "Gen. Ivan Petrenko met Lt. Col. O. Marchenko. They talked.";
  assert.deepEqual(splitSentences(t).map((s) => s.text), [
    "Gen. Ivan Petrenko met Lt. Col. O. Marchenko.",
    "They talked.",
  ]);
});

Deno.test("splitSentences() does not split after U.S. or a month abbreviation before a day", () => {
  const t = "The U.S. envoy arrived on Nov. 4 in the city. Talks began.";
  assert.deepEqual(splitSentences(t).map((s) => s.text), [
    "The U.S. envoy arrived on Nov. 4 in the city.",
    "Talks began.",
  ]);
});

Deno.test("splitSentences() ends a sentence after a closing quote", () => {
  const t = '"We hold the line," the officer said. "They will not pass." Then silence.';
  assert.deepEqual(splitSentences(t).map((s) => s.text), [
    '"We hold the line," the officer said.',
    '"They will not pass."',
    "Then silence.",
  ]);
});

Deno.test("splitSentences() leaves decimals and glued dots alone", () => {
  const t = "The front moved 1.5 km.It was quiet (Nov.2) later. Done?";
  assert.deepEqual(splitSentences(t).map((s) => s.text), [
    "The front moved 1.5 km.It was quiet (Nov.2) later.",
    "Done?",
  ]);
});

Deno.test("splitSentences() treats a line break as a sentence end and offsets slice the text", () => {
  const t = "  Headline without a dot\nFirst line here. Second one!\n\n";
  const ss = splitSentences(t);
  assert.deepEqual(ss.map((s) => s.text), [
    "Headline without a dot",
    "First line here.",
    "Second one!",
  ]);
  for (const s of ss) assert.equal(t.slice(s.start, s.end), s.text);
});

Deno.test("splitSentences() splits only inside from..to", () => {
  const t = "Skip me. Keep this. And this.";
  const ss = splitSentences(t, { from: 9, to: t.length });
  assert.deepEqual(ss.map((s) => s.text), ["Keep this.", "And this."]);
  assert.equal(ss[0].start, 9);
});

Deno.test("splitSentences() rejects bad input with TypeError and RangeError", () => {
  assert.throws(() => splitSentences(42 as unknown as string), {
    name: "TypeError",
    message: /expected text as a string, found number/,
  });
  assert.throws(() => splitSentences("abc", { from: 2, to: 1 }), {
    name: "RangeError",
    message: /expected 0 <= from <= to <= 3, found from 2, to 1/,
  });
});

Deno.test("splitSentences() cuts a run-on sentence past maxLength at commas, keeping offsets exact", () => {
  const text = "Russian forces captured Pokrovsk, ".repeat(200).trim();
  const sentences = splitSentences(text, { maxLength: 100 });
  assert.ok(sentences.length > 60, `expected many pieces, found ${sentences.length}`);
  for (const s of sentences) {
    assert.ok(s.end - s.start <= 100, `piece of ${s.end - s.start} characters`);
    assert.equal(text.slice(s.start, s.end), s.text);
    assert.ok(s.text.endsWith(",") || s.end === text.length, `cut mid-clause: ${s.text}`);
  }
  assert.throws(() => splitSentences(text, { maxLength: 5 }), {
    name: "RangeError",
    message: "splitSentences: expected maxLength >= 20, found 5",
  });
});
