/**
 * References back: a sentence without a place of its own → the place it refers to ("the city",
 * "the village", "this key hub": phrases of `data/lexicon_backrefs.csv`), which is the last place
 * an earlier claim was about; "either location", "both towns" the last two.
 *
 * @module
 */

import { _csvObjects, _dataText, _phraseRe, _reEscape } from "../lexicon/_lexicon.ts";
import type { PlaceMention } from "../lexicon/find_places.ts";
import type { Target } from "./targets.ts";
import type { Frame } from "./speakers.ts";
import type { TriggerMatch } from "./triggers.ts";
import { _LIST_JOIN } from "./_list_join.ts";
import { ofKind } from "./referents.ts";

interface _Phrases {
  single: RegExp;
  pair: RegExp;
  plural: RegExp;
  region: RegExp;
  /**
   * For three RegExps, a cheap test first: words every match holds (see `_keyOf`, `_singleKey`).
   * (`pair` has none: it is cheap. `single` keyed by its phrases' last words, most of them claim
   * words, passed half the sentences that reach it, no gain (session 10); keyed as `_singleKey`
   * does, a quarter, and then it pays, measured in session 11.)
   */
  keys: { single: RegExp; plural: RegExp; region: RegExp };
}

let _res: _Phrases | null = null;

/** A RegExp for any of `words` (with the flags of the RegExps it guards). */
function _keyOf(words: readonly string[]): RegExp {
  return new RegExp([...new Set(words)].map(_reEscape).join("|"), "iu");
}

function _phrases(): _Phrases {
  if (_res) return _res;
  const rows = _csvObjects(_dataText("lexicon_backrefs.csv"), "data/lexicon_backrefs.csv", [
    "phrase",
    "refers_to",
  ]);
  // the nouns also refer back with up to two words before them ("the embattled frontline town")
  const single = rows.filter((r) => !["pair", "plural", "region", "part"].includes(r.refers_to));
  const nouns = [
    ...new Set(
      single.filter((r) => r.refers_to !== "pronoun").map((r) => r.phrase.split(" ").at(-1)!),
    ),
  ];
  const phrases = _phraseRe(single.map((r) => r.phrase), "iu").source;
  // every match ends with the last word of a phrase or with a noun of the pattern after them
  const last = (kind: string) =>
    rows.filter((r) => r.refers_to === kind).map((r) => r.phrase.split(" ").at(-1)!);
  const keys = {
    single: _singleKey(single.map((r) => r.phrase), nouns),
    plural: _keyOf([...last("plural"), ..._PLURAL_NOUNS]),
    region: _keyOf([...last("region"), "region", "oblast", "province", "territory"]),
  };
  return (_res = {
    keys,
    single: new RegExp(
      `${phrases}|(?<![\\p{L}])(?:the|this|that)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${
        nouns.join("|")
      })(?![\\p{L}])` +
        // "fighting continues in its western districts": a part of the place named before
        `|(?<![\\p{L}])its\\s+(?:(?:north|south|east|west|cent)[\\p{Ll}-]*\\s+)?(?:${
          last("part").map(_reEscape).join("|")
        })(?![\\p{L}])`,
      "iu",
    ),
    pair: _phraseRe(rows.filter((r) => r.refers_to === "pair").map((r) => r.phrase), "iu"),
    // "these villages", "the four villages"
    plural: new RegExp(
      `${
        _phraseRe(rows.filter((r) => r.refers_to === "plural").map((r) => r.phrase), "iu").source
      }|(?<![\\p{L}])(?:the|these|those|all)\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(?:[\\p{L}-]+\\s+)?(?:${
        _PLURAL_NOUNS.join("|")
      })(?![\\p{L}])`,
      "iu",
    ),
    // "the region", "the Russian border region", "enemy territory" (of a region named before)
    region: new RegExp(
      `${
        _phraseRe(rows.filter((r) => r.refers_to === "region").map((r) => r.phrase), "iu").source
      }|(?<![\\p{L}])the\\s+(?:[\\p{L}-]+\\s+){0,2}(?:region|oblast|province)(?![\\p{L}])|\\benemy\\s+territory\\b`,
      "iu",
    ),
  });
}

