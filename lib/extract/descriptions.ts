/**
 * A speaker's own description ("a brigade operating in X said", "analysts at DeepState said"): a
 * sentence's frames and actors → whether a place or a claim word lies inside it (then it is no
 * claim), the organisation that speaks for the analysts it employs, and the place a local
 * authority's name holds ("the Kupiansk city military administration": "the city" is Kupiansk).
 *
 * @module
 */

import type { ActorMention } from "../lexicon/actors.ts";
import type { TriggerMatch } from "./triggers.ts";
import type { Target } from "./targets.ts";
import type { Frame } from "./speakers.ts";

/** "a brigade operating in the X direction said": where the speaker is, not what it claims. */
export function whereSpeakerIs(text: string, t: Target, frames: readonly Frame[]): boolean {
  return _inFrameHead(t, frames) &&
    _SPEAKER_PLACE.test(text.slice(Math.max(0, t.start - 40), t.start));
}

const _SPEAKER_PLACE =
  /\b(?:operating|fighting|serving|stationed|deployed|based|defending)\s+(?:in|on|at|near|around)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/iu;

/** A claim word in a speaker's own description (a denial verb there is the frame's own). */
export function describesSpeaker(t: TriggerMatch, frames: readonly Frame[]): boolean {
  return t.kind !== "denied" && _inFrameHead(t, frames);
}

/** Between a speaker's name and its verb: the speaker's own description. */
function _inFrameHead(span: { start: number; end: number }, frames: readonly Frame[]): boolean {
  return frames.some((f) => f.at < span.start && span.end < f.verbEnd);
}

/**
 * "Ukrainian analysts at DeepState said", "open-source analysts at Black Bird Group": the project
 * the analysts work for speaks.
 */
export function orgOfAnalysts(text: string, actors: ActorMention[]): ActorMention[] {
  const drop = actors.filter((a, i) => {
    const next = actors[i + 1];
    return (a.canonical === "analysts" || a.canonical === "GeoConfirmed") && next !== undefined &&
      next.role !== "media" &&
      next.start >= a.end && _AT_ORG.test(text.slice(a.end, next.start));
  });
  return drop.length ? actors.filter((a) => !drop.includes(a)) : actors;
}

const _AT_ORG = /^\s+(?:at|of|from|with)\s+(?:the\s+)?$/iu;

/** A claim word inside an actor's own name ("the Liberation Battalion"). */
export function insideActor(t: TriggerMatch, actors: readonly ActorMention[]): boolean {
  return actors.some((a) => a.start <= t.start && t.end <= a.end);
}

/** "The head of the X city military administration said ... the city centre": X is "the city". */
export function authorityPlace(
  all: readonly Target[],
  actors: readonly ActorMention[],
): Target | null {
  return all.find((t) =>
    t.role === "actor" &&
    actors.some((a) => a.start <= t.start && t.end <= a.end && _AUTHORITY.test(a.canonical))
  ) ?? null;
}

const _AUTHORITY = /\b(?:administration|council|authorities)\b/i;

/**
 * A generic noun of the actor table that refers back to the source that spoke before (`spoken`),
 * not a new speaker: "the analysts", "the project's analysts", "analysts at the group"; and,
 * after a mapping project has spoken (`analysed`), a bare "analysts wrote" with no word before it.
 */
export function genericBack(
  text: string,
  a: ActorMention,
  spoken: boolean,
  analysed: boolean,
): boolean {
  if (spoken && _DEFINITE_GENERIC.test(text.slice(Math.max(0, a.start - 24), a.end))) return true;
  if (spoken && /^analysts$/i.test(a.text) && _AT_THE_BODY.test(text.slice(a.end, a.end + 30))) {
    return true;
  }
  return analysed && _BARE_GENERIC.test(a.text) && !_WORD_BEFORE.test(text.slice(0, a.start));
}
const _DEFINITE_GENERIC =
  /(?:^|\s)(?:the|The)\s+(?:(?:project|group|think\s+tank|institute|team)['’]s\s+)?(?:military\s+)?(?:analysts|experts|observers)$/u;
const _BARE_GENERIC = /^(?:military\s+)?analysts$/u;
/** After a generic noun: "... at the project", "... of the group" (the body spoken of before). */
const _AT_THE_BODY =
  /^\s+(?:at|of|from|with)\s+the\s+(?:project|group|think\s+tank|institute|team)\b/u;
const _WORD_BEFORE = /\p{L}\s+$/u;
