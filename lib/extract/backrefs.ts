/**
 * References back: a sentence without a place of its own → the place it refers to ("the city",
 * "the village", "this key hub": phrases of `data/lexicon_backrefs.csv`), which is the last place
 * an earlier claim was about; "either location", "both towns" the last two.
 *
 * @module
 */

import { _csvObjects, _dataText, _phraseRe } from "../lexicon/_lexicon.ts";
import type { PlaceMention } from "../lexicon/find_places.ts";
import type { Target } from "./targets.ts";
import type { Frame } from "./speakers.ts";
import type { TriggerMatch } from "./triggers.ts";

let _res: { single: RegExp; pair: RegExp } | null = null;

function _phrases(): { single: RegExp; pair: RegExp } {
  if (_res) return _res;
  const rows = _csvObjects(_dataText("lexicon_backrefs.csv"), "data/lexicon_backrefs.csv", [
    "phrase",
    "refers_to",
  ]);
  // the nouns also refer back with up to two words before them ("the embattled frontline town")
  const single = rows.filter((r) => r.refers_to !== "pair" && r.refers_to !== "region");
  const nouns = [...new Set(single.map((r) => r.phrase.split(" ").at(-1)!))];
  const phrases = _phraseRe(single.map((r) => r.phrase), "iu").source;
  return (_res = {
    single: new RegExp(
      `${phrases}|(?<![\\p{L}])(?:the|this|that)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${
        nouns.join("|")
      })(?![\\p{L}])`,
      "iu",
    ),
    pair: _phraseRe(rows.filter((r) => r.refers_to === "pair").map((r) => r.phrase), "iu"),
  });
}

/**
 * Targets at the reference back in `text`, standing for the places it refers to: the latest of
 * `recent` for "the city", the last two for "either location". Empty when the sentence has no
 * reference (or nothing came before).
 */
export function backReference(text: string, recent: readonly Target[]): Target[] {
  const last = recent.at(-1);
  if (!last) return [];
  const { single, pair } = _phrases();
  const both = recent.length >= 2 ? text.match(pair) : null;
  if (both) {
    const start = both.index!;
    return recent.slice(-2).map((t) => ({ ...t, start, end: start + both[0].length }));
  }
  const m = text.match(single);
  if (!m) return [];
  const start = m.index!;
  return [{ mention: last.mention, start, end: start + m[0].length, role: last.role }];
}

/** The settlement an article names most often (first named on a tie), as a target. */
export function mainPlace(places: readonly PlaceMention[]): Target | null {
  const counts = new Map<string, { n: number; m: PlaceMention }>();
  for (const m of places) {
    if (m.kind === "region") continue;
    const c = counts.get(m.canonical);
    if (c) c.n++;
    else counts.set(m.canonical, { n: 1, m });
  }
  let best: { n: number; m: PlaceMention } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best ? { mention: best.m, start: 0, end: 0, role: "settlement" } : null;
}

/** "Kyiv denied the claim": a denial without a place of its own rejects the last sentence's claims. */
export function denialBack(
  text: string,
  frames: readonly Frame[],
  live: readonly TriggerMatch[],
  refs: Target[],
  last: readonly Target[],
): Target[] {
  if (refs.length || !last.length) return refs;
  const denies = frames.some((f) => f.deny) || live.some((t) => t.kind === "denied");
  return denies ? last.map((t) => ({ ...t, start: text.length, end: text.length })) : refs;
}

/** "X ..., Kyiv insists it still holds the north of the city": a reference back to a place named before it in the sentence. */
export function laterReference(text: string, usable: readonly Target[]): Target[] {
  const refs = backReference(text, usable.slice(0, 1));
  return refs.filter((r) => r.start > usable[0].end && !usable.some((u) => u.start >= r.start));
}

/** The targets claims can be about: settlements, or regions when no settlement is named. */
export function usable(targets: readonly Target[]): Target[] {
  const settlements = targets.filter((t) => t.role === "settlement");
  return settlements.length ? settlements : targets.filter((t) => t.role === "region");
}
