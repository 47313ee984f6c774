/**
 * Propositions: a claim word linked to a place (see `links.ts`) and the voice claiming it → the
 * claim kind and status once the acting side is known and the part of the place (`area`); and the
 * author of a claim a denial names ("dismissed Moscow's claims that it took X").
 *
 * @module
 */

import { namesNamedPart } from "./implied.ts";
import type { Area, ClaimKind, Side, Status } from "../shared/types.ts";
import { _ownerOf } from "../lexicon/places.ts";
import type { TriggerMatch } from "./triggers.ts";
import { placeOf, type Target } from "./targets.ts";
import { leftNear, leftNearBy } from "./_left_near.ts";
import type { Voice } from "./speakers.ts";
import { actingSide, type Camp, campOf, otherCamp, sideIn } from "./sides.ts";
import { type _EndTest, _endWords, _mayEnd } from "./_ends.ts";
import { partAfter } from "./_reach_tests.ts";
import { fightInside } from "./_fight_inside.ts";
import { advance } from "./_advance.ts";
import { _reEscape, _wordList } from "../lexicon/_lexicon.ts";

/** One claim of a sentence, before it becomes a record. */
export interface Proposition {
  target: Target;
  trigger: TriggerMatch;
  voice: Voice;
  claim: ClaimKind;
  status: Status;
  area: Area | null;
  /** Why this record exists, for the trace. */
  why: string;
}

const _PARTIAL =
  /\b(?:part|parts|(?:nearly|almost|virtually|practically)\s+all|percent|per\s+cent|%|half|much|most|some|sections?|chunks?|swaths?|swathes?|slices?|pieces?|portions?|pockets?|strips?|patches|corner|sliver|segments?|districts?|neighbou?rhoods?|outskirts|quarter|blocks|buildings|streets?|edges?|fringes?|side|territory|area|thirds?|quarters|square\s+(?:kilometres|kilometers|km|miles)|sq\.?\s*km|km2|km²|hectares)\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;

