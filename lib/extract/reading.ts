/**
 * What an article's extractor reads, found in one pass before it reads it: an article → the
 * paragraphs it reads (headers, boilerplate and repeats skipped; a long paragraph seen before is
 * read once), each with its sentences, and for each sentence its claim triggers and, when it may
 * name a speaker, the mentions of the actor table and of titled people in it (all functions of
 * the sentence's text alone; what depends on the sentences before is left to the reader).
 *
 * Why one pass: the trigger and actor scanners (`lib/lexicon/_word_scan.ts`) walk tables of some
 * hundred kilobytes and run many compiled RegExps; between two sentences the other stages push
 * them out of the CPU's caches. Run over an article's sentences in a row, each stage finds the
 * same matches (the same functions of the same texts) with its tables and RegExps still warm.
 * See the README's speed section (session 10).
 *
 * Why each sentence's text is a copy when its article has a character past U+00FF (a curly
 * quote, a dash) but the sentence has none: V8 keeps such an article in two bytes a character,
 * and its slices with it; a copy of the sentence alone is kept in one byte, which every RegExp
 * and character read of the later stages takes faster (on the generated corpus three sentences in
 * four are such; `findTriggers` over them a quarter faster). The same characters: the same output.
 *
 * @module
 */

import type { Article, Paragraph } from "../shared/types.ts";
import { _tableMentionsIn, type Actor, type ActorMention } from "../lexicon/actors.ts";
import { type Sentence, splitSentences } from "../lexicon/sentences.ts";
import { _collapseSpace } from "../shared/_text.ts";
import { findTriggers, type TriggerMatch } from "./triggers.ts";
import { type _PeopleFound, _peopleIn } from "./people.ts";

/** A sentence with what the pass found in it. */
export interface ReadSentence extends Sentence {
  /** `findTriggers(text)`. */
  triggers: TriggerMatch[];
  /** `_tableMentionsIn(text, actors)`, or null when the sentence needs no actors. */
  table: readonly ActorMention[] | null;
  /** `_peopleIn(text)`, or null when the sentence needs no actors. */
  people: _PeopleFound | null;
}

/** A paragraph the extractor reads, its index in the article and its sentences. */
export interface ReadParagraph {
  p: Paragraph;
  pi: number;
  sentences: ReadSentence[];
}

/**
 * The paragraphs of `article` to read with their sentences, each sentence's triggers and, where
 * `needsActors(text, triggers)` says so, its table mentions (of `actors`) and titled people.
 */
export function readArticle(
  article: Article,
  actors: readonly Actor[],
  needsActors: (text: string, triggers: readonly TriggerMatch[]) => boolean,
): ReadParagraph[] {
  const text = article.text;
  const wide = _WIDE.test(text);
  const out: ReadParagraph[] = [];
  const seen = new Set<string>();
  article.paragraphs.forEach((p, pi) => {
    if (p.kind === "header" || p.kind === "boilerplate" || p.kind === "repeat") return;
    const key = p.end - p.start > 40 ? _collapseSpace(text.slice(p.start, p.end).trim()) : "";
    if (key) {
      if (seen.has(key)) return;
      seen.add(key);
    }
    const sentences = splitSentences(text, { from: p.start, to: p.end }).map((s): ReadSentence => {
      const t = wide ? _narrow(s.text) : s.text;
      return { ...s, text: t, triggers: findTriggers(t), table: null, people: null };
    });
    out.push({ p, pi, sentences });
  });
  // (the actors after all the triggers, the people after them: each stage's tables and RegExps
  // stay warm in its run)
  const all = out.flatMap((r) => r.sentences);
  for (const s of all) {
    if (needsActors(s.text, s.triggers)) s.table = _tableMentionsIn(s.text, actors);
  }
  for (const s of all) if (s.table) s.people = _peopleIn(s.text);
  return out;
}

/** A character past U+00FF (kept in two bytes). */
const _WIDE = /[\u0100-\uffff]/;

/** `text`, as a fresh string (one byte a character) when it has no character past U+00FF. */
function _narrow(text: string): string {
  return _WIDE.test(text) ? text : JSON.parse(JSON.stringify(text));
}
