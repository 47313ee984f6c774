/**
 * Claim words: a sentence → the claim triggers in it (`data/claim_triggers.csv`), each with its
 * kind, its offsets in the sentence, and whether an attempt, aim, hypothesis or negation blocks it
 * ("trying to capture", "could encircle"); a failed attempt is `repelled` ("tried to enter X,
 * without success"), a negated attack a denial ("have not entered X").
 *
 * Kinds are the schema's claim values plus four that the side of the actor decides later
 * (`liberated`, `control`, `occupied`, `withdrew`, `lost`).
 *
 * The words of the patterns around a claim word are rows of `data/lexicon_words.csv` (read on
 * first use; a space in a phrase matches any white space; inflections are rows of their own), the
 * patterns' syntax is in `_trigger_patterns.ts`. Before a word: `attempt_word` ("trying to",
 * "aims at"), `attempt_verb` + `attempt_det` ("tried another"), `demand_word` ("called on"),
 * `delay_word`, `modal_word` (with "may" the verb, not the month, kept there), `negation_word`,
 * `background_preposition` ("amid"), `data_noun` ("imagery held by"), `civilian_noun`
 * ("residents were evacuated"), `stop_verb` ("halted the assault"), `gain_qualifier` ("no
 * confirmed gains"), `observe_verb` ("has not observed"). Near or after it: `failure_word` and
 * `destroyed_word` ("without success", "were destroyed"), `stopped_word` ("had been halted"),
 * `aim_noun` ("capturing X is the goal"), `captured_object` ("captured 30 soldiers"),
 * `event_noun` ("held talks"), `take_idiom` ("took part"), `initiative_adjective` +
 * `initiative_noun` ("seized the initiative"). The claim word itself: `advance_word` (an advance
 * that can be stopped), `noun_only_trigger` ("no progress").
 *
 * @module
 */

import { objectsOfRepelled } from "./_repelled_objects.ts";
import { _csvObjects, _dataText } from "../lexicon/_lexicon.ts";
import { type _WordMatch, _WordScanner } from "../lexicon/_word_scan.ts";
import {
  _AIM_TO,
  _AIMED_HALT,
  _AS_LONG_AS,
  _claimsNoPlace,
  _FOR_A_NEW,
  _HALT_THE,
  _HELD_LINES,
  _LINKED_TO,
  _MAY,
  _NOT_ANNOUNCED,
  _NOT_FULLY,
  _res,
  _SITUATION,
  _SITUATION_HELD,
  _YES_NO,
} from "./_trigger_patterns.ts";

export { _triggerPrefilters, _triggerWordKeys } from "./_trigger_patterns.ts";

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
  /** "The situation in X is under control": a hold of the speaker's own ground only. */
  situation?: boolean;
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

// (and "recaptured": "unable to dislodge Ukrainian troops from X", "failed to retake X")
const _ATTACK = new Set<TriggerKind>([
  "advancing",
  "captured",
  "occupied",
  "encircled",
  "control",
  "recaptured",
]);
/**
 * "stopped a mechanized assault", "was prevented from advancing", "the advance ... had been
 * stopped", "the attacks failed": an advance named only as stopped is a repelled attack.
 */
function _stopped(text: string, start: number, end: number, word: string): boolean {
  const { advanceWord, stoppedBefore, stoppedAfter } = _res();
  // (the claim word's first word: "a push towards X" as "push")
  if (!advanceWord.test(word.replace(/\s[^]*$/u, ""))) return false;
  // ("in order to halt the advance of X": an advance going on, which the other side aims to stop)
  if (_AIMED_HALT.test(text.slice(Math.max(0, start - 60), start))) return false;
  return stoppedBefore.test(text.slice(Math.max(0, start - 50), start)) ||
    stoppedAfter.test(text.slice(end, end + 70));
}

