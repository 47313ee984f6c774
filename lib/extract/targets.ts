/**
 * Place targets: an article's text → its place mentions (gazetteer and "the village of X"
 * patterns, resolved by the oblasts the article names), and for one sentence the mentions that a
 * claim can be about, each with the role it plays there.
 *
 * A mention is not a target when it only locates another place: "X, 10 km south of Y", "located
 * west of Y", "X in the Y district", a region or oblast capital named beside a settlement ("the
 * village of X in Zaporizhzhia", "(Kharkiv region)"), or a place named inside an actor's name.
 * A region is a target only when the sentence names no settlement that can be one.
 *
 * @module
 */

import { _reEscape, _wordList } from "../lexicon/_lexicon.ts";
import { findPlaces, type PlaceMention } from "../lexicon/find_places.ts";
import { _ownerOf, _resolvePlaces, type Gazetteer, type Place } from "../lexicon/places.ts";
import type { ActorMention } from "../lexicon/actors.ts";

/** A place mention of one sentence, with what it is there. */
export interface Target {
  mention: PlaceMention;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** `settlement`, `region`, or why it is no target (`locator`, `district`, `actor`, `passing`). */
  role: "settlement" | "region" | "locator" | "district" | "actor" | "passing";
  /**
   * Whose ground a place the gazetteer does not know is: the country of the region the text names
   * nearest before it ("the village of X in the Kursk region"); undefined for known places.
   */
  owner?: "russia" | "ukraine";
}

/** The place mentions of a whole article, resolved (shared names by the oblasts named). */
export function articlePlaces(text: string, gazetteer: Gazetteer): PlaceMention[] {
  const all = findPlaces(text, { gazetteer });
  const oblasts = all.filter((m) => m.kind === "region" && m.candidates.length).map((m) =>
    m.candidates[0].oblast
  );
  // (the mentions are new, made here: resolved without a copy of each)
  return _resolvePlaces(all, { oblasts }, false).filter((m) => !_NOT_A_PLACE.has(m.canonical));
}

/** Words the "village of X" patterns may take for names that are not places. */
export const _NOT_A_PLACE = new Set([
  "Village",
  "Multiple",
  "Several",
  "Many",
  "Two",
  "Three",
  "Four",
  "Five",
  "The",
]);

const _NUMBER_WORD =
  "(?:\\d[\\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|a\\s+few|several|dozens\\s+of|a\\s+dozen)";
// (both alternatives' `\b` tested once at a position)
const _LOCATOR = new RegExp(
  `\\b(?:${_NUMBER_WORD}\\s*(?:km|kilometres|kilometers|miles|mi)\\b(?:(?!\\b(?:and|but|while|after|where|which)\\s)[^.;:]){0,50}|(?:located|situated|lies|lying|lie|which\\s+is|just|(?:about|some|roughly|approximately|nearly|only|villages?|towns?|settlements?|hamlets?|cities|city)\\s+(?=(?:north|south|east|west)))\\s*(?:[\\p{L}-]+\\s+){0,2})(?:of|from)\\s+(?:the\\s+)?(?:(?!(?:and|but|while|after|before|since|where|which)\\s)[\\p{L}-]+\\s+){0,4}?(?:of\\s+)?$`,
  "iu",
);
/**
 * After a place: a plant named after it that stands in it (`data/lexicon_words.csv`:
 * `town_site_feature`; not a nuclear plant), built on first use.
 */
const _IN_TOWN_SITE = (): RegExp =>
  _inTownSite ??= new RegExp(
    `^\\s+(?:${
      _wordList("town_site_feature").map((w) => _reEscape(w).replace(/ /g, "\\s+")).join("|")
    })(?![\\p{L}])`,
    "iu",
  );
