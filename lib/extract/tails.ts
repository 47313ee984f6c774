/**
 * Speakers named only by a title at a sentence's end ("..., the brigade said", ", says Ukrainian
 * commander", " - MoD"): a sentence and its actors → the frame of that tail, with the side of the
 * tail's own side word or of the sentence's first actor; and the rebuttal that may close such a
 * sentence (", a claim Kyiv disputed").
 *
 * @module
 */

import type { ActorMention } from "../lexicon/actors.ts";
import { _reEscape, _words } from "../lexicon/_lexicon.ts";
import type { Frame } from "./speakers.ts";

/** The tail's RegExp (built once from `data/lexicon_words.csv`). */
export function tailPattern(): RegExp {
  return _tailRe ??= _tailPattern();
}

let _tailRe: RegExp | null = null;

/** Whether the last speaker's name holds the tail's noun ("the ministry": a ministry); true when unknown. */
function _namesNoun(lastName: string, tail: string): boolean {
  const noun = /\b(ministry|general\s+staff|corps|brigade|regiment|battalion)\b/i.exec(tail);
  return !lastName || !noun || lastName.toLowerCase().includes(noun[1].toLowerCase());
}

/**
 * "Ukrainian troops retake X, military says", "..., a brigade spokesman said", "Russian forces take
 * Y - MoD": a speaker named only
 * by a word of `data/lexicon_words.csv` (`generic_official`, `generic_media`) at the sentence's end
 * speaks for the side of the sentence's first actor; null when there is no such tail or no side.
 */
