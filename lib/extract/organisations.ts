/**
 * Sources the actor table does not know: a sentence and the table's mentions → mentions of sources
 * named after a word for what they are, "the Telegram channel Severny Veter" (a blogger), "the OSINT
 * project Lost Armour" (mapping), "the regional news site Dozor" (media); of a side whose claims an
 * adjective names ("Russian claims that ..."); and, from `anonymous.ts`, of unnamed sources who
 * spoke to an outlet. The descriptor words are the `org_blogger`, `org_mapping` and `org_media`
 * rows of `data/lexicon_words.csv`; the side is that of a side word just before the descriptor
 * ("the pro-Russian Telegram channel", "the Ukrainian outlet"), else `independent`.
 *
 * @module
 */

import type { ActorMention } from "../lexicon/actors.ts";
import type { Role, Side } from "../shared/types.ts";
import { _matchAll, _reEscape, _wordList } from "../lexicon/_lexicon.ts";
import { sourcesToldOutlets } from "./anonymous.ts";
import { _mention } from "./people.ts";

/**
 * The sources of a sentence the actor table and the people stage did not name: "the OSINT project
 * Lost Armour" (named after its descriptor), "a source in the military told TASS" (the outlet's
 * camp). `table` and `people` are those stages' mentions.
 */
export function sourcesBeyondTable(
  text: string,
  table: readonly ActorMention[],
  people: readonly ActorMention[],
): ActorMention[] {
  const orgs = organisationsIn(text, table);
  if (_pattern().key.test(text)) orgs.push(...unnamedOfSide(text, [...table, ...orgs]));
  const told = sourcesToldOutlets(text, [...table, ...people]);
  const owners = sideClaims(text, [...table, ...people]);
  return [...orgs, ...told, ...owners];
}

/** "Russian claims that ...", "Ukrainian statements that ...": a side adjective owning claims. */
const _SIDE_CLAIMS =
  /(?<![\p{L}])(Russian|Ukrainian)(?=\s+(?:official\s+)?(?:claims?|statements?|assertions?|allegations?)\s+that\b)/gu;

/**
 * The sides whose claims a sentence names by an adjective alone ("ISW has not confirmed Russian
 * claims that ..."): a mention of that side's official voice at the adjective, which the frame
 * stage reads as the owner of the claim after it. `found`: mentions other stages found.
 */
export function sideClaims(text: string, found: readonly ActorMention[]): ActorMention[] {
  if (!/claim|statement|assertion|allegation/.test(text)) return [];
  const out: ActorMention[] = [];
  _SIDE_CLAIMS.lastIndex = 0;
  for (let m; (m = _SIDE_CLAIMS.exec(text)) !== null;) {
    const start = m.index, end = start + m[1].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    const russia = m[1] === "Russian";
    out.push(
      _mention(
        start,
        m[1],
        russia ? "Russia" : "Ukraine",
        russia ? "russia" : "ukraine",
        "official",
      ),
    );
  }
  return out;
}

/** The descriptor's role by category of `data/lexicon_words.csv`. */
const _ROLES: readonly (readonly [string, Role])[] = [
  ["org_blogger", "blogger"],
  ["org_mapping", "mapping"],
  ["org_media", "media"],
];

let _cache: { re: RegExp; roles: Map<string, Role>; key: RegExp } | null = null;

function _pattern() {
  if (_cache) return _cache;
  const roles = new Map<string, Role>();
  for (const [category, role] of _ROLES) {
    for (const w of _wordList(category)) roles.set(w, role);
  }
  // (no `i` flag: under it `\p{Lu}` would match any letter; a descriptor's first letter may be
  // either case, the rest as written)
  const alt = [...roles.keys()].sort((a, b) => b.length - a.length)
    .map((w) => _firstEitherCase(w) + _reEscape(w.slice(1)).replace(/ /g, "\\s+")).join("|");
  // (the name: one to three capitalised words, in quotation marks or not)
  const name = `\\p{Lu}[\\p{L}\\d'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d'’-]*){0,2}`;
  const re = new RegExp(
    `(?<![\\p{L}-])(${alt})\\s+(?:called\\s+|named\\s+)?["“«]?(${name})["”»]?`,
    "gu",
  );
  // (every match holds one of these: most sentences name no such source)
  const key =
    /channel|blog|project|group|team|community|cent(?:re|er)|tank|agency|outlet|site|newspaper|publication|broadcaster|portal/i;
  return _cache = { re, roles, key };
}

/** Side words before a descriptor, nearest last ("pro-Russian", "Ukrainian", "Kremlin-backed"). */
const _SIDE_WORD =
  "pro-(?:russian|kremlin|ukrainian)|kremlin-(?:backed|aligned|controlled)|russian|ukrainian";
