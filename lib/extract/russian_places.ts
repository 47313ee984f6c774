/**
 * Places of a Russian region: a sentence's targets → the same targets, where a name the text spells
 * the Russian way ("Mikhaylovka", "Bogdanovka") and the gazetteer knows only as a Ukrainian village
 * of another spelling stays the name as written, as an unknown place, when the sentence names a
 * Russian region and no Ukrainian one ("liberated Martynovka, Mikhaylovka and Pravda in the Kursk
 * region": Russian villages, not Donetsk's Mykhailivka).
 *
 * @module
 */

import { _ownerOf } from "../lexicon/places.ts";
import type { PlaceMention } from "../lexicon/find_places.ts";
import { placeOf, type Target } from "./targets.ts";

/** `targets`, with the Ukrainian entries of Russian-spelled names in a Russian region undone. */
export function russianSpelled(targets: readonly Target[]): Target[] {
  if (!_inRussia(targets)) return [...targets];
  return targets.map((t) =>
    _isRespelled(t) ? { ...t, mention: _asWritten(t.mention), owner: "russia" as const } : t
  );
}

/**
 * The sentence is about Russian ground: every region it names is Russian, or it names none and its
 * other settlements are all Russian (known there, or unknown names after a Russian region).
 */
function _inRussia(targets: readonly Target[]): boolean {
  const regions = targets.filter((t) => t.mention.kind === "region" && t.mention.candidates.length);
  if (regions.length) return regions.every((r) => _ownerOf(placeOf(r)) === "russia");
  const others = targets.filter((t) => t.role === "settlement" && !_isRespelled(t));
  return others.length > 0 &&
    others.every((t) =>
      t.owner === "russia" || (t.mention.place && _ownerOf(placeOf(t)) === "russia")
    );
}

/** A settlement of Ukraine named by a spelling other than its own. */
function _isRespelled(t: Target): boolean {
  const m = t.mention;
  return t.role === "settlement" && m.kind !== "region" && m.source !== "pattern" &&
    _ownerOf(placeOf(t)) === "ukraine" && _squash(m.text) !== _squash(m.canonical);
}

/** The mention as an unknown place of the name written. */
function _asWritten(m: PlaceMention): PlaceMention {
  return { ...m, canonical: m.text, candidates: [], place: null, source: "pattern" };
}

function _squash(s: string): string {
  return s.normalize("NFKD").replace(/[^\p{L}]/gu, "").toLowerCase();
}
