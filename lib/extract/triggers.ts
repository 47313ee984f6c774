/**
 * Claim words: a sentence → the claim triggers in it (`data/claim_triggers.csv`), each with its
 * kind, its offsets in the sentence, and whether an attempt, aim, hypothesis or negation blocks it
 * ("trying to capture", "could encircle"); a failed attempt is `repelled` ("tried to enter X,
 * without success"), a negated attack a denial ("have not entered X").
 *
 * Kinds are the schema's claim values plus four that the side of the actor decides later
 * (`liberated`, `control`, `occupied`, `withdrew`, `lost`).
 *
 * @module
 */

import { _csvObjects, _dataText } from "../lexicon/_lexicon.ts";
import { type _WordMatch, _WordScanner } from "../lexicon/_word_scan.ts";

/** What a claim word asserts, before the side of its actor is known. */
export type TriggerKind =
  | "captured"
  | "recaptured"
  | "advancing"
  | "encircled"
  | "holding"
  | "repelled"
  | "denied"
  | "contested"
  | "liberated"
  | "control"
  | "occupied"
  | "withdrew"
  | "lost";

const _KINDS: readonly TriggerKind[] = [
  "captured",
  "recaptured",
  "advancing",
  "encircled",
  "holding",
  "repelled",
  "denied",
  "contested",
  "liberated",
  "control",
  "occupied",
  "withdrew",
  "lost",
];

/** One claim word in a sentence. */
export interface TriggerMatch {
  /** Offset in the sentence (or text) searched. */
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  kind: TriggerKind;
  /** Why the word makes no claim here (`attempt`, `negated`, `hypothetical`), or null. */
  blocked: string | null;
  /** A background clause in the article's own voice ("Ukraine-held X"): `note` starts "background". */
  background: boolean;
  /** For a claim word read as a denial because it is negated ("have not captured"): its kind. */
  negates?: TriggerKind;
}

interface _Lexicon {
  re: RegExp;
  /** `re`, scanned only where a row can begin (null when a row's start cannot be told). */
  scan: _WordScanner | null;
  kinds: TriggerKind[];
  background: boolean[];
}

let _lex: _Lexicon | null = null;

/** The trigger table compiled into one alternation, one capture group per row (in file order). */
function _lexicon(): _Lexicon {
  if (_lex) return _lex;
  const rows = _csvObjects(_dataText("claim_triggers.csv"), "data/claim_triggers.csv", [
    "pattern",
    "kind",
  ]);
  const kinds: TriggerKind[] = [];
  const background: boolean[] = [];
  const alts: string[] = [];
  rows.forEach((r, i) => {
    if (!(_KINDS as readonly string[]).includes(r.kind)) {
      throw new TypeError(
        `data/claim_triggers.csv:${i + 2}: expected a kind of ${
          _KINDS.join(", ")
        }, found "${r.kind}"`,
      );
    }
    kinds.push(r.kind as TriggerKind);
    background.push((r.note ?? "").startsWith("background"));
    alts.push(`(${r.pattern.replace(/ /g, "\\s+")})`);
  });
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alts.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  const scan = _WordScanner.of(
    alts.map((a) => a.slice(1, -1)),
    "[\\p{L}\\p{N}-]",
    "(?![\\p{L}\\p{N}])",
    "iu",
  );
  return (_lex = { re, scan, kinds, background });
}

const _ATTEMPT =
  /\b(?:try|trying|tried|tries|attempt(?:s|ed|ing)?|aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|bid|efforts?|hop(?:e|es|ed|ing)|want(?:s|ed)?|goal|objective|ambitions?|threat(?:en|ens|ened|ening)?|order(?:s|ed)?|prepar(?:e|es|ed|ing)|expect(?:s|ed)?|ready|(?<!\b(?:was|were|been|is|are)\s)able|designed|intent|strive|striving|prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|danger|risk(?:s)?|possibility|chance|task(?:ed)?|mission|seeking|help(?:s|ed|ing)?|aid(?:s|ed|ing)?|pav(?:e|es|ed|ing)\s+the\s+way|prize|stepping\s+stone)\b(?:\s+[\p{L}'’-]+){0,3}?\s+(?:to|of|at|in|for|towards?|from)\s+(?:[\p{L}'’-]+\s+)?$/iu;