/** After a place: a part of it ("X outskirts", "X's eastern districts", "X at about 60%"). */
const _PART_AFTER =
  /^(?:['’]s)?\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?(?:outskirts|suburbs|districts|neighbou?rhoods|industrial\s+zone)\b|^\s+(?:at|(?:is|was|are|were)(?:\s+now)?)\s+["“]?(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|up\s+to\s+)?\d{1,2}(?:\.\d)?\s*(?:%|percent|per\s+cent)/iu;

/** Words that claim all of a region ("the whole of", "fully liberated", "all Ukrainian troops"). */
const _WHOLE =
  /\b(?:entire|entirety|whole|(?<!\b(?:almost|nearly|virtually|practically)\s)all\s+of|fully|completely|complete|full|total|totally|liberation\s+of|all\s+(?:\p{L}+\s+)?(?:troops|forces|units|soldiers))\b/iu;
function _held(
  status: Status,
  area: Area | null,
): { claim: ClaimKind; status: Status; area: Area | null } {
  return { claim: "holding", status, area };
}

/** Whether the words around `target` claim only a part of it (`before`: the 60 characters before). */
function _partOnly(text: string, target: Target, before: string): boolean {
  return (_mayEnd(before, _PARTIAL_END) && _PARTIAL.test(before)) ||
    (_MEASURED_KEY.test(before) && _MEASURED_IN.test(before)) ||
    // ("retake Kupiansk outskirts", "captured X's eastern districts")
    _PART_AFTER.test(text.slice(target.end, target.end + 40)) ||
    // ("captured the railway station in X", "X's railway station": a site within it)
    _siteIn().test(before) || _siteOf().test(text.slice(target.end, target.end + 40)) ||
    // ("the Kanal neighbourhood has been under Russian control": the place the article is on, a part)
    (target.start >= text.length && namesNamedPart(text));
}
/** After a place: its own site ("X's railway station"), built on first use. */
let _siteAfter: RegExp | null = null;
const _siteOf = () =>
  _siteAfter ??= new RegExp(
    `^(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${
      _wordList("site_noun").map(_reEscape).join("|")
    })(?![\\p{L}])`,
    "iu",
  );
/** Before a place: a site within it (`data/lexicon_words.csv`: `site_noun`), built on first use. */
let _site: RegExp | null = null;
const _siteIn = () =>
  _site ??= new RegExp(
    `\\b(?:${
      _wordList("site_noun").map(_reEscape).join("|")
    })\\s+(?:in|of|at)\\s+(?:the\\s+)?(?:(?:city|town|village)\\s+of\\s+)?$`,
    "iu",
  );

/** "Both Russia and Ukraine claim to control X": each speaker claims its own control. */
function _claimsOwn(text: string, trigger: TriggerMatch, voice: Voice): Camp | null {
  if (!_CLAIMS_TO.test(text.slice(Math.max(0, trigger.start - 30), trigger.start))) return null;
  return campOf(voice.side);
}
const _CLAIMS_TO = /\bclaim(?:s|ed|ing)?\s+to\s+(?:have\s+)?(?:fully\s+|still\s+)?$/iu;

/** "captured 505 square kilometres in the Donetsk region": a measured area taken in a place. */
const _MEASURED_IN =
  /\b(?:square\s+(?:kilometres|kilometers|km|miles)|sq\.?\s*km|km2|km²|hectares)\s+(?:in|within|around|near)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;
/** Every match of `_MEASURED_IN` holds one of these (a cheap test first). */
const _MEASURED_KEY = /km|kilomet|mile|hectare/i;
// (a bare direction only after "the": "the south of X" is a part of X, "south of X" lies outside it)
const _AREA =
  /\b(?:the\s+(?:(?:city|town|village)\s+)?(north|south|east|west|centre|center|north-?east|north-?west|south-?east|south-?west)|(north|south|east|west|centre|center|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west)\s+(?:part|parts|outskirts|districts?|section|sections|neighbou?rhoods?|side|edge|half|areas?))\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?$/iu;
/** Every match of `_AREA` ends in "of" and white space (see `_ends.ts`). */
const _AREA_END: _EndTest = { n: 1, words: _endWords(["of"]), guard: _AREA };
/** Every match of `_PARTIAL` ends in "of" and up to three more words. */
const _PARTIAL_END: _EndTest = { n: 4, words: _endWords(["of"]), guard: _PARTIAL };
/** The tests run before RegExps anchored at the end (for tests). */
export const _PROPOSITION_ENDS: readonly _EndTest[] = [_AREA_END, _PARTIAL_END];

/**
 * The side that beat back an attack: the other of an attacker named by its failure ("Ukraine's
 * counteroffensive failed to break through"), the subject of a word of repelling; null when a
 * side word in the repelling words may name either side ("stopped Russian advancement") or no
 * side is named.
 */
function _defender(text: string, trigger: TriggerMatch, acting: Camp | null): Camp | null {
  if (!acting) return null;
  // ("Russian troops have been repelled from X": a passive's subject is the attacker)
  if (!_REPELLING.test(trigger.text) || _passiveBefore(text, trigger)) {
    return otherCamp(acting);
  }
  // ("Russian troops repelled counterattacks near X": the subject of a word of repelling that
  // names no side of its own)
  return sideIn(trigger.text) === null ? acting : null;
}
const _REPELLING =
  /^(?:repel|repuls|beat|beating|fought|fend|thwart|foil|halt|stop|stabili|held|hold|push|drove|driv|threw|thrown|destroy|smash|rout|wiped)/i;
const _OURS = /\bours\b/i;
const _PARTLY = /\b(?:partially|partly)\b/i;
const _EXPEL = /^(?:push|clear|drov|driv|kick|knock|oust|expel|dislodg)/i;
/** "was retaken by Russia", "liberated by Ukraine's marines": a passive claim word's agent. */
function _agent(text: string, trigger: TriggerMatch): Camp | null {
  const m = _BY_AGENT.exec(text.slice(trigger.end, trigger.end + 60));
  return m && _passiveBefore(text, trigger) ? sideIn(m[1]) : null;
}
/** Before a claim word: a passive's auxiliary or a reduced relative's noun. */
function _passiveBefore(text: string, trigger: TriggerMatch): boolean {
  return _PASSIVE_BEFORE.test(text.slice(Math.max(0, trigger.start - 40), trigger.start));
}
const _BY_AGENT = /^\s+by\s+(?:the\s+)?([\p{L}'’]+)/u;
/** "was retaken by", "is still held by", and a reduced relative: "cities still held by". */
const _PASSIVE_BEFORE =
  /\b(?:been|was|were|is|are|being|be|cities|city|towns?|villages?|settlements?|territory|territories|areas?|parts?|ground)\s+(?:(?:still|now|currently|firmly|already|largely|fully|partly|partially|mostly)\s+){0,2}$/i;

/** "X fell", "the fall of X": the place is the subject, so side words before it describe it. */
const _FELL = /^(?:(?:has|have|had)\s+)?(?:fell|fallen|falls|fall)\b|^(?:the\s+)?fall\s+of$/i;

/**
 * The taker of a place that "fell": the side named right after "fell to" ("fell to Russian
 * troops"), else null ("The town, a Ukrainian stronghold, fell": not Ukraine's capture).
 */
function _fellTo(text: string, trigger: TriggerMatch): Camp | null {
  if (!/\b(?:to|under)$/i.test(trigger.text)) return null;
  return sideIn(text.slice(trigger.end, trigger.end + 40));
}

/** "remains under its control": the speaker's own side. */
function _ownIn(words: string, voice: Voice): Camp | null {
  return /\b(?:its|their|our)\s+(?:full\s+)?control\b/i.test(words) ? campOf(voice.side) : null;
}

/**
 * The part of a place a claim is about: its named area ("the north of X"), whether words say
 * only a part (`partWords`), and whether the claim is of a part at all (`partial`).
 */
const _PARTLY_BEFORE =
  /\b(?:partially|partly|largely|mostly|half|(?:almost|nearly|virtually|practically)\s+(?:entirely|fully|completely|totally|wholly))\s+$/iu;

function _partOf(
  text: string,
  trigger: TriggerMatch,
  target: Target,
): { area: Area | null; partWords: boolean; partial: boolean } {
  const before = text.slice(Math.max(0, target.start - 60), target.start);
  // (every match of `_AREA` ends in "of" and white space; of `_PARTIAL`, "of" and up to three
  // more words: see `_ends.ts`)
  const areaMatch = _mayEnd(before, _AREA_END) ? before.match(_AREA) : null;
  const areaWord = areaMatch ? (areaMatch[1] ?? areaMatch[2]).toLowerCase() : null;
  const area = areaWord ? _areaOf(areaWord) : null;
  // ("..., while Ukrainian troops control the north": a part named after a later claim word)
  // ("now control its eastern outskirts": a reference back to a part of the place)
  const partWords = area !== null || _partOnly(text, target, before) ||
    /^its\s/iu.test(text.slice(target.start, target.end)) ||
    (trigger.start >= target.end && partAfter(text, trigger));
  // (a region is taken village by village: a part of it, unless the words say all of it)
  // ("partially occupied X": a part, whatever else the sentence says)
  // ("is now partially controlled by": the adverb before the claim word)
  const partial = partWords || _PARTLY.test(trigger.text) ||
    _PARTLY_BEFORE.test(text.slice(Math.max(0, trigger.start - 20), trigger.start)) ||
    (target.role === "region" && !_WHOLE.test(text));
  return { area, partWords, partial };
}

/** A hold of positions ("hold positions in", "holding several positions in"). */
const _POSITIONS = /^[^,;.]*?(?<!\b(?:their|its|our)\s+)\bpositions?\s+(?:in|inside|within|on)\b/iu;

/** A defender's word of holding ("defensive operations in", "defence of"). */
const _DEFENSIVE = /^defen[cs]/iu;

/**
 * The claim kind, status and area of a linked trigger and target, claimed by `voice`; `words` is
 * whose words the sentence is ("the occupiers' fake report": the denier's, not the author's).
 */
export function resolveClaim(
  text: string,
  trigger: TriggerMatch,
  target: Target,
  voice: Voice,
  words: Voice = voice,
): { claim: ClaimKind; status: Status; area: Area | null } {
  const owner = target.owner ?? _ownerOf(placeOf(target));
  const { expelled, acting } = _actingOf(text, trigger, voice, words);
  const speaking = campOf(voice.side);
  const { area, partWords, partial } = _partOf(text, trigger, target);
  const take = (side: Camp | null): { claim: ClaimKind; status: Status; area: Area | null } => {
    const taker = side ?? otherCamp(owner);
    if (taker === owner) {
      return { claim: "recaptured", status: partial ? "contested" : owner, area };
    }
    return { claim: "captured", status: partial ? "contested" : taker, area };
  };
  switch (trigger.kind) {
    // ("eastern Ukraine's partially occupied Donetsk region": the owner's name is no taker)
    case "occupied":
      if (trigger.background) return take(null);
    /* falls through */
    case "captured":
      // ("X is ours," said by its holder: still held)
      if (speaking === owner && _OURS.test(trigger.text)) return _held(owner, area);
      return take(acting ?? (speaking && speaking !== owner ? speaking : null));
    case "liberated":
      return take(acting ?? speaking ?? owner);
    // "pushed Ukrainian troops out of Kupiansk": the expeller takes it (a recapture only of its own)
    case "recaptured":
      if (expelled && acting !== owner) return take(acting);
      return { claim: "recaptured", status: partial ? "contested" : acting ?? owner, area };
    case "control": {
      const controller = acting ?? speaking ?? otherCamp(owner);
      // ("control the north": a part held, the rest fought over)
      if (controller === owner) return _held(partWords ? "contested" : owner, area);
      return { claim: "captured", status: partial ? "contested" : controller, area };
    }
    case "withdrew":
    case "lost": {
      if (leftNear(text, trigger, target)) return leftNearBy(trigger, acting, owner, area);
      return take(otherCamp(acting ?? owner));
    }
    case "advancing":
      return advance(text, trigger, target, acting, owner, partial, area);
    // "Russian troops now hold two-thirds of Toretsk": the other side holding it has taken it
    case "holding":
      // (but "continue defensive operations in certain areas of X": held, fought over)
      if (acting && acting !== owner && partial) {
        return _DEFENSIVE.test(trigger.text) ? _held("contested", area) : take(acting);
      }
      // ("Russian forces hold positions in X", X not theirs: a foothold, no hold of X)
      if (
        acting && acting !== owner && _POSITIONS.test(text.slice(trigger.start, trigger.end + 30))
      ) {
        return { claim: "advancing", status: "contested", area };
      }
      // ("still holds the western part of X": a part held, the rest fought over)
      return _held(partWords ? "contested" : acting ?? speaking ?? owner, area);
    // the defender: the side that beat the attack back or denies the loss (its speaker's), else
    // the place's owner
    // (in the article's own voice: "Ukraine's counteroffensive failed to break through in X" was
    // beaten back by the other side)
    case "repelled":
      return {
        claim: "repelled",
        status: speaking ?? _defender(text, trigger, acting) ?? owner,
        area,
      };
    // ("denied that X had fallen, saying fighting continued there": the denier admits fighting)
    case "denied": {
      const inside = fightInside(text.slice(trigger.end), target.mention.text);
      return { claim: "denied", status: inside ? "contested" : speaking ?? owner, area };
    }
    default:
      return { claim: trigger.kind, status: "contested", area };
  }
}

/** The side a claim word names as acting, and the side it names driven out, if any. */
function _actingOf(
  text: string,
  trigger: TriggerMatch,
  voice: Voice,
  words: Voice,
): { expelled: Camp | null; acting: Camp | null } {
  // "pushed Russian forces out of X": the side named in the words is the one driven out
  const expelled = _EXPEL.test(trigger.text) ? sideIn(trigger.text) : null;
  const acting = expelled
    ? otherCamp(expelled)
    : sideIn(trigger.text) ?? _ownIn(trigger.text, voice) ?? _claimsOwn(text, trigger, voice) ??
      _agent(text, trigger) ??
      (_FELL.test(trigger.text) ? _fellTo(text, trigger) : actingSide(text, trigger.start, words));
  return { expelled, acting };
}

function _areaOf(word: string): Area {
  if (/^(?:centre|center|central)$/.test(word)) return "centre";
  if (word.startsWith("north")) return "north";
  if (word.startsWith("south")) return "south";
  if (word.startsWith("east")) return "east";
  return "west";
}

const _CLAIM_NOUN =
  /(?<![\p{L}])(russia['’]s|russian|russians|moscow['’]s|moscow|kremlin['’]s|kremlin|the\s+enemy['’]s|enemy|occupiers['’]?|ukraine['’]s|ukrainian|kyiv['’]s)\s+(?:(?!(?:russia|ukrain|moscow|kyiv|kremlin|denie|reject|dismiss))[\p{L}'’-]+\s+){0,3}?(?:claims?|reports?|statements?|assertions?|announcements?|allegations?|propaganda|fakes?)(?![\p{L}])|(?<![\p{L}])(russia|moscow|the\s+russians|russians|kremlin|ukraine|kyiv)\s+(?:has\s+|have\s+|had\s+|are\s+|is\s+|were\s+|was\s+)?(?:claimed|claims|announced|announces|reported|said|lying|lied|lies)(?![\p{L}])|(?<![\p{L}])(?:claims?|reports?|statements?|assertions?|announcements?|allegations?)\s+(?:made\s+)?(?:by|from)\s+(?:the\s+)?(russia['’]s|russian|russians|russia|moscow|kremlin|ukraine['’]s|ukrainian|ukrainians|ukraine|kyiv)(?![\p{L}])/iu;

/** Every match of `_CLAIM_NOUN` holds one of these (same flags: a cheap test first). */
const _CLAIM_NOUN_KEY =
  /claim|report|statement|assertion|announce|allegation|propaganda|fake|said|lying|lied|lies/iu;

/** The cheap test above and the RegExp it guards (for tests: the key must match wherever it does). */
export const _PROPOSITION_PREFILTERS: readonly { key: RegExp; guards: readonly RegExp[] }[] = [
  { key: _CLAIM_NOUN_KEY, guards: [_CLAIM_NOUN] },
];

/** The author of a claim a denial names ("Moscow's claims", "the Russians announced"), or null. */
export function deniedAuthor(text: string, denier: Voice): Voice | null {
  const m = _CLAIM_NOUN_KEY.test(text) ? text.match(_CLAIM_NOUN) : null;
  if (!m) return null;
  const word = (m[1] ?? m[2] ?? m[3]).toLowerCase();
  const side: Side =
    /^(?:russia|moscow|kremlin|the\s+russians|russians|the\s+enemy|enemy|occupiers)/
        .test(word)
      ? "russia"
      : "ukraine";
  if (side === denier.side) return null;
  return { name: side === "russia" ? "Russia" : "Ukraine", side, role: "official" };
}
