/**
 * Dated statements: a sentence's frames → the statement a later sentence of the same speaker goes
 * on ("Syrskyi said on Tuesday ...", then "'We hold X,' he added" is Tuesday's too), kept in a
 * holder the article's sentences share.
 *
 * @module
 */

import { _sentenceDay, mayNameDay } from "../lexicon/dates.ts";
import type { Frame } from "./speakers.ts";

/** A speaker's statement with a day of its own, and the paragraph it was made in. */
export interface Statement {
  voice: string;
  day: string | null;
  pi: number;
}

/**
 * "Syrskyi said on Tuesday ... 'We hold X,' he added": the dated statement a sentence may go on
 * (its speaker's, within the next paragraph), updated by this sentence's frames; null when none.
 */
export function statementDay(
  said: { statement: Statement | null },
  text: string,
  frames: readonly Frame[],
  pi: number,
  articleDate: string | null,
): Statement | null {
  // (a sentence that names no day of its own changes nothing: the cheap test first)
  if (frames.length && mayNameDay(text)) {
    const voice = frames[0].voices[0].name;
    const r = _sentenceDay(text, articleDate, true);
    // (a span of days, "between August 4 and 16", is no statement's day)
    if (_SPAN.test(text)) said.statement = null;
    else if (r.date !== null && r.rule !== "article" && r.rule !== "vague") {
      said.statement = { voice, day: r.date, pi };
    }
  }
  const cur = said.statement;
  return cur && pi - cur.pi <= 1 ? cur : null;
}

const _SPAN = /\bbetween\b[^.;]{0,30}\band\b|\bfrom\b[^.;]{0,25}\b(?:to|until|through)\b/iu;
