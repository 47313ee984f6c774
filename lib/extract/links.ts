/**
 * Links: a sentence's claim words and places → which claim word each place belongs to (the
 * nearest in reach and in its clause; a list member takes its list's word; a repelled or denied
 * word beside another claim word gives a second record; holding and the other side's advance,
 * each with its own subject, give two).
 *
 * @module
 */

import { _ownerOf } from "../lexicon/places.ts";
import type { TriggerMatch } from "./triggers.ts";
import {
  _LIST_JOIN,
  movedOn,
  ownNounAfter,
  relativeLink,
  relativeState,
  THAT_AGAIN,
} from "./_list_join.ts";
import { placeOf, type Target } from "./targets.ts";
import { predicateAfter, verbOfTrapped } from "./_predicate_after.ts";
import type { Voice } from "./speakers.ts";
import { actingSide, otherCamp, sideIn, SPEECH_PARTICIPLES } from "./sides.ts";
import {
  aroundBefore,
  attributive,
  excepted,
  fightNearOwn,
  INCLUDED,
  nameNext,
  nearOnly,
  ownObject,
  partLater,
  saidOfIt,
  secondPredicate,
  situationAround,
} from "./_reach_tests.ts";

/** How far (characters) a trigger reaches to a place after it, and before it. */
const _REACH_AFTER = 160;
const _REACH_BEFORE = 110;

/** The trigger each target belongs to (nearest in reach; a trigger before the place first). */
export function linkTargets(
  text: string,
  triggers: readonly TriggerMatch[],
  targets: readonly Target[],
  blocked: readonly TriggerMatch[] = [],
): { target: Target; trigger: TriggerMatch }[] {
  const out: { target: Target; trigger: TriggerMatch }[] = [];
  let previous: { target: Target; trigger: TriggerMatch } | null = null;
  for (const target of targets) {
    // "captured A, B and C and pushed into D": a list member takes its list's claim word
    if (
      previous && previous.trigger.end <= previous.target.start &&
      !ownNounAfter(text, previous.trigger, previous.target, target) &&
      (_LIST_JOIN.test(text.slice(previous.target.end, target.start)) ||
        movedOn(text, previous.trigger, previous.target, target))
    ) {
      const linked: { target: Target; trigger: TriggerMatch } = {
        target,
        trigger: previous.trigger,
      };
      out.push(linked);
      previous = linked;
      const rel = relativeLink(text, previous.trigger, triggers, target, targets);
      if (rel) out.push({ target, trigger: rel });
      continue;
    }
    let best: TriggerMatch | null = null;
    let bestScore = Infinity;
    const all: TriggerMatch[] = [];
    for (const t0 of triggers) {
      const t = _heldPresence(t0, target) ?? t0;
      const score = _reachScore(text, t, target, targets);
      if (score === null) continue;
      all.push(t);
      if (score >= bestScore) continue;
      best = t;
      bestScore = score;
    }
    previous = null;
    best = best && predicateAfter(text, best, target, all);
    // "captured villages, ... aiding in capturing X": a blocked claim word nearer X shadows it
    if (best && best.end <= target.start && _shadowed(blocked, best, target)) best = null;
    if (best) {
      out.push({ target, trigger: best });
      previous = out[out.length - 1];
      for (const trigger of _alsoLinked(text, best, all, target, targets)) {
        out.push({ target, trigger });
      }
      const main = verbOfTrapped(text, best, all);
      if (main) out.push({ target, trigger: main });
      const other = _otherSideMove(text, best, triggers, target);
      if (other) out.push({ target, trigger: other });
      const said = saidOfIt(text, best, triggers, target) ??
        secondPredicate(text, best, all, target, targets);
      if (said) out.push({ target, trigger: said });
      const rel = relativeLink(text, best, triggers, target, targets);
      if (rel && rel !== said && !out.some((o) => o.target === target && o.trigger === rel)) {
        out.push({ target, trigger: rel });
      }
      const part = partLater(text, best, triggers, target, targets);
      if (part && part !== said) out.push({ target, trigger: part });
      // "the Ukrainian-held town of X was liberated": the adjective and the verb, both about X
      const verb = best.background && best.end <= target.start
        ? all.find((t) => t.start >= target.end && !t.background && !_SECOND_KINDS.has(t.kind))
        : undefined;
      if (verb && verb !== said) out.push({ target, trigger: verb });
    }
  }
  return out;
}

