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

/**
 * Words of each category `findTriggers()` reads (a few of each; the patterns around them stay in
 * code), one category a line: `category: word | word`.
 */
const TRIGGER_WORDS: Record<string, string[]> = Object.fromEntries(
  `
  attempt_word: try | attempted | pave the way | stepping stone
  attempt_verb: tried | launched a failed
  attempt_det: another | repeated
  demand_word: demanded | called on | recognising
  delay_word: postponed | slowed down
  modal_word: could | can't | poised to
  negation_word: not | n't | without
  background_preposition: amid
  data_noun: imagery | footage
  civilian_noun: residents | locals
  failure_word: without any success | in vain
  destroyed_word: wiped out | neutralized
  advance_word: advance | breakthroughs
  stop_verb: halted | foiled
  stopped_word: stalled
  avoid_verb: avoid | prevented | escaping
  aim_noun: objective | priorities
  gain_qualifier: confirmed | significant
  observe_verb: observed | saw
  noun_only_trigger: progress | defence of
  captured_object: soldiers | drones
  event_noun: talks | press conference
  take_idiom: part | into account | hold of the initiative
  initiative_adjective: strategic
  initiative_noun: momentum | upper hand
`.trim().split("\n").map((line) => {
    const [category, words] = line.split(":");
    return [category.trim(), words.split("|").map((w) => w.trim())];
  }),
);

Deno.test("_wordList() gives the words around a claim word findTriggers() reads, one row per word or phrase", () => {
  assert.equal(Object.keys(TRIGGER_WORDS).length, 25, Object.keys(TRIGGER_WORDS).join(","));
  for (const [category, expected] of Object.entries(TRIGGER_WORDS)) {
    const list = _wordList(category);
    for (const w of expected) assert.ok(list.includes(w), `${category}: ${w} in ${list.join(",")}`);
    // (plain words: no RegExp syntax, no white space but single spaces)
    for (const w of list) assert.match(w, /^[\p{L}'’-]+(?: [\p{L}'’-]+)*$/u, `${category}: ${w}`);
  }
});
