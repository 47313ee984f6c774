/**
 * Tests of `lib/extract/_word_keys.ts`: the cheap test run before a RegExp that begins with one
 * of a list of words. It must pass wherever the word stands whole (in any case, with the
 * characters that fold to ASCII under `iu`), within the stretch asked for; it may pass elsewhere
 * only by a hash collision. Short texts of our own.
 */
import assert from "node:assert/strict";
import { _WordKeys } from "../lib/extract/_word_keys.ts";

Deno.test("_WordKeys.in() finds the first word of a phrase as a whole word, in any case", () => {
  const keys = new _WordKeys(["not", "n't", "pave the way", "may"]);
  for (const t of ["it is not", "NOT yet", "they Paved? no: pave it", "it may", "x n't", "MAY"]) {
    assert.equal(keys.in(t), true, t);
  }
  // ſ and the Kelvin sign are s and k under `iu`; `_` and digits are word characters
  assert.equal(new _WordKeys(["seek"]).in("they \u017Feek to"), true);
  assert.equal(new _WordKeys(["kept"]).in("\u212Aept it"), true);
  for (
    const t of ["nothing", "knot", "cannot", "didn't", "not_yet", "2not", "paved", "mayor", ""]
  ) {
    assert.equal(keys.in(t), false, t);
  }
});

Deno.test("_WordKeys.in() reads only the stretch from..to, its ends as word ends", () => {
  const keys = new _WordKeys(["not"]);
  const t = "cannot go, not here";
  assert.equal(keys.in(t, 0, 10), false);
  assert.equal(keys.in(t, 3, 10), true, "a word cut at from reads as a word");
  assert.equal(keys.in(t, 11, 13), false);
  assert.equal(keys.in(t, 11, 14), true);
  assert.equal(keys.in("knotty", 1, 4), true, "a word cut at to reads as a word");
});

Deno.test("_WordKeys.in() passes every text when a phrase begins with no word character", () => {
  assert.equal(new _WordKeys(["held", "'s"]).in("nothing here"), true);
});
