/**
 * Elided places: a sentence's links, claim words and frames → the links of a claim word that names
 * no place in a later clause with a speaker of its own, to the one place named before it
 * ("Russians claim capture of X, Ukraine says fighting continues": the fighting is in X), or in a
 * denier's participle ("Kyiv denied that X had fallen, saying fighting continued").
 *
 * @module
 */

import type { Frame } from "./speakers.ts";
import type { Target } from "./targets.ts";
import type { TriggerMatch } from "./triggers.ts";
import { frameAt } from "./frame_scope.ts";

/** After the claim word: another place than the one named ("fighting continued elsewhere"). */
const _ELSEWHERE =
  /^\s*(?:elsewhere|in\s+other|on\s+other|along\s+the\s+(?:entire\s+|whole\s+)?front|across\s+the\s+front|nearby|near|around|outside)\b/iu;

/** A denier's participle after the place it denies: ", saying (that) ...". */
const _SAYING = /,\s*(?:saying|adding|insisting|stressing|noting)\s+(?:that\s+)?[^,;]*$/iu;

/** The kinds a second speaker answers a claim with, about the same place. */
const _ANSWERS = new Set(["contested", "holding", "repelled"]);

/**
 * A claim word that answers: of `_ANSWERS`, or gains or a victory named by a noun ("as Russia
 * claims gains", "as Russia claims victory").
 */
const _answers = (t: TriggerMatch): boolean =>
  _ANSWERS.has(t.kind) || (t.kind === "advancing" && _GAINS.test(t.text)) ||
  (t.kind === "captured" && _VICTORY.test(t.text));
const _GAINS = /^(?:gains?|advances?|progress)$/iu;
const _VICTORY = /\svictory$/iu;

/**
 * `links` and, after them, the links they lack: each claim word of `triggers` that answers (see
 * `_answers`), linked to nothing, after every target (all one place), in a frame other than that of
 * the words linked to it (or out of any), linked to that place.
 */
export function withElided(
  text: string,
  triggers: readonly TriggerMatch[],
  targets: readonly Target[],
  frames: readonly Frame[],
  links: readonly { target: Target; trigger: TriggerMatch }[],
): { target: Target; trigger: TriggerMatch }[] {
  if (!links.length || !targets.length) return [...links];
  if (!frames.length) return [...links];
  const place = targets[0].mention.canonical;
  if (targets.some((t) => t.mention.canonical !== place)) return [...links];
  const last = targets[targets.length - 1];
  const out = [...links];
  for (const t of triggers) {
    if (!_answers(t) || t.background || t.start < last.end) continue;
    if (links.some((l) => l.trigger === t) || _ELSEWHERE.test(text.slice(t.end, t.end + 40))) {
      continue;
    }
    const own = frameAt(frames, t.start, text);
    // (a denier's words are read by the denial rules: "..., a claim Kyiv disputed"; but a
    // participle of the denier's own answers too: "denied that X had fallen, saying fighting
    // continued")
    const saying = _SAYING.test(text.slice(last.end, t.start));
    if (
      !own ||
      (!saying && (own.deny || links.some((l) => frameAt(frames, l.trigger.start, text) === own)))
    ) {
      continue;
    }
    // (nor is the verb of saying itself a claim word: "disputed")
    if (frames.some((f) => f.at <= t.start && t.end <= f.verbEnd)) continue;
    out.push({ target: last, trigger: t });
  }
  return out;
}
