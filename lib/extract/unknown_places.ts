/**
 * Places the gazetteer does not know: a sentence, its known mentions and actors → the names a
 * claim word, a place noun or a list says are settlements ("captured X", "the villages of X and
 * Y", "X has been captured", "A–B–C axis"), or the gazetteer entry their Russian spelling stands
 * for.
 *
 * @module
 */

import type { PlaceMention } from "../lexicon/find_places.ts";
import type { Gazetteer } from "../lexicon/places.ts";
import type { ActorMention } from "../lexicon/actors.ts";
import { _matchAll, _wordList, _words } from "../lexicon/_lexicon.ts";
import { respell } from "./spellings.ts";
import { _NOT_A_PLACE, _PERSON_AFTER } from "./targets.ts";

/** After a name: a person's title in apposition (", a spokeswoman for ..."). */
const _TITLE_AFTER =
  /^,\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:spokes(?:man|woman|person)|commander|officer|official|head|chief|governor|minister|analyst|blogger|expert|soldier|serviceman|representative|advis[eo]r|deputy|mayor|correspondent|journalist|reporter)\b(?!\s+(?:said|says|told|added|reported|claimed|noted|wrote|stated|confirmed)\b)/iu;

const _CAP = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*";
/** One or two capitalised words ("Upper Kolodezy", "Sukhyi Yar"). */
const _CAP2 = `${_CAP}(?:\\s+${_CAP})?`;
/**
 * A settlement name the gazetteer may lack: one or two capitalised words, or an adjective and a
 * name ("Velyka", "Zelenyi", "Krasnoye", "Zeleny" + a name: a stem and an ending of
 * `data/lexicon_words.csv`, `place_adjective_stem` and `_ending`), or a name and a second word
 * ("Sukhyi Yar", "Malaya Loknya": `place_second_word`).
 */
function _unknownName(): string {
  const adjective = `(?:${_wordList("place_adjective_stem").join("|")})(?:${
    _wordList("place_adjective_ending").join("|")
  })`;
  const second = _wordList("place_second_word").join("|");
  return `(?:${adjective}\\s+(?!Street|Avenue|Square|River|Region|Oblast)${_CAP}|${_CAP}(?:\\s+(?:${second}))?)`;
}
/**
 * Where a claim word or a place noun says a place name follows: "captured X", "advanced close to
 * X", "towards X and Y", "operating in X", "the outskirts of X". The names may be a list.
 */
const _unknownLead = (name: string) =>
  new RegExp(
    `(?:\\b(?:captured|capture\\s+of|captures?|capturing|took|taken|seized|seizes?|seizing|seizure\\s+of|liberated|liberates?|liberating|liberation\\s+of|entered|entering|retaking|recapturing|recaptures?|occupied|occupying|occup(?:y|ies)|takes?|enters?|occupation\\s+of|reached|stormed|storming|storm|fall\\s+of|holds?|holding|held|controls?|controlling|controlled|withdr(?:ew|awn|aws?|awing)\\s+from|withdrawal\\s+from|pull(?:ed|s|ing)?\\s+(?:out\\s+of|back\\s+from|out\\s+from)|retreat(?:ed|s|ing)?\\s+from|retakes?|encircled|surrounded|encirclement\\s+of|retook|retaken|recaptured|reclaimed|regained|control\\s+(?:of|over)|close\\s+to|closer\\s+to|towards?|toward|near|outside|operating\\s+in|(?:[Ff]ighting|[Bb]attles?|[Cc]lashes)\\s+(?:(?:continu(?:es?|ed|ing)|(?:is|was|are|were)\\s+(?:ongoing|raging|under\\s*way))\\s+)?(?:in|for|inside|within)|(?:under\\s*way|ongoing|raging)\\s+(?:in|for|inside)|left|in\\s+and\\s+around|around|out\\s+of|(?:most|much|part|parts|half|all|rest|remainder)\\s+of|edges?\\s+of|(?:forces|troops|units|defenders|garrison)\\s+in|in\\s+(?:central|northern|southern|eastern|western)|(?:flags?|raised|hoisted|planted)\\s+(?:over|above|in)|(?:present|operating|spotted)\\s+(?:inside|within)|battles?\\s+for|assaults?\\s+on|attacks?\\s+on|advanced\\s+(?:in|into|on|to)|advancing\\s+(?:in|into|on|to)|pushed\\s+(?:into|to)|outskirts\\s+of|vicinity\\s+of|direction\\s+of|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\\s+of|expel(?:led)?\\s+[\\p{L}\\s]{0,30}?from|from\\s+the\\s+(?:village|town)\\s+of|among\\s+them\\s+(?:were|are|was|is))["”’']?\\s+(?:the\\s+)?(?:(?:village|town|settlement|hamlet|communit(?:y|ie)|localit(?:y|ie))s?\\s+(?:of\\s+)?)?)(${name}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+|\\s*,\\s*and\\s+)${name})*)`,
    "gu",
  );
