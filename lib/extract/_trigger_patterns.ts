/**
 * The patterns `findTriggers` (`triggers.ts`) reads around a claim word, built on first use from
 * the word lists of `data/lexicon_words.csv` (see the categories in `triggers.ts`). Takes
 * nothing; gives the compiled patterns (`_res()`) and the cheap word test run before them.
 * @module
 */

import { _reEscape, _wordList } from "../lexicon/_lexicon.ts";
import { _WordKeys } from "./_word_keys.ts";

/**
 * A RegExp (flags `iu`) written as a raw template: a `${"category"}` hole is the words of that
 * category of `data/lexicon_words.csv` as an alternation (a space in a phrase: `\s+`), a
 * `${/fragment/}` hole a RegExp's source.
 */
function _pat(raw: TemplateStringsArray, ...holes: (string | RegExp)[]): RegExp {
  const alt = (h: string | RegExp) =>
    h instanceof RegExp
      ? h.source
      : `(?:${_wordList(h).map((w) => _reEscape(w).replace(/ /g, "\\s+")).join("|")})`;
  return new RegExp(String.raw(raw, ...holes.map(alt)), "iu");
}

/** "may" the verb, not the month ("in May", "mid-May", "May 5"). */
export const _MAY =
  /(?<!\b(?:in|of|since|by|until|early|late|mid|this|last|next|from|before|after|\d{1,2})[\s-])may(?!\s+\d)/;

/** A yes/no question ("Has Russia captured X?", "Q: Is Y surrounded?"). */
export const _YES_NO =
  /^\s*(?:Q:\s*)?["“]?(?:has|have|had|is|are|was|were|did|does|do|will|can|could|would|should)\s[^?]*\?["”]?\s*$/iu;

/** After a claim word: a link, not ground ("the push was linked to", "denied that it was tied to"). */
export const _LINKED_TO =
  /^\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,5}?(?:was|were|is|are|had\s+been|has\s+been)\s+(?:linked|related|connected|tied|timed|coordinated)\s+(?:to|with)\b/iu;

/** Before an attack word: what forces are gathered for ("for a new", "for a renewed"). */
export const _FOR_A_NEW =
  /\bfor\s+(?:a|an|the)\s+(?:new|fresh|possible|renewed|future|major|further|final|large-scale)\s+$/iu;