const _PLURAL_NOUNS = ["villages", "settlements", "towns", "localities"];

/**
 * The cheap test before `single`: each of its matches holds a phrase (whose first word, when of
 * one or two letters, begins after no letter: "it fell"; else its last word: "the city", "troops
 * there"), a noun after "the", "this" or "that", or "its" after no letter. Any word of a phrase
 * would be exact; these are the rarest in text ("it" rather than the claim word after it).
 */
function _singleKey(phrases: readonly string[], nouns: readonly string[]): RegExp {
  const starts = new Set(["its"]);
  const ends = new Set(nouns);
  for (const p of phrases) {
    const words = p.split(" ");
    if (words[0].length <= 2) starts.add(words[0]);
    else ends.add(words.at(-1)!);
  }
  return new RegExp(
    `(?<![\\p{L}])(?:${[...starts].map(_reEscape).join("|")})|${
      [...ends].map(_reEscape).join("|")
    }`,
    "iu",
  );
}

/** The cheap tests above and the RegExps they guard (for tests: a key must match wherever they do). */
export function _backrefPrefilters(): { key: RegExp; guards: RegExp[] }[] {
  const { keys, single, plural, region } = _phrases();
  return [
    { key: keys.single, guards: [single] },
    { key: keys.plural, guards: [plural] },
    { key: keys.region, guards: [region] },
    { key: _COUNTED_KEY, guards: [_COUNTED] },
  ];
}

/**
 * Targets at the reference back in `text`, standing for the places it refers to: the latest of
 * `recent` for "the city", the last two for "either location", every settlement of `lastTargets`
 * (the last sentence with claims) for "these villages". Empty when the sentence has no reference
 * (or nothing came before).
 */
