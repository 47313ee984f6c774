import assert from "node:assert/strict";
import { _anyOf, _firstChars } from "../lib/_regex_source.ts";

const PATTERNS = [
  "captur(?:ed|ing)",
  "(?:took|taken) control of",
  "liberat\\w+",
  "pushed (?:back|further)",
  "[Ee]ncircl(?:ed|ement)",
  "cleared (?:\\d+ )?buildings",
  "(?:fell|has fallen)|full control",
];

const TEXT = "Troops captured the town, took control of a bridge and liberated two villages; " +
  "they were pushed back, then encircled. Officials said it fell. The army cleared 35 buildings " +
  "and had full control. Capture is not Capturing; TAKEN CONTROL OF the hill.";

function starts(re: RegExp, text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (m && m.index === i) out.push(i);
  }
  return out;
}

Deno.test("_anyOf() matches at exactly the offsets where one of the patterns matches", () => {
  const any = new RegExp(_anyOf(PATTERNS), "giu");
  const each = new RegExp(PATTERNS.map((p) => `(?:${p})`).join("|"), "giu");
  const expected = starts(each, TEXT);
  assert.ok(expected.length >= 10, `the fixture should match often, found ${expected.length}`);
  assert.deepEqual(starts(any, TEXT), expected);
});

Deno.test("_firstChars() never excludes a character a match can start with", () => {
  for (const p of PATTERNS) {
    const first = _firstChars(p);
    const re = new RegExp(p, "giu");
    for (const i of starts(re, TEXT)) {
      const c = TEXT[i].toLowerCase().charCodeAt(0);
      assert.ok(first === null || first[c] === 1, `${p} matches at ${i} starting with ${TEXT[i]}`);
    }
  }
  assert.equal(_firstChars("\\p{L}x"), null, "a property class cannot be told");
  assert.equal(_firstChars(".y"), null, "any character cannot be told");
  const behind = _firstChars("(?<=x)y");
  assert.ok(behind, "a lookbehind is zero-width: the match starts at y");
  assert.equal(behind["y".charCodeAt(0)], 1);
  assert.equal(behind["x".charCodeAt(0)], 0);
  const f = _firstChars("captur(?:ed|ing)");
  assert.ok(f, "a plain literal start can be told");
  assert.equal(f["c".charCodeAt(0)], 1);
  assert.equal(f["t".charCodeAt(0)], 0);
});
