/**
 * Attribution frames: a sentence and its actor mentions → who speaks in it, and where.
 *
 * A frame is an actor named with a verb of saying ("X said", "said X", "X has denied"), behind
 * "according to X", "citing X", as the owner of a map or report ("X's map shows"), or as a
 * headline prefix ("X: ..."). Several actors joined by "and" speak together. When an outlet cites
 * its source in the same sentence ("TASS quoted the ministry as saying"), the source speaks.
 * Sentences without a frame of their own take one from the context: "he said", "the ministry
 * added", a quotation that goes on, a paragraph that goes on in a source's voice.
 *
 * @module
 */

import type { ActorMention } from "../lexicon/actors.ts";
import type { Role, Side } from "../shared/types.ts";
import { _reEscape, _wordList } from "../lexicon/_lexicon.ts";
import { genericHead, genericTail, headPattern, REBUTTAL_END, tailPattern } from "./tails.ts";
import { _endsInMark } from "./_ends.ts";
import { _cited, _citedGeneric, _evidenceGivesWay, _preferSources } from "./_citing.ts";
import { genericBack } from "./descriptions.ts";

/** Who a claim belongs to. */
export interface Voice {
  name: string;
  side: Side;
  role: Role;
}

/** An actor speaking in a sentence. `at` is the actor's offset in the sentence. */
export interface Frame {
  voices: Voice[];
  at: number;
  /** Where the frame's verb ends: claims after it are in its scope when it comes first. */
  verbEnd: number;
  /** The frame is a denial ("X denied", "X dismissed"). */
  deny: boolean;
  /** How it was found, for the trace. */
  how: string;
  /** The actor owns a claim named as a noun ("the Kremlin's claim that ..."), which a denial may reject. */
  owner: boolean;
}

/**
 * The RegExps built on the verbs of saying (`data/lexicon_words.csv`: `speech_verb`, and the
 * denying ones, `denial_verb`), built on first use (the word lists are read from `data/` then).
 */
function _saying(): { after: RegExp; before: RegExp; back: RegExp; deny: RegExp } {
  if (_sayingCache) return _sayingCache;
  const words = _wordList("speech_verb");
  const say = words.map((w) => _reEscape(w).replace(/ /g, "\\s+")).join("|");
  // ("footage shows Russian soldiers ...": a verb of showing has no inverted speaker after it)
  const inverted = words.filter((w) => !_SHOWING.test(w))
    .map((w) => _reEscape(w).replace(/ /g, "\\s+")).join("|");
  return (_sayingCache = {
    after: _afterActor(say),
    before: _beforeActor(say, inverted),
    back: _backSpeaker(say),
    deny: new RegExp(`^(?:${_wordList("denial_verb").join("|")})$`, "i"),
  });
}
let _sayingCache: { after: RegExp; before: RegExp; back: RegExp; deny: RegExp } | null = null;

/** What a source's name may be followed by before its verb ("DeepState's monitoring project said"). */
const _ORG_NOUN =
  "(?:OSINT|telegram|monitoring|analytical|mapping|open-source|project|group|platform|team|channel|map|think\\s+tank|analysts?|blog|website|portal|agency|outlet|newspaper|service|bulletin|briefing|communiqu[eé]|summary|press\\s+service|spokes(?:man|woman|person)|correspondents?|reporters?|commanders?|officers?|fighters|corps|brigade|division|regiment|battalion|command|grouping|headquarters)";
/** "Ukraine's northern task force said", "Ukraine's 10th army corps said": a side's formation. */
const _FORMATION =
  "(?:task\\s+force|command|grouping|group\\s+of\\s+forces|operational\\s+group|border\\s+guard\\s+service|air\\s+force|navy|(?:army\\s+)?corps|brigade|division|regiment|battalion)";
