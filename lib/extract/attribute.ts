/**
 * Attribution: a sentence's claim words, places and frames → its propositions. Each place's claim
 * word belongs to the frame whose scope covers it (or to the voice carried from the context, or
 * to the article's own voice for background clauses and clauses past a frame's scope). Denials
 * give two records: the denier's `denied`, and the claim it rejects for that claim's author
 * ("the Kremlin's claim that it took X is a lie", "rejected Russian claims that ...",
 * "..., which Kyiv denied").
 *
 * @module
 */

import type { Side } from "../shared/types.ts";
import type { TriggerMatch } from "./triggers.ts";
import { placeOf, type Target } from "./targets.ts";
import { _ownerOf } from "../lexicon/places.ts";
import type { Frame, Voice } from "./speakers.ts";
import { frameAt } from "./frame_scope.ts";
import { withElided } from "./elided.ts";
import { deniedAuthor, type Proposition, resolveClaim } from "./propositions.ts";
import { linkTargets } from "./links.ts";
import { THAT_AGAIN } from "./_list_join.ts";
import { actingSide } from "./sides.ts";

/** The propositions of a sentence (see the module documentation). */
export function sentencePropositions(
  text: string,
  triggers: readonly TriggerMatch[],
  targets: readonly Target[],
  frames: readonly Frame[],
  fallback: Voice,
  media: Voice,
  blocked: readonly TriggerMatch[] = [],
): Proposition[] {
  const out: Proposition[] = [];
  const denial = triggers.find((t) => t.kind === "denied") ?? null;
  const linked = linkTargets(text, triggers, targets, blocked);
  for (const { target, trigger } of withElided(text, triggers, targets, frames, linked)) {
    const frame = trigger.background ? null : frameAt(frames, trigger.start, text);
    const outOfScope = !trigger.background && frames.length > 0 && frame === null;
    // "the Kremlin's claim that it took X is a lie": the owner claims, the speaker denies
    // (only inside the claim's own words: "dismissed Moscow's claim as false and said ..." names
    // no content, and what follows is the denier's)
    const owned = frame?.owner && denial !== null && trigger.kind !== "denied" &&
      _namesContent(text.slice(frame.verbEnd, trigger.start));
    // a denial never belongs to the owner of the claim it denies
    // "X countered Ukraine's claim, saying its attacks failed": a claim word outside the owned
    // claim ("Ukraine's claim that ...") is the outer speaker's
    const outside = frame?.owner && !owned &&
      !_OWNED_CLAUSE.test(text.slice(frame.verbEnd, trigger.start));
    const speaker = owned || outside || (frame?.owner && trigger.kind === "denied")
      ? _outerFrame(frames, frame!) ?? (outside && trigger.kind !== "denied" ? frame : null)
      : frame;
    // "following Russian statements about the alleged capture of X": Russia's claim
    const named = denial === null
      ? _namedClaimant(text, trigger.start) ??
        _theyClaimed(text, trigger.start, (speaker?.voices[0] ?? fallback).side)
      : null;
    const voices = named
      ? [named]
      : trigger.background || outOfScope
      ? [media]
      : speaker
      ? speaker.voices
      : [fallback];
    const denyFrame = owned || (frame?.deny ?? false);
    // "deny the loss of X, reporting 27 repelled attacks", "X is a grey zone but not under Russian
    // control": a defender's word beside a denial is the denier's own claim, not the denied one
    // (but "Moscow's statements that its forces seized A and held B": the owner's own side acting
    // inside the owned claim is part of it)
    const ownWord = denial !== null && _defends(text, trigger, voices[0]) &&
      !(owned && actingSide(text, trigger.start, frame!.voices[0]) === frame!.voices[0].side);
    const embedded = trigger.kind !== "denied" && !trigger.background && !ownWord &&
      !_ownBesideDenial(text, trigger, denial) &&
      (denyFrame || (denial !== null && denial.start < trigger.start + 200));
    for (const voice of voices) {
      if (embedded && (denyFrame || _sameScope(frames, denial!, trigger))) {
        const d = resolveClaim(text, { ...trigger, kind: "denied" }, target, voice);
        out.push({ target, trigger, voice, ...d, why: "denial of a claim" });
        // ("disputed the account, insisting that its troops still held X": the denier's own)
        if (!owned && _reason(text, frame, trigger)) {
          out.push(_voiced(text, trigger, target, voice, media, frame));
          continue;
        }
        const authors = owned ? frame!.voices : _deniedAuthors(text, frames, voice);
        for (const author of authors) {
          const c = resolveClaim(text, trigger, target, author, voice);
          out.push({ target, trigger, voice: author, ...c, why: "the claim a denial names" });
        }
        continue;
      }
      if (!_situationOfOthers(trigger, target, voice)) {
        out.push(_voiced(text, trigger, target, voice, media, frame));
      }
      // "X has not been captured, contrary to Moscow's claims": the claim the denial names
      const author = trigger.negates ? deniedAuthor(text, voice) : null;
      if (author) {
        const a = resolveClaim(text, { ...trigger, kind: trigger.negates! }, target, author, voice);
        out.push({ target, trigger, voice: author, ...a, why: "the claim a negation names" });
      }
    }
    out.push(..._laterDenials(text, frames, frame, trigger, target));
  }
  return out;
}