/** "independent" right before a side word and the descriptor ("the independent Russian outlet"). */
const _INDEPENDENT_BEFORE = /\bindependent\s+(?:russian|ukrainian)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
const _SIDE_BEFORE = new RegExp(
  `(?<![\\p{L}])(${_SIDE_WORD}|russia['’]s|ukraine['’]s)(?:\\s+[\\p{Ll}-]+){0,3}\\s*$`,
  "iu",
);

/**
 * Mentions of sources named after their descriptor in `text` (sorted by start), each spanning the
 * descriptor and the name (so that it covers a generic mention inside the descriptor, "OSINT").
 * A name the table knows (a mention of `known` overlaps it) is left to the table.
 */
export function organisationsIn(
  text: string,
  known: readonly { start: number; end: number }[] = [],
): ActorMention[] {
  const { re, roles, key } = _pattern();
  if (!key.test(text)) return [];
  const out: ActorMention[] = [];
  for (const m of _matchAll(text, re)) {
    const role = _roleOf(roles, m[1]);
    // (a capitalised descriptor starts a name of its own: "the Channel One report")
    if (!role || /^\p{Lu}/u.test(m[1]) && !/^(?:OSINT|Telegram)/.test(m[1])) continue;
    const lead = text.slice(Math.max(0, m.index! - 40), m.index!);
    // ("the independent Russian outlet X": exiled media, of no side)
    const sideWord = _INDEPENDENT_BEFORE.test(lead) ? null : lead.match(_SIDE_BEFORE);
    const end = m.index! + m[0].lastIndexOf(m[2]) + m[2].length;
    if (known.some((k) => k.start < end && end - m[2].length < k.end)) continue;
    // (from the side word on: "the Russian Telegram channel X" covers "Russian Telegram channel")
    const start = sideWord ? m.index! - lead.length + sideWord.index! : m.index!;
    const canonical = m[2].replace(/\s+/g, " ");
    out.push(_mention(start, text.slice(start, end), canonical, _sideOf(sideWord), role));
  }
  return out;
}

function _firstEitherCase(w: string): string {
  const a = w[0].toUpperCase(), b = w[0].toLowerCase();
  return a === b ? _reEscape(w[0]) : `[${a}${b}]`;
}

/** The role of a descriptor as found (any first letter, any spacing). */
function _roleOf(roles: ReadonlyMap<string, Role>, found: string): Role | undefined {
  const norm = found.replace(/\s+/g, " ");
  for (const [w, role] of roles) {
    if (w.slice(1) === norm.slice(1) && w[0].toLowerCase() === norm[0].toLowerCase()) return role;
  }
  return undefined;
}

function _sideOf(m: RegExpMatchArray | null): Side {
  if (!m) return "independent";
  return /ukrain/i.test(m[1]) && !/^pro-(?:russian|kremlin)/i.test(m[1]) ? "ukraine" : "russia";
}

let _unnamed: RegExp | null = null;

/**
 * "A Ukrainian OSINT project reported ...", "a pro-Russian Telegram channel wrote ...": a source
 * named by a side word and its descriptor alone, right before its verb (side and role from them);
 * one with a name inside (a capitalised word) or overlapping a mention of `known` is left out.
 */
export function unnamedOfSide(
  text: string,
  known: readonly { start: number; end: number }[] = [],
): ActorMention[] {
  const { roles } = _pattern();
  _unnamed ??= new RegExp(
    `(?<![\\p{L}-])(${_SIDE_WORD})\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${
      [...roles.keys()].sort((a, b) => b.length - a.length)
        .map((w) => _reEscape(w).replace(/ /g, "\\s+")).join("|")
    })(?=\\s*,?\\s+(?:said|says|reported|reports|wrote|writes|claimed|claims|showed|shows|noted|added|posted|published)\\b)`,
    "giu",
  );
  const out: ActorMention[] = [];
  for (const m of _matchAll(text, _unnamed)) {
    const start = m.index!, end = start + m[0].length;
    if (known.some((k) => k.start < end && start < k.end && !(start <= k.start && k.end <= end))) {
      continue;
    }
    // (a name inside is a source of its own: "the pro-Kremlin Rybar channel")
    if (/\p{Lu}/u.test(m[0].slice(m[1].length, m[0].length - m[2].length))) continue;
    const role = _roleOf(roles, m[2]);
    if (!role) continue;
    const side = _sideOf(m);
    const adjective = side === "russia" ? "Russian" : "Ukrainian";
    out.push(_mention(start, m[0], `${adjective} ${m[2].replace(/\s+/g, " ")}`, side, role));
  }
  return out;
}