const _afterActor = (say: string) =>
  new RegExp(
    `^(?:['’]s\\s+(?:[\\p{L}\\d-]+\\s+){0,2}${_FORMATION}(?![\\p{L}])|['’]s?)?\\s*(?:\\([^)]{0,60}\\)\\s*)?,?\\s*(?:\\s*(?:${_ORG_NOUN}\\s+)?(?:(?:operating|fighting|serving|stationed|deployed|based|defending)\\s+)?(?:in|on|at|near|of|from|for|with)\\s+(?:the\\s+)?(?:(?!(?:where|which|that|who|whom|when|while|as|and|but|if)\\s)[\\p{L}'’-]+\\s+){1,5}(?=(?:${say})\\b)|\\s*(?:operating|fighting|serving|stationed|deployed|based)\\s+(?:nearby|there|locally)\\s+(?=(?:${say})\\b))?(?:${_ORG_NOUN}(?![\\p{L}])\\s*)*(?:,[^,;"“”]{0,140},\\s*)?(?:(?:has|have|had|is|are|was|were|been|did|does|do|also|later|previously|earlier|then|itself|again|further|separately|officially|subsequently|already|repeatedly|publicly|recently|only|just|still|now|so\\s+far|\\p{Ll}{3,}ly|keen|eager|quick|swift|able|to|not|never|on\\s+\\p{Lu}\\p{L}+\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|in\\s+a\\s+(?:statement|post|report|update)|${_ORG_NOUN}|(?:is|are|was|were)\\s+[\\p{L}-]+ing\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s*,?\\s+(?:but|and|yet))\\s*,?\\s+)*(${say})(?![\\p{L}])`,
    "iu",
  );