/** "the situation (in X) is (difficult but) under control": no capture, the speaker holding on. */
const _SITUATION =
  /\bsituation\b[^.;:]{0,50}\b(?:is|was|remains|remained|stays|stayed)\b[^.;:]{0,30}$/iu;
/** "demands that Ukraine withdraw from X", "called on Kyiv to cede X": a demand, not a claim. */
const _DEMAND =
  /\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?\s+on|requir(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for)|ultimatum|depend(?:s|ed|ing)?\s+on|recogni[sz](?:e|es|ed|ing))\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:to\s+)?$/iu;
/** "attempted a push toward X", "tried another assault on X": an attempt named as a noun. */
const _TRIED_A =
  /\b(?:attempt(?:s|ed|ing)?|tried|tries|try(?:ing)?|launched\s+(?:an?\s+)?(?:failed|unsuccessful))\s+(?:an?|another|new|fresh|several|repeated|multiple)\s+(?:[\p{L}-]+\s+)?$/iu;
/** "to delay the capture of X", "slowed down the Russian advance": a claim word held back. */
const _DELAY =
  /\b(?:delay|delays|delayed|delaying|postpone|postponed|postponing|slow(?:s|ed|ing)?\s+down)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:[\p{L}'’-]+\s+)?$/iu;
/** Data, not ground, before "held" ("imagery held by", "data held"). */
const _DATA_BEFORE =
  /\b(?:imagery|images|data|footage|documents|information|records|files|photos|videos)\s+$/iu;
const _MODAL =
  /\b(?:would|could|might|(?<!\b(?:in|of|since|by|until|early|late|mid|this|last|next|from|before|after|\d{1,2})[\s-])may(?!\s+\d)|will|must|should|can|cannot|can't|won't|likely\s+to|unlikely\s+to|about\s+to|set\s+to|poised\s+to)\s+(?:[\p{L}'’-]+,?\s+){0,6}$/iu;
const _NEGATED = /\b(?:not|never|no|n't|neither|nor|without)\s+(?:[\p{L}'’-]+\s+)?$/iu;
const _ATTACK = new Set<TriggerKind>(["advancing", "captured", "occupied", "encircled", "control"]);
const _FAILED =
  /\b(?:unsuccessful(?:ly)?|failed|fail|without\s+(?:any\s+)?success|not\s+able|unable|thwarted|repelled|repulsed|prevented|stopped|halted|to\s+no\s+avail|in\s+vain|doomed|did\s+not\s+succeed|not\s+succeeding|(?:were|was|been|are|being)\s+(?:all\s+)?(?:destroyed|eliminated|wiped\s+out|neutrali[sz]ed))\b/iu;
/**
 * "stopped a mechanized assault", "was prevented from advancing", "the advance ... had been
 * stopped", "the attacks failed": an advance named only as stopped is a repelled attack.
 */
function _stopped(text: string, start: number, end: number, word: string): boolean {
  if (!_ADVANCE_WORD.test(word)) return false;
  return _STOPPED_BEFORE.test(text.slice(Math.max(0, start - 50), start)) ||
    _STOPPED_AFTER.test(text.slice(end, end + 70));
}

const _ADVANCE_WORD =
  /^(?:advanc(?:e|es|ing|ement)|assaults?|attacks?|offensives?|push|pushes|breakthroughs?)$/iu;
const _STOPPED_BEFORE =
  /\b(?:stopped|stopping|stop|halted|halting|halt|prevented|preventing|prevent|repelled|thwarted|foiled)\s+(?:(?:from|the|a|an|any|further|their|its|enemy|russian|ukrainian)\s+|[\p{L}-]+ed\s+)*$/iu;
const _STOPPED_AFTER =
  /^[^.;,]{0,50}?\b(?:(?:had|has|have)\s+been|was|were|is|are)\s+(?:stopped|halted|repelled|thwarted|foiled|stalled)\b|^\s+(?:had\s+|have\s+|has\s+)?(?:failed|stalled)\b/iu;

/** "capturing X remains the primary objective": a gerund that names an aim. */
const _AIM_AFTER =
  /\b(?:is|remains|was|would\s+be|has\s+been)\s+(?:the|a|an|its|their|his|one\s+of\s+the)\s+(?:[\p{L}"'“”‘’-]+\s+){0,3}(?:objective|goal|aim|priority|task|target|ambition|plan|objectives|goals|aims|priorities)\b/iu;
const _CONDITIONAL = /\b(?:if|unless|whether)\b[^,;]*$/iu;
const _ADVANCE_NOUN = /^(?:advances?|gains|progress)$/iu;
/** "no (confirmed, significant, new ...) advances", "any Russian gains", "did not make gains". */
const _NO_QUALIFIED =
  /\b(?:no|any|(?:not|n't|never)\s+(?:make|made|achieve|achieved|gain|gained))\s+(?:(?:confirmed|significant|new|further|major|notable|visible|real|substantial|tangible|serious|russian|ukrainian|enemy)\s+){0,3}$/iu;
/** An observer's verb before it: "has not observed", "saw no", "could not confirm". */
const _OBSERVED =
  /\b(?:observ(?:e|ed|es|ing)|s[ae]en?|saw|record(?:ed|s)?|confirm(?:ed|s)?|detect(?:ed|s)?|document(?:ed|s)?|noted|verif(?:y|ied))\b[^.;]{0,30}$/iu;
const _NOUN_ONLY = /^(?:progress|gains|pocket|siege|defen[cs]e of|propaganda|disinformation)$/iu;

/** Finds the claim triggers of a sentence, sorted by start. Pure; the lexicon is read once. */
export function findTriggers(text: string): TriggerMatch[] {
  if (typeof text !== "string") {
    throw new TypeError(`findTriggers: expected text as a string, found ${typeof text}`);
  }
  const { kinds, background } = _lexicon();
  const out: TriggerMatch[] = [];
  for (const m of _rowMatches(text)) {
    const kind = kinds[m.row];
    const blocked = _civilians(text, m.start, m.text) ?? _blocked(text, m.start, kind, m.text) ??
      _notGround(text.slice(m.end, m.end + 80), kind, m.text);
    // an attempt that failed ("tried to enter X, without success", "unable to break into X") is
    // an attack beaten back
    // (the failure said near the attempt: "failed to seize Kyiv, ... ambitions to taking Y" is not
    // a failure to take Y)
    const near = text.slice(Math.max(0, m.start - 80), m.end + 80);
    const failed =
      (blocked && blocked !== "hypothetical" && _ATTACK.has(kind) && _FAILED.test(near)) ||
      (!blocked && kind === "advancing" && _stopped(text, m.start, m.end, m.text));
    // "there is no presence of Russian troops in X", "X has not been captured": a denial
    // ("we have not left X", "did not withdraw from X": the defender denies the loss)
    const denies = !failed && blocked === "negated" && (_ATTACK.has(kind) || kind === "withdrew");
    // "the situation in X is under control": the speaker holds X
    const situation = kind === "control" &&
      _SITUATION.test(text.slice(Math.max(0, m.start - 60), m.start));
    const t: TriggerMatch = {
      start: m.start,
      end: m.end,
      text: m.text,
      kind: failed ? "repelled" : denies ? "denied" : situation ? "holding" : kind,
      blocked: failed || denies ? null : blocked,
      background: background[m.row],
    };
    const negates = denies ? kind : t.kind === "denied" ? _negatedKind(m.text) : null;
    if (negates) t.negates = negates;
    out.push(t);
  }
  return _objectsOfRepelled(text, out);
}

/** The claim a denial row negates by its own words ("has not been captured": a capture), or null. */
function _negatedKind(words: string): TriggerKind | null {
  if (/captur|seiz|taken|took|occup|fall|fell|lost/i.test(words)) return "captured";
  if (/encircl|surround/i.test(words)) return "encircled";
  if (/enter|advanc|broke|break/i.test(words)) return "advancing";
  return null;
}

/**
 * "beat back an assault on X", "halted Russia's advance on X", "surrounded Ukrainian units in X":
 * the attack or the troops a repelled or encircled word names are its object, not an advance.
 */
function _objectsOfRepelled(text: string, found: TriggerMatch[]): TriggerMatch[] {
  return found.map((t, i) => {
    const before = found[i - 1];
    if (
      t.kind !== "advancing" || t.blocked || !before || !_HAS_OBJECT.has(before.kind) ||
      !_REPELLED_OBJECT.test(text.slice(before.end, t.start))
    ) return t;
    return {
      ...t,
      blocked: `object of ${before.kind === "repelled" ? "a repelled" : "an encircled"} word`,
    };
  });
}

const _HAS_OBJECT = new Set(["repelled", "encircled"]);
const _REPELLED_OBJECT =
  /^\s+(?:(?:an?|the|their|its|his|several|multiple|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|russian|ukrainian|russia['’]s|ukraine['’]s|moscow['’]s|kyiv['’]s|the\s+enemy['’]s|enemy['’]s|enemy|new|major|fresh|large-scale|armou?red|mechani[sz]ed|massive|heavy|(?:attempts?|efforts?|bids?)\s+to(?:\s+(?:establish|gain|make|build|secure|win))?|attempts?\s+at)\s+)*$/iu;

/** The lexicon's matches in `text`, each with its row (by the scanner when there is one). */
function _rowMatches(text: string): _WordMatch[] {
  const { re, scan } = _lexicon();
  if (scan) return scan.all(text);
  const out: _WordMatch[] = [];
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)) !== null;) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    let row = 1;
    while (m[row] === undefined) row++;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], row: row - 1 });
  }
  return out;
}

