/**
 * Lists of places across sentences: the settlements a sentence names (for "these villages" in the
 * next), the unknown names of a dash-joined list ("the A–B–C axis"), and "These are A and B" after
 * a claim about a region (the region's claim, made about each place named); the one settlement a
 * sentence names (for "the village" in the next); names an earlier sentence showed to be settlements.
 *
 * @module
 */

import type { ActorMention } from "../lexicon/actors.ts";
import { _ownerOf, type Gazetteer } from "../lexicon/places.ts";
import type { Status } from "../shared/types.ts";
import { firstAtOrAfter, type PlaceMention } from "../lexicon/find_places.ts";
import type { Proposition } from "./propositions.ts";
import { placeOf, type Target } from "./targets.ts";
import { _unknownAt } from "./unknown_places.ts";
import { otherCamp } from "./sides.ts";

type _Span = { start: number; end: number; text: string };

/** A sentence that names the places of the claim before it ("These are A and B", "Among them"). */
export const NAMES_PLACES =
  /^\W*(?:(?:these|they|those)\s+(?:are|were|include|included)\b|among\s+(?:them|these|those)\b|(?:these|the)\s+(?:settlements|villages|towns|localities)\s+(?:are|were|include|included)\b|namely\b)/iu;

/** The region claims of the sentence before, made about each settlement a sentence names. */
export function namedPlaces(
  regionProps: readonly Proposition[],
  targets: readonly Target[],
): Proposition[] {
  const out: Proposition[] = [];
  for (const target of targets) {
    if (target.role !== "settlement") continue;
    for (const p of regionProps) {
      // a part of the region taken ("60 sq km of X"): each named settlement is taken whole
      const status =
        p.status === "contested" && (p.claim === "captured" || p.claim === "recaptured")
          ? _wholeStatus(p.claim, target)
          : p.status;
      out.push({ ...p, target, status, area: null, why: "a place of the region claim before" });
    }
  }
  return out;
}

function _wholeStatus(claim: "captured" | "recaptured", target: Target): Status {
  const owner = target.owner ?? _ownerOf(placeOf(target));
  return claim === "recaptured" ? owner : otherCamp(owner);
}

const _DASHED = /\p{L}\s?[–—]\s?\p{Lu}/u;

/** An en or em dash (a single class: the engine skips to it quickly). */
const _DASH = /[–—]/;

/** `_DASHED.test(text)`, with the common text that holds no dash answered by `_DASH` alone. */
function _dashed(text: string): boolean {
  return _DASH.test(text) && _DASHED.test(text);
}

/** The article's places with the unknown names of a sentence's dash-joined lists ("A–B–C axis"). */
function _withChains(
  s: _Span,
  places: readonly PlaceMention[],
  gazetteer: Gazetteer,
): readonly PlaceMention[] {
  const unknown = unknownIn(s, within(places, s.start, s.end), [], gazetteer);
  return unknown.length ? [...places, ...unknown].sort((a, b) => a.start - b.start) : places;
}

/** {@link unknownPlaces} of a sentence, in article offsets. */
export function unknownIn(
  s: _Span,
  inSentence: readonly PlaceMention[],
  actors: readonly ActorMention[],
  gazetteer: Gazetteer,
): PlaceMention[] {
  return _unknownAt(s.text, inSentence, s.start, actors, gazetteer);
}

/**
 * The settlements a sentence names, as targets, when it names two or more (with the unknown names
 * of its dash-joined lists).
 */
export function listedSettlements(
  s: _Span,
  places: readonly PlaceMention[],
  gazetteer: Gazetteer,
): Target[] {
  const all = _dashed(s.text) ? _withChains(s, places, gazetteer) : places;
  const inside = within(all, s.start, s.end);
  // (fewer than two that are no region: none, whatever follows them)
  if (_fewerThanTwo(inside)) return [];
  // (a region named by a city's name is none: "in the Donetsk People's Republic", "Kharkiv region")
  const named = inside.filter((m) =>
    m.kind !== "region" && !_REGION_AFTER.test(s.text.slice(m.end - s.start, m.end - s.start + 20))
  );
  if (named.length < 2) return [];
  return named.map((mention) => ({ mention, start: 0, end: 0, role: "settlement" as const }));
}

const _REGION_AFTER = /^['’]?\s+(?:People['’]s\s+Republic|region|oblast|province)\b/iu;

/** Fewer than two of the mentions are of a kind other than `region`. */
function _fewerThanTwo(mentions: readonly PlaceMention[]): boolean {
  let n = 0;
  for (const m of mentions) if (m.kind !== "region" && ++n === 2) return false;
  return true;
}

/** The mentions (sorted by start) that lie within `start`..`end`, found by binary search. */
export function within(
  places: readonly PlaceMention[],
  start: number,
  end: number,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = firstAtOrAfter(places, start); i < places.length && places[i].start < end; i++) {
    if (places[i].end <= end) out.push(places[i]);
  }
  return out;
}

/**
 * The one settlement a sentence names (however often; a place it only locates by is none: "near
 * A, west of B"), as a target, or null.
 */
export function oneNamed(
  places: readonly PlaceMention[],
  s: { start: number; end: number; text: string },
): Target | null {
  const all = within(places, s.start, s.end).filter((m) => m.kind !== "region");
  const here = all.length > 1
    ? all.filter((m) =>
      !_LOCATES.test(s.text.slice(Math.max(0, m.start - s.start - 40), m.start - s.start))
    )
    : all;
  if (!here.length || here.some((m) => m.canonical !== here[0].canonical)) return null;
  return { mention: here[0], start: 0, end: 0, role: "settlement" };
}

const _LOCATES =
  /\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|outside|km|kilometres|kilometers|miles)\s+(?:of|from)\s+(?:the\s+(?:city|town)\s+of\s+)?$/iu;

/**
 * A sentence's unknown places, with the names an earlier sentence of the article showed to be
 * settlements ("liberated the villages of X and Y", then "X and Y were hit again"); `found` are
 * remembered for the sentences after.
 */
export function learnedPlaces(
  learned: Map<string, PlaceMention>,
  s: { start: number; text: string },
  known: readonly PlaceMention[],
  found: PlaceMention[],
): PlaceMention[] {
  const out = [...found];
  for (const [name, m] of learned) {
    for (let i = s.text.indexOf(name); i >= 0; i = s.text.indexOf(name, i + name.length)) {
      const start = s.start + i;
      const end = start + name.length;
      if (
        /[\p{L}\p{N}]/u.test(s.text[i - 1] ?? "") ||
        /[\p{L}\p{N}]/u.test(s.text[i + name.length] ?? "")
      ) continue;
      if ([...known, ...out].some((k) => k.start < end && start < k.end)) continue;
      out.push({ ...m, start, end, text: name });
    }
  }
  for (const m of found) if (!learned.has(m.text)) learned.set(m.text, m);
  return out.length === found.length ? found : out.sort((a, b) => a.start - b.start);
}

/** The gazetteer's place mentions in a sentence, as spans of its text. */
export function spansIn(
  places: readonly PlaceMention[],
  s: { start: number; end: number },
): { start: number; end: number }[] {
  return within(places, s.start, s.end).map((m) => ({
    start: m.start - s.start,
    end: m.end - s.start,
  }));
}
