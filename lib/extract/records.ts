/**
 * Records: a sentence's propositions → its claim records (the schema's fields), one per claimant,
 * side, place and claim; an unknown place keeps the spelling of its first record in the article.
 *
 * @module
 */

import type { Article, Claim } from "../shared/types.ts";
import { _sentenceDay } from "../lexicon/dates.ts";
import { codePointOffset } from "../shared/offsets.ts";
import { placeName, type Target } from "./targets.ts";
import type { Proposition } from "./propositions.ts";

/**
 * One name per unknown place in an article: "Hornal" after "Gornal", "Guievo" after "Guyevo" (a
 * place the gazetteer lacks, spelt two ways) takes the spelling its first record used.
 */
function _sameSpelling(spellings: Map<string, string>, t: Target, name: string): string {
  if (t.role === "region") return name;
  const key = _spellingKey(name);
  const first = spellings.get(key);
  if (first === undefined) spellings.set(key, name);
  return first === undefined || t.mention.candidates.length ? name : first;
}

const _spellingKeys = new Map<string, string>();

/** The spelling-blind key of a name (memoised: names repeat; bounded). */
function _spellingKey(name: string): string {
  let key = _spellingKeys.get(name);
  if (key !== undefined) return key;
  key = name.toLowerCase().replace(/[^\p{L}]/gu, "").replace(/h/g, "g")
    .replace(/[yi]e/g, "e").replace(/y/g, "i").replace(/ii/g, "i");
  if (_spellingKeys.size >= 10_000) _spellingKeys.clear();
  _spellingKeys.set(name, key);
  return key;
}

/** What a sentence's records need of their article. */
export interface RecordContext {
  article: Article;
  /** The day current news takes (the article's date, or a tweet's). */
  date: string | null;
  /** The text has characters beyond U+FFFF: offsets are converted to code points. */
  astral: boolean;
  /** The article's first spelling of each unknown place (updated: see `_sameSpelling`). */
  spellings: Map<string, string>;
  /** The day of the dated statement the sentence goes on, for a sentence with no day of its own. */
  statementDay?: string | null;
}

/**
 * The claim records of a sentence's propositions: one per claimant, side, place and claim, with
 * the sentence's day, its text as the quote and its offsets in code points.
 */
export function sentenceRecords(
  s: { start: number; end: number; text: string },
  props: readonly Proposition[],
  env: RecordContext,
  hedged: boolean,
): Claim[] {
  const out: Claim[] = [];
  if (!props.length) return out;
  // (one proposition has no twin: no keys)
  const seen = props.length > 1 ? new Set<string>() : null;
  const r = _sentenceDay(s.text, env.date ?? null);
  const day = r.rule === "article" && env.statementDay !== undefined ? env.statementDay : r.date;
  const article = env.article.id;
  const reported = env.article.date ?? null;
  // code points, as the schema counts characters (see offsets.ts)
  const start = env.astral ? codePointOffset(env.article.text, s.start) : s.start;
  const end = env.astral ? codePointOffset(env.article.text, s.end) : s.end;
  for (const pr of props) {
    const place = _sameSpelling(env.spellings, pr.target, placeName(pr.target));
    if (seen !== null) {
      const key = `${pr.voice.name}\u0000${pr.voice.side}\u0000${place}\u0000${pr.claim}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const c: Claim = {
      article,
      claimant: pr.voice.name,
      side: pr.voice.side,
      role: pr.voice.role,
      place,
      area: pr.area,
      claim: pr.claim,
      status: pr.status,
      date: day,
      reported,
      quote: s.text,
      start,
      end,
    };
    if (hedged) c.hedged = true;
    out.push(c);
  }
  return out;
}
