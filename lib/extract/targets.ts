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

import { findPlaces, type PlaceMention } from "../lexicon/find_places.ts";
import { _ownerOf, type Gazetteer, type Place, resolvePlaces } from "../lexicon/places.ts";
import type { ActorMention } from "../lexicon/actors.ts";
import { _matchAll, _words } from "../lexicon/_lexicon.ts";
import { respell } from "./spellings.ts";

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
  return resolvePlaces(all, { oblasts }).filter((m) => !_NOT_A_PLACE.has(m.canonical));
}

/** Words the "village of X" patterns may take for names that are not places. */
const _NOT_A_PLACE = new Set([
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
  `\\b(?:${_NUMBER_WORD}\\s*(?:km|kilometres|kilometers|miles|mi)\\b[^.;:]{0,50}|(?:located|situated|lies|lying|lie|which\\s+is|just|(?:about|some|roughly|approximately|nearly|only)\\s+(?=(?:north|south|east|west)))\\s*(?:[\\p{L}-]+\\s+){0,2})(?:of|from)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,4}?(?:of\\s+)?$`,
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
/** After a name: a person's title in apposition (", a spokeswoman for ..."). */
const _TITLE_AFTER =
  /^,\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:spokes(?:man|woman|person)|commander|officer|official|head|chief|governor|minister|analyst|blogger|expert|soldier|serviceman|representative|advis[eo]r|deputy|mayor|correspondent|journalist|reporter)\b(?!\s+(?:said|says|told|added|reported|claimed|noted|wrote|stated|confirmed)\b)/iu;
/** "the forest area north of X", "heights east of X": a feature beside a place locates by it. */
const _FEATURE_NEAR =
  /\b(?:area|forest|forests|woods?|heights?|fields?|plantations?|roads?|highway|positions?|tree\s+lines?|hills?|river|bank)['’"”]?\s+(?:just\s+)?(?:to\s+the\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?$/iu;
/** "unlike Kupiansk", "compared with Kupiansk": a place named for contrast. */
const _UNLIKE = /\b(?:unlike|compared\s+(?:with|to)|in\s+contrast\s+to)\s+(?:in\s+)?(?:the\s+)?$/iu;
/** A place name that is a person's first name: "Nadiya Petrenko, a spokeswoman". */
const _PERSON_AFTER = /^\s+\p{Lu}\p{Ll}+,\s+(?:a|an|the)\s/u;
/** An oblast capital standing for its region: "Donetsk villages", "across eastern Donetsk". */
const _REGION_AFTER =
  /^\s+(?:villages|towns|settlements|regions|oblasts|and\s+(?:the\s+)?\p{Lu}\p{L}+\s+(?:regions|oblasts))\b/iu;
const _REGION_BEFORE =
  /\b(?:eastern|western|northern|southern|throughout|across|regions?\s*[–—:-]\s*(?:\p{Lu}\p{L}+,\s*)*)\s*$/iu;
const _DISTRICT =
  /^\s*(?:district|raion|rayon|county|hromada|community|municipality|municipal|urban\s+community|neighbou?rhood|microdistrict|micro-district|quarter)\b/iu;
const _OBLAST_CAPITALS = new Set([
  "Donetsk",
  "Luhansk",
  "Zaporizhzhia",
  "Kharkiv",
  "Sumy",
  "Kherson",
  "Dnipro",
  "Kursk",
  "Belgorod",
  "Bryansk",
  "Mykolaiv",
  "Chernihiv",
]);
const _PASSING_BEFORE = /(?:,|\bin|\bof|\(|\bnear)\s*(?:the\s+)?$/iu;
const _REPUBLIC_AFTER = /^\s*(?:People['’]s\s+Republic|PR\b|oblast|region|province|area)/iu;

const _CAP = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*";
/** One or two capitalised words ("Upper Kolodezy", "Sukhyi Yar"). */
const _CAP2 = `${_CAP}(?:\\s+${_CAP})?`;
/** The adjective a two-word settlement name opens with ("Velyka", "Zelenyi", "Krasnoye"). */
const _ADJ_FIRST =
  "(?:Velyk|Mal|Nov|Star|Zelen|Krasn|Sukh|Chervon|Bil|Chorn|Verkhn|Nyzhn|Nizhn|Kamian|Vysok|Dovh|Bolsh|Russk|Seredn|Zolot)(?:yi|a|e|i|ia|ie|aya|oye|oe|iy|yy|ii|ye|yaya|eye)";
const _UNKNOWN_NAME =
  `(?:${_ADJ_FIRST}\\s+(?!Street|Avenue|Square|River|Region|Oblast)${_CAP}|${_CAP}(?:\\s+(?:Yar|Khutory|Khutir|Pole|Pershe|Druhe|Tretie|Persha|Druha|Pershyi|Druhyi|Dolyna|Loknya|Knyazhy|Kolodiaz|Kolodyaz|Balka|Bor|Hai|Haі|Rih|Gorodok|Sloboda|Luka|Ruda|Dvir))?)`;
const _UNKNOWN_NAME_RE = new RegExp(_UNKNOWN_NAME, "gu");
/**
 * Where a claim word or a place noun says a place name follows: "captured X", "advanced close to
 * X", "towards X and Y", "operating in X", "the outskirts of X". The names may be a list.
 */
const _UNKNOWN_LEAD = new RegExp(
  `(?:\\b(?:captured|capture\\s+of|captures?|capturing|took|taken|seized|seizes?|seizing|seizure\\s+of|liberated|liberates?|liberating|liberation\\s+of|entered|entering|retaking|recapturing|occupied|occupying|occupation\\s+of|reached|stormed|storming|storm|fall\\s+of|holds?|holding|held|controls?|controlling|controlled|withdrew\\s+from|withdrawal\\s+from|pulled\\s+out\\s+of|retakes?|encircled|surrounded|encirclement\\s+of|retook|retaken|recaptured|reclaimed|regained|control\\s+(?:of|over)|close\\s+to|closer\\s+to|towards?|toward|near|outside|operating\\s+in|(?:[Ff]ighting|[Bb]attles?|[Cc]lashes)\\s+(?:continues?\\s+)?(?:in|for|inside|within)|(?:under\\s*way|ongoing|raging)\\s+(?:in|for|inside)|left|in\\s+and\\s+around|around|out\\s+of|(?:most|much|part|parts|half|all|rest|remainder)\\s+of|edges?\\s+of|(?:forces|troops|units|defenders|garrison)\\s+in|in\\s+(?:central|northern|southern|eastern|western)|(?:flags?|raised|hoisted|planted)\\s+(?:over|above|in)|(?:present|operating|spotted)\\s+(?:inside|within)|battles?\\s+for|assaults?\\s+on|attacks?\\s+on|advanced\\s+(?:in|into|on|to)|advancing\\s+(?:in|into|on|to)|pushed\\s+(?:into|to)|outskirts\\s+of|vicinity\\s+of|direction\\s+of|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\\s+of|expel(?:led)?\\s+[\\p{L}\\s]{0,30}?from|from\\s+the\\s+(?:village|town)\\s+of)\\s+(?:the\\s+)?(?:(?:village|town|settlement|hamlet|communit(?:y|ie)|localit(?:y|ie))s?\\s+(?:of\\s+)?)?)(${_UNKNOWN_NAME}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+|\\s*,\\s*and\\s+)${_UNKNOWN_NAME})*)`,
  "gu",
);
/** After a name: what makes it part of another name ("Sudzhansky border districts", "X Brigade"). */
const _NOT_A_NAME_AFTER =
  /^\s*(?:Oblast|Region|District|Raion|Brigade|Corps|Battalion|Group|Forces|Defen[cs]e|Operational|(?:border\s+)?(?:districts?|raions?|regions?|oblasts?)\b)/u;
/** "Ukrainian-controlled", "Russian-held": an adjective, not a name. */
const _SIDE_COMPOUND = /-(?:controlled|held|occupied|backed|installed|led|appointed)$/iu;

/**
 * A name before a passive or intransitive claim word, or before ", a village ..." (not the last
 * word of a longer name: "the Donetsk People's Republic was liberated").
 */
const _UNKNOWN_SUBJECT = new RegExp(
  `(?<!\\p{Lu}[\\p{L}'’-]*\\s)((?:${_UNKNOWN_NAME}(?:\\s*,\\s*|\\s+and\\s+))*${_UNKNOWN_NAME})(?=\\s*,\\s+(?:a|the)\\s+(?:[\\p{Ll}-]+\\s+)?(?:village|town|settlement|hamlet)\\b|\\s+(?:(?:has|have|had)\\s+(?:now\\s+)?(?:been\\s+)?|(?:was|were|is|are)\\s+(?:now\\s+)?)?(?:fallen|fell|captured|taken|liberated|recaptured|retaken|seized|occupied|encircled|surrounded)\\b|\\s+(?:is|are|was|were|remains?|remained)\\s+(?:now\\s+|still\\s+)?(?:under|in)\\s+(?:full\\s+|complete\\s+)?(?:[Rr]ussian|[Uu]krainian|[Ee]nemy)\\s+(?:control|hands)\\b)`,
  "gu",
);
/** Every match of `_UNKNOWN_SUBJECT` holds one of these words (a cheap test first). */
const _SUBJECT_KEY =
  /village|town|settlement|hamlet|fallen|fell|captured|taken|liberated|recaptured|retaken|seized|occupied|encircled|surrounded|control|hands/iu;
/** The cheap tests of this file and the RegExps they guard (for tests: the key must match wherever it does). */
export const _TARGET_PREFILTERS: readonly { key: RegExp; guards: readonly RegExp[] }[] = [
  { key: _NOUN_NEAR_KEY, guards: [_NOUN_NEAR] },
  { key: _SUBJECT_KEY, guards: [_UNKNOWN_SUBJECT] },
];
let _stopSet: Set<string> | null = null;
function _stops(): Set<string> {
  return (_stopSet ??= new Set((_words().stop ?? []).map((w) => w.toLowerCase())));
}

/**
 * Place names the gazetteer does not know, read where a claim word or a place noun says one
 * follows (`source: "pattern"`, kind `village`), or the gazetteer entry their Russian spelling
 * stands for ({@link respell}). Names already found, stop words and actors' words are left out.
 */
export function unknownPlaces(
  text: string,
  known: readonly PlaceMention[],
  actors: readonly ActorMention[],
  gazetteer: Gazetteer,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  // (most sentences have no stretch where a name could stand: nothing more to read)
  const lists = _unknownLists(text, known);
  if (lists.every(([, list]) => list === "")) return out;
  // a headline in title case capitalises every word: no name can be told from the rest
  if (_titleCase(text)) return out;
  for (const [listStart, list, wide] of lists) {
    for (const n of _matchAll(list, wide ? _WIDE_NAME : _UNKNOWN_NAME_RE)) {
      // ("X's outskirts": the name without its possessive)
      const bare = n[0].endsWith("'s") || n[0].endsWith("’s") ? n[0].slice(0, -2) : n[0];
      const start = listStart + n.index!;
      const end = start + bare.length;
      // (the first word: `bare.split(/\s/)[0]` without the split)
      const space = bare.search(/\s/);
      const word = (space < 0 ? bare : bare.slice(0, space)).toLowerCase();
      if (_stops().has(word) || _NOT_A_PLACE.has(bare)) continue;
      if (known.some((k) => k.start < end && start < k.end)) continue;
      if (out.some((k) => k.start < end && start < k.end)) continue;
      // "Nadiya Petrenko, a spokeswoman": a person, not a place
      if (_PERSON_AFTER.test(text.slice(end)) || _TITLE_AFTER.test(text.slice(end))) {
        continue;
      }
      if (actors.some((a) => a.start < end && start < a.end)) continue;
      if (_NOT_A_NAME_AFTER.test(text.slice(end)) || _SIDE_COMPOUND.test(bare)) continue;
      const name = bare.replace(/\s+/g, " ");
      // a Russian spelling of a place the gazetteer knows ("Spalnoye" for "Spalnove")
      const found = respell(name, gazetteer);
      out.push({
        start,
        end,
        text: bare,
        canonical: found[0]?.canonical ?? name,
        candidates: found,
        place: found.length === 1 ? found[0] : null,
        kind: found[0]?.kind ?? "village",
        source: "pattern",
      });
    }
  }
  return out;
}

/**
 * More than three words, more than 60% of them capitalised: `words.length > 3 && words.filter((w)
 * => /^\p{Lu}/u.test(w)).length > words.length * 0.6` for `words = text.match(/\p{L}+/gu) ?? []`,
 * counted by code without making the words.
 */
export function _titleCase(text: string): boolean {
  let words = 0;
  let caps = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let upper = c >= 65 && c <= 90;
    let letter = upper || (c >= 97 && c <= 122);
    if (c >= 128) {
      // a letter past U+FFFF is a surrogate pair: read as one character
      const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const ch = pair ? text.slice(i, i + 2) : text[i];
      if (pair) i++;
      letter = _LETTER.test(ch);
      upper = letter && _UPPER.test(ch);
    }
    if (letter && !inWord) {
      words++;
      if (upper) caps++;
    }
    inWord = letter;
  }
  return words > 3 && caps > words * 0.6;
}

const _LETTER = /^\p{L}$/u;
const _UPPER = /^\p{Lu}$/u;

/**
 * Where unknown names may stand: after a lead ("captured X and Y"), and as members of a list of
 * known places ("Zhuravka, Veselivka, Basivka and Novenke"), after a counted noun's colon, in a
 * dash-joined chain: `[offset, text, names of two words]` of each stretch.
 */
function _unknownLists(
  text: string,
  known: readonly PlaceMention[],
): [number, string, boolean][] {
  const out: [number, string, boolean][] = [];
  for (const m of _matchAll(text, _UNKNOWN_LEAD)) {
    // ("the Sudzhansky and Korenevsky border districts": names of districts, not settlements)
    if (_NOT_A_NAME_AFTER.test(text.slice(m.index! + m[0].length))) continue;
    out.push([m.index! + m[0].length - m[1].length, m[1], false]);
  }
  for (const k of known) {
    if (k.kind === "region") continue;
    const m = text.slice(k.end).match(_LIST_AFTER);
    if (m) out.push([k.end, m[0], false]);
  }
  // "X has been captured", "X, a village south of Y, fell": a name that is a claim's subject
  for (const m of _SUBJECT_KEY.test(text) ? _matchAll(text, _UNKNOWN_SUBJECT) : []) {
    out.push([m.index!, m[1], false]);
  }
  // "liberated five settlements during the offensive: A, B and C"
  for (const m of text.includes(":") ? _matchAll(text, _COLON_LIST) : []) {
    out.push([m.index! + m[0].length - m[1].length, m[1], true]);
  }
  // "the A–B–C–D axis": names joined by dashes, one of them known
  for (const m of _DASH.test(text) ? _matchAll(text, _DASH_CHAIN) : []) {
    const end = m.index! + m[0].length;
    if (known.some((k) => k.kind !== "region" && k.start >= m.index! && k.end <= end)) {
      out.push([m.index!, m[0], false]);
    }
  }
  return out;
}

/** A name of one or two capitalised words, as a colon's list has them ("Upper Kolodezy"). */
const _WIDE_NAME = new RegExp(_CAP2, "gu");

/** A list of names after a colon that follows a counted noun ("12 settlements ...: A, B and C"). */
const _COLON_LIST = new RegExp(
  `\\b(?:villages|settlements|towns|localities|hamlets)\\b[^:.;!?]{0,80}:\\s*(${_CAP2}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)${_CAP2})*)`,
  "gu",
);

/** Names joined by en or em dashes ("Novomykolaivka–Varachyne–Yablunivka"). */
const _DASH_CHAIN = new RegExp(`${_CAP}(?:\\s?[–—]\\s?${_CAP})+`, "gu");
/** An en or em dash: every match of `_DASH_CHAIN` holds one, most sentences none. */
const _DASH = /[–—]/;

/** After a known place: the names of its list (", X, Y and Z"), up to the list's end. */
const _LIST_AFTER = new RegExp(
  `^(?:\\s*,\\s*(?:and\\s+)?${_CAP2})*(?:\\s*,?\\s+and\\s+${_CAP2})?(?=\\s*[,.;:)–—-]|\\s+(?:were|was|are|is|have|had|has|in|on|near|to|and)\\b|$)`,
  "u",
);

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
    const actor = actors.find((a) => a.start <= start && end <= a.end);
    // "the Sumy Regional Defense Command": a regional authority's place is its region
    if (actor) t.role = _REGIONAL.test(actor.text) ? "region" : "actor";
    out.push(t);
    if (t.role === "settlement") previous = t;
  }
  return out;
}

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
  if (_DISTRICT.test(after)) return "district";
  if (m.kind === "region") return "region";
  if (_PERSON_AFTER.test(after)) return "actor";
  if (_OBLAST_CAPITALS.has(m.canonical)) {
    const near = text.slice(Math.max(0, start - 40), start);
    if (_REPUBLIC_AFTER.test(after) || _REGION_AFTER.test(after) || _REGION_BEFORE.test(near)) {
      return "region";
    }
  }
  const lead = text.slice(Math.max(0, start - 90), start);
  // (most leads end in none of the patterns below: one test of them all first, same result)
  if (!_ANY_LEAD.test(lead)) return "settlement";
  // "16 miles from Ukraine-held X": the adjective makes a claim about X itself
  if (_HELD_BEFORE.test(lead)) return "settlement";
  if (
    _LOCATOR.test(lead) || (near && _NOUN_NEAR.test(lead)) || _UNLIKE.test(lead) ||
    _FEATURE_NEAR.test(lead)
  ) {
    return "locator";
  }
  return "settlement";
}

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
  if (!_OBLAST_CAPITALS.has(t.mention.canonical)) return false;
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
