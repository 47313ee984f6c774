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
  const seen = new _Seen(text);
  article.paragraphs.forEach((p, pi) => {
    if (p.kind === "header" || p.kind === "boilerplate" || p.kind === "repeat") return;
    if (seen.repeats(p.start, p.end)) return;
    const sentences = splitSentences(text, { from: p.start, to: p.end }).map((s): ReadSentence => {
      const t = wide ? _narrow(s.text) : s.text;
      return {
        start: s.start,
        end: s.end,
        text: t,
        triggers: findTriggers(t),
        table: null,
        people: null,
      };
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

/** Characters of a paragraph read for its head, and the length of the head (see {@link _Seen}). */
const _RAW_HEAD = 128;
const _HEAD = 64;

/**
 * The long paragraphs of an article read so far, by the text each reads as (`_collapseSpace` of
 * it trimmed, its key): a paragraph of more than 40 characters whose key was read before repeats.
 *
 * Why not a Set of the keys: making and hashing the whole key of every paragraph took a sixth of
 * the pass's own time. Here paragraphs are told apart by the first `_HEAD` characters of their
 * keys (their heads), read off their first `_RAW_HEAD` characters; whole keys are made only when
 * two heads agree. A key's head is its first characters whichever way it is read (the collapsed
 * start of a text is the start of its collapsed whole, and the trim at the end takes at most its
 * last space): paragraphs with the same key have the same head, so the same paragraphs repeat.
 */
class _Seen {
  /** Paragraphs read (their spans, their keys once made) by head. */
  readonly #byHead = new Map<string, { start: number; end: number; key: string | null }[]>();
  constructor(readonly text: string) {}

  /** The paragraph `[start, end)` repeats one recorded before; if not, it is recorded. */
  repeats(start: number, end: number): boolean {
    if (end - start <= 40) return false;
    const raw = end - start > _RAW_HEAD
      ? _collapseSpace(this.text.slice(start, start + _RAW_HEAD).trimStart())
      : "";
    let key: string | null = null;
    let head: string;
    if (raw.length > _HEAD + 1) head = raw.slice(0, _HEAD);
    else {
      key = this.#key(start, end);
      // (a paragraph of white space is not recorded)
      if (!key) return false;
      head = key.slice(0, _HEAD);
    }
    const read = this.#byHead.get(head);
    if (!read) {
      this.#byHead.set(head, [{ start, end, key }]);
      return false;
    }
    key ??= this.#key(start, end);
    for (const r of read) if ((r.key ??= this.#key(r.start, r.end)) === key) return true;
    read.push({ start, end, key });
    return false;
  }

  #key(start: number, end: number): string {
    return _collapseSpace(this.text.slice(start, end).trim());
  }
}

/** A character past U+00FF (kept in two bytes). */
const _WIDE = /[\u0100-\uffff]/;

/** `text`, as a fresh string (one byte a character) when it has no character past U+00FF. */
function _narrow(text: string): string {
  return _WIDE.test(text) ? text : JSON.parse(JSON.stringify(text));
}