export function backReference(
  text: string,
  recent: readonly Target[],
  lastTargets: readonly Target[] = [],
): Target[] {
  const { single, pair, plural, keys } = _phrases();
  // "these villages": every settlement the last sentence with claims was about
  const many = lastTargets.filter((t) => t.role === "settlement");
  const these = many.length >= 2 && keys.plural.test(text) ? text.match(plural) : null;
  if (these) {
    const start = these.index!;
    return many.map((t) => ({ ...t, start, end: start + these[0].length }));
  }
  const both = recent.length >= 2 ? text.match(pair) : null;
  if (both) {
    const start = both.index!;
    return recent.slice(-2).map((t) => ({ ...t, start, end: start + both[0].length }));
  }
  const latest = recent.at(-1);
  const m = latest && keys.single.test(text) ? text.match(single) : null;
  if (!latest || !m) return [];
  const start = m.index!;
  const last = ofKind(m[0], recent) ?? latest;
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

/**
 * The region an article is about: the region named most, when it is named at least twice and at
 * least twice as often as any settlement (an article on a region-wide operation), else null.
 */
export function mainRegion(places: readonly PlaceMention[]): Target | null {
  const regions = new Map<string, { n: number; m: PlaceMention }>();
  const settlements = new Map<string, number>();
  for (const m of places) {
    if (m.kind !== "region") {
      settlements.set(m.canonical, (settlements.get(m.canonical) ?? 0) + 1);
      continue;
    }
    const c = regions.get(m.canonical);
    if (c) c.n++;
    else regions.set(m.canonical, { n: 1, m });
  }
  let best: { n: number; m: PlaceMention } | null = null;
  for (const c of regions.values()) if (!best || c.n > best.n) best = c;
  const most = Math.max(1, ...settlements.values());
  return best && best.n >= 2 * most ? { mention: best.m, start: 0, end: 0, role: "region" } : null;
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
  const denial = live.find((t) => t.kind === "denied");
  if (!denial && !frames.some((f) => f.deny)) return refs;
  // (at the denial word, which they answer: "said the claims were untrue and that its units
  // still defend the region" holds the region, not the places denied)
  const at = denial?.end ?? text.length;
  return last.map((t) => ({ ...t, start: at, end: at }));
}

/** "X ..., Kyiv insists it still holds the north of the city": a reference back to a place named before it in the sentence. */
export function laterReference(text: string, usable: readonly Target[]): Target[] {
  const refs = backReference(text, usable.slice(0, 1));
  const out = refs.filter((r) =>
    r.start > usable[0].end && !usable.some((u) => u.start >= r.start)
  );
  // ("clearing the city, ..., dismissing claims that the city had fallen": each later mention)
  for (let r = out.at(-1); r && out.length < 4;) {
    const more = backReference(text.slice(r.end), usable.slice(0, 1));
    if (more.length !== 1) break;
    r = { ...more[0], start: more[0].start + r.end, end: more[0].end + r.end };
    out.push(r);
  }
  return out;
}

/** The targets claims can be about: settlements, or regions when no settlement is named. */
export function usable(targets: readonly Target[], text = ""): Target[] {
  const settlements = targets.filter((t) => t.role === "settlement");
  if (!settlements.length) return targets.filter((t) => t.role === "region");
  // ("X in the partially occupied Luhansk region": the adjective makes a claim about the region)
  // ("reported advances in Donetsk, where clashes have escalated around X": the region a clause
  // of its own follows is a place of the sentence too)
  const first = settlements[0].start;
  // ("controls about a quarter of the Donetsk region, including A and B": a share of the region)
  const held = targets.filter((t) => {
    if (t.role !== "region") return false;
    const lead = text.slice(Math.max(0, t.start - 40), t.start);
    if (_HELD_REGION.test(lead)) return true;
    if (t.end >= first) return false;
    const after = text.slice(t.end, first);
    return (_IN_REGION.test(lead) && _WHERE_AFTER.test(after)) ||
      (_SHARE_OF.test(lead) && (_INCLUDING_AFTER.test(after) || _AMOUNT_OF.test(lead)));
  });
  return held.length ? [...settlements, ...held].sort((a, b) => a.start - b.start) : settlements;
}
const _IN_REGION = /\b(?:in|into|across|throughout)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** After a region, before the first settlement: a clause of its own (", where ...", ", which ..."). */
const _WHERE_AFTER = /^[^,;]{0,20},\s+(?:where|which|while)\b/iu;
/** Before a region: a share of it ("about a quarter of the", "70% of"). */
const _SHARE_OF =
  /\b(?:all|most|much|half|part|parts|quarter|third|thirds|percent|per\s+cent|%)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** Before a region: an amount of it ("99 percent of the", "almost all of"), a claim about it. */
const _AMOUNT_OF =
  /\b(?:all|most|much|half|quarter|third|thirds|percent|per\s+cent|%)\s+of\s+(?:the\s+)?$/iu;
/** After a region: the settlements it includes (", including the cities of A and B"). */
const _INCLUDING_AFTER = /^[^,;]{0,20},\s+including\b/iu;
/** Before a region: an adjective of control ("partially occupied", "Russian-held", "the occupied"). */
const _HELD_REGION =
  /\b(?:(?:partially|partly|largely|mostly|fully|temporarily)\s+occupied|(?:russian|russia|moscow|kremlin|ukrainian|ukraine|kyiv)[- ](?:held|controlled|occupied))\s+(?:the\s+)?$/iu;

const _COUNTED =
  /\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|multiple|a\s+few|more|dozens\s+of|a\s+dozen|a\s+number\s+of|numerous|scores\s+of)\s+(?:(?:more|other|new|further|small|nearby|border|frontline|front-line|key)\s+)?(?:\p{L}+\s+)?(villages|settlements|towns|localities|hamlets)\b/iu;