/** After a name: what makes it part of another name ("Sudzhansky border districts", "X Brigade"). */
const _NOT_A_NAME_AFTER =
  /^\s*(?:Oblast|Region|District|Raion|Brigade|Corps|Battalion|Group|Forces|Defen[cs]e|Operational|(?:border\s+)?(?:districts?|raions?|regions?|oblasts?)\b)/u;
/** "Ukrainian-controlled", "Russian-held": an adjective, not a name. */
const _SIDE_COMPOUND = /-(?:controlled|held|occupied|backed|installed|led|appointed)$/iu;

/**
 * What follows the name a claim is about: ", a village ...", a passive or intransitive claim word
 * ("has been captured", "fell"), "is under Russian control".
 */
const _SUBJECT_TAIL =
  `\\s*,\\s+(?:a|the)\\s+(?:[\\p{Ll}-]+\\s+)?(?:village|town|settlement|hamlet)\\b|\\s+(?:(?:has|have|had)\\s+(?:now\\s+)?(?:been\\s+)?|(?:was|were|is|are)\\s+(?:now\\s+)?)?(?:fallen|fell|captured|taken|liberated|recaptured|retaken|seized|occupied|encircled|surrounded)\\b|\\s+(?:is|are|was|were|remains?|remained)\\s+(?:now\\s+|still\\s+)?(?:under|in)\\s+(?:full\\s+|complete\\s+)?(?:[Rr]ussian|[Uu]krainian|[Ee]nemy)\\s+(?:control|hands)\\b`;
/**
 * A name before `_SUBJECT_TAIL` (not the last word of a longer name: "the Donetsk People's
 * Republic was liberated"). Every name begins with a capital: the look ahead for one, before the
 * look back, lets the engine pass other positions at once.
 */
const _unknownSubject = (name: string) =>
  new RegExp(
    `(?=\\p{Lu})(?<!\\p{Lu}[\\p{L}'’-]*\\s)((?:${name}(?:\\s*,\\s*|\\s+and\\s+))*${name})(?=${_SUBJECT_TAIL})`,
    "gu",
  );
/**
 * A cheap test before `_unknownSubject`: `_SUBJECT_TAIL` right after the end of a name, a capital
 * or a hyphen and small letters ("Hannivka", "-yar": every name's last word or part ends so) or a
 * second word of `place_second_word`. (Most sentences with a claim word have it after a word in
 * small letters, "forces captured": a key of the tail's words alone passed half of them.)
 */
const _subjectKey = () =>
  new RegExp(
    `(?:[\\p{Lu}-][\\p{Ll}'’]+|${_wordList("place_second_word").join("|")})(?=${_SUBJECT_TAIL})`,
    "u",
  );
/** The cheap test above and the RegExp it guards (for tests: the key must match wherever it does). */
export function _unknownPrefilters(): { key: RegExp; guards: readonly RegExp[] }[] {
  return [{ key: _names().subjectKey, guards: [_names().subject] }];
}

interface _Names {
  name: RegExp;
  lead: RegExp;
  subject: RegExp;
  subjectKey: RegExp;
}
let _namesCache: _Names | null = null;

/** The name RegExps, built on first use (the word lists are read from `data/` then). */
function _names(): _Names {
  if (_namesCache) return _namesCache;
  const name = _unknownName();
  return (_namesCache = {
    name: new RegExp(name, "gu"),
    lead: _unknownLead(name),
    subject: _unknownSubject(name),
    subjectKey: _subjectKey(),
  });
}
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
  return _unknownAt(text, known, 0, actors, gazetteer);
}

/**
 * {@link unknownPlaces} of a text that stands at `offset` of another, `known` and the places
 * given in that one's offsets (`actors` in the text's own): `unknownPlaces(text, known shifted by
 * -offset, ...)` shifted by `offset`, without copying the mentions twice.
 */