/** Finds the claim triggers of a sentence, sorted by start. Pure; the lexicon is read once. */
export function findTriggers(text: string): TriggerMatch[] {
  if (typeof text !== "string") {
    throw new TypeError(`findTriggers: expected text as a string, found ${typeof text}`);
  }
  const { kinds, background } = _lexicon();
  const out: TriggerMatch[] = [];
  for (const m of _rowMatches(text)) {
    const kind = kinds[m.row];
    // (an adjective of the article's own ("the partially occupied X") states what is, whatever aim
    // or chance the words before it speak of)
    const blocked = _civilians(text, m.start, m.text) ??
      (background[m.row] ? null : _blocked(text, m.start, kind, m.text)) ??
      _notGround(text.slice(m.end, m.end + 80), kind, m.text);
    // an attempt that failed ("tried to enter X, without success", "unable to break into X") is
    // an attack beaten back
    // (the failure said near the attempt: "failed to seize Kyiv, ... ambitions to taking Y" is not
    // a failure to take Y)
    // (the words near it read only for a blocked attack: most claim words are not)
    const failed = (blocked && blocked !== "hypothetical" && _ATTACK.has(kind) &&
      _res().failed.test(text.slice(Math.max(0, m.start - 80), m.end + 80))) ||
      (!blocked && kind === "advancing" && _stopped(text, m.start, m.end, m.text));
    // "there is no presence of Russian troops in X", "X has not been captured": a denial
    // ("we have not left X", "did not withdraw from X": the defender denies the loss)
    // (but "established a foothold in X but do not yet control it": the same subject's own limit)
    const denies = !failed && blocked === "negated" && (_ATTACK.has(kind) || kind === "withdrew") &&
      !_ownLimit(text, out, m.start);
    // "the situation in X is under control": the speaker holds X
    const situation = kind === "control" &&
      _SITUATION.test(text.slice(Math.max(0, m.start - 60), m.start));
    const t: TriggerMatch = {
      start: m.start,
      end: m.end,
      text: m.text,
      kind: failed ? "repelled" : denies ? "denied" : situation ? "holding" : kind,
      blocked: failed || denies ? null : blocked,
      // ("marked X as Russian-controlled": the marker's word, not the article's own adjective)
      // (nor is a verb: "the Russians had partially occupied X", "X is partially occupied")
      background: background[m.row] &&
        !_AS_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)) &&
        !_AUXILIARY_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)),
    };
    if (
      situation ||
      (kind === "holding" && _SITUATION_HELD.test(text.slice(Math.max(0, m.start - 70), m.start)))
    ) {
      t.situation = true;
    }
    const negates = denies ? kind : t.kind === "denied" ? _negatedKind(m.text) : null;
    if (negates) t.negates = negates;
    out.push(t);
  }
  const found = objectsOfRepelled(text, out);
  // "Has Russia captured X?": a yes/no question asserts nothing
  return _YES_NO.test(text)
    ? found.map((t) => t.blocked ? t : { ...t, blocked: "question" })
    : found;
}

const _AS_BEFORE = /\bas\s+$/i;
const _AUXILIARY_BEFORE = /\b(?:has|have|had|was|were|is|are|been|being|be)\s+$/i;

/**
 * A negated word right after "but" that goes on from an advance found before it, with no subject
 * of its own ("entered X but do not yet control it"): the advance's limit, no denial.
 */
