import assert from "node:assert/strict";
import fc from "npm:fast-check@4.3.0";
import { type Sentence, type SplitOptions, splitSentences } from "../lib/lexicon/sentences.ts";
import { _words } from "../lib/lexicon/_lexicon.ts";

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

const _CLOSERS = `"'”’»)]`;
const _OPENERS = `"'“‘«(`;

/**
 * splitSentences() as it was before its characters were tested by code: the reference the
 * differential test compares with, frozen on purpose. A deliberate change to how sentences are
 * split changes this copy too.
 */
function _splitBefore(text: string, options: SplitOptions = {}): Sentence[] {
  if (typeof text !== "string") {
    throw new TypeError(`splitSentences: expected text as a string, found ${typeof text}`);
  }
  const from = options.from ?? 0;
  const to = options.to ?? text.length;
  if (
    !Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > text.length || from > to
  ) {
    throw new RangeError(
      `splitSentences: expected 0 <= from <= to <= ${text.length}, found from ${from}, to ${to}`,
    );
  }
  const maxLength = options.maxLength ?? 1000;
  if (!Number.isInteger(maxLength) || maxLength < 20) {
    throw new RangeError(`splitSentences: expected maxLength >= 20, found ${maxLength}`);
  }
  const abbrevs = new Set(
    [...(_words().abbreviation ?? []), ...(options.abbreviations ?? [])].map((a) =>
      a.toLowerCase()
    ),
  );
  const out: Sentence[] = [];
  let segStart = from;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    while (b - a > maxLength) {
      const cut = _cutPointBefore(text, a, a + maxLength);
      push(a, cut);
      a = cut;
      while (a < b && /\s/.test(text[a])) a++;
    }
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
  };
  for (let i = from; i < to; i++) {
    // most characters end nothing: compared by code, without making one-character strings
    const code = text.charCodeAt(i);
    if (code === 10) { // "\n"
      push(segStart, i);
      segStart = i + 1;
      continue;
    }
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue; // . ! ? …
    const c = text[i];
    // extend over repeated punctuation and closing quotes/brackets
    let j = i + 1;
    while (j < to && (".!?…".includes(text[j]) || _CLOSERS.includes(text[j]))) j++;
    if (j >= to) continue;
    if (!/[ \t\u00a0]/.test(text[j])) continue; // "Nov.2", "1.5", "arteries.analysts"
    let k = j;
    while (k < to && /[ \t\u00a0]/.test(text[k])) k++;
    if (k >= to) continue;
    const next = text[k];
    const startsSentence = /[\p{Lu}\p{N}]/u.test(next) || _OPENERS.includes(next);
    if (!startsSentence) continue;
    if (c === ".") {
      // the word before the dot
      let w = i;
      while (w > from && /[\p{L}\p{N}.\-]/u.test(text[w - 1])) w--;
      const word = text.slice(w, i);
      if (/^\p{Lu}$/u.test(word)) continue; // initial: "V. Putin"
      if (abbrevs.has(word.toLowerCase())) {
        // month abbreviation followed by a number ("Nov. 3") or a title before a name
        continue;
      }
      if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) continue; // "U.S" in "U.S. forces"
    }
    push(segStart, j);
    segStart = j;
    i = j - 1;
  }
  push(segStart, to);
  return out;
}

function _cutPointBefore(text: string, a: number, limit: number): number {
  for (const mark of [";", ",", " "]) {
    const i = text.lastIndexOf(mark, limit - 1);
    if (i > a + 10) return i + 1;
  }
  return limit;
}

Deno.test("splitSentences() splits as the version that tested characters with RegExps did", () => {
  const piece = fc.constantFrom(
    "Gen",
    "war-Gen.",
    "U.S",
    "non-U.S.",
    "Nov.",
    "V.",
    "end.",
    "Nov",
    "Putin",
    "V",
    "war",
    "1.5",
    "12",
    "É",
    "é",
    "\u{1d400}",
    "ſ",
    ".",
    "!",
    "?",
    "…",
    "...",
    '"',
    "'",
    "”",
    "’",
    "»",
    ")",
    "]",
    "“",
    "«",
    "(",
    "-",
    ",",
    ";",
  );
  const space = fc.constantFrom(
    " ",
    " ",
    "",
    "  ",
    "\t",
    "\u00a0",
    "\n",
    "\r\n",
    "\u2003",
    "\u000b",
  );
  const texts = fc.array(fc.tuple(piece, space), { maxLength: 30 }).map((xs) => xs.flat().join(""));
  let split = 0;
  fc.assert(
    fc.property(
      texts,
      fc.integer({ min: 20, max: 60 }),
      fc.nat(),
      fc.nat(),
      (t, maxLength, a, b) => {
        // the whole text, or a span of it (where the next end may lie past the span)
        const [from, to] = [a % (t.length + 1), b % (t.length + 1)].sort((x, y) => x - y);
        const options: SplitOptions = a % 3 ? { maxLength } : { maxLength, from, to };
        const now: Sentence[] = splitSentences(t, options);
        split += now.length > 1 ? 1 : 0;
        assert.deepEqual(now, _splitBefore(t, options), JSON.stringify(t));
      },
    ),
    { seed: 21, numRuns: 5000 },
  );
  assert.ok(split > 1000, `the texts should often split (${split})`);
});