/** Before a claim word: not all of it ("had not yet fully taken", "is not completely under"). */
export const _NOT_FULLY =
  /\b(?:not|n't|never)\s+(?:yet\s+)?(?:fully|completely|entirely|totally|wholly)\s+$/iu;

/** Before a claim word: a claim not (yet) made ("has yet to announce the town's"). */
export const _NOT_ANNOUNCED =
  /\b(?:has|have|had)\s+(?:yet\s+to|not\s+(?:yet\s+)?)\s*(?:officially\s+)?(?:announced?|claimed?|declared?|reported?)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;

/**
 * The patterns `_blocked` reads before a claim word (`attempt`: "trying to capture"; `demand`:
 * "demands that Ukraine withdraw from X", "called on Kyiv to cede X"; `triedA`: "attempted a push
 * toward X"; `delay`: "to delay the capture of X", "slowed down the Russian advance"; `modal`:
 * "could encircle"; `negated`: "have not entered"; `amid`: "amid the advance", background).
 */
function _beforeRes() {
  return {
    negated: _pat`\b${"negation_word"}\s+(?:[\p{L}'’-]+\s+)?$`,
    attempt:
      _pat`\b(?:${"attempt_word"}|(?<!\b(?:was|were|been|is|are)\s)able)\b(?:\s+[\p{L}'’-]+){0,5}?\s+(?:to|of|at|in|for|towards?|from)\s+(?:[\p{L}'’-]+\s+)?(?:the\s+)?$`,
    delay: _pat`\b${"delay_word"}\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:[\p{L}'’-]+\s+)?$`,
    triedA: _pat`\b${"attempt_verb"}\s+${"attempt_det"}\s+(?:[\p{L}-]+\s+)?$`,
    demand: _pat`\b${"demand_word"}\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:to\s+)?$`,
    amid: _pat`\b${"background_preposition"}\s+(?:the\s+|a\s+)?(?:[\p{L}'’-]+\s+){0,3}$`,
    modal: _pat`\b(?:${"modal_word"}|${_MAY})\s+(?:[\p{L}'’-]+,?\s+){0,6}$`,
  };
}

/**
 * The categories whose words each pattern of `_beforeRes` begins with (after `\b`), besides
 * "able" and "may": `guardKeys` is built of them.
 */
const _GUARD_FIRST = [
  "negation_word",
  "attempt_word",
  "delay_word",
  "attempt_verb",
  "demand_word",
  "background_preposition",
  "modal_word",
];

/** The word-list patterns (`_res()` builds them on first use: importing the module reads nothing). */
function _buildRes() {
  const before = _beforeRes();
  const guards = Object.values(before);
  // a cheap exact test before `any` (`_word_keys.ts`): one of the first words they need, whole
  // (of the windows before a claim word, seven in ten hold none; `any` costs three times more)
  const guardKeys = new _WordKeys([..._GUARD_FIRST.flatMap(_wordList), "able", "may"]);
  // one test of them all: each begins with `\b`, tested once at a position for all of them (the
  // engine then fails most positions, inside words, at once: a quarter of `findTriggers`' time)
  const any = new RegExp(
    `\\b(?:${guards.map((r) => `(?:${r.source.replace(/^\\b/, "")})`).join("|")})`,
    "iu",
  );
  return {
    ...before,
    guardKeys,
    any,
    guards,
    failed:
      _pat`\b(?:${"failure_word"}|(?:were|was|been|are|being)\s+(?:all\s+)?${"destroyed_word"})\b`,
    advanceWord: _pat`^${"advance_word"}$`,
    avoided:
      _pat`\b${"avoid_verb"}\s+(?:(?:being|getting|a|an|the|any|possible|potential|full|complete|total|further|their|its)\s+)*$`,
    stoppedBefore:
      _pat`\b${"stop_verb"}\s+(?:(?:from|the|a|an|any|further|their|its|enemy|russian|ukrainian|columns?|convoys?|assault|groups?|units?|infantry)\s+|[\p{L}-]+ed\s+)*$`,
    stoppedAfter:
      _pat`^[^.;,]{0,50}?\b(?:(?:had|has|have)\s+been|was|were|is|are)\s+${"stopped_word"}\b|^\s+(?:had\s+|have\s+|has\s+)?(?:failed|stalled)\b|^\s+(?:(?:on|towards?|near|in)\s+)?[^.;,]{1,40}?\s+(?:had|have|has)\s+(?:failed|stalled)\b|^\s+(?:near|at|around|in|on|towards?|outside)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+${"stopped_word"}\s*(?:[,.;:!]|$)`,
    aimAfter:
      // ("Seizing X is one of Putin's long-standing objectives", "remains Moscow's main goal")
      _pat`\b(?:is|remains|was|would\s+be|has\s+been)\s+(?:the|a|an|its|their|his|(?:one\s+of\s+)?(?:the|its|their|his|[\p{L}-]+['’]s))\s+(?:[\p{L}"'“”‘’-]+\s+){0,3}${"aim_noun"}\b`,
    noQualified:
      _pat`\b(?:no|any|(?:not|n't|never)\s+(?:make|made|achieve|achieved|gain|gained))\s+(?:${"gain_qualifier"}\s+){0,3}$`,
    observed: _pat`\b${"observe_verb"}\b[^.;]{0,30}$`,
    nounOnly: _pat`^${"noun_only_trigger"}$`,
    dataBefore: _pat`\b${"data_noun"}\s+$`,
    civiliansBefore: _pat`\b${"civilian_noun"}\b[^.;]{0,40}$`,
    people:
      _pat`^\s+(?:(?:more\s+than|over|up\s+to|about|around|nearly|almost|at\s+least|roughly|some)\s+)?(?:(?:\d[\d,]*|dozens\s+of|hundreds\s+of|several|two|three|four|five|six|seven|eight|nine|ten|more|some|many)\s+)?(?:[\p{L}-]+\s+)?${"captured_object"}\b`,
    event: _pat`^\s+(?:a\s+|an\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}${"event_noun"}\b`,
    takeIdiom: _pat`^\s+${"take_idiom"}\b`,
    initiative: _pat`^\s+(?:the\s+)?(?:${"initiative_adjective"}\s+)?${"initiative_noun"}\b`,
  };
}
let _resCache: ReturnType<typeof _buildRes> | null = null;
export const _res = (): ReturnType<typeof _buildRes> => (_resCache ??= _buildRes());

/** The union of the patterns read before a word and the RegExps it guards (for tests: it must match wherever they do). */
export function _triggerPrefilters(): { key: RegExp; guards: readonly RegExp[] }[] {
  const { any, guards } = _res();
  return [{ key: any, guards }];
}

/**
 * The word test run before `any` and the RegExps it guards (for tests: it must pass wherever one
 * of them matches).
 */
export function _triggerWordKeys(): { keys: _WordKeys; guards: readonly RegExp[] } {
  const r = _res();
  return { keys: r.guardKeys, guards: [r.any, ...r.guards] };
}

/** Words of aim before "to" ("vow to", "in order to", "trying to"). */
const _AIM = String
  .raw`(?:vow(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)|tr(?:y|ies|ied|ying)|aim(?:s|ed)?|plan(?:s|ned)?|seek(?:s|ing)?|sought|hop(?:e|es|ed|ing)|in\s+order|bid|attempt(?:s|ed)?|efforts?|need(?:s|ed)?|want(?:s|ed)?)\s+to\s+`;
/** Before a repelled word: an aim ("vow to stop"). */
export const _AIM_TO = new RegExp(String.raw`\b${_AIM}$`, "iu");
/** Before an advance: an aim to stop it ("in order to halt the Russian advance"). */
export const _AIMED_HALT = new RegExp(
  String
    .raw`\b${_AIM}(?:halt|stop|slow|contain)(?:\s+down)?\s+(?:the|their|its)\s+(?:(?:russian|ukrainian|enemy|russia['’]s|ukraine['’]s)\s+)?$`,
  "iu",
);
/** Before an advance: a stop of it, the advance itself asserted ("halt the advance of"). */
export const _HALT_THE =
  /\b(?:halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|slow(?:s|ed|ing)?(?:\s+down)?|contain(?:s|ed|ing)?)\s+(?:the|their|its)\s+(?:advance\s+of\s+)?$/iu;

/** Before "are intact": what is held ("our positions in X are intact"). */
export const _HELD_LINES = /\b(?:positions?|defen[cs]es?|lines?|front|defenders|garrison)\b/iu;
/** After a hold: the words that end it ("held on for as long as we could"). */
export const _AS_LONG_AS =
  /^\s+(?:on|out)?\s*(?:there\s+)?(?:for\s+)?as\s+long\s+as\s+(?:\p{L}+\s+)?(?:could|possible)\b/iu;

/** "the situation (in X) is (difficult but) under control": no capture, the speaker holding on. */
export const _SITUATION =
  /\bsituation\b[^.;:]{0,50}\b(?:is|was|remains|remained|stays|stayed)\b[^.;:]{0,30}$/iu;
/** Before a hold: a situation its subject ("the situation in X remains under control"). */
export const _SITUATION_HELD = /\bsituation\b[^.;:]{0,60}$/iu;
/**
 * "claims", "claimed" read as a capture with no name or place noun after ("claims victory",
 * "claimed in a statement"): the row is for "Russia claims Pokrovsk", "claimed the town".
 */
export function _claimsNoPlace(word: string, kind: string, after: string): boolean {
  return kind === "captured" && /^claim(?:s|ed)$/i.test(word) && !_NAMED_NEXT.test(after);
}
const _NAMED_NEXT = /^\s+(?:\p{Lu}|(?:the|both|two|three|several)\s)/u;
