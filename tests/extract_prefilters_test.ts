/**
 * Tests of the cheap tests the extraction stage runs before its costlier RegExps (back
 * references, counted places, "the village near X"): each must match every text the RegExps it
 * guards match, or a claim's place would silently change. Generated texts with fixed seeds.
 */
import { assertKeyCovers, textsLike } from "./_prefilter_check.ts";
import { _backrefPrefilters } from "../lib/extract/backrefs.ts";
import { _TARGET_PREFILTERS } from "../lib/extract/targets.ts";
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
