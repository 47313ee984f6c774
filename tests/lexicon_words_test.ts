/**
 * The word lists of `data/lexicon_words.csv`: the categories the extractor reads are there, and a
 * missing one is a clear error naming the file and the category.
 */
import assert from "node:assert/strict";
import { _wordList } from "../lib/lexicon/_lexicon.ts";

Deno.test("_wordList() gives the verbs of saying, the denying ones among them", () => {
  const say = _wordList("speech_verb");
  assert.ok(say.includes("said") && say.includes("pointed out"), say.join(","));
  const deny = _wordList("denial_verb");
  assert.ok(deny.includes("denied") && deny.every((w) => say.includes(w)), deny.join(","));
});

Deno.test("_wordList() throws SyntaxError naming the file and a category with no row", () => {
  assert.throws(
    () => _wordList("no_such_category"),
    (e: unknown) =>
      e instanceof SyntaxError &&
      e.message ===
        'data/lexicon_words.csv: expected rows of category "no_such_category", found none',
  );
});
