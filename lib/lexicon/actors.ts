/**
 * Actors: who can make a claim. A table of canonical names with their spelling variants, side and
 * role (`data/actors.csv`), plus patterns for numbered and named military units ("the 7th Rapid
 * Response Corps", "Russia's 506th Motor Rifle Regiment") and possessive references ("its
 * defence ministry", "his military") whose side comes from the actor named before them.
 *
 * @module
 */

import type { Role, Side } from "../shared/types.ts";
import { ROLES, SIDES } from "../shared/types.ts";
import { _oneOf } from "../shared/_validate.ts";
import { _collapseSpace } from "../shared/_text.ts";
import {
  _csvObjects,
  _dataText,
  _factorAlts,
  _matchAll,
  _reEscape,
  _wordList,
} from "./_lexicon.ts";
import { _WordScanner } from "./_word_scan.ts";

/** One actor of the table. */
export interface Actor {
  canonical: string;
  variants: string[];
  side: Side;
  role: Role;
}

/** Where an actor is named in a text. */
export interface ActorMention {
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  canonical: string;
  side: Side;
  role: Role;
  /** `table`: a variant of `data/actors.csv`; `unit`: a unit pattern; `possessive`: "its army". */
  source: "table" | "unit" | "possessive";
  /**
   * True for unit mentions ("the unit" refers back to them). The key is always present (undefined
   * for possessive mentions), so every mention has the same fields in the same order.
   */
  unit?: boolean;
}

/**
 * Parses an actors CSV (`canonical,variants,side,role`; variants separated by `;`).
 * Throws `SyntaxError` for a missing column, `TypeError` for an unknown side or role (naming the line).
 */
export function parseActors(csvText: string, file = "actors.csv"): Actor[] {
  const rows = _csvObjects(csvText, file, ["canonical", "variants", "side", "role"]);
  return rows.map((r, i) => {
    const where = `${file}:${i + 2}`;
    if (!r.canonical) {
      throw new SyntaxError(`${where}: expected a canonical name, found an empty cell`);
    }
    const side = _oneOf(`${where} side`, r.side, SIDES);
    const role = _oneOf(`${where} role`, r.role, ROLES);
    const variants = [r.canonical, ...r.variants.split(";")].map((v) => v.trim()).filter(Boolean);
    return { canonical: r.canonical, variants: [...new Set(variants)], side, role };
  });
}

let _default: Actor[] | null = null;

/** The project's actor table (`data/actors.csv`), parsed once. */
export function defaultActors(): Actor[] {
  return (_default ??= parseActors(_dataText("actors.csv"), "data/actors.csv"));
}

interface _Variant {
  actor: Actor;
  variant: string;
  /** The variant is a proper noun: the text must be capitalised too. */
  capital: boolean;
  /** The actor is a military unit. */
  unit: boolean;
}

interface _Matcher {
  re: RegExp;
  /** `re` for texts without surrogates (letters past U+FFFF): its look back reads one code unit. */
  reBmp: RegExp;
  /** The same matches as `re`, the engine run only where a variant's first letters fit (or null). */
  scan: _WordScanner | null;
  byVariant: Map<string, _Variant>;
  /** What a text matched by `re` names, by the text as written (null: nothing; bounded). */
  byText: Map<string, _Variant | null>;
}

const _matchers = new WeakMap<readonly Actor[], _Matcher>();