/** How far `t` is from `target` (lower is nearer), or null when it cannot reach it. */
function _reachScore(
  text: string,
  t: TriggerMatch,
  target: Target,
  targets: readonly Target[],
): number | null {
  const score = t.end <= target.start
    ? target.start - t.end
    : t.start >= target.end
    ? (t.start - target.end) * 1.4
    : 0;
  // "Ukrainian troops in Pokrovsk are close to being cut off": the holder's own troops in a place
  // are no advance on it
  if (
    t.kind === "advancing" && _PRESENCE.test(t.text) &&
    sideIn(t.text) === _ownerOf(placeOf(target))
  ) {
    return null;
  }
  // "advance near X, occupy Y": a claim word after X with an object of its own does not reach back
  if (t.start >= target.end && ownObject(text, t, target, targets)) return null;
  // "in the X sector, with the heaviest fighting near A": fighting near a place of its own
  if (t.start >= target.end && t.kind === "contested" && fightNearOwn(text, t)) return null;
  // the sentence's subject ("X, which ..., was captured") reaches its verb further on
  const subject = target.start < 3 && !targets.some((o) => o !== target && o.start < t.start);
  const reach = t.end <= target.start ? _REACH_AFTER : subject ? 250 : _REACH_BEFORE;
  // ("seized A but not B": B left out)
  if (score > reach || excepted(text, t, target)) return null;
  if (
    (t.kind === "contested" || t.kind === "holding") &&
    (nearOnly(text, t, target) || aroundBefore(text, target)) &&
    !situationAround(text, target)
  ) {
    return null;
  }
  // "X, located on the Kyiv-controlled part of Y": the adjective qualifies the part, not X
  if (t.background && t.start >= target.end && _PART_AFTER.test(text.slice(t.end))) return null;
  // "X lies 16 miles from Ukraine-held Y": an adjective before a place is about that place only
  // (or a name no target stands for: "X in the partially occupied Donetsk region")
  // (and reaches only that place: "the occupied Donetsk region, where the city is" is not the city's)
  if (
    (t.start >= target.end &&
      t.background && targets.some((o) => o.start >= t.end && o.start - t.end < 3)) ||
    ((t.start >= target.end || target.start - t.end >= 3) &&
      nameNext(text, t) && attributive(text, t))
  ) return null;
  // "X ..., where Y was captured": a claim word after two places is about the nearer one,
  // unless they are one list ("X and Y were captured")
  if (t.start >= target.end && _placeBetween(text, targets, target, t)) return null;
  // "the Russian-occupied city of A and the front-line town of B": the adjective is A's alone
  if (
    t.background && t.end <= target.start &&
    targets.some((o) =>
      o.start >= t.end && o.end <= target.start && ownNounAfter(text, t, o, target)
    )
  ) return null;
  // "took A in May, are now attacking B": a claim word before A reaches B only through a list
  if (t.end <= target.start && _ownPlaceBefore(text, t, target, targets)) return null;
  const between = t.end <= target.start
    ? text.slice(t.end, target.start)
    : text.slice(target.end, t.start);
  // "took a dozen villages, including A and B": the claim word's own list of what it took
  if (t.end <= target.start && INCLUDED.test(between)) return 0;
  // "retook three villages: A, B and C" introduces its list; other boundaries end a clause
  // "..., although so far without success": a failure refers back across its concession
  const concession = (t.kind === "repelled" && _CONCESSION.test(between)) ||
    // "refuted the claim, saying fighting continued in X": a denial reaches the place of its reason
    (t.kind === "denied" && t.end <= target.start && _REASON.test(between));
  if (
    score > 0 && !subject && !concession && _BOUNDARY.test(between) &&
    !_LIST_INTRO.test(between) &&
    !(t.start >= target.end && relativeState(text, t, target, targets))
  ) return null;
  return score;
}

/**
 * A defender's word in reach is a claim of its own ("entered X, but were repelled"), and so is
 * the claim word beside it ("retook X, pushing back Russian attacks").
 */