/** "captured 30 soldiers", "held talks", "the fall of X would ...": no claim about ground. */
function _notGround(after: string, kind: TriggerKind, word: string): string | null {
  if (/^(?:captur|seiz|took|taken|tak|evacuat|lost|los)/i.test(word) && _PEOPLE_AFTER.test(after)) {
    return "not ground";
  }
  // "fighting is taking place near X", "took part in", "take measures": idioms of "take"
  if (/^(?:took|taken|taking|takes?)$/i.test(word) && _TAKE_IDIOM.test(after)) return "not ground";
  // "seized the initiative", "regained momentum": no ground
  if (_INITIATIVE_AFTER.test(after)) return "not ground";
  if (kind === "holding" && /^held|^holds?$|^holding$/i.test(word) && _EVENT_AFTER.test(after)) {
    return "not ground";
  }
  if (
    /\bof$|^the fall|^fall|^loss|^capture(?:\s+of)?$|^seizure/i.test(word) &&
    _WOULD_AFTER.test(after)
  ) {
    return "hypothetical";
  }
  return null;
}

const _PEOPLE_AFTER =
  /^\s+(?:(?:more\s+than|over|up\s+to|about|around|nearly|almost|at\s+least|roughly|some)\s+)?(?:(?:\d[\d,]*|dozens\s+of|hundreds\s+of|several|two|three|four|five|six|seven|eight|nine|ten|more|some|many)\s+)?(?:[\p{L}-]+\s+)?(?:soldiers|troops|servicemen|prisoners|fighters|men|tanks|vehicles|equipment|weapons|drones?|pows|mercenaries|militants|infantrymen|trophies|civilians|residents|people|children|families|patients)\b/iu;