export function _unknownAt(
  text: string,
  known: readonly PlaceMention[],
  offset: number,
  actors: readonly ActorMention[],
  gazetteer: Gazetteer,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  // (most sentences have no stretch where a name could stand: nothing more to read)
  const lists = _unknownLists(text, known, offset);
  if (lists.every(([, list]) => list === "")) return out;
  // a headline in title case capitalises every word: no name can be told from the rest
  if (_titleCase(text)) return out;
  for (const [listStart, list, wide, taken] of lists) {
    for (const n of _matchAll(list, wide ? _WIDE_NAME : _names().name)) {
      // ("X's outskirts": the name without its possessive)
      const bare = n[0].endsWith("'s") || n[0].endsWith("’s") ? n[0].slice(0, -2) : n[0];
      const start = listStart + n.index!;
      const end = start + bare.length;
      // (`known` and `out` in the offsets of the other text)
      const at = start + offset;
      const to = end + offset;
      // (the first word: `bare.split(/\s/)[0]` without the split)
      const space = bare.search(/\s/);
      const word = (space < 0 ? bare : bare.slice(0, space)).toLowerCase();
      if (_stops().has(word) || _NOT_A_PLACE.has(bare)) continue;
      if (known.some((k) => k.start < to && at < k.end)) continue;
      if (out.some((k) => k.start < to && at < k.end)) continue;
      // "Nadiya Petrenko, a spokeswoman": a person, not a place
      // ("took X, the head of the region said": after a verb of taking, a title is the speaker's)
      if (_PERSON_AFTER.test(text.slice(end)) || (!taken && _TITLE_AFTER.test(text.slice(end)))) {
        continue;
      }
      if (actors.some((a) => a.start < end && start < a.end)) continue;
      if (_NOT_A_NAME_AFTER.test(text.slice(end)) || _SIDE_COMPOUND.test(bare)) continue;
      const name = bare.replace(/\s+/g, " ");
      // a Russian spelling of a place the gazetteer knows ("Spalnoye" for "Spalnove")
      const found = respell(name, gazetteer);
      out.push({
        start: at,
        end: to,
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
 * Where unknown names may stand: after a lead ("captured X and Y"; the last field tells a lead of taking), and as members of a list of
 * known places ("Zhuravka, Veselivka, Basivka and Novenke"), after a counted noun's colon, in a
 * dash-joined chain: `[offset, text, names of two words]` of each stretch.
 */
function _unknownLists(
  text: string,
  known: readonly PlaceMention[],
  offset: number,
): [number, string, boolean, boolean?][] {
  const out: [number, string, boolean, boolean?][] = [];
  for (const m of _matchAll(text, _names().lead)) {
    // ("the Sudzhansky and Korenevsky border districts": names of districts, not settlements)
    if (_NOT_A_NAME_AFTER.test(text.slice(m.index! + m[0].length))) continue;
    const from = m.index! + m[0].length - m[1].length;
    out.push([from, m[1], false, _TAKING_LEAD.test(m[0].slice(0, from - m.index!))]);
  }
  for (const k of known) {
    // ("took A in the Kharkiv region and B": a region that locates the name before goes on its list)
    if (
      k.kind === "region" &&
      !_IN_BEFORE.test(text.slice(Math.max(0, k.start - offset - 8), k.start - offset))
    ) {
      continue;
    }
    const m = text.slice(k.end - offset).match(k.kind === "region" ? _AND_AFTER : _LIST_AFTER);
    if (m) out.push([k.end - offset, m[0], false]);
  }
  // "X has been captured", "X, a village south of Y, fell": a name that is a claim's subject
  for (const m of _names().subjectKey.test(text) ? _matchAll(text, _names().subject) : []) {
    out.push([m.index!, m[1], false]);
  }
  // "liberated five settlements during the offensive: A, B and C"
  for (const m of text.includes(":") ? _matchAll(text, _COLON_LIST) : []) {
    out.push([m.index! + m[0].length - m[1].length, m[1], true]);
  }
  // "the A–B–C–D axis": names joined by dashes, one of them known
  for (const m of _DASH.test(text) ? _matchAll(text, _DASH_CHAIN) : []) {
    const end = m.index! + m[0].length;
    const from = m.index! + offset;
    if (known.some((k) => k.kind !== "region" && k.start >= from && k.end <= end + offset)) {
      out.push([m.index!, m[0], false]);
    }
  }
  return out;
}

/** A lead that is a verb or noun of taking or control ("captured", "control of"), not a preposition. */
const _TAKING_LEAD =
  /\b(?:captur|took|taken|seiz|liberat|control|occup|entered|storm|retak|retook|recaptur|reclaim|regain|encircl|surround)/iu;

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

/** Where a list of names ends: a mark, a verb or preposition after it, or the text's end. */
const _LIST_END = "(?=\\s*[,.;:()–—-]|\\s+(?:were|was|are|is|have|had|has|in|on|near|to|and)\\b|$)";
const _IN_BEFORE = /\bin\s+(?:the\s+)?$/iu;
/**
 * After a region that locates the name before it: the list's next name, joined by "and" (or "and
 * of": "control of A in the X region and of B").
 */
const _AND_AFTER = new RegExp(
  `^\\s*,?\\s+(?:and|as\\s+well\\s+as)\\s+(?:of\\s+)?${_CAP2}${_LIST_END}`,
  "u",
);

/**
 * After a known place: the names of its list (", X, Y and Z"; after a locator in parentheses or a
 * day: "A (Donetsk region) and B", "A on Monday and B"), up to the list's end.
 */
const _LIST_AFTER = new RegExp(
  `^(?:\\s*\\([^()]{1,40}\\)|\\s+on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?(?:\\s*,\\s*(?:and\\s+)?${_CAP2})*(?:\\s*,?\\s+(?:and|as\\s+well\\s+as)\\s+${_CAP2})?${_LIST_END}`,
  "u",
);