export function genericTail(
  text: string,
  actors: readonly ActorMention[],
  spoken: boolean,
  lastName = "",
): Frame | null {
  const m = text.match(_tailRe ??= _tailPattern());
  // "..., the ministry said" after a ministry has spoken refers back to it (see `context.ts`)
  // (but not to a speaker without that noun: after "Kyiv rejected ...", "The Russian army took X,
  // the ministry said" is Russia's)
  if (!m || (spoken && /^\W*the\s/iu.test(m[0].slice(1)) && _namesNoun(lastName, m[0]))) {
    return null;
  }
  // a side in the tail itself (", the Russian ministry claimed"), else the first actor of a side,
  // else the first side word ("X remains in Ukrainian hands, ...")
  // ("..., the General Staff said": Ukraine's daily reports; Russia's speaks as its ministry)
  // ("..., a brigade spokesman said": a brigade that speaks to the press is Ukraine's, whoever the
  // sentence is about; Russia's units speak through their ministry; "the brigade" may refer back)
  // (and "the brigade's press officer said": a unit with a voice of its own)
  // ("..., the corps said" with no speaker before it to refer back to: a unit of its own)
  const aUnit = _UNIT_TAIL.test(m[0]) &&
    (/^\W*(?:an?\s|the\s+\S+['’]s\s)/iu.test(m[0].slice(1)) ||
      (!spoken && /^\W*the\s+(?:brigade|regiment|battalion|corps)\b/iu.test(m[0].slice(1)) &&
        !_namesRussianUnit(text.slice(0, m.index!))));
  const actor = _sideWord(m[0]) ??
    (/general\s+staff/i.test(m[0]) || aUnit || (!spoken && _UNIT_VOICE.test(m[0]))
      ? { side: "ukraine" as const }
      : null) ??
    // ("Kiev regime forces were driven out of X, the ministry said": Moscow's words for the enemy;
    // "the occupiers ..., the corps said": Kyiv's)
    _usageWords(text.slice(0, m.index!)) ?? _ourSide(text.slice(0, m.index!)) ??
    // ("Ukrainian forces tried to break through near X but were thrown back, the ministry said":
    // the attacks the sentence opens with were beaten back by the speaker's side)
    _defenderOf(text.slice(0, m.index!)) ??
    actors.find((a) => a.start < m.index! && (a.side === "russia" || a.side === "ukraine")) ??
    _sideWord(text.slice(0, m.index!)) ?? _russianUsage(text.slice(0, m.index!)) ??
    (_UNIT_TAIL.test(m[0]) ? { side: "ukraine" as const } : null);
  if (!actor) return null;
  const official = (m[1] ?? m[3] ?? m[5] ?? m[7]) !== undefined;
  return {
    voices: [{
      name: `${actor.side === "russia" ? "Russian" : "Ukrainian"} ${
        official ? "military" : "media"
      }`,
      side: actor.side,
      role: official ? "official" : "media",
    }],
    at: m.index!,
    verbEnd: m.index!,
    deny: false,
    how: `"${m[0].trim()}" suffix`,
    owner: false,
  };
}

/**
 * "The Defence Ministry said Russian forces liberated X", "The brigade said its soldiers ...": a
 * speaker named only by a word of `generic_official` opening an article's first frame speaks for
 * the side its title or its clause names (as {@link genericTail}); null after an earlier speaker
 * (then it refers back), or when no side is named.
 */
export function genericHead(
  text: string,
  actors: readonly ActorMention[],
  spoken: boolean,
): Frame | null {
  if (spoken) return null;
  const m = text.match(_headRe ??= _headPattern());
  if (!m) return null;
  const clause = text.slice(m[0].length);
  const after = (a: ActorMention) =>
    a.start >= m[0].length && (a.side === "russia" || a.side === "ukraine");
  // ("... said Kiev's troops had been ousted from X": the side that lost ground speaks not)
  const first = actors.find(after);
  const subject = first && {
    side: _PATIENT.test(text.slice(first.end, first.end + 40))
      ? (first.side === "russia" ? "ukraine" as const : "russia" as const)
      : first.side as "russia" | "ukraine",
  };
  const actor = _sideWord(m[0]) ??
    (/general\s+staff/i.test(m[0]) ||
        (_UNIT_TAIL.test(m[0]) && !_namesRussianUnit(clause))
      ? { side: "ukraine" as const }
      : null) ??
    _usageWords(clause) ?? subject ?? _sideWord(clause) ?? _russianUsage(clause);
  if (!actor) return null;
  return {
    voices: [{
      name: `${actor.side === "russia" ? "Russian" : "Ukrainian"} military`,
      side: actor.side,
      role: "official",
    }],
    at: 0,
    verbEnd: m[0].length,
    deny: false,
    how: `"${m[0].trim()}" prefix`,
    owner: false,
  };
}
let _headRe: RegExp | null = null;
/** After a clause's subject: a passive or a loss ("had been ousted", "withdrew", "lost"). */
const _PATIENT =
  /^(?:['’]s(?:\s+[\p{L}-]+){1,2})?\s+(?:(?:had|have|has)\s+)?(?:been\s+\p{L}+ed\b|(?:were|was)\s+\p{L}+(?:ed|en)\b|withdrew|retreated|lost|abandoned|fled|left|pulled\s+(?:out|back))/iu;
/** The RegExp {@link genericHead} reads (for the tests of the cheap gate before frames). */
export function headPattern(): RegExp {
  return _headRe ??= _headPattern();
}
/** "The (Russian) ministry (on Sunday) said (that)": a title of `generic_official` and a verb. */
function _headPattern(): RegExp {
  const words = [..._words().generic_official ?? []].sort((a, b) => b.length - a.length)
    .map((x) => _reEscape(x).replace(/ /g, "\\s+")).join("|");
  return new RegExp(
    `^\\s*["“]?the\\s+(?:(?:russian|ukrainian)\\s+)?(?:${words})\\s+(?:(?:also|later|earlier|separately|on\\s+\\p{Lu}\\p{Ll}+|in\\s+a\\s+statement)\\s+)*(?:said|says|reported|reports|stated|announced|added|claimed|confirmed|listed)(?:\\s+that)?\\s`,
    "iu",
  );
}

/**
 * Moscow's names for occupied ground ("in the DPR", "the Luhansk People's Republic":
 * `russian_region_name`): a sentence with no side word that uses them speaks in Russia's terms.
 */
function _russianUsage(text: string): { side: "russia" } | null {
  _RUSSIAN_USAGE ??= _wordsRe(_words().russian_region_name ?? []);
  return _RUSSIAN_USAGE.test(text) ? { side: "russia" } : null;
}
/**
 * The side whose words for the enemy `text` uses (`russian_usage`, `ukrainian_usage` of
 * `data/lexicon_words.csv`: "Kiev regime", "the occupiers"), or null for none or both.
 */
function _usageWords(text: string): { side: "russia" | "ukraine" } | null {
  _USAGE ??= {
    russia: _wordsRe(_words().russian_usage),
    ukraine: _wordsRe(_words().ukrainian_usage),
  };
  const r = _USAGE.russia.test(text), u = _USAGE.ukraine.test(text);
  return r === u ? null : { side: r ? "russia" : "ukraine" };
}
let _USAGE: { russia: RegExp; ukraine: RegExp } | null = null;
/**
 * "\"The Russians are pushing, but our soldiers hold them back,\" the brigade spokesman said": a
 * speaker who says "our soldiers" beside a side it names is of the other side.
 */
function _ourSide(text: string): { side: "russia" | "ukraine" } | null {
  if (!_OUR_TROOPS.test(text)) return null;
  const named = text.match(_NAMED_SIDE);
  return named && { side: /^[RM]/.test(named[1]) ? "ukraine" : "russia" };
}
const _NAMED_SIDE =
  /(?<![\p{L}])(Russians?|Russia['’]s|Moscow['’]s|Ukrainians?|Ukraine['’]s|Kyiv['’]s)(?![\p{L}])/u;
const _OUR_TROOPS =
  /\bour\s+(?:soldiers|troops|forces|defenders|guys|boys|units|fighters|positions|men|servicemen|army)\b/iu;
/** Whether `text` names a Russian formation (`unit_russia`): "troops of the Yug group ...". */
function _namesRussianUnit(text: string): boolean {
  return (_RUSSIAN_UNIT ??= _wordsRe(_words().unit_russia ?? [])).test(text);
}
let _RUSSIAN_UNIT: RegExp | null = null;

function _wordsRe(words: readonly string[]): RegExp {
  const alt = words.map((w) => _reEscape(w).replace(/ /g, "\\s+").replace(/'/g, "['’]"));
  return new RegExp(`(?<![\\p{L}])(?:${alt.join("|")})(?![\\p{L}])`, "iu");
}
/** "the brigade spokesman", "the corps' press officer": a unit's own voice to the press. */
const _UNIT_VOICE =
  /\b(?:brigade|regiment|battalion|corps)['’]?s?\s+(?:spokes(?:man|woman|person)|press\s+(?:officer|service)|commander)\b/iu;
const _UNIT_TAIL = /\b(?:brigade|regiment|battalion|corps)\b/iu;
/** Moscow's names for occupied ground (`data/lexicon_words.csv`: `russian_region_name`). */
let _RUSSIAN_USAGE: RegExp | null = null;

/**
 * The side that beat back the attacks a text opens with: its first side word names attackers
 * ("Russian attacks", "Ukrainian forces tried to ...") and a word of repelling follows; else null.
 */
function _defenderOf(text: string): { side: "russia" | "ukraine" } | null {
  if (!_REPELLING.test(text)) return null;
  const first = text.match(_SIDE_ADJECTIVE);
  const attacker = text.match(_ATTACKERS);
  if (!first || !attacker || first.index !== attacker.index) return null;
  return { side: first[1].startsWith("R") ? "ukraine" : "russia" };
}
const _SIDE_ADJECTIVE = /(?<![\p{L}])(Russian|Russia['’]s|Ukrainian|Ukraine['’]s)(?![\p{L}])/u;
const _ATTACKERS =
  /(?<![\p{L}])(?:Russian|Russia['’]s|Ukrainian|Ukraine['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:attacks?|assaults?|attempts?|counter-?attacks?|counter-?offensives?|offensives?|breakthroughs?|advances?|(?:forces|troops|units|army|military|soldiers)\s+(?:tried|attempted|tries|try|(?:were|are)\s+trying|launched|attacked|stormed))(?![\p{L}])/u;
const _REPELLING =
  /\b(?:repel|repuls|(?:beaten|thrown|pushed|driven|forced)\s+back|thwarted|foiled|fought\s+off|held\s+off|contained|halted|stopped)/iu;

/**
 * The side of the first side adjective in `text` ("Ukrainian", "Russia's"), as a mention's side.
 * Adjectives only, unlike `sideIn`: a rebuttal after a tail ("..., a claim Kyiv disputed") names
 * the rebutter, not the speaker of the tail.
 */
function _sideWord(text: string): { side: "russia" | "ukraine" } | null {
  const m = text.match(_SIDE_ADJECTIVE);
  return m ? { side: m[1].startsWith("R") ? "russia" : "ukraine" } : null;
}

/** A rebuttal closing a sentence: ", a claim Kyiv disputed", ", which Moscow denied". */
const _REBUTTAL = ",\\s*(?:a\\s+claim|which|an?\\s+(?:assertion|statement|report))\\b[^.;,]{0,60}";
export const REBUTTAL_END = new RegExp(`${_REBUTTAL}\\s*[.!]?["”’]?\\s*$`, "iu");

/**
 * ", (the) WORD says", "said WORD", ", according to (the) WORD" or " - WORD" at the end of a sentence
 * (groups, two per alternative: official, media words).
 */
function _tailPattern(): RegExp {
  const w = _words();
  const alt = (ws: string[] = []) =>
    [...ws].sort((a, b) => b.length - a.length).map((x) => _reEscape(x).replace(/ /g, "\\s+"))
      .join("|");
  const who = (g: string[] | undefined, h: string[] | undefined) => `(${alt(g)})|(${alt(h)})`;
  // (", the brigade's spokesman told AFP.")
  const say =
    "(?:says?|said|reports?|reported|claims?|claimed|insist(?:s|ed)|adds|added|stated|confirm(?:s|ed)|admit(?:s|ted)|acknowledged|conceded|announced|wrote|noted|told(?:\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?)?)";
  // ("..., the army said on Friday.", "..., the military said in a statement.", '"...," the
  // commander said of Kupiansk.')
  const when =
    `(?:\\s+(?:(?:late\\s+|early\\s+)?on\\s+\\p{Lu}\\p{Ll}+|in\\s+(?:a|an|its|their|his|her|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:statement|post|briefing|update|report|summary|bulletin|address|message|interview|video)|overnight|today|yesterday|of\\s+\\p{Lu}[\\p{L}'’-]+))?`;
  // ("..., the ministry claimed, a claim Kyiv disputed.")
  // (and a participle clause of the speaker's own after it: "..., the army insisted, calling ...",
  // "..., the ministry said, giving no details", "..., without giving details", "..., after
  // weeks of shelling")
  const end =
    `${when}(?:${_REBUTTAL}|,\\s*(?:\\p{Ll}+ing|without|after|following|amid|despite)\\b[^.!?]*)?\\s*[.!]?["”’]?\\s*$`;
  // (a headline's inverted tail: "..., says Ukrainian commander", "..., said the army")
  // (", a senior Ukrainian officer admitted": up to two words before the title)
  const head = `(?:(?:the|an?)\\s+(?:[\\p{L}'’-]+\\s+){0,2}|[\\p{L}'’-]+\\s+)?`;
  return new RegExp(
    // (", Ukrainian official says": a headline drops the article)
    // (", the commander of a Ukrainian drone unit told the BBC": a phrase between noun and verb)
    `,["”’]?\\s*${head}(?:${
      who(w.generic_official, w.generic_media)
    })(?:\\s+(?:of|for|in|with)(?:\\s+[\\p{L}'’-]+){1,5}?)?\\s+${say}${end}|` +
      `,["”’]?\\s*(?:says|said)\\s+${head}(?:${who(w.generic_official, w.generic_media)})${end}|` +
      // (", according to the military.")
      `,\\s*according\\s+to\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}'’-]+\\s+)?(?:${
        who(w.generic_official, w.generic_media)
      })${end}|` +
      // (" – Russian commander": a side's word before the title)
      `\\s[-—–]\\s*(?:the\\s+)?(?:(?:Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\\s+)?(?:${
        who(w.generic_official, w.generic_media)
      })${end}`,
    "iu",
  );
}
