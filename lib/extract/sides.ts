/**
 * Sides: a sentence and a position in it → the side acting there (the last side word of its
 * clause: "Russian", "Kyiv's", "the enemy" in a speaker's words, "our"), and the two camps that
 * hold ground.
 *
 * @module
 */

import type { Side } from "../shared/types.ts";
import { _matchAll, _reEscape, _words } from "../lexicon/_lexicon.ts";
import type { Voice } from "./speakers.ts";
import { _endsInChar } from "./_ends.ts";

/** A side that holds ground (not `independent`). */
export type Camp = "russia" | "ukraine";

/** The other camp. */
export const otherCamp = (s: Side): Camp => (s === "russia" ? "ukraine" : "russia");

/** The camp of a side, null for `independent`. */
export const campOf = (s: Side): Camp | null => (s === "independent" ? null : s);

const _SIDE_WORDS =
  /(?<![\p{L}])(russia['’]s|russian|russians|russia|moscow['’]s|moscow|kremlin|putin['’]s|ukraine['’]s|ukrainian|ukrainians|ukraine|kyiv['’]s|kyiv|kiev|afu|zsu|enemy|occupiers?|invaders?|our|we|us|(?:its|their)\s+(?:own\s+)?(?:troops|forces|units|soldiers|fighters|defenders|army))(?![\p{L}])/giu;

/** Participles of speaking that open a speaker's reason or report ("..., saying ..."). */
export const SPEECH_PARTICIPLES =
  "saying|adding|insisting|stressing|noting|claiming|asserting|stating";
/** A speaker's participle right before "its troops" ("..., saying its troops still hold X"). */
const _SAYING = new RegExp(`\\b(?:${SPEECH_PARTICIPLES})\\s+(?:that\\s+)?$`, "iu");

/**
 * "X advanced deep into the enemy's defences and liberated Y": a side's possessive after a
 * preposition is the object's owner, not the one acting.
 */
function _possessiveObject(clause: string, w: RegExpExecArray): boolean {
  const end = w.index + w[0].length;
  return /^['’]s?\s/.test(clause.slice(end, end + 3)) || /['’]s$/.test(w[1])
    ? _PREPOSITION_BEFORE.test(clause.slice(Math.max(0, w.index - 45), w.index))
    : false;
}

/**
 * "Russian troops defeated Ukrainian forces and took X", "Ukrainian troops drove Russians back from
 * A and took B": a side right after a verb acting on it is the object, not the one acting (when a
 * side is named before it, the subject).
 */
function _verbObject(clause: string, w: RegExpExecArray, k: number): boolean {
  return k > 0 && _ACTED_ON.test(clause.slice(Math.max(0, w.index - 24), w.index));
}
const _ACTED_ON =
  /\b(?:attack(?:ed|ing)|push(?:ed|ing)|drove|driven|driving|forc(?:ed|ing)|oust(?:ed|ing)|expell?(?:ed|ing)|repel(?:led|ling)|repuls(?:ed|ing)|defeat(?:ed|ing)|destroy(?:ed|ing)|rout(?:ed|ing)|knock(?:ed|ing)|kick(?:ed|ing)|threw|thrown|throwing|outflank(?:ed|ing)|dislodg(?:ed|ing)|overwhelm(?:ed|ing)|bypass(?:ed|ing)|stopp(?:ed|ing)|halt(?:ed|ing)|beat(?:en|ing)?)\s+(?:the\s+|back\s+)?$/iu;

/**
 * "the Ukrainian-held village of X was captured": a side in an adjective of holding names who held
 * the place, not who acts on it.
 */
function _holderAdjective(clause: string, w: RegExpExecArray): boolean {
  const end = w.index + w[0].length;
  return _HELD_AFTER.test(clause.slice(end, end + 12));
}

const _HELD_AFTER = /^[-\s](?:held|controlled|occupied)\b/i;
/** A verb of saying and its subject's pronoun right before a claim word ("says it controls"). */
const _SAYS_IT =
  /(?<!(?:['’]s?|\bthe|\ban?|\bprevious|\bearlier)\s+)\b(?:says?|said|claims?|claimed|insists?|insisted|maintains?|maintained)\s+(?:that\s+)?(?:it|they)\s+(?:(?:now|still|fully|already|also|has|have|had)\s+)*$/iu;

/** Before a side named as a holder, not as an actor ("the last village held by Ukraine"). */
const _HELD_BY = /\b(?:held|controlled|occupied|defended)\s+by\s+(?:the\s+)?$/i;

// ("into the depth of the enemy's defences": the same after a noun of the object's parts)
const _PREPOSITION_BEFORE =
  /\b(?:into|through|behind|against|across|inside|within|on|at|in|near|from|towards?)\s+(?:the\s+)?(?:[a-z-]+\s+(?:[a-z-]+\s+)?of\s+(?:the\s+)?)?$/i;

/** What ends a clause (never empty: the scan always moves on). */
const _CLAUSE_BREAK = /[;:]|\bbut\b|\bwhile\b|\bwhereas\b|\band\s{1,3}that\b/gi;

/** The side acting at `pos`: the last side word of the clause before it (null when none). */
export function actingSide(text: string, pos: number, voice: Voice): Camp | null {
  // the clause: after the last break before `pos`, at most its last 120 characters (220 for a
  // participle after a comma: its subject may open a long clause)
  const head = text.slice(0, pos);
  const participle = _endsInChar(head, ",") && /^\p{L}+ing\b/u.test(text.slice(pos));
  let from = Math.max(0, head.length - (participle ? 220 : 120));
  // (a break that ends before `from` changes nothing: none is longer than "and   that", 10)
  _CLAUSE_BREAK.lastIndex = Math.max(0, from - 12);
  while (_CLAUSE_BREAK.exec(head) !== null) from = Math.max(from, _CLAUSE_BREAK.lastIndex);
  const clause = head.slice(from);
  // "Moscow ... says it controls X": the speaker's own pronoun right after its verb of saying
  // (read on the clause's last 50 characters: the verb, the pronoun and its auxiliaries)
  if (_SAYS_IT.test(clause.slice(-50)) && campOf(voice.side)) return campOf(voice.side);
  const words = _matchAll(clause, _sideWords());
  // "..., saying its troops still held X": the speaker's own troops; elsewhere "its" points back
  // to a side named before it ("Moscow's statements that its forces ...")
  // "X routed enemy units, liberating Y": a participle after a comma acts for the clause's subject
  // (`,\s*$` read from the end of `head`)
  let k = participle && words.length ? 0 : words.length - 1;
  while (
    !participle && k >= 0 && (
      (/^(?:its|their)\s/i.test(words[k][1]) &&
        !(campOf(voice.side) && _SAYING.test(clause.slice(0, words[k].index)))) ||
      _possessiveObject(clause, words[k]) || _holderAdjective(clause, words[k]) ||
      _verbObject(clause, words[k], k) ||
      _HELD_BY.test(clause.slice(Math.max(0, words[k].index - 20), words[k].index))
    )
  ) k--;
  const w = words[k]?.[1].toLowerCase();
  // "the General Staff said its forces captured X": with no side named before it, the speaker's
  if (!w) return words.some((x) => /^(?:its|their)\s/i.test(x[1])) ? campOf(voice.side) : null;
  if (/^(?:our|we|us|its\s|their\s)/.test(w)) return campOf(voice.side);
  if (/^(?:enemy|occupiers?|invaders?)$/.test(w)) {
    return voice.side === "russia" ? "ukraine" : "russia";
  }
  if (/^(?:russia|moscow|kremlin|putin)/.test(w)) return "russia";
  return _units().russia.has(w) ? "russia" : "ukraine";
}

let _sideRe: RegExp | null = null;
let _unitSets: { russia: Set<string> } | null = null;

/** Names of one side's formations (`data/lexicon_words.csv`: `unit_russia`, `unit_ukraine`). */
function _units(): { russia: Set<string> } {
  return (_unitSets ??= {
    russia: new Set((_words().unit_russia ?? []).map((w) => w.toLowerCase())),
  });
}

/** The side words, and the names of formations ("units of the Yug battlegroup took X"). */
function _sideWords(): RegExp {
  const names = [...(_words().unit_russia ?? []), ...(_words().unit_ukraine ?? [])];
  if (!names.length) return _SIDE_WORDS;
  return (_sideRe ??= new RegExp(
    _SIDE_WORDS.source.replace(
      "|our|we|us|",
      `|${names.map((n) => _reEscape(n).replace(/ /g, "\\s+")).join("|")}|our|we|us|`,
    ),
    _SIDE_WORDS.flags,
  ));
}

/** A side named inside the claim words ("under Ukrainian control", "Russian-held"). */
export function sideIn(words: string): Camp | null {
  const m = words.match(/\b(russia|russian|moscow|kremlin|ukraine|ukrainian|kyiv|kiev)/i);
  if (!m) return null;
  return /^(?:russia|russian|moscow|kremlin)/i.test(m[1]) ? "russia" : "ukraine";
}