const _EVENT_AFTER =
  /^\s+(?:a\s+|an\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}(?:talks|meetings?|press\s+conferences?|conferences?|events?|elections?|consultations?|ceremony|ceremonies|discussions?|negotiations?|rally|rallies|funerals?|referendums?|hostages?|captives?|prisoners?|responsible|accountable|flags?|banners?|weapons?|rifles?|signs?|placards?|photos?|pictures?|portraits?|importance|significance|value|potential|records?|office|post|title|views?|opinions?|beliefs?|hopes?)\b/iu;
const _TAKE_IDIOM =
  /^\s+(?:place|part|measures|steps|action|note|notice|care|precautions|shelter|cover|aim|time|into\s+account|responsibility|credit|hold\s+of\s+(?:the\s+)?(?:initiative|narrative))\b/iu;
const _INITIATIVE_AFTER =
  /^\s+(?:the\s+)?(?:(?:battlefield|strategic|tactical)\s+)?(?:initiative|momentum|upper\s+hand)\b/iu;
const _WOULD_AFTER =
  /^[^.;]{0,60}?\b(?:would|could|might|will|(?<!\b(?:in|of|since|by|until|early|late|mid|this|last|next|from|before|after|\d{1,2})[\s-])may(?!\s+\d))\b/iu;