function _alsoLinked(
  text: string,
  best: TriggerMatch,
  all: readonly TriggerMatch[],
  target: Target,
  targets: readonly Target[],
): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const seen = new Set([best.kind]);
  const before = _SECOND_KINDS.has(best.kind)
    ? all.filter((t) => t.end <= target.start && !_SECOND_KINDS.has(t.kind)).at(-1)
    : undefined;
  // "took A and repelled attacks near B": a claim word with a place of its own in between, or
  // right after it, is that place's
  const owns = (t: TriggerMatch) => _hasOwnPlace(t, target, targets);
  if (before && !owns(before)) out.push(before);
  // "called the claim a lie, saying X remained contested": and the claim word right after it
  const after = _SECOND_KINDS.has(best.kind) && !before
    ? all.find((t) => t.start >= target.end && !_SECOND_KINDS.has(t.kind) && !t.background)
    : undefined;
  if (after && !owns(after)) {
    seen.add(after.kind);
    out.push(after);
  }
  // "advanced in the Kursk region, taking several villages": the claim word before the place and
  // the participle after it, both about it
  const led = _participleAfter(text, best, target)
    ? all.filter((t) => t.end <= target.start && t.kind !== best.kind && !owns(t)).at(-1)
    : undefined;
  if (led && !_SECOND_KINDS.has(led.kind)) {
    seen.add(led.kind);
    out.push(led);
  }
  for (const t of all) {
    if (!_SECOND_KINDS.has(t.kind) || seen.has(t.kind) || owns(t)) continue;
    // ("said A had not advanced in the area and that B had regained X": a negation's clause ends)
    if (t.negates && t.end <= target.start && THAT_AGAIN.test(text.slice(t.end, target.start))) {
      continue;
    }
    // "has not captured a town since taking X": the nearer claim word has X (but "refuted the
    // claim, saying fighting continued in X": a denial verb's place is the one its reason names)
    if (t.kind === "denied" && t.negates && t.end <= best.start && best.end <= target.start) {
      continue;
    }
    seen.add(t.kind);
    out.push(t);
  }
  // "X held out for two years before Ukraine withdrew": a clause of time after the place's own
  // claim word, with a loss and no place of its own
  const lost = all.find((t) =>
    t.start >= best.end && t.start >= target.end && _LOSS.has(t.kind) && !seen.has(t.kind) &&
    !owns(t) && _TIME_JOIN.test(text.slice(best.end, t.start))
  );
  if (lost) out.push(lost);
  return out;
}

const _LOSS = new Set(["withdrew", "lost"]);
const _TIME_JOIN = /\b(?:before|until|after|when)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/**
 * `t` opens a clause of the same subject right after `target`: a participle (", capturing ...")
 * or a verb joined by "and" ("reached the outskirts of X and were fighting in ...").
 */
function _participleAfter(text: string, t: TriggerMatch, target: Target): boolean {
  if (t.start < target.end) return false;
  const between = text.slice(target.end, t.start);
  return (/^\p{L}+ing\b/u.test(t.text) && /^\s*,\s*(?:and\s+)?$/u.test(between)) ||
    _AND_VERB.test(between);
}

const _AND_VERB = /^\s*,?\s*and\s+(?:(?:were|was|are|is|have|has|had|been|then|also|now)\s+)+$/iu;

/** A settlement of another name lies between `t` and `target`, and no list joins it to `target`. */
function _ownPlaceBefore(
  text: string,
  t: TriggerMatch,
  target: Target,
  targets: readonly Target[],
): boolean {
  const name = target.mention.canonical;
  return targets.some((o) =>
    o.role === "settlement" && o.mention.canonical !== name && o.start >= t.end &&
    o.end <= target.start && _CLAUSE_AFTER.test(text.slice(o.end, target.start))
  );
}

/** A clause with a verb of its own after a place ("A in May, are now attacking", "A and are"). */
const _CLAUSE_AFTER =
  /(?:,\s*(?:(?:and|but)\s+)?|\s+(?:and|but)\s+)(?:are|is|were|was|have|has|had|will)\b/iu;

/** Another place lies between `t` and `target`, or `t` (after `target`) has a place after it. */
function _hasOwnPlace(t: TriggerMatch, target: Target, targets: readonly Target[]): boolean {
  const name = target.mention.canonical;
  return targets.some((o) =>
    o.mention.canonical !== name &&
    (t.end <= target.start ? o.start >= t.end && o.end <= target.start : o.start >= t.end)
  );
}

/**
 * "Ukrainian forces barely hold X, as Russian forces advance from the south": holding and
 * advancing in one sentence, each with its own side named as subject, are two claims.
 */
function _otherSideMove(
  text: string,
  best: TriggerMatch,
  all: readonly TriggerMatch[],
  target: Target,
): TriggerMatch | null {
  const pair = _MOVE_PAIR[best.kind];
  if (!pair) return null;
  // (the cheap tests first: most sentences have no claim word of the other kind in reach, and
  // then the side acting at `best` is not needed)
  const near = all.filter((t) =>
    t.kind === pair && !t.background && Math.abs(t.start - target.start) < _REACH_AFTER
  );
  if (!near.length) return null;
  const side = actingSide(text, best.start, _NOBODY);
  if (!side) return null;
  return near.find((t) =>
    _SUBJECT_BEFORE.test(text.slice(Math.max(0, t.start - 70), t.start)) &&
    actingSide(text, t.start, _NOBODY) === otherCamp(side)
  ) ?? null;
}