const _PAREN_BEFORE = /\(\s*$/u;
const _PAREN_END = /^\s*\)\s*[.!]?["”’]?\s*$/u;
const _NO_COMMENT =
  /\b(?:not|never|declined\s+to|refused\s+to)\s+(?:yet\s+|immediately\s+|publicly\s+)?(?:comment(?:ed)?|respond(?:ed)?)$/iu;
const _OWNED =
  /^['’]s?\s+(?:(?:latest|new|own|daily|updated|recent|interactive|official|evening|morning|weekly|front-?line|battlefield)\s+)*(?:map|maps|data|analysis|assessment|report|reports|update|updates|statement|statements|claims?|assertions?|allegations?|announcement|footage|video|account|telegram|channel|post|bulletin|briefing|summary|words|figures|reporting|information|sources)(?![\p{L}])/iu;
// (both alternatives' `\b` tested once at a position)
const _SHOWING = /^(?:show|indicat|mark|geolocat|depict|reveal|confirm)/i;
const _beforeActor = (say: string, inverted: string) =>
  new RegExp(
    `\\b(?:(?:according\\s+to|citing|cited|quoting|quoted|quote\\s+from|per|with\\s+reference\\s+to|referring\\s+to|as\\s+(?:reported|stated|said|noted)\\s+(?:in|by)|(?:${say})\\s+by|(?:analy[sz]ed|compiled|produced|geolocated|verified)\\s+by)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?!(?:as|that|saying|said|says|and|shows?|showed|showing|indicates?|indicated)\\s)[\\p{L}'’-]+\\s+){0,7}|(?:${inverted})\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?!(?:of|by|over|about|from|on|in)\\s)[\\p{L}'’-]+\\s+){0,4})$`,
    "iu",
  );
const _OWNER_BEFORE =
  /\b(?:statements?|claims?|reports?|assertions?|announcements?|allegations?)(?:\s+|\s*,\s*)(?:made\s+|issued\s+)?by\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** Every match of `_OWNER_BEFORE` holds "by" and a space (a cheap test first: most leads hold none). */
const _BY = /by\s/i;
/** The cheap test above and the RegExp it guards (for tests: the key must match wherever it does). */
export const _FRAME_PREFILTERS: readonly { key: RegExp; guards: readonly RegExp[] }[] = [
  { key: _BY, guards: [_OWNER_BEFORE] },
];
const _FINITE_AFTER = /^[^,.;:"”]{0,60}?\b(?:were|was|is|are|had|have|has)\b/iu;
const _ENDS_CLAUSE =
  /^['’]?\s*(?:[,.;:)"”]|$|\(|-|—|–|\s+(?:on|in|at|late|earlier|adding|citing|which|who|told|wrote)\b)/iu;
/**
 * No statement: "continued" with an object or "to" ("Russian forces continued offensive
 * operations"; "he continued." is speech), "did not confirm whether ..." (nothing asserted), "calls"
 * before a name ("X, which Ukraine calls Y").
 */
function _noStatement(said: RegExpMatchArray, after: string): boolean {
  const rest = after.slice(said.index! + said[0].length);
  return (/^continued$/i.test(said[1]) && /^\s+(?!that\b)\p{L}/u.test(rest)) ||
    // "X, which Ukraine calls Y": a name, not a statement
    (/^call/i.test(said[1]) && _NAME_CALLED.test(rest)) ||
    (/^confirm/i.test(said[1]) && /\bnot\s/i.test(said[0]) && /^\s+(?:whether|if)\b/i.test(rest)) ||
    // "Russian forces were reported to have entered X": a passive of saying, nobody speaking
    (/\b(?:was|were|is|are|been|being)\s+$/i.test(
      said[0].slice(0, said[0].length - said[1].length),
    ) &&
      /^\s+to\b/i.test(rest));
}
const _NAME_CALLED = /^\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?![\p{L}'’])\s*(?:[,.;:)]|$)/u;
const _HEADLINE_PREFIX = /^\s*[:—–]\s|^\s*-\s/u;
const _JOIN = /^\s*,?\s*(?:and|as\s+well\s+as|&)\s+(?:the\s+|a\s+)?$/iu;

/**
 * The attribution frames of a sentence, sorted by position. `spoken`: a speaker has had a frame
 * earlier in the article (then "..., the ministry said" refers back to it, when `lastName`, the
 * last speaker's name, holds the noun: see `genericTail`); `analysed`: a mapping project has (then
 * a bare "analysts said" refers back to it).
 */
export function sentenceFrames(
  text: string,
  actors: readonly ActorMention[],
  media: Voice,
  spoken = false,
  lastName = "",
  analysed = spoken,
): Frame[] {
  const frames: Frame[] = [];
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    // "The analysts said ...", after a source has spoken: a reference back (see `speaksBack`)
    if (genericBack(text, a, spoken, analysed)) continue;
    const f = _frameOf(text, a, i === 0);
    if (!f) continue;
    const voices = [_voice(a, media)];
    // "Russian media and war bloggers said": each joined actor speaks too
    for (let j = i - 1; j >= 0 && _JOIN.test(text.slice(actors[j].end, actors[j + 1].start)); j--) {
      voices.unshift(_voice(actors[j], media));
    }
    for (let j = i + 1; j < actors.length; j++) {
      const between = text.slice(actors[j - 1].end, actors[j].start);
      if (!_JOIN.test(between)) break;
      voices.push(_voice(actors[j], media));
      i = j;
    }
    frames.push({ voices: _uniqueVoices(voices), at: a.start, owner: false, ...f });
  }
  const found = _citedGeneric(
    text,
    _preferSources(text, _evidenceGivesWay(text, _outermost(text, frames))),
  );
  // "..., the ministry claimed, a claim Kyiv disputed": a tail before a rebuttal speaks too
  const rebutted = found.length > 0 && REBUTTAL_END.test(text);
  // ("..., the army insisted, calling Moscow's claims fakes": the owner of a claim speaks not)
  const owners = found.length > 0 && found.every((f) => f.owner);
  const tail = found.length && !rebutted && !owners
    ? null
    : genericTail(text, actors, spoken, lastName);
  if (tail && rebutted) return found.every((f) => f.at > tail.at) ? [tail, ...found] : found;
  if (tail && owners) return [...found, tail].sort((a, b) => a.at - b.at);
  if (tail) return [tail];
  // ("The Defence Ministry said ..." opening the article's first frame)
  const head = found.length ? null : genericHead(text, actors, spoken);
  return head ? [head] : found;
}

/**
 * The RegExps that find frames and speakers referred back to (for tests: a sentence that may match
 * one of them must pass the cheap gate `_MAY_SPEAK` of `article.ts`).
 */
export function _frameGuards(): RegExp[] {
  const { after, before, back } = _saying();
  return [after, before, _OWNED, _OWNER_BEFORE, _HEADLINE_PREFIX, back]
    .concat(tailPattern(), headPattern());
}

/** "X, a group of military analysts, reported": an actor inside another's appositive is no speaker. */
function _outermost(text: string, frames: Frame[]): Frame[] {
  // (but "Reuters, citing TASS, reported": the cited source inside stays)
  return frames.filter((f) =>
    _cited(text, f) || !frames.some((g) => g !== f && g.at < f.at && f.at < g.verbEnd)
  );
}

function _frameOf(
  text: string,
  a: ActorMention,
  first: boolean,
): { verbEnd: number; deny: boolean; how: string; owner?: boolean } | null {
  const after = text.slice(a.end, a.end + 220);
  // "Russian troops advanced near X (DeepState)": a source in parentheses closing the sentence
  if (_PAREN_BEFORE.test(text.slice(Math.max(0, a.start - 3), a.start)) && _PAREN_END.test(after)) {
    return { verbEnd: a.end, deny: false, how: `"(${a.text})"` };
  }
  const owned = after.match(_OWNED);
  if (owned) {
    const owner = /claim|statement|report|announcement|assertion|allegation|version/i.test(
      owned[0],
    );
    return { verbEnd: a.end, deny: false, how: `"${a.text}'s …"`, owner };
  }
  const said = after.match(_saying().after);
  // "The Ukrainian army has not commented": no statement, no speaker
  if (!said || _NO_COMMENT.test(said[0])) {
    const but = _butSaid(a, after);
    if (but || said) return but;
  }
  // ("X continued to claim that ...": the verb after "continued to")
  if (said && _noStatement(said, after)) return _continuedTo(a, after, said);
  if (said) {
    return {
      verbEnd: a.end + said.index! + said[0].length,
      deny: _saying().deny.test(said[1]),
      how: `"${a.text} … ${said[1]}"`,
    };
  }
  const before = text.slice(Math.max(0, a.start - 80), a.start);
  // "the statements made by X regarding the capture of Y": X owns the claim
  if (_BY.test(before) && _OWNER_BEFORE.test(before)) {
    return { verbEnd: a.end, deny: false, how: `"… by ${a.text}"`, owner: true };
  }
  const lead = before.match(_saying().before);
  const saidLead = lead &&
    !/according|citing|cited|quot(?:e|ing|ed)\b|per|reference|referring|\bby\s|^as\s/i.test(
      lead[0],
    );
  // "..., said the ministry": a speaker after its verb only right after a comma or a quotation
  const postposed = saidLead &&
    /(?:^|[,"”’:]\s*)(?:said|says|told|added|wrote|writes|stated|reported|reports|claimed|noted|announced|insisted|explained|confirmed)\s+(?!that\s)(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,4}$/iu
      .test(before);
  // (but "..., said Ukrainian troops in X were surrounded": the content's subject, a verb of its own)
  if (
    lead && (!saidLead || (postposed && _ENDS_CLAUSE.test(after) && !_FINITE_AFTER.test(after)))
  ) {
    return {
      verbEnd: a.end,
      deny: /\bden|reject|refut|dismiss/i.test(lead[0]),
      how: `"${lead[0].trim()} ${a.text}"`,
    };
  }
  // "... surrounded - Putin", "... captured — Wagner founder", "...: Russian MoD": a headline's
  // speaker at its end
  // (after a colon only as the headline's last words: "DeepState: Russians capture X" is a prefix)
  // (`\s[-—–]\s*$` read from the end; a colon looked for before its RegExp)
  // (and an embedded post's signature: "— DeepState (@Deepstatemap) March 3, 2025")
  const suffix = _endsInMark(before, "-—–")
    ? /^[\s\p{L}'’-]{0,40}$/u.test(after) || _SIGNATURE_TAIL.test(after)
    : before.includes(":") && /\p{L}:\s*(?:the\s+)?$/u.test(before) && /^\s*$/.test(after);
  if (suffix) {
    return { verbEnd: a.start, deny: false, how: `"— ${a.text}" suffix` };
  }
  // ("Zelenskyy: ...", and after a live blog's time: "08:50 GMT - Zelenskyy: ...")
  if (first && (a.start < 3 || _TIME_LEAD.test(before)) && _HEADLINE_PREFIX.test(after)) {
    return { verbEnd: a.end + 1, deny: false, how: `"${a.text}:" prefix` };
  }
  // ("Ukrainian commander-in-chief Syrskyi: ...": a title, then the name, then the colon)
  const named = first && (a.start < 3 || _TIME_LEAD.test(before))
    ? _NAMED_PREFIX.exec(after)
    : null;
  if (named) {
    return { verbEnd: a.end + named[0].length, deny: false, how: `"${a.text}${named[0]}" prefix` };
  }
  return null;
}

/**
 * "The General Staff did not comment on the report but said its forces ...": after a refusal to
 * comment, a verb of saying joined by "but" or "and" makes the frame; without one, no frame.
 */
function _butSaid(
  a: ActorMention,
  after: string,
): { verbEnd: number; deny: boolean; how: string } | null {
  const join = _NO_COMMENT_BUT.exec(after);
  return join ? _saidAt(a, after, join[0].length, "after no comment") : null;
}

/** "Russian milbloggers continued to claim that ...": the frame of the verb after "to". */
function _continuedTo(
  a: ActorMention,
  after: string,
  said: RegExpMatchArray,
): { verbEnd: number; deny: boolean; how: string } | null {
  const from = said.index! + said[0].length;
  const to = /^\s+to(?=\s)/.exec(after.slice(from));
  if (!/^continued$/i.test(said[1]) || !to) return null;
  return _saidAt(a, after, from + to[0].length, "after continued to");
}

/** The frame of a verb of saying right at `from` in `after` (no refusal to comment), or null. */
function _saidAt(
  a: ActorMention,
  after: string,
  from: number,
  note: string,
): { verbEnd: number; deny: boolean; how: string } | null {
  const again = after.slice(from).match(_saying().after);
  if (!again || again.index !== 0 || _NO_COMMENT.test(again[0])) return null;
  return {
    verbEnd: a.end + from + again[0].length,
    deny: _saying().deny.test(again[1]),
    how: `"${a.text} … ${again[1]}" ${note}`,
  };
}

/** A refusal to comment joined to what follows ("did not comment on it, but", "ignored it, saying"). */
const _NO_COMMENT_BUT =
  /^\s+(?:has\s+|have\s+|had\s+|did\s+|does\s+|do\s+)?(?:(?:not|never|declined\s+to|refused\s+to)\s+(?:yet\s+|immediately\s+|publicly\s+)?(?:comment(?:ed)?|respond(?:ed)?|mention(?:ed)?)|(?:made|makes|make|gave|gives|give)\s+no\s+(?:mention|details|comment)|ignor(?:ed|es))(?:\s+(?:on|to|of|the)\s+[^,.;:"“”]{1,60}?)?(?:\s*,?\s+(?:but|and|though|although)(?=\s)|(?=\s*,\s*(?:saying|adding|insisting|claiming)\s))/iu;

/** After a post's author: its handle and day ("(@Deepstatemap) March 3, 2025"). */
const _SIGNATURE_TAIL = /^\s*\(@\w{1,30}\)(?:\s+\p{L}+\.?\s+\d{1,2},?\s+\d{4})?\s*$/u;

/** After a title that opens a headline or a live blog entry: a name and its colon. */
const _NAMED_PREFIX = /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+\s*:(?=\s)/u;

/** A live blog entry's time before its headline ("08:50 GMT - "). */
const _TIME_LEAD =
  /^\s*\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|CET|EET|CEST|EEST|Kyiv\s+time|local\s+time))?\s*[-—–:]?\s*$/iu;

function _voice(a: ActorMention, media: Voice): Voice {
  // the publication naming itself ("the Kyiv Independent reported") is its own voice
  if (a.role === "media" && _sameOutlet(a, media.name)) return media;
  return { name: a.canonical, side: a.side, role: a.role };
}

function _sameOutlet(a: ActorMention, outlet: string): boolean {
  const o = outlet.toLowerCase();
  return o.includes(a.canonical.toLowerCase()) || o.includes(a.text.toLowerCase());
}

function _uniqueVoices(vs: Voice[]): Voice[] {
  // (one voice, the common case: nothing to compare)
  if (vs.length < 2) return vs;
  const seen = new Set<string>();
  return vs.filter((v) => {
    const k = `${v.name}\u0000${v.side}\u0000${v.role}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const _BACK_NOUN =
  "he|she|they|it|we|analysts|the\\s+(?:ministry|military|agency|statement|report|source|sources|spokesman|spokeswoman|spokesperson|general\\s+staff|brigade|unit|corps|command|group|project|analysts?|institute|think\\s+tank|governor|president|commander|officials?|channel|bloggers?|blog|outlet|newspaper|publication|update|department|service|army|battalion|regiment|mod|team|cent(?:er|re)|head|chief|general|minister|grouping|post|map|monitoring\\s+group|portal|website|site|broadcaster|paper|news\\s+agency|defen[cs]e\\s+ministry|message|bulletin|briefing|report|analysis|assessment)";
// (the three alternatives' common `\b` tested once at a position: most positions fail it at once)
const _backSpeaker = (say: string) =>
  new RegExp(
    `\\b(?:according\\s+to\\s+(him|her|them|it|${_BACK_NOUN})\\b|(${_BACK_NOUN})\\s+(?:also\\s+|further\\s+|later\\s+|then\\s+|has\\s+|had\\s+|previously\\s+)*(?:${say})(?![\\p{L}])|(?:${say})\\s+(${_BACK_NOUN})\\b)`,
    "iu",
  );

/**
 * The role of the speaker a sentence names only by a reference back ("he said": any; "the agency
 * added": `media`; "the project's map shows": `mapping`), or null when it names none.
 */
export function speaksBack(text: string): Role | "any" | null {
  // (asked twice of a sentence, for its voice and for a quotation going on: the last answer kept)
  if (text === _backText) return _backRole;
  const role = _speaksBack(text);
  _backText = text;
  _backRole = role;
  return role;
}

let _backText: string | null = null;
let _backRole: Role | "any" | null = null;

function _speaksBack(text: string): Role | "any" | null {
  const m = text.match(_saying().back);
  if (!m) return null;
  const noun = (m[1] ?? m[2] ?? m[3]).toLowerCase();
  if (/agency|outlet|newspaper|publication|portal|website|site|broadcaster|paper/.test(noun)) {
    return "media";
  }
  if (/blog|channel/.test(noun)) return "blogger";
  if (/project|analyst|institute|think|map|monitoring|analysis|assessment|update/.test(noun)) {
    return "mapping";
  }
  if (/^(?:he|she|they|it|we|him|her|them)$/.test(noun)) return "any";
  return "official";
}
