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
import { _isSpace } from "../lexicon/_prefixes.ts";
import { findTriggers, type TriggerMatch } from "./triggers.ts";
import { type _PeopleFound, _peopleIn } from "./people.ts";

/** A sentence with what the pass found in it. */
export interface ReadSentence extends Sentence {
  /** `findTriggers(text)`. */
  triggers: TriggerMatch[];
  /** `_tableMentionsIn(text, actors)`, or null when the sentence needs no actors. */
  table: readonly ActorMention[] | null;
  /** `_peopleIn(text, table)`, or null when the sentence needs no actors. */
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
  for (const s of all) if (s.table) s.people = _peopleIn(s.text, s.table);
  return out;
}

/** The length of a paragraph's head (see {@link _Seen}). */
const _HEAD = 64;

/**
 * The long paragraphs of an article read so far, by the text each reads as (`_collapseSpace` of
 * it trimmed, its key): a paragraph of more than 40 characters whose key was read before repeats.
 *
 * Why not a Set of the keys: making and hashing the whole key of every paragraph took a sixth of
 * the pass's own time. Here paragraphs are told apart by a hash of the first `_HEAD` characters
 * of their keys (their heads), read off their text without making the key (runs of white space
 * as one space, none at the start, one at the end only when more follows); whole keys are made
 * only when two heads agree. Paragraphs with the same key have the same head: the same
 * paragraphs repeat.
 */
class _Seen {
  /** Paragraphs read (their spans, their keys once made) by the hash of their heads. */
  readonly #byHead = new Map<number, { start: number; end: number; key: string | null }[]>();
  constructor(readonly text: string) {}

  /** The paragraph `[start, end)` repeats one recorded before; if not, it is recorded. */
  repeats(start: number, end: number): boolean {
    if (end - start <= 40) return false;
    const head = this.#head(start, end);
    // (a paragraph of white space is not recorded)
    if (head === null) return false;
    const read = this.#byHead.get(head);
    if (!read) {
      this.#byHead.set(head, [{ start, end, key: null }]);
      return false;
    }
    const key = this.#key(start, end);
    for (const r of read) if ((r.key ??= this.#key(r.start, r.end)) === key) return true;
    read.push({ start, end, key });
    return false;
  }

  /** A hash of `#key(start, end).slice(0, _HEAD)` (FNV-1a of its code units), null for "". */
  #head(start: number, end: number): number | null {
    const text = this.text;
    let h = 0x811c9dc5;
    let n = 0;
    let space = false;
    for (let i = start; i < end && n < _HEAD; i++) {
      const c = text.charCodeAt(i);
      if (_isSpace(c)) {
        space = n > 0;
        continue;
      }
      if (space) {
        h = Math.imul(h ^ 32, 16777619);
        space = false;
        if (++n === _HEAD) break;
      }
      h = Math.imul(h ^ c, 16777619);
      n++;
    }
    return n ? h : null;
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
