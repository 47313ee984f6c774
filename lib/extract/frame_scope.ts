/**
 * The scope of attribution frames in a sentence: frames (from `speakers.ts`) and an offset → the
 * frame whose scope covers it ("X said (that) ... t", "t ..., X said"), or null where a clause in
 * the article's own voice begins between them.
 *
 * @module
 */

import type { Frame } from "./speakers.ts";

// ("X, which Russia claimed to have captured, is still contested", "..., remains contested": the
// main clause after a relative clause's speaker is not that speaker's)
// (but ", as fighting continues in X" is the speaker's reason: "X said the claim was premature, as
// fighting continues in the village")
const _SCOPE_END =
  /;|,\s+(?:is|are|was|were|remains?|remained)\s|,\s+(?:as|amid)\s+(?!(?:he|she|they|it|the\s+\p{L}+)\s+(?:said|says|added|noted)|(?:fighting|battles?|clashes|hostilities)\s)|\s(?:as|amid)\s+(?:its|their|the|russian|ukrainian|russia['’]s|ukraine['’]s|moscow['’]s|kyiv['’]s)\s+(?:forces|troops|army|units|soldiers)\b/iu;

const _SCOPE_END_ALL = new RegExp(_SCOPE_END.source, "giu");

/** A scope end between `from` and `t` of `text` (read with what follows `t`: "..., as fighting"). */
function _endsScope(text: string, from: number, t: number): boolean {
  _SCOPE_END_ALL.lastIndex = from;
  const m = _SCOPE_END_ALL.exec(text);
  return m !== null && m.index < t;
}

/** "said of Kupiansk." closing a sentence: what the speaker spoke about, no clause of its own. */
const _SAID_OF = /^\s+of\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*[.!]?["”’]?\s*$/u;
const _THAT = /^['’]?s?\s*(?:[\p{L}-]+\s+){0,2}that\b/iu;

/** A participle of the sentence's speaker after a claim it reports ("..., saying ..."). */
const _SPEAKER_GOES_ON = /,\s*(?:saying|adding|noting|insisting|stressing|explaining|arguing)\b/iu;

/** Before a frame's actor: a conjunction that opens the actor's own clause. */
const _BUT_BEFORE = /[,;]\s*(?:but|while|whereas|although|though)\s+(?:the\s+)?$/iu;

/** Before a frame's actor: "as" or "while" with no comma ("X ... as Russia claims gains"). */
const _AS_BEFORE = /[^,]\s(?:as|while|whereas)\s+(?:the\s+)?$/iu;
/** After a frame's verb: nothing of its own ("as the ministry said.", "as Moscow claimed on Monday"). */
const _NOTHING_AFTER =
  /^\s*(?:$|[.,;:!?"”’)]|(?:on|late\s+on|early\s+on)\s+\p{Lu}\p{Ll}+\s*(?:$|[.,;]))/u;

/** After a frame's verb: a complement of its own, so the frame does not reach back. */
const _OWN_CLAUSE = /^\s+(?:of|about|that)\b/iu;

/** The frame whose scope covers offset `t` of the sentence, or null. */
export function frameAt(frames: readonly Frame[], t: number, text?: string): Frame | null {
  if (!frames.length) return null;
  // the frame's own verb ("X denied ...")
  const own = frames.find((f) => f.at <= t && t < f.verbEnd);
  if (own) return own;
  // "X said (that) ... t": the nearest frame whose verb ends before t, unless a new clause in
  // the article's own voice begins between them ("X said ..., as its forces close in on Y")
  let pre: Frame | null = null;
  for (const f of frames) if (f.verbEnd <= t) pre = f;
  // ("X denied Russian claims that A, saying B": B is X's again, not the inner speaker's)
  // (an owned claim too once it has a complement: "refuted Moscow's claim that A, saying B")
  const reported = pre !== null && text !== undefined &&
    (!pre.owner || _THAT.test(text.slice(pre.verbEnd)));
  if (pre && reported && _SPEAKER_GOES_ON.test(text!.slice(pre.verbEnd, t))) {
    const inner = pre;
    pre = frames.findLast((f) => f !== inner && f.verbEnd <= inner.at) ?? pre;
  }
  if (pre) {
    const open = /^"according/i.test(pre.how) || text === undefined;
    if (open || !_endsScope(text!, pre.verbEnd, t)) return pre;
    // (the speaker before has no scope here; one after may: "X, which Russia claimed to have
    // captured, is still contested, according to DeepState")
    if (!frames.some((f) => f.at >= t)) return null;
  }
  // "t ..., X said": the first frame after t, unless its verb opens a clause of its own ("t as X
  // warns of Y", "t, and X said that Y")
  const post = frames.find((f) => f.at >= t) ?? frames[0];
  // (but '"...," the commander said of Kupiansk.' is said of the place the quotation is about)
  const rest = text?.slice(post.verbEnd) ?? "";
  if (text !== undefined && post.at >= t && _OWN_CLAUSE.test(rest) && !_SAID_OF.test(rest)) {
    return null;
  }
  // "t ..., but X says ...": a frame opening a clause of its own does not reach back
  if (text !== undefined && post.at >= t && _BUT_BEFORE.test(text.slice(t, post.at))) return null;
  // "fighting rages in X as Russia claims gains": "as" opens the speaker's own clause when its verb
  // has words of its own (not "..., as the ministry said.")
  if (
    text !== undefined && post.at >= t && _AS_BEFORE.test(text.slice(t, post.at)) &&
    !_NOTHING_AFTER.test(rest)
  ) {
    return null;
  }
  return post;
}