/** A clause of its own with a side as its subject right before the claim word. */
const _SUBJECT_BEFORE =
  /(?:,\s*|\b)(?:as|while|whereas|and|but|though|although|even\s+though|yet)\s+(?:the\s+)?(?:russian|ukrainian|russia['’]s|ukraine['’]s|kyiv['’]s|moscow['’]s|enemy)\s+(?:[\p{L}-]+\s+)?(?:forces|troops|units|army|soldiers|defenders)\s+(?:(?:have|has|had|are|were|is|was|been|still|slowly|steadily|gradually|continue\s+to|continued\s+to|keep)\s+)*$/iu;

const _MOVE_PAIR: Partial<Record<string, string>> = { holding: "advancing", advancing: "holding" };

/** No speaker: "our" and "the enemy" name no side. */
const _NOBODY: Voice = { name: "", side: "independent", role: "media" };

/** Claim words of taking and moving ("the fall of A opened the way for an advance on B"). */
const _MOVES = new Set<string>([
  "captured",
  "occupied",
  "liberated",
  "recaptured",
  "advancing",
  "control",
]);

function _shadowed(blocked: readonly TriggerMatch[], t: TriggerMatch, target: Target): boolean {
  return blocked.some((b) =>
    b.blocked === "attempt" &&
    (b.kind === t.kind || (_MOVES.has(b.kind) && (_MOVES.has(t.kind) || _LOSS.has(t.kind)))) &&
    b.start >= t.end && b.end <= target.start
  );
}

/** Between a claim word and a place: a new clause ("..., describing the X axis as ..."). */
const _BOUNDARY =
  /[;:]|,\s*(?:describing|saying|adding|noting|warning|calling|as(?!\s+well\s+as\b)|while|which\s+(?:is|was|lies)|who|whereas|although|though|with\s+no\s|but\s+(?:the|a|an)\s|and\s+(?:the|a|an)\s)|\s(?:while|whereas|although)\s+(?:the|a|an|it|they|he|she)\s|\sand\s+(?:are|is|were|was|(?:have|has|had)\s+been)\s+\p{L}+ing\s|\sas\s+(?:it|they|he|she|russian|ukrainian|russia|ukraine|moscow|kyiv)\b/iu;

/** "Ukrainian troops remain in X": the holder's own troops staying on are its holding. */
function _heldPresence(t: TriggerMatch, target: Target): TriggerMatch | null {
  return t.kind === "advancing" && _PRESENCE.test(t.text) && _STAYING.test(t.text) &&
      sideIn(t.text) === _ownerOf(placeOf(target))
    ? { ...t, kind: "holding" }
    : null;
}

const _STAYING = /\b(?:remain|remained|still)\b/iu;

const _PRESENCE =
  /^(?:russian|ukrainian|(?:russia|ukraine|kyiv|moscow)['’]s)\s+(?:troops|forces|units|soldiers|infantry)\b/iu;

/** "..., saying ...": a denial's reason, which its place may stand in. */
const _REASON = new RegExp(`^[^;:.]*,\\s*(?:${SPEECH_PARTICIPLES})\\b`, "iu");

const _CONCESSION = /^[^;:]*,\s*(?:although|though|but)\s+[^,;:]*$/iu;

const _LIST_INTRO =
  /^[^;:]*\b(?:villages|settlements|towns|localities|places|positions)\b[^;:]{0,40}:\s*$/iu;

const _SECOND_KINDS = new Set(["repelled", "denied"]);

function _placeBetween(
  text: string,
  targets: readonly Target[],
  target: Target,
  t: TriggerMatch,
): boolean {
  // (the same place again, as "Pokrovsk (Krasnoarmeysk)", is no other place)
  const o = targets.find((o) =>
    o.start >= target.end && o.end <= t.start &&
    o.mention.canonical !== target.mention.canonical
  );
  if (o === undefined) return false;
  // "A (A') and B were surrounded": the list runs on after an alias in brackets
  const between = text.slice(target.end, o.start).replace(/^\s*\([^()]{1,40}\)/u, "");
  return !_LIST_JOIN.test(between);
}

/** After an adjective of control: a part of a place, not a place ("Kyiv-controlled part of"). */
const _PART_AFTER =
  /^\s+(?:part|parts|territory|territories|area|areas|side|bank|section|sections|portion|zone|zones)\b/iu;
