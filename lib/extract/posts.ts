/**
 * Embedded posts signed at their end: a paragraph's sentences → the voice of the author named in
 * the signature of its last sentence ("... — DeepState (@Deepstatemap) March 3, 2025"), which
 * every sentence of the post speaks in, not only the one the signature closes. Null for a
 * paragraph without such a signature, or one whose author the actor table does not know.
 *
 * @module
 */

import type { ActorMention } from "../lexicon/actors.ts";
import type { Voice } from "./speakers.ts";

/** "— DeepState (@Deepstatemap)": a dash, the author, the handle (group 1: the author's span). */
const _SIGNATURE = /[—–]\s*([^()—–]{1,60}?)\s*\(@\w{1,30}\)[^()]{0,30}$/u;

/**
 * The author of a post whose last sentence carries its signature, given that sentence's text and
 * the actor mentions found in it (null or undefined when none); null for one sentence alone (its
 * own frame gives its voice).
 */
export function postAuthor(
  sentences: readonly { text: string }[],
  lastMentions: readonly ActorMention[] | null | undefined,
): Voice | null {
  if (sentences.length < 2 || !lastMentions?.length) return null;
  const text = sentences.at(-1)!.text;
  if (!text.includes("(@")) return null;
  const m = text.match(_SIGNATURE);
  if (!m) return null;
  const at = m.index! + m[0].indexOf(m[1]);
  const author = lastMentions.find((a) => a.start >= at && a.end <= at + m[1].length);
  return author ? { name: author.canonical, side: author.side, role: author.role } : null;
}