let _inTownSite: RegExp | null = null;
/** A move by a distance before a place ("advanced 5 km north of", "pushed up to 10 km into"). */
const _MOVED_KM = new RegExp(
  `\\b(?:advanc(?:ed|ing|es?)|push(?:ed|ing|es)?|mov(?:ed|ing)|progress(?:ed|ing)?|penetrat(?:ed|ing)|broke\\s+through|gain(?:ed|ing)|(?:made\\s+)?advances\\s+of)\\s+(?:(?:up\\s+to|about|some|roughly|nearly|almost|more\\s+than|over|another|a\\s+further|further)\\s+)?${_NUMBER_WORD}\\s*(?:km|kilometres|kilometers|miles)\\b[^.;:]{0,60}$`,
  "iu",
);
/** "X near Y", "X, close to the town of Y": Y only says where X is. */
const _NEAR_OTHER =
  /^[\s,]*(?:\([^)]*\)\s*)?(?:,\s*)?(?:\(\s*)?(?:in\s+(?:the\s+)?[\p{L}-]+\s+(?:region|oblast)\s+)?(?:(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:town|village|city|settlement|hub|stepping\s+stone|gateway)\s+)?(?:also\s+)?(?:which\s+is\s+|located\s+|situated\s+|lying\s+)?(?:near|on\s+the\s+(?:way|road)\s+to|close\s+to|outside|not\s+far\s+from|next\s+to|on\s+the\s+outskirts\s+of|in\s+the\s+vicinity\s+of|neighbou?ring|adjacent\s+to|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of)\s+(?:the\s+)?(?:(?:city|town|village|settlement|key|strategic|logistics|hub|embattled|city's)\s+)*(?:of\s+)?$/iu;
/** "the village near Y": Y only says where the village is. */
const _NOUN_NEAR =
  /\b(?:village|villages|town|towns|settlement|settlements|city|hamlet|one)\s+(?:near|close\s+to|outside|not\s+far\s+from)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** Every match of `_NOUN_NEAR` holds one of these words (a cheap test first, once a sentence). */
const _NOUN_NEAR_KEY = /near|close|outside|far/iu;
/** The cheap test above and the RegExp it guards (for tests: the key must match wherever it does). */
export const _TARGET_PREFILTERS: readonly { key: RegExp; guards: readonly RegExp[] }[] = [
  { key: _NOUN_NEAR_KEY, guards: [_NOUN_NEAR] },
];
/** "the forest area north of X", "heights east of X": a feature beside a place locates by it. */
const _FEATURE_NEAR =
  /\bbanks?\s+of\s+the\s+$|\b(?:area|forest|forests|woods?|heights?|fields?|plantations?|roads?|highway|positions?|tree\s+lines?|hills?|river|bank)['’"”]?\s+(?:just\s+)?(?:to\s+the\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?$/iu;
/** "unlike Kupiansk", "compared with Kupiansk": a place named for contrast. */
const _UNLIKE = /\b(?:unlike|compared\s+(?:with|to)|in\s+contrast\s+to)\s+(?:in\s+)?(?:the\s+)?$/iu;
/** After a place: a title it is part of ("Kharkiv governor Ivan Petrov"). */
const _TITLE_AFTER = /^\s+(?:(?:city|military|state)\s+)*(?:governor|mayor|police\s+chief)\b/iu;
/** A place name that is a person's first name: "Nadiya Petrenko, a spokeswoman". */
export const _PERSON_AFTER = /^\s+\p{Lu}\p{Ll}+,\s+(?:a|an|the)\s/u;
/**
 * An oblast capital standing for its region: "Donetsk villages", "Sumy border villages", "across
 * eastern Donetsk", "the last Ukrainian-held cities in Donetsk".
 */
const _REGION_AFTER =
  /^\s+(?:(?:border|frontline|front-line|frontier)\s+)?(?:villages|towns|settlements|regions|oblasts|and\s+(?:the\s+)?\p{Lu}\p{L}+\s+(?:regions|oblasts))\b/iu;
// ("70 percent of Donetsk", "the Luhansk region and most of Donetsk")
const _REGION_BEFORE =
  /\b(?:(?:percent|per\s+cent|%)\s+of|(?:region|oblast)\s+and\s+(?:(?:about|nearly|roughly|almost|some|over|more\s+than|\d+)\s+){0,2}(?:percent\s+|%\s+)?(?:most|all|half|much|\d+)?\s*of|eastern|western|northern|southern|throughout|across|regions?\s*[–—:-]\s*(?:\p{Lu}\p{L}+,\s*)*|(?:cities|towns|villages|settlements|communities|localities)\s+in(?:\s+the)?)\s*$/iu;
// (after a name, or its number: "the Kvartal-2 neighbourhood")
const _DISTRICT =
  /^(?:-\d+)?\s*(?:district|raion|rayon|county|hromada|community|municipality|municipal|urban\s+community|neighbou?rhood|microdistrict|micro-district|quarter)\b/iu;
/** Cities that name their region ("Donetsk", "Kharkiv"): `oblast_capital` of `data/lexicon_words.csv`. */
function _capital(name: string): boolean {
  return (_capitals ??= new Set(_wordList("oblast_capital"))).has(name);
}
let _capitals: Set<string> | null = null;
/** A community ("hromada") named after its centre right after a verb of taking it. */
function _takenCommunity(text: string, start: number, after: string): boolean {
  return _COMMUNITY_AFTER.test(after) &&
    _TAKE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
const _COMMUNITY_AFTER = /^\s*(?:community|hromada|urban\s+community)\b/iu;
const _TAKE_BEFORE =
  /\b(?:liberated|liberating|cleared|clearing|captured|capturing|took|taken|seized|occupied|entered|retook|recaptured)\s+(?:the\s+)?$/iu;
const _IN_BEFORE = /\b(?:in|across|throughout)\s+(?:the\s+)?$/iu;
const _CITY_NEAR = /\b(?:city|town)\s+(?:of\s+)?(?:the\s+)?$/iu;
const _CITY_AFTER = /^\s*(?:city|itself|centre|center|outskirts)\b/iu;
const _PASSING_BEFORE = /(?:,|\bin|\bof|\(|\bnear)\s*(?:the\s+)?$/iu;
const _REPUBLIC_AFTER = /^\s*(?:People['’]s\s+Republic|PR\b|oblast|region|province|area)/iu;

/** The owner of an unknown place: that of the region the text names nearest before it (or right after). */
export function unknownOwner(
  m: PlaceMention,
  places: readonly PlaceMention[],
): "russia" | "ukraine" | undefined {
  if (m.place || m.candidates.length) return undefined;
  let near: PlaceMention | null = null;
  for (const p of places) {
    if (p.kind !== "region" || !p.candidates.length) continue;
    if (p.start < m.start || (p.start - m.end < 60 && !near)) near = p;
    if (p.start > m.end) break;
  }
  return near ? _ownerOf(near.candidates[0]) : undefined;
}

/** The target role of each place mention inside `sentence` (offsets relative to the sentence). */
export function sentenceTargets(
  sentence: { start: number; end: number; text: string },
  places: readonly PlaceMention[],
  actors: readonly ActorMention[],
): Target[] {
  const inside = places.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const out: Target[] = [];
  let previous: Target | null = null;
  const near = inside.length > 0 && _NOUN_NEAR_KEY.test(sentence.text);
  for (const m of inside) {
    const start = m.start - sentence.start;
    const end = m.end - sentence.start;
    const t: Target = { mention: m, start, end, role: _role(sentence.text, start, end, m, near) };
    if (t.role === "settlement" && previous && _passing(sentence.text, previous, t)) {
      t.role = "passing";
    }
    if (
      t.role === "settlement" && previous && start - previous.end < 90 &&
      _NEAR_OTHER.test(sentence.text.slice(previous.end, start))
    ) {
      t.role = "locator";
    }
    if (t.role === "region" && _districtsOblast(sentence.text, out, t)) t.role = "locator";
    const actor = actors.find((a) => a.start <= start && end <= a.end);
    // "the Sumy Regional Defense Command": a regional authority's place is its region
    if (actor) t.role = _REGIONAL.test(actor.text) ? "region" : "actor";
    out.push(t);
    if (t.role === "settlement") previous = t;
  }
  return out;
}

/**
 * "the Sudzhansky and Korenevsky districts of the Kursk region": an oblast named right after one of
 * its own districts only says where the district is.
 */
function _districtsOblast(text: string, before: readonly Target[], t: Target): boolean {
  const district = before.findLast((b) => b.role === "region");
  const oblast = placeOf(t)?.oblast;
  return !!district && !!oblast && / District$/.test(district.mention.canonical) &&
    placeOf(district)?.oblast === oblast && t.start - district.end < 40 &&
    _OF_DISTRICT.test(text.slice(district.end, t.start));
}
const _OF_DISTRICT = /^\s*(?:(?:border\s+)?districts?\s+)?(?:of|in|,|\()\s*(?:the\s+)?$/iu;

/** After a place's name: a feature noun (`data/lexicon_words.csv`: `feature_noun`), built on first use. */
let _featureAfter: RegExp | null = null;
const _FEATURE_AFTER = (): RegExp =>
  _featureAfter ??= new RegExp(
    `^\\s+(?:${_wordList("feature_noun").map(_reEscape).join("|")})(?![\\p{L}])`,
    "iu",
  );

const _REGIONAL =
  /\b(?:Regional|Oblast)\s+(?:State\s+|Military\s+|Civil-Military\s+)*(?:Administration|Defen[cs]e\s+Command|Council)\b/u;

/** `near`: the text holds a word of `_NOUN_NEAR_KEY` (else `_NOUN_NEAR` is not run). */
function _role(
  text: string,
  start: number,
  end: number,
  m: PlaceMention,
  near: boolean,
): Target["role"] {
  const after = text.slice(end, end + 40);
  // ("cleared the Yunakivka community of militants": a community taken is its centre's village)
  if (_DISTRICT.test(after)) {
    return _takenCommunity(text, start, after) ? "settlement" : "district";
  }
  if (m.kind === "region") return "region";
  // ("Kharkiv governor Oleh Syniehubov said": the place in a title)
  if (_PERSON_AFTER.test(after) || _TITLE_AFTER.test(after)) return "actor";
  // "the Vovcha river", "the Oskil reservoir": a feature named after a place is no settlement
  // (but "the Kurakhove power plant", "the Avdiivka coke plant": a site inside the town)
  if (_FEATURE_AFTER().test(after)) return _IN_TOWN_SITE().test(after) ? "settlement" : "locator";
  if (_capital(m.canonical)) {
    const near = text.slice(Math.max(0, start - 40), start);
    if (_REPUBLIC_AFTER.test(after) || _REGION_AFTER.test(after) || _REGION_BEFORE.test(near)) {
      return "region";
    }
    // "gains in Donetsk, where ...": a region's capital after "in" (but not "the city of X")
    if (_IN_BEFORE.test(near) && !_CITY_NEAR.test(near) && !_CITY_AFTER.test(after)) {
      return "region";
    }
  }
  const lead = text.slice(Math.max(0, start - 90), start);
  // (most leads end in none of the patterns below: one test of them all first, same result)
  if (!_ANY_LEAD.test(lead)) return "settlement";
  // "A lies south of B, a city that Russian forces seized": a clause of its own makes B the place
  if (_CLAUSE_ON.test(after)) return "settlement";
  // "16 miles from Ukraine-held X": the adjective makes a claim about X itself
  if (_HELD_BEFORE.test(lead)) return "settlement";
  // "retreated to new positions west of X": the ground given up is a claim about X
  if (_WITHDRAWN_TO().test(lead)) return "settlement";
  // ("pushed about 10 km into Ukrainian lines north-east of X": an advance near X, no distance)
  if (_LOCATOR.test(lead) && !_MOVED_KM.test(lead)) return "locator";
  if ((near && _NOUN_NEAR.test(lead)) || _UNLIKE.test(lead) || _FEATURE_NEAR.test(lead)) {
    return "locator";
  }
  return "settlement";
}

/** After a place: an appositive or relative clause about it (", a city that ...", ", which ..."). */
const _CLAUSE_ON =
  /^\s*,\s*(?:which\b|(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:city|town|village|settlement|prize|hub|stronghold)\s+(?:that|which)\b)/iu;

/**
 * "to new positions", "to more advantageous lines": where a withdrawal goes, with the adjectives of
 * `position_adjective` in `data/lexicon_words.csv` (a RegExp source, built on first use).
 */
export function positionsTo(): string {
  return _positionsTo ??= `to\\s+(?:(?:more\\s+[\\p{L}-]+|${
    _wordList("position_adjective").map(_reEscape).join("|")
  })\\s+)*(?:positions|lines|defensive\\s+lines)`;
}
let _positionsTo: string | null = null;

/** A withdrawal to positions beside the place named next (built on first use). */
let _withdrawnTo: RegExp | null = null;
const _WITHDRAWN_TO = (): RegExp =>
  _withdrawnTo ??= new RegExp(
    `\\b(?:moved|relocated|redeployed|repositioned|withdrew|withdrawn|retreated|pulled\\s+back|fell\\s+back|fallen\\s+back)(?:\\s+back)?\\s+${positionsTo()}\\s+(?:just\\s+)?(?:to\\s+the\\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\\s+of\\s+(?:the\\s+)?$`,
    "iu",
  );

const _HELD_BEFORE =
  /(?:ukraine|ukrainian|kyiv|kiev|russia|russian|moscow)[- ](?:held|controlled|occupied)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/iu;

/**
 * One test of the patterns `_role` reads in a lead: it matches where any of them does. Each but the
 * first begins with `\b`, tested once at a position for all of them.
 */
const _ANY_LEAD = new RegExp(
  `(?:${_HELD_BEFORE.source})|\\b(?:${
    [_LOCATOR, _NOUN_NEAR, _UNLIKE, _FEATURE_NEAR].map((r) => `(?:${r.source.replace(/^\\b/, "")})`)
      .join("|")
  })`,
  "iu",
);
/** The union above and the RegExps it guards (for tests: it must match wherever they do). */
export const _LEAD_PREFILTERS: readonly { key: RegExp; guards: readonly RegExp[] }[] = [
  { key: _ANY_LEAD, guards: [_HELD_BEFORE, _LOCATOR, _NOUN_NEAR, _UNLIKE, _FEATURE_NEAR] },
];

/** An oblast capital named right after another settlement names where that one is. */
function _passing(text: string, previous: Target, t: Target): boolean {
  if (!_capital(t.mention.canonical)) return false;
  const between = text.slice(previous.end, t.start);
  return between.length < 40 && _PASSING_BEFORE.test(between);
}

/** The place a region mention stands for, or the settlement's own entry. */
export function placeOf(t: Target): Place | null {
  return t.mention.place ?? t.mention.candidates[0] ?? null;
}

/** The record's place name: a region named by its capital ("Donetsk People's Republic") is the oblast. */
export function placeName(t: Target): string {
  const m = t.mention;
  if (t.role === "region" && m.kind !== "region") {
    const o = (m.place ?? m.candidates[0])?.oblast;
    if (o) return `${o} Oblast`;
  }
  return m.canonical;
}
