/**
 * Places: a gazetteer of front-line settlements and regions (`data/places.csv`: canonical
 * Ukrainian-based transliteration, Russian and Soviet-era variants, oblast, coordinates, kind,
 * radius), mention finding in text (gazetteer names, "the village of X" patterns, near-miss
 * spellings), and resolution of names shared by several settlements by the oblast named in the
 * text and by distance to the other places of the article.
 *
 * `loadGazetteer(path)` also reads big external gazetteers: GeoNames `UA.txt` (tab-separated) and
 * the settlement-alias CSV format (`name,aliases,place,wikidata,region,...,lon,lat`).
 *
 * Takes a gazetteer's path or text, or mentions and a text; gives a new {@link Gazetteer}, merged
 * gazetteers, distances and resolved mentions ({@link resolvePlaces}). Parsing is in
 * `gazetteer_parse.ts`, mention finding in `find_places.ts` (with the lookup tables of
 * `_place_lookup.ts`).
 *
 * @module
 */

import { _csvRows, _dataText, _norm } from "./_lexicon.ts";
import { parseGazetteer } from "./gazetteer_parse.ts";
import type { PlaceMention } from "./find_places.ts";

/** Kind of place. */
export type PlaceKind = "city" | "town" | "village" | "region";
export const PLACE_KINDS: readonly PlaceKind[] = ["city", "town", "village", "region"];

/** One gazetteer entry. */
export interface Place {
  canonical: string;
  variants: string[];
  /** Oblast or region name without the word "Oblast" (`Donetsk`, `Kursk`). */
  oblast: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
  radiusKm: number;
}

/** A gazetteer: entries plus an index from normalised name to entries. */
export interface Gazetteer {
  places: Place[];
  /** normalised variant → entries (several when the name is shared). */
  index: Map<string, Place[]>;
  /** Longest name in words (for n-gram lookup). */
  maxWords: number;
}

/** Builds a gazetteer from entries. */
export function makeGazetteer(places: readonly Place[]): Gazetteer {
  const index = new Map<string, Place[]>();
  let maxWords = 1;
  for (const p of places) {
    for (const v of new Set([p.canonical, ...p.variants])) {
      const key = _norm(v);
      if (!key) continue;
      const list = index.get(key) ?? [];
      if (!list.includes(p)) list.push(p);
      index.set(key, list);
      maxWords = Math.max(maxWords, key.split(" ").length);
    }
  }
  return { places: [...places], index, maxWords };
}

// realistic built-up radii: a city of 50-100k is ~4-6 km across its half-width, a town 2, a village 1
/** Reads and parses a gazetteer file (project CSV, alias CSV or GeoNames `UA.txt`). */
export async function loadGazetteer(path: string): Promise<Gazetteer> {
  if (typeof path !== "string" || !path) {
    throw new TypeError(`loadGazetteer: expected a file path, found ${typeof path}`);
  }
  const text = await Deno.readTextFile(path);
  return parseGazetteer(text, path);
}

/** Merges gazetteers; entries of earlier ones come first when a name is shared. */
export function mergeGazetteers(...gs: Gazetteer[]): Gazetteer {
  return makeGazetteer(gs.flatMap((g) => g.places));
}

let _default: Gazetteer | null = null;

/** The project's curated gazetteer (`data/places.csv`), parsed once. */
export function defaultGazetteer(): Gazetteer {
  return (_default ??= parseGazetteer(_dataText("places.csv"), "data/places.csv"));
}

/** Great-circle distance in kilometres. */
export function distanceKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Options of {@link resolvePlaces}. */
export interface ResolveOptions {
  /** Oblasts named in the text ("in the Donetsk region"), strongest hint. @default [] */
  oblasts?: readonly string[];
}

/**
 * Chooses one entry for each ambiguous mention: a candidate in an oblast named in the text,
 * else the candidate nearest to the unambiguous places of the same text, else the first.
 * Returns new mentions; the input is not changed.
 */
export function resolvePlaces(
  mentions: readonly PlaceMention[],
  options: ResolveOptions = {},
): PlaceMention[] {
  return _resolvePlaces(mentions, options, true);
}

/**
 * {@link resolvePlaces}; with `copy` false, the mentions that need no choice are given as they are
 * (for a caller that made them and hands them on unchanged: no copy of each).
 */
export function _resolvePlaces(
  mentions: readonly PlaceMention[],
  options: ResolveOptions,
  copy: boolean,
): PlaceMention[] {
  // most texts name no shared name: nothing to choose (well-formed options only, so that bad
  // ones still fail below)
  const given = options.oblasts ?? [];
  if (
    !mentions.some((m) => !m.place && m.candidates.length >= 2) && Array.isArray(given) &&
    given.every((o) => typeof o === "string")
  ) {
    return copy ? mentions.map((m) => ({ ...m })) : [...mentions];
  }
  const oblasts = new Set(given.map((o) => _norm(o)));
  for (const m of mentions) {
    if (m.place?.kind === "region") oblasts.add(_norm(m.place.oblast));
  }
  // each place once: a place named again is no nearer (the smallest distance is the same)
  const anchors = [
    ...new Set(
      mentions.filter((m) => m.place && m.place.kind !== "region").map((m) => m.place!),
    ),
  ];
  // a candidate's distance to the anchors, once per candidate (a name may be named often)
  const scores = new Map<Place, number>();
  const score = (c: Place) => {
    let best = scores.get(c);
    if (best === undefined) {
      best = Infinity;
      for (const a of anchors) best = Math.min(best, distanceKm(a, c));
      scores.set(c, best);
    }
    return best;
  };
  return mentions.map((m) => {
    if (m.place || m.candidates.length < 2) return copy ? { ...m } : m;
    let pool = m.candidates.filter((c) => oblasts.has(_norm(c.oblast)));
    if (!pool.length) pool = m.candidates;
    let chosen = pool[0];
    if (pool.length > 1 && anchors.length) {
      chosen = [...pool].sort((a, b) => score(a) - score(b))[0];
    }
    return { ...m, place: chosen, canonical: chosen.canonical, kind: chosen.kind };
  });
}

/** Default owner of a place's ground before the war: `russia` for Russian regions, else `ukraine`. */
export function _ownerOf(place: Place | null): "russia" | "ukraine" {
  if (place && /^(?:Kursk|Belgorod|Bryansk)$/i.test(place.oblast)) return "russia";
  return "ukraine";
}

/** Parses a raw CSV row list (used by tests to check a gazetteer file has the expected columns). */
export function _gazetteerColumns(text: string): string[] {
  return (_csvRows(text)[0] ?? []).map((c) => c.trim());
}