/** A counted noun of places besides those named ("eight other villages", "three more towns"). */
const _OTHER = /\s(?:other|more|further)\s/i;
/** Every match of `_COUNTED` holds one of these nouns (a cheap test first). */
const _COUNTED_KEY = /villages|settlements|towns|localities|hamlets/iu;
const _NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/**
 * "Ukraine retakes three villages": a counted reference to places the article names after it,
 * as a list ("Hruzke, Rubizhne and Vesele") within the next 1,000 characters: targets at the
 * phrase for each of them (as many as counted when a number is given). Empty when none.
 */
export function countedPlaces(
  sentence: { start: number; end: number; text: string },
  text: string,
  places: readonly PlaceMention[],
): Target[] {
  const m = _COUNTED_KEY.test(sentence.text) ? sentence.text.match(_COUNTED) : null;
  // "the four villages" refers back (see backReference), not forward
  if (!m || /\b(?:the|these|those|all)\s+$/i.test(sentence.text.slice(0, m.index))) return [];
  const n = _NUMBERS[m[1].toLowerCase()] ?? (Number(m[1]) || 2);
  // "captured several villages in the Kursk region": an uncounted number of places in a region
  // the sentence names is a claim about the region, not about places named later
  const exact = m[1].toLowerCase() in _NUMBERS || Number(m[1]) > 0;
  if (
    !exact &&
    places.some((p) => p.kind === "region" && p.start >= sentence.start && p.end <= sentence.end)
  ) return [];
  const after = places.filter((p) =>
    p.kind !== "region" && p.start >= sentence.end && p.start < sentence.end + 1000
  );
  // ("captured seven settlements: A, B, ...": the list is the sentence's own)
  if (
    /^\s*(?:[:—–(]|,\s*(?:including|namely))/u.test(sentence.text.slice(m.index! + m[0].length))
  ) {
    return [];
  }
  for (let i = 0; i < after.length; i++) {
    // (a list begins at its first member: "fighting near A, B and C" has no list "B and C")
    if (i > 0 && _LIST_JOIN.test(text.slice(after[i - 1].end, after[i].start))) continue;
    const list = [after[i]];
    for (let j = i + 1; j < after.length; j++) {
      const between = text.slice(list[list.length - 1].end, after[j].start);
      if (!_LIST_JOIN.test(between)) {
        break;
      }
      list.push(after[j]);
    }
    // ("eight other villages" are not the three named next: more places than a list names)
    // ("... as Ukraine reports fighting. Attacks near A and B": a battle's places are not those)
    // ("controlled 28 settlements" are not the two named next: far fewer than counted)
    if (
      list.length >= (exact && _OTHER.test(m[0]) ? Math.max(n, 2) : Math.min(n, 2)) &&
      !(exact && n > 3 * list.length) &&
      !_FIGHT_BEFORE.test(text.slice(Math.max(0, list[0].start - 60), list[0].start))
    ) {
      const start = m.index!;
      // (an uncounted "several villages" takes the whole list)
      return list.slice(0, exact ? n : list.length).map((mention) => ({
        mention,
        start,
        end: start + m[0].length,
        role: "settlement" as const,
      }));
    }
  }
  return [];
}

/** Before a list: the battle it locates ("the heaviest fighting near A and B"). */
const _FIGHT_BEFORE =
  /\b(?:fighting|battles?|clashes|attacks?|attacked|assaults?|combat|shelling|shelled|strikes?)\b[^.;:!?]*?\b(?:near|around|in|at|outside)\s+(?:the\s+)?(?:(?:villages?|towns?|settlements?)\s+of\s+)?$/iu;

/**
 * "the region", "the Russian border region": the region the article named last before `at`, as a
 * target at the phrase. Empty when the sentence has no such phrase or no region came before.
 */
export function regionReference(
  text: string,
  places: readonly PlaceMention[],
  at: number,
): Target[] {
  const { region, keys } = _phrases();
  const m = keys.region.test(text) ? text.match(region) : null;
  if (!m) return [];
  let last: PlaceMention | null = null;
  for (const p of places) {
    if (p.start >= at) break;
    if (p.kind === "region") last = p;
  }
  if (!last) return [];
  const start = m.index!;
  return [{ mention: last, start, end: start + m[0].length, role: "region" }];
}