const _NAMED_CLAIM =
  /(?<![\p{L}])(russian|russia['’]s|moscow['’]s|kremlin['’]s|ukrainian|ukraine['’]s|kyiv['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:statements?|claims?|reports?|allegations?|announcements?)\s+(?:about|of|that|regarding)\s+(?:the\s+|an?\s+)?(?:alleged\s+|supposed\s+|purported\s+)?$/iu;

/** The side whose claim a claim word is named as ("Russian statements about the capture of"). */
function _namedClaimant(text: string, at: number): Voice | null {
  const m = text.slice(Math.max(0, at - 90), at).match(_NAMED_CLAIM);
  if (!m) return null;
  const russia = /^(?:russia|moscow|kremlin)/i.test(m[1]);
  return russia
    ? { name: "Russia", side: "russia", role: "official" }
    : { name: "Ukraine", side: "ukraine", role: "official" };
}

const _THEY_CLAIMED =
  /\bthey\s+(?:have\s+|had\s+)?(?:already\s+|also\s+)?(?:claimed|announced|reported)\s+(?:that\s+)?(?:they\s+(?:had\s+|have\s+)?)?$/iu;

/** "They claimed they took X" in a side's own words: the other side's claim. */
function _theyClaimed(text: string, at: number, speaker: Side): Voice | null {
  if (speaker !== "russia" && speaker !== "ukraine") return null;
  if (!_THEY_CLAIMED.test(text.slice(Math.max(0, at - 60), at))) return null;
  return speaker === "ukraine"
    ? { name: "Russia", side: "russia", role: "official" }
    : { name: "Ukraine", side: "ukraine", role: "official" };
}

/** After an owner: a possessive's claim names its content ("Moscow's claim that ..."). */
function _namesContent(after: string): boolean {
  return !/^['’]s?\s/u.test(after) || _OWNED_CLAUSE.test(after);
}

/** After an owner ("Ukraine's"): its claim's own words ("claim that", "report of"). */
const _OWNED_CLAUSE =
  /^['’]?s?\s+(?:[\p{L}-]+\s+){0,3}?(?:claims?|reports?|statements?|assertions?|announcements?|allegations?|map|maps|data|footage|video|update)\s+(?:that|of|about|to|regarding|shows?|showed|showing|indicates?)\b/iu;

/**
 * Whether a claim word beside a denial is no part of the denied claim: "Russian troops had
 * infiltrated X but did not control it" (a negation after a contrast limits the claim before it),
 * "the claim was premature, as fighting continues in X" (the denier's reason), "retook positions
 * in X, Y said, dismissing Russian claims that ..." (the speaker's own before a participle of
 * denial).
 */
function _ownBesideDenial(
  text: string,
  trigger: TriggerMatch,
  denial: TriggerMatch | null,
): boolean {
  if (denial === null) return false;
  // ("the claim was premature, as fighting continues in X": the denier's reason, its own claim)
  if (denial.end <= trigger.start && _REASON_AFTER.test(text.slice(denial.end, trigger.start))) {
    return true;
  }
  // ("said A had not advanced and that B had regained X": a reported clause of its own)
  if (
    denial.negates !== undefined && denial.end <= trigger.start &&
    THAT_AGAIN.test(text.slice(denial.end, trigger.start))
  ) {
    return true;
  }
  // ("retook positions in X, Y said, dismissing Russian claims that ...": the speaker's own before
  // the participle of denial)
  if (
    denial.start >= trigger.end && _DENYING_AFTER.test(text.slice(trigger.end, denial.start + 12))
  ) {
    return true;
  }
  return denial.negates !== undefined && denial.start >= trigger.end &&
    _CONTRAST.test(text.slice(trigger.end, denial.start));
}

/** A claim word after a denial verb's object and a participle of assertion ("..., insisting that"). */
function _reason(text: string, frame: Frame | null, trigger: TriggerMatch): boolean {
  return frame?.deny === true && _ASSERTING.test(text.slice(frame.verbEnd, trigger.start));
}
const _ASSERTING =
  /^[^;:"“”]{0,60}?,\s*(?:insisting|saying|stressing|adding|noting|maintaining|arguing|claiming)\s+(?:that\s+)?[^,;]*$/iu;

const _DENYING_AFTER = /,\s*(?:dismissing|denying|rejecting|refuting|calling)\b[^,;]{0,12}$/iu;

const _REASON_AFTER = /^[^;:]{0,40}?,\s*(?:as|because|since|given\s+that)\s/iu;

const _CONTRAST =
  /[,;]?\s(?:but|yet|though|although|however|while\s+(?:stressing|noting|adding|saying|warning))\s/iu;

/**
 * The proposition `voice` makes of `trigger` and `target`; but "X is still in Ukrainian hands"
 * after a paragraph in the Russian ministry's voice is the article's: a voice carried from the
 * context (no frame of the sentence) does not grant the other side ground.
 */
function _voiced(
  text: string,
  trigger: TriggerMatch,
  target: Target,
  voice: Voice,
  media: Voice,
  frame: Frame | null,
): Proposition {
  const c = resolveClaim(text, trigger, target, voice);
  if (!frame && voice !== media && _grantsOther(c, voice)) {
    const m = resolveClaim(text, trigger, target, media);
    return { target, trigger, voice: media, ...m, why: "the other side's ground" };
  }
  return { target, trigger, voice, ...c, why: frame ? frame.how : "context voice" };
}

/** "X said its forces took Y, which Kyiv denied": the later denial is a record too. */
function _laterDenials(
  text: string,
  frames: readonly Frame[],
  frame: Frame | null,
  trigger: TriggerMatch,
  target: Target,
): Proposition[] {
  const out: Proposition[] = [];
  for (const d of frames) {
    if (!d.deny || d === frame || d.at < trigger.end || trigger.kind === "denied") continue;
    for (const voice of d.voices) {
      const r = resolveClaim(text, { ...trigger, kind: "denied" }, target, voice);
      out.push({ target, trigger, voice, ...r, why: "a later denial" });
    }
  }
  return out;
}

/**
 * "The situation in the Kursk region is under control," said Kyiv: a situation held, of the ground
 * of the camp other than the voice's own (no hold of it).
 */
function _situationOfOthers(trigger: TriggerMatch, target: Target, voice: Voice): boolean {
  const owner = target.owner ?? _ownerOf(placeOf(target));
  return trigger.situation === true && voice.side !== "independent" && owner !== voice.side;
}

/** A holding claim for the camp other than the voice's own. */
function _grantsOther(c: { claim: string; status: string }, voice: Voice): boolean {
  return c.claim === "holding" && voice.side !== "independent" && c.status !== voice.side &&
    c.status !== "contested";
}

const _DEFENDER = new Set(["repelled", "holding", "contested"]);

/**
 * A defender's word: holding, repelled, contested, or control by the speaker's own side ("rejected
 * the claim, saying Ukrainian forces remain in control of X"; "claims that Russian forces control
 * X" stays the claim denied).
 */
function _defends(text: string, trigger: TriggerMatch, voice: Voice): boolean {
  return _DEFENDER.has(trigger.kind) ||
    (trigger.kind === "control" && actingSide(text, trigger.start, voice) === voice.side);
}

/** The frame speaking around an owned claim: the nearest other frame before it, else after it. */
function _outerFrame(frames: readonly Frame[], inner: Frame): Frame | null {
  const others = frames.filter((f) => f !== inner && !f.owner);
  return others.filter((f) => f.at < inner.at).at(-1) ?? others[0] ?? null;
}

/** Who made the claim a denial rejects: named with the claim, or speaking elsewhere in the sentence. */
function _deniedAuthors(text: string, frames: readonly Frame[], denier: Voice): Voice[] {
  const out: Voice[] = [];
  const named = deniedAuthor(text, denier);
  for (const f of frames) {
    if (f.deny) continue;
    for (const v of f.voices) if (v.side !== denier.side || v.role !== denier.role) out.push(v);
  }
  if (named && !out.some((v) => v.side === named.side && v.role === named.role)) out.push(named);
  return out;
}

function _sameScope(frames: readonly Frame[], a: TriggerMatch, b: TriggerMatch): boolean {
  return frameAt(frames, a.start) === frameAt(frames, b.start);
}
