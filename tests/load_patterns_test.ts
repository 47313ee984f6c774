/**
 * The loader's paragraph patterns (data/load_patterns.csv) as lib/load/_patterns.ts applies them:
 * its whitespace test against the regex class `\s`, and the count of patterns of a kind a
 * paragraph matches (the comment-cue score). Found by the mutation check (README, "Mutation
 * check"): the tests passed with the code broken there.
 */
import assert from "node:assert/strict";
import { _countMatches, _firstMatch, _isSpace } from "../lib/load/_patterns.ts";

Deno.test("_isSpace() agrees with the regex class \\s on every UTF-16 code unit", () => {
  const differ: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    if (_isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
  }
  assert.equal(differ.length, 0, `they differ at U+${differ.slice(0, 8).join(", U+")}`);
});

Deno.test("_countMatches() counts the comment cues a paragraph matches: 4 in 'lol obviously!!', 0 in plain prose", () => {
  // prefix "lol", contains "obviously", the chat abbreviation "lol", repeated "!!"
  assert.equal(_countMatches("comment_cue", "lol obviously!!"), 4);
  assert.equal(_countMatches("comment_cue", "Obviously the bridge was rebuilt."), 1);
  assert.equal(_countMatches("comment_cue", "The bridge was rebuilt in May."), 0);
  assert.equal(_firstMatch("comment_cue", "The bridge was rebuilt in May."), null);
});
