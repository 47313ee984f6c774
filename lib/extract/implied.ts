/**
 * Implied places: a sentence and the places it names → the place a claim word means without
 * naming it ("they have held on to it since": "it" after a claim word; "said its soldiers had
 * cleared 40 buildings", "still holds the north": a part of the place the article is on).
 *
 * @module
 */

import type { TriggerMatch } from "./triggers.ts";
import type { Target } from "./targets.ts";
import { _reEscape, _wordList } from "../lexicon/_lexicon.ts";

/**
 * "Sudzha was captured in August, and they have held on to it since", "X is surrounded and
 * fighting continues there": "it" or "there" right after a later claim word is the one settlement
 * the sentence named before it.
 */
export function itAfter(
  text: string,
  own: readonly Target[],
  live: readonly TriggerMatch[],
): Target[] {
  const settlements = own.filter((t) => t.role === "settlement");
  if (settlements.length !== 1) return [];
  const place = settlements[0];
  const out: Target[] = [];
  for (const w of live) {
    if (w.start <= place.end) continue;
    const m = text.slice(w.end).match(/^\s+(?:(?:on\s+to\s+|onto\s+|back\s+)?it|there)\b/iu);
    if (!m) continue;
    const word = m[0].endsWith("there") ? 5 : 2;
    out.push({ ...place, start: w.end + m[0].length - word, end: w.end + m[0].length });
  }
  return out;
}

/**
 * "Russia says it took X; Kyiv says the claims are false", "Moscow claims gains near X; Kyiv says
 * attacks repelled", "...; Ukraine says fighting continues": a denial, a repelled attack or fighting
 * after a clause break that names the claim, the attacks or a speaker, not a place, answers the
 * settlements named before it (a target at it for each).
 */
export function answeredAfter(
  text: string,
  own: readonly Target[],
  live: readonly TriggerMatch[],
): Target[] {
  const places = own.filter((t) => t.role === "settlement");
  if (!places.length) return [];
  const last = places.at(-1)!;
  const w = live.find((t) => _ANSWERS.has(t.kind) && t.start > last.end);
  if (!w || !_BREAK.test(text.slice(last.end, w.start))) return [];
  // (the claim named by a word: "the claims are false", "attacks repelled"; fighting by a speaker
  // of its own: "; Ukraine says fighting continues")
  const named = w.kind === "denied"
    ? _CLAIM_NAMED
    : w.kind === "repelled"
    ? _ATTACKS_NAMED
    : _saysBefore();
  if (!named.test(text.slice(Math.max(last.end, w.start - 40), w.end + 20))) return [];
  return places.map((p) => ({ ...p, start: w.end, end: w.end }));
}

/**
 * "Kyiv rejected the claim, saying its troops still hold the north of A": a denial that names the
 * claim by a word before a clause break, ahead of every place of its own, answers the places of
 * the sentence before too (a target at the denial word for each, named again or not).
 */
export function rejectedBefore(
  text: string,
  own: readonly Target[],
  live: readonly TriggerMatch[],
  last: readonly Target[],
): Target[] {
  if (!own.length || !last.length) return [];
  const d = live.find((t) => t.kind === "denied" && !t.negates);
  if (!d || d.end > own[0].start || !_CLAIM_THEN_BREAK.test(text.slice(d.end, own[0].start))) {
    return [];
  }
  return last.map((t) => ({ ...t, start: d.end, end: d.end }));
}

/** After a denial word: the claim named by a word, then a clause of the denier's own. */
const _CLAIM_THEN_BREAK =
  /^\s+(?:the|these|those|such|this|that|(?:moscow|russia|kyiv|ukraine)['’]s)\s+(?:[\p{L}-]+\s+)?(?:claims?|reports?|statements?|assertions?|allegations?|announcement)\s*(?:,\s*(?:saying|insisting|adding|stressing|noting|stating|and\s+said)\b|;|\s+and\s+(?:said|says|insisted|added))/iu;

/** The kinds that may answer the claim before a clause break. */
const _ANSWERS = new Set(["denied", "repelled", "contested"]);
/** A verb of saying (`speech_verb` of `data/lexicon_words.csv`) before the answer ("Ukraine says"). */
function _saysBefore(): RegExp {
  return _says ??= new RegExp(
    `\\b(?:${
      _wordList("speech_verb").map((w) => _reEscape(w).replace(/ /g, "\\s+")).join("|")
    })\\b`,
    "iu",
  );
}
let _says: RegExp | null = null;

/** Attacks named by a word, not by their place ("Kyiv says attacks were repelled"). */
const _ATTACKS_NAMED = /\b(?:attacks?|assaults?|attempts?|advances?|offensive|push)\b/iu;

/** A clause break between a claim and a denial of it. */
const _BREAK = /;|,\s*but\s|\s[-—–]\s/u;
/** The claim named by a word, not by its place ("the claims", "the report", "this"). */
const _CLAIM_NAMED =
  /\b(?:claims?|reports?|statements?|assertions?|allegations?|announcement|this|that|it)\b/iu;

/**
 * The sentence speaks of a part of a place it does not name ("the north", "40 buildings", "the
 * Kanal neighbourhood").
 */
export function namesPartOnly(text: string): boolean {
  return _PART_ONLY.test(text) || namesNamedPart(text);
}

// ("losing village after village in the east": the country's east, of places no one named)
const _PART_ONLY =
  /(?<!\b(?:villages?|towns?|settlements?|territory|ground)\s+in\s+)\b(?:the|its)\s+(?:north|south|east|west|centre|center)(?:ern|ral)?(?:\s+(?:part|parts|districts?|outskirts|half|section))?\b(?![^.;]{0,30}\b(?:country|ukraine|region|oblast|bank|front|frontline)\b|[^.;]{0,70}\b(?:ukrainian|russian)\s+(?:territory|territories|land|soil)\b)|\b\d+\s+(?:buildings|houses|blocks|streets)\b/iu;

/** The sentence names a part of a place by its own name ("the Kanal neighbourhood"). */
export function namesNamedPart(text: string): boolean {
  return _NAMED_PART.test(text);
}
const _NAMED_PART =
  /\bthe\s+[\p{L}'’-]+(?:-\d+)?\s+(?:neighbou?rhood|microdistrict|micro-district)\b/iu;