function _ownLimit(text: string, found: readonly TriggerMatch[], at: number): boolean {
  const move = found.findLast((t) =>
    !t.blocked && (t.kind === "advancing" || t.kind === "control")
  );
  return move !== undefined && _BUT_NOT.test(text.slice(move.end, at));
}
const _BUT_NOT =
  /^[^.;:]{0,80}\bbut\s+(?:(?:do|does|did|have|has|had)\s+)?(?:not|n't|never)\s+(?:yet\s+|fully\s+)*$/iu;

/** The claim a denial row negates by its own words ("has not been captured": a capture), or null. */
function _negatedKind(words: string): TriggerKind | null {
  if (/captur|seiz|taken|took|occup|fall|fell|lost/i.test(words)) return "captured";
  if (/encircl|surround/i.test(words)) return "encircled";
  if (/enter|advanc|broke|break/i.test(words)) return "advancing";
  // ("do not control X", "not under Russian control": the control claimed)
  if (/control/i.test(words)) return "control";
  return null;
}

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
  const { people, takeIdiom, initiative, event } = _res();
  if (/^(?:captur|seiz|took|taken|tak|evacuat|lost|los)/i.test(word) && people.test(after)) {
    return "not ground";
  }
  // "fighting is taking place near X", "took part in", "take measures": idioms of "take"
  if (/^(?:took|taken|taking|takes?)$/i.test(word) && takeIdiom.test(after)) return "not ground";
  // "seized the initiative", "regained momentum"; "(denied that) the push was linked to talks"
  if (initiative.test(after) || _LINKED_TO.test(after)) return "not ground";
  if (_claimsNoPlace(word, kind, after)) return "not ground";
  if (kind === "holding" && /^held|^holds?$|^holding$/i.test(word) && event.test(after)) {
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

const _WOULD_AFTER = new RegExp(
  String.raw`^[^.;]{0,60}?\b(?:would|could|might|will|${_MAY.source})\b`,
  "iu",
);

/** "Thousands of residents were evacuated from X", "residents have left X": people moved, no ground lost. */
function _civilians(text: string, start: number, word: string): string | null {
  if (!/^(?:evacuat|left\b|leav|fled\b|flee)/i.test(word)) return null;
  return _res().civiliansBefore.test(text.slice(Math.max(0, start - 60), start))
    ? "not ground"
    : null;
}

const _ENCIRCLED_OF =
  /\b(?:encirclement|encircling|surrounding|blockade|blockading|entrapment)\s+of\s+(?:the\s+|some\s+|about\s+|up\s+to\s+|[\d,.]+\s+)*$/iu;
const _RISK_OF =
  /(?<!\b(?:no|any|little|without|not\s+at)\s+(?:[\p{L}-]+\s+)?)\b(?:threat|risk|danger)\s+of\s+(?:being\s+|an?\s+|the\s+)?$/iu;
const _ORDERED_TO = /\b(?:ordered|orders)\s+(?:[\p{L}'’-]+\s+){0,3}?to\s+$/iu;
const _CONDITIONAL = /\b(?:if|unless|whether)\b[^,;]*$/iu;
const _ADVANCE_NOUN = /^(?:advances?|gains|progress)$/iu;

/** A gerund as a subject: "Capturing X would open ...", "he said capturing the city would ...". */
function _gerundSubject(text: string, start: number, word: string, before: string): string | null {
  if (!/^\p{L}+ing\b/iu.test(word)) return null;
  if (start >= 3 && !/\b(?:that|said|says|as|and|but)\s+$/i.test(before)) return null;
  return /^\S+\s+(?:\S+\s+){0,3}(?:would|could|will|might)\b/i.test(text.slice(start))
    ? "hypothetical"
    : null;
}

/** Why the trigger at `start` asserts nothing, or null. */
function _blocked(text: string, start: number, kind: TriggerKind, word: string): string | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const r = _res();
  // ("vow to stop the Russian advance": an aim, no attack beaten back; but the advance it would
  // halt goes on: "in order to halt the advance of Russian troops in X")
  if (kind === "repelled" && _AIM_TO.test(before)) return "attempt";
  if (kind === "advancing" && _HALT_THE.test(before)) return null;
  if (kind === "denied" || kind === "repelled") return null;
  // "the bridge in X is intact": only positions or defences intact are held ground
  if (kind === "holding" && /intact$/iu.test(word) && !_HELD_LINES.test(before)) {
    return "not ground";
  }
  // "the encirclement of Russian troops in X": troops named as the encircled, no advance of theirs
  if (kind === "advancing" && _ENCIRCLED_OF.test(before)) return "not ground";
  // "withdrew to avoid encirclement", "to prevent a potential encirclement": a danger escaped
  if (kind === "encircled" && r.avoided.test(before)) return "attempt";
  // "recaptured lost positions near X", "regained positions lost earlier": "lost" describes what
  // was retaken
  if (
    kind === "lost" &&
    /\b(?:recaptur|regain|retook|retak|restor|return)\w*\s+(?:(?:the|all|some|several|positions?|ground|territory|areas?|villages?)\s+)?$/i
      .test(before)
  ) {
    return "not ground";
  }
  if (r.nounOnly.test(word) && /\b(?:no|little|any)\s+$/i.test(before)) return "negated";
  // "ISW has not observed any confirmed advances near X": no evidence, no claim; "made no
  // significant gains near X": a denial
  if (_ADVANCE_NOUN.test(word) && r.noQualified.test(before)) {
    return r.observed.test(before) ? "no evidence" : "negated";
  }
  // (most words follow none of the patterns below: one test of them all first, same result)
  const any = r.guardKeys.in(text, Math.max(0, start - 60), start) && r.any.test(before);
  // ("massing forces near X for a new assault", "had not yet fully taken X": no claim, no denial)
  if (kind === "advancing" && _FOR_A_NEW.test(before)) return "attempt";
  if (_NOT_FULLY.test(before)) return "not full";
  // ("has not yet claimed control of X", "has yet to announce its capture": a claim not made)
  if (any && r.negated.test(before)) {
    return kind === "holding" ? null : /^(?:claim|announc)/i.test(word) ? "not claimed" : "negated";
  }
  if (_NOT_ANNOUNCED.test(before)) return "not claimed";
  // "ordered troops to withdraw from X": a retreat ordered is a retreat announced, no aim
  const ordered = kind === "withdrew" && _ORDERED_TO.test(before);
  // "at risk of being surrounded", "a threat of encirclement": the squeeze itself, as "almost"
  const squeezed = kind === "encircled" && _RISK_OF.test(before);
  if (
    any && !ordered && !squeezed &&
    (r.attempt.test(before) || r.delay.test(before) || r.triedA.test(before))
  ) {
    return "attempt";
  }
  if (any && r.demand.test(before)) return "demand";
  // "imagery held by the ISW": data held, no ground
  if (kind === "holding" && /^held$/i.test(word) && r.dataBefore.test(before)) return "not ground";
  if (any && r.amid.test(before)) return "background";
  if (/^\p{L}+ing\b/iu.test(word) && r.aimAfter.test(text.slice(start, start + 200))) {
    return "attempt";
  }
  if (
    any && r.modal.test(before) &&
    !/\b(?:and|but|while|as|after|said|says|that)\b/i.test(before.slice(before.search(r.modal)))
  ) {
    return "hypothetical";
  }
  const subject = _gerundSubject(text, start, word, before);
  if (subject) return subject;
  if (_CONDITIONAL.test(before.slice(-30))) return "hypothetical";
  // "we held on for as long as we could": a hold that ended
  if (
    kind === "holding" &&
    _AS_LONG_AS.test(text.slice(start + word.length, start + word.length + 40))
  ) {
    return "past";
  }
  return null;
}