function _matcher(actors: readonly Actor[]): _Matcher {
  const hit = _matchers.get(actors);
  if (hit) return hit;
  const byVariant = new Map<string, _Variant>();
  for (const a of actors) {
    const unit = /\b(?:Brigade|Regiment|Corps|Battalion|Division)\b/i.test(a.canonical);
    for (const v of a.variants) {
      const key = v.toLowerCase().replace(/’/g, "'");
      if (!byVariant.has(key)) {
        byVariant.set(key, { actor: a, variant: v, capital: /^\p{Lu}/u.test(v), unit });
      }
    }
  }
  const alts = [...byVariant.values()].map((x) => x.variant).sort((a, b) =>
    b.length - a.length || (a < b ? -1 : 1)
  ).map((v) => _reEscape(v).replace(/'/g, "['’]").replace(/ /g, "\\s+"));
  // (not the first half of a compound: "the Kremlin-installed governor" is no Kremlin)
  const tail = "(?![\\p{L}\\p{N}]|-\\p{Ll})";
  const body = `(?:${_factorAlts(alts, "giu")})${tail}`;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}`, "giu");
  // the same for texts without surrogates: a look back at one code unit is cheaper
  const reBmp = new RegExp(`(?<![[\\p{L}\\p{N}]--[\\u{10000}-\\u{10ffff}]])${body}`, "giv");
  const scan = _WordScanner.of(alts, "[\\p{L}\\p{N}]", tail, "iu");
  const m = { re, reBmp, scan, byVariant, byText: new Map() };
  _matchers.set(actors, m);
  return m;
}

/** The table's RegExp and the scanner that stands for it (for tests: they must find the same). */
export function _tableMatchers(
  actors: readonly Actor[],
): { re: RegExp; scan: _WordScanner | null } {
  const { re, scan } = _matcher(actors);
  return { re, scan };
}

const _ORDINAL =
  "(?:\\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)";
/** The nouns that end a unit's name (in lower case too after a number: "Ukraine's 47th brigade"). */
const _UNIT_NOUN = "Brigade|Corps|Regiment|Battalion|Division|Army";
const _UNIT_NOUN_LOWER = "brigade|corps|regiment|battalion|division";
const _UNIT_RE = new RegExp(
  `(?:(Ukraine['’]s|Ukrainian|Russia['’]s|Russian)\\s+)?(?:the\\s+)?(${_ORDINAL}(?:\\s+(?:Separate|Guards|Motor(?:ized)?|Rifle|Mechani[sz]ed|Rapid|Response|Assault|Airborne|Air|Assault|Tank|Combined|Arms|Naval|Infantry|Marine|Jaeger|Mountain|Airmobile|Presidential|Territorial|Defen[cs]e|Special|Operations|Artillery|Brigade|Army|Unmanned|Systems|Forces|Spetsnaz|Kholodnyi|Yar|[A-Z][a-z]+)){0,5}\\s+(?:${_UNIT_NOUN}|${_UNIT_NOUN_LOWER}))(?![\\p{L}])`,
  "gu",
);
/** Every match of `_UNIT_RE` and `_NAMED_UNIT_RE` contains one of these (case-sensitive too). */
const _UNIT_KEY = new RegExp(`${_UNIT_NOUN}|${_UNIT_NOUN_LOWER}`);
const _NAMED_UNIT_RE =
  /(?<![\p{L}])((?:[A-Z][a-z]+\s+){1,2}(?:Assault\s+|Special\s+Forces\s+|Separate\s+)?(?:Brigade|Regiment|Battalion))(?![\p{L}])/gu;
/** Words only Russian unit names hold (Ukraine fields brigades and corps, no divisions). */
const _RUSSIAN_UNIT_WORDS =
  /\b(?:Motor|Rifle|Guards|Tank Army|Combined Arms|Naval Infantry|Division)\b/;
const _POSSESSIVE_RE =
  /(?<![\p{L}])(?:its|his|her|their)\s+(Ministry\s+of\s+Defen[cs]e|[Dd]efen[cs]e\s+[Mm]inistry|military|army|[Gg]eneral\s+[Ss]taff|armed\s+forces|commanders?|spokesm[ae]n|forces|troops)(?![\p{L}])/gu;
const _SIDE_WORD_RE =
  /(?<![\p{L}])(Russia['’]s|Russian|Russia|Moscow['’]s|Moscow|Kremlin|Ukraine['’]s|Ukrainian|Ukraine|Kyiv['’]s|Kyiv|Kiev)(?![\p{L}])/gu;

/** The cheap test above and the RegExps it guards (for tests: the key must match wherever they do). */
export const _ACTOR_PREFILTERS: readonly { key: RegExp; guards: readonly RegExp[] }[] = [
  { key: _UNIT_KEY, guards: [_UNIT_RE, _NAMED_UNIT_RE] },
];

/** Side named by a word such as "Russian", "Kyiv's" (null when none). */
export function _sideOfWord(word: string): Side | null {
  if (/^(?:Russia|Moscow|Kremlin)/.test(word)) return "russia";
  if (/^(?:Ukrain|Kyiv|Kiev)/.test(word)) return "ukraine";
  return null;
}

/** Options of {@link findActors}. */
export interface FindActorsOptions {
  /** Actor table. @default defaultActors() */
  actors?: readonly Actor[];
  /** Side of "its"/"his" references when no actor precedes them in the text. @default null */
  contextSide?: Side | null;
}

/**
 * Finds actor mentions in `text`, sorted by start; overlapping matches keep the longest.
 * Throws `TypeError` when `text` is not a string.
 */
export function findActors(text: string, options: FindActorsOptions = {}): ActorMention[] {
  if (typeof text !== "string") {
    throw new TypeError(`findActors: expected text as a string, found ${typeof text}`);
  }
  return _findActorsGiven(text, options, _tableMentionsIn(text, options.actors));
}

/**
 * The mentions of the table's variants in `text`, in order: what {@link findActors} starts from
 * (an extractor may find them for many sentences in one pass, then call {@link _findActorsGiven}).
 */
export function _tableMentionsIn(
  text: string,
  actors: readonly Actor[] = defaultActors(),
): ActorMention[] {
  return _tableMentions(text, _matcher(actors));
}

/**
 * The 40 characters before a unit named at `start` whose side words may be its own; for a unit
 * that speaks after a comma ("... of Russian troops, the 225th Regiment said") only those after
 * the comma (the troops it fought are not its side); never those of a quotation before it.
 */
function _leadOf(text: string, start: number, length: number): string {
  const full = text.slice(Math.max(0, start - 40), start);
  // ('"... cleared of Russian troops," the 1st Corps said': no side word of the quotation)
  const lead = full.slice(Math.max(full.lastIndexOf('"'), full.lastIndexOf("”")) + 1);
  if (!_saysAfter().test(text.slice(start + length, start + length + 20))) return lead;
  return lead.slice(lead.lastIndexOf(",") + 1);
}
/** A verb of saying (`speech_verb` of `data/lexicon_words.csv`) right after a unit. */
function _saysAfter(): RegExp {
  return _saysAfterRe ??= new RegExp(
    `^\\s+(?:${
      _wordList("speech_verb").map((w) => _reEscape(w).replace(/ /g, "\\s+")).join("|")
    })\\b`,
    "u",
  );
}
let _saysAfterRe: RegExp | null = null;

/** {@link findActors}, given the mentions of the table in `text` (`_tableMentionsIn`, not changed). */
export function _findActorsGiven(
  text: string,
  options: FindActorsOptions,
  table: readonly ActorMention[],
): ActorMention[] {
  const found = [...table];
  const units = _UNIT_KEY.test(text);
  for (const m of units ? _matchAll(text, _UNIT_RE) : []) {
    const name = _capitalLast(m[2].replace(/\s+/g, " "));
    let side: Side = m[1]
      ? _sideOfWord(m[1])!
      : (_RUSSIAN_UNIT_WORDS.test(name) ? "russia" : "ukraine");
    if (!m[1]) {
      const before = _lastSideWord(_leadOf(text, m.index!, m[0].length));
      if (before) side = before;
    }
    found.push(_mention(m.index, m[0], name, side, "official", "unit", true));
  }
  for (const m of units ? _matchAll(text, _NAMED_UNIT_RE) : []) {
    const name = m[1].replace(/\s+/g, " ");
    if (/^(?:The|A|An|Ukrainian|Russian|Separate|Assault)\s/.test(name)) continue;
    const side = _lastSideWord(_leadOf(text, m.index!, m[0].length)) ?? "ukraine";
    found.push(_mention(m.index, m[0], name, side, "official", "unit", true));
  }
  // the table's matches never overlap and come in order: only unit matches need sorting out
  const kept = units ? _longestFirst(found) : found;
  // possessive references take the side of the nearest actor or side word before them
  let out = kept;
  _POSSESSIVE_RE.lastIndex = 0;
  // (this pattern never matches the empty string, so the loop always advances)
  for (let m; (m = _POSSESSIVE_RE.exec(text)) !== null;) {
    const s = m.index;
    if (kept.some((k) => k.start < s + m![0].length && s < k.end)) continue;
    const prev = kept.filter((k) => k.end <= s).at(-1);
    const side: Side | null = prev && prev.side !== "independent"
      ? prev.side
      : (_lastSideWord(text.slice(0, s)) ?? options.contextSide ?? null);
    if (!side || side === "independent") continue;
    const noun = m[1].toLowerCase();
    const ministry = /ministry|defen/.test(noun);
    const canonical = side === "russia"
      ? (ministry ? "Russian Defence Ministry" : "Russian military")
      : (ministry ? "Ukrainian Defence Ministry" : "Ukrainian military");
    if (out === kept) out = [...kept];
    out.push(_mention(s, m[0], canonical, side, "official", "possessive", undefined));
  }
  // `kept` is in order of start and without overlaps: only possessives need sorting in
  return out === kept ? out : out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The mentions of the table's variants in `text`, in order (the matches of the matcher's RegExp). */
function _tableMentions(text: string, matcher: _Matcher): ActorMention[] {
  const found: ActorMention[] = [];
  const add = (start: number, matched: string) => {
    const hit = _variantOf(matcher, matched);
    if (!hit) return;
    const { actor } = hit;
    found.push(
      _mention(start, matched, actor.canonical, actor.side, actor.role, "table", hit.unit),
    );
  };
  const scan = matcher.scan;
  if (scan) {
    // (there is no scanner for a table with an empty variant: every match here has a length)
    for (let m = scan.exec(text, 0); m !== null; m = scan.exec(text, m.end)) add(m.start, m.text);
    return found;
  }
  const re = _SURROGATE_RE.test(text) ? matcher.re : matcher.reBmp;
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)) !== null;) {
    // an empty variant in a hand-built table matches the empty string: step past it, as
    // `_matchAll` does, or the loop would never end
    if (m[0] === "") re.lastIndex = _after(text, re.lastIndex, re.unicode || re.unicodeSets);
    add(m.index, m[0]);
  }
  return found;
}

/**
 * A name with single spaces, its last word capitalised: `name.replace(/\S+$/, (w) => w[0]
 * .toUpperCase() + w.slice(1))` without a RegExp and a callback.
 */
export function _capitalLast(name: string): string {
  const k = name.lastIndexOf(" ") + 1;
  if (k === name.length) return name;
  return name.slice(0, k) + name[k].toUpperCase() + name.slice(k + 1);
}

/** The index after the character at `i` (a `u`-flag RegExp steps over surrogate pairs). */
function _after(text: string, i: number, unicode: boolean): number {
  const c = unicode ? text.codePointAt(i) : undefined;
  return i + (c !== undefined && c > 0xffff ? 2 : 1);
}

const _UPPER_START_RE = /^\p{Lu}/u;
/** Any surrogate code unit: the text may hold a character past U+FFFF. */
const _SURROGATE_RE = /[\ud800-\udfff]/;

/** The variant a text matched by the matcher's RegExp names, or null (memoised by the text). */
function _variantOf(matcher: _Matcher, matched: string): _Variant | null {
  const known = matcher.byText.get(matched);
  if (known !== undefined) return known;
  let hit = matcher.byVariant.get(_variantKey(matched)) ?? null;
  // proper-noun variants must be capitalised in the text too ("Wagner" vs "wagner")
  if (hit?.capital && !_UPPER_START_RE.test(matched)) hit = null;
  if (matcher.byText.size >= 10_000) matcher.byText.clear();
  matcher.byText.set(matched, hit);
  return hit;
}

/** The `byVariant` key of a matched text: lower case, straight apostrophes, single spaces. */
export function _variantKey(matched: string): string {
  const key = matched.toLowerCase();
  return _collapseSpace(key.includes("’") ? key.replaceAll("’", "'") : key);
}

/** One mention, every field present in one order (one object shape for the engine). */
function _mention(
  start: number,
  text: string,
  canonical: string,
  side: Side,
  role: Role,
  source: ActorMention["source"],
  unit: boolean | undefined,
): ActorMention {
  return { start, end: start + text.length, text, canonical, side, role, source, unit };
}

function _lastSideWord(text: string): Side | null {
  let side: Side | null = null;
  for (const m of _matchAll(text, _SIDE_WORD_RE)) side = _sideOfWord(m[1]);
  return side;
}

function _longestFirst(ms: ActorMention[]): ActorMention[] {
  const sorted = [...ms].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: ActorMention[] = [];
  for (const m of sorted) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Looks an actor up by any of its variants (case-insensitive); undefined when unknown. */
export function lookupActor(
  name: string,
  actors: readonly Actor[] = defaultActors(),
): Actor | undefined {
  const key = name.trim().toLowerCase().replace(/’/g, "'");
  return actors.find((a) => a.variants.some((v) => v.toLowerCase() === key));
}