/** "Thousands of residents were evacuated from X": people moved, no ground lost. */
function _civilians(text: string, start: number, word: string): string | null {
  if (!/^evacuat/i.test(word)) return null;
  return _CIVILIANS_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ? "not ground" : null;
}

const _CIVILIANS_BEFORE =
  /\b(?:people|civilians|residents|children|families|patients|inhabitants|population|locals)\b[^.;]{0,40}$/iu;

const _AMID = /\bamid\s+(?:the\s+|a\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;
/**
 * One test of the patterns `_blocked` reads before a word: it matches where any of them does. Each
 * begins with `\b`, tested once at a position for all of them (the engine then fails most
 * positions, inside words, at once: a quarter of `findTriggers`' time).
 */
const _ANY_BEFORE = new RegExp(
  `\\b(?:${
    [_NEGATED, _ATTEMPT, _DELAY, _TRIED_A, _DEMAND, _AMID, _MODAL]
      .map((r) => `(?:${r.source.replace(/^\\b/, "")})`).join("|")
  })`,
  "iu",
);
/** The union above and the RegExps it guards (for tests: it must match wherever they do). */
export const _TRIGGER_PREFILTERS: readonly { key: RegExp; guards: readonly RegExp[] }[] = [
  { key: _ANY_BEFORE, guards: [_NEGATED, _ATTEMPT, _DELAY, _TRIED_A, _DEMAND, _AMID, _MODAL] },
];

/** Why the trigger at `start` asserts nothing, or null. */
function _blocked(text: string, start: number, kind: TriggerKind, word: string): string | null {
  const before = text.slice(Math.max(0, start - 60), start);
  if (kind === "denied" || kind === "repelled") return null;
  // "recaptured lost positions near X": "lost" as an adjective of what was retaken
  if (kind === "lost" && /\b(?:recaptur|regain|retook|retak|restor|return)\w*\s+$/i.test(before)) {
    return "not ground";
  }
  if (_NOUN_ONLY.test(word) && /\b(?:no|little|any)\s+$/i.test(before)) return "negated";
  // "ISW has not observed any confirmed advances near X": no evidence, no claim; "made no
  // significant gains near X": a denial
  if (_ADVANCE_NOUN.test(word) && _NO_QUALIFIED.test(before)) {
    return _OBSERVED.test(before) ? "no evidence" : "negated";
  }
  // (most words follow none of the patterns below: one test of them all first, same result)
  const any = _ANY_BEFORE.test(before);
  if (any && _NEGATED.test(before)) return kind === "holding" ? null : "negated";
  if (any && (_ATTEMPT.test(before) || _DELAY.test(before) || _TRIED_A.test(before))) {
    return "attempt";
  }
  if (any && _DEMAND.test(before)) return "demand";
  // "imagery held by the ISW": data held, no ground
  if (kind === "holding" && /^held$/i.test(word) && _DATA_BEFORE.test(before)) return "not ground";
  if (any && _AMID.test(before)) return "background";
  if (/^\p{L}+ing\b/iu.test(word) && _AIM_AFTER.test(text.slice(start, start + 200))) {
    return "attempt";
  }
  if (
    any && _MODAL.test(before) &&
    !/\b(?:and|but|while|as|after|said|says|that)\b/i.test(before.slice(before.search(_MODAL)))
  ) {
    return "hypothetical";
  }
  // a gerund as a subject: "Capturing X would open ...", "he said capturing the city would ..."
  if (
    /^\p{L}+ing\b/iu.test(word) &&
    (start < 3 || /\b(?:that|said|says|as|and|but)\s+$/i.test(before)) &&
    /^\S+\s+(?:\S+\s+){0,3}(?:would|could|will|might)\b/i.test(text.slice(start))
  ) {
    return "hypothetical";
  }
  if (_CONDITIONAL.test(before.slice(-30))) return "hypothetical";
  return null;
}
