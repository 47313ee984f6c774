/**
 * A source line after what it sources (Ukrainska Pravda's form: a lead paragraph, then "Source:
 * Viktor Trehubov, spokesperson of ...", then "Quote: ..." and "Details: ..."): a paragraph's first
 * sentence and its actors → the voice the line names, or null when the paragraph is no source line.
 *
 * @module
 */

import type { ActorMention } from "../lexicon/actors.ts";
import type { Voice } from "./speakers.ts";

/** "Source:" or "Sources:" opening a paragraph. */
const _SOURCE = /^\s*Sources?\s*:\s*/u;
/** "Interfax-Ukraine citing Umierov": the cited one is the source. */
const _CITING = /^\s*,?\s*(?:citing|quoting)\s+/iu;

/** Whether a sentence opens a source line (a cheap test: no actors are needed for the rest). */
export function opensSourceLine(text: string): boolean {
  return _SOURCE.test(text);
}

/**
 * The voice a source line names: its first actor of a side or a role, or the one it cites ("X
 * citing Y": Y); null when `text` is no source line or names no actor.
 */
export function sourceLineVoice(text: string, actors: readonly ActorMention[]): Voice | null {
  const m = text.match(_SOURCE);
  if (!m) return null;
  const named = actors.filter((a) => a.start >= m[0].length);
  const first = named[0];
  if (!first) return null;
  const cited = named.find((a, i) => i > 0 && _CITING.test(text.slice(named[i - 1].end, a.start)));
  const a = cited ?? first;
  return { name: a.canonical, side: a.side, role: a.role };
}
