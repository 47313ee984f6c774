/**
 * Speakers the actor table does not know: a sentence → mentions of people named with a title that
 * gives their side ("Ukrainian military spokesman Ivan Petrenko", "Petrenko, a spokesman for
 * Ukraine's army", "the Russian-installed governor Ivan Petrov") and of institutions named by a
 * pattern ("the Sumy Regional Military Administration", "the 'East' military grouping").
 *
 * An article remembers its people: once "Ivan Petrenko, a Ukrainian commander" is read, a later
 * "Petrenko said" is the same speaker.
 *
 * @module
 */

import type { ActorMention } from "../lexicon/actors.ts";
import type { Role, Side } from "../shared/types.ts";
import { _matchAll } from "../lexicon/_lexicon.ts";

const _NAME = "\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,2}";
const _TITLE =
  "spokes(?:man|woman|person)|commander(?:-in-chief)?|governor|minister|official|head|chief|officer|general|colonel|major|lieutenant|captain|sergeant|soldier|serviceman|servicemen|deputy|mayor|representative|adviser|advisor|blogger|war\\s+correspondent|correspondent|analyst|expert|director|secretary|leader|member|ombudsman|envoy|press\\s+officer";
/** Titles written before a name with a capital ("Governor Ivan Petrov", "Mayor Ivan Petrov"). */
const _TITLE_CAPITAL = "Governor|Mayor|Spokes(?:man|woman|person)|Commander";
const _SIDE_RE =
  /(russia['’]s|russian|russia|moscow|kremlin|dpr|lpr|donetsk\s+people['’]s|pro-russian|pro-kremlin|russian-installed|moscow-installed|kremlin-installed|occupation|ukraine['’]s|ukrainian|ukraine|kyiv|kiev|national\s+guard|azov|zsu|afu)/iu;
const _SIDE_ALL_RE = new RegExp(_SIDE_RE.source, "giu");
/** "Ukrainian military spokesman Ivan Petrenko": the title, then the name (the side is read before it) */
const _TITLE_NAME = new RegExp(
  `(?<![\\p{L}])(?:${_TITLE}|${_TITLE_CAPITAL})(?:\\s+(?:for|of|at)\\s+(?:the\\s+)?[\\p{L}\\d'’ -]{0,40}?)?,?\\s+(?!(?:Brigade|Corps|Regiment|Battalion|Division|Group|Forces|Army|Command)\\b)(${_NAME}|(?<=(?:analyst|blogger)\\s+)\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\d_]+)`,
  "gu",
);
/** "Ivan Petrenko, a spokesman for Ukraine's army," */
const _NAME_COMMA = new RegExp(`(${_NAME}),\\s+(?:(?:a|an|the)\\s+)?`, "gu");
/**
 * After "Name, ": the appositive up to its title ("a spokesman for Ukraine's army"); one person's
 * title, so not "X, Ukrainian officials said" or "X, according to analysts".
 */
const _APPOSITIVE = new RegExp(
  `^(?!according\\s)(?:[\\p{L}'’-]+\\s+){0,8}?(?:${_TITLE})(?![\\p{L}])(?:\\s+(?:of|for|at|in)\\s+[^,.;]{0,60})?`,
  "u",
);
/**
 * "said Maj. Ivan Petrenko": an officer of no named side speaking to the press is Ukraine's (as a
 * brigade's spokesman is: Russia's officers speak through their ministry). The mention spans the
 * rank, so that "said Maj. Ivan Petrenko" names its speaker right after "said".
 */
function _ranked(
  text: string,
  named: (start: number, name: string, side: Side, role: Role) => ActorMention,
): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of _RANK_KEY.test(text) ? _matchAll(text, _RANK_NAME) : []) {
    const lead = text.slice(Math.max(0, m.index! - 50), m.index!).split(/[,.;:]/).at(-1)!;
    const start = m.index! + m[0].length - m[1].length;
    const person = named(start, m[1], _side(lead) ?? "ukraine", "official");
    out.push({ ...person, start: m.index!, text: m[0] });
  }
  return out;
}

/** A military rank, written out or abbreviated, before a name ("Maj. Ivan Petrenko"). */
const _RANK_NAME = new RegExp(
  `(?<![\\p{L}])(?:Maj\\.|Major|Col\\.|Colonel|Lt\\.(?:\\s+Col\\.)?|Lieutenant(?:\\s+Colonel)?|Capt\\.|Captain|Sgt\\.|Sergeant|Cpl\\.|Corporal)\\s+(?!(?:General|Colonel|Major|Lieutenant|Captain|Commander|Chief)\\b)(${_NAME})`,
  "gu",
);
/** Every match of `_RANK_NAME` holds one of these (a cheap test first). */
const _RANK_KEY = /Maj|Col|Lt\.|Lieutenant|Capt|Sgt|Sergeant|Cpl|Corporal/;
/** "a spokesman for the 46th brigade": a numbered unit in a title. */
const _UNIT_TITLE =
  /\b\d{1,3}(?:st|nd|rd|th)\s+(?:[\p{L}-]+\s+){0,2}?(?:brigade|corps|regiment|battalion)\b/iu;
const _INSTITUTION =
  /(?:the\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Oblast|Regional|City|District)\s+(?:State\s+|Military\s+|Civil-Military\s+)*(?:Administration|Defen[cs]e\s+Command|Council|Police)|\p{Lu}[\p{L}'’-]+\s+(?:city\s+|oblast\s+|regional\s+|local\s+|military\s+)*(?:authorities|administration)(?!\s+(?:building|buildings|headquarters|offices?)\b)|["“']?\p{Lu}[\p{L}-]+["”']?\s+(?:military\s+grouping|operational[- ](?:strategic|tactical)\s+group(?:\s+of\s+forces)?|group\s+of\s+forces|grouping\s+of\s+forces))/gu;

/** "a spokesman for Ukraine's 28th brigade", "a Russian military source" */
const _ANONYMOUS = new RegExp(
  `\\b(?:an?|the|one)\\s+(?:([\\p{L}'’-]+)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}(?:spokes(?:man|woman|person)|press\\s+officer|commander|officer|official|source|soldier|serviceman|representative|brigade|operator|fighter|marine|paratrooper|medic|pilot|scout|sniper|gunner)(?:\\s+(?:for|of|in|from|with|at)\\s+(?:the\\s+|an?\\s+)?([\\p{L}'’-]+)(?:\\s+(?:\\d{1,3}(?:st|nd|rd|th)\\s+(?:[\\p{L}-]+\\s+){0,2})?(?:military\\s+|operational\\s+)?(forces|troops|army|military|brigade|unit|units|corps|command|group|grouping|defen[cs]e\\s+forces))?)?`,
  "giu",
);

/** After an anonymous title: a name ("a Ukrainian commander, Ivan Petrenko, said"). */
const _NAMED_AFTER = new RegExp(`^,?\\s+${_NAME}`, "u");

/**
 * "the regional governor", "the region's governor", "the local governor", "the Belgorod governor",
 * "the governor of Belgorod" (no name after it).
 */
const _REGIONAL_HEAD =
  /\b(?:[Tt]he|[Aa])\s+(?:acting\s+)?(?:\p{Lu}\p{L}+\s+)?(?:(?:regional|local|oblast|region['’]s)\s+)?governor(?:\s+of\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s+(?:region|oblast))?)?\b(?!\s*,?\s*\p{Lu})/gu;

/** A unit's own ("the unit's press officer", "the brigade's spokesman"). */
const _UNITS_OWN = /^(?:unit|brigade|battalion|regiment|corps|division|group)(?:['’]s?|s['’])$/iu;
/** A unit named with its side ("Ukrainian marines", "Russia's 76th Airborne Division"). */
const _SIDED_UNIT = new RegExp(
  `${_SIDE_RE.source}\\s+(?:[\\p{L}\\d'’-]+\\s+){0,2}?(?:brigade|battalion|regiment|units?|corps|division|marines|paratroopers|grouping|group)(?![\\p{L}])`,
  "giu",
);
/** The side of the last unit named with one in `lead`, or null (the unit's own table decides). */
function _unitSide(lead: string): Side | null {
  const all = _matchAll(lead, _SIDED_UNIT);
  return all.length ? _side(all.at(-1)![0]) : null;
}

/** The names of Russia's groupings of forces ("the Vostok group"). */
const _RUSSIAN_GROUPING =
  /^(?:vostok|sever|tsentr|zapad|yug|dnepr|north|south|east|west|centre|center|battlegroup)$/i;

/**
 * Every match of `_TITLE_NAME` and of `_APPOSITIVE` (so every person named before a comma) holds
 * one of these (same case: a cheap test first, most sentences name no title).
 */
const _TITLE_KEY =
  /spokes|commander|governor|minister|official|head|chief|officer|general|colonel|major|lieutenant|captain|sergeant|soldier|servicem|deputy|mayor|representative|advis|blogger|correspondent|analyst|expert|director|secretary|leader|member|ombudsman|envoy|Governor|Mayor|Spokes|Commander/;
/** Every match of `_INSTITUTION` holds one of these words (a cheap test first). */
const _INSTITUTION_KEY = /Administration|Command|Council|Police|group|authorities/i;
/** Every match of `_ANONYMOUS` holds one of these words. */
const _ANONYMOUS_KEY =
  /spokes|press|commander|officer|official|source|soldier|serviceman|representative|brigade|operator|fighter|marine|paratrooper|medic|pilot|scout|sniper|gunner/i;

/** The cheap tests above and the RegExps they guard (for tests: a key must match wherever they do). */
export const _PEOPLE_PREFILTERS: readonly { key: RegExp; guards: readonly RegExp[] }[] = [
  { key: _TITLE_KEY, guards: [_TITLE_NAME, _APPOSITIVE] },
  { key: _RANK_KEY, guards: [_RANK_NAME] },
  { key: _INSTITUTION_KEY, guards: [_INSTITUTION] },
];

/** What an article has learned about its people: surname → voice. */
export type People = Map<string, { canonical: string; side: Side; role: Role }>;

/**
 * Mentions of titled people and patterned institutions in `text` (sorted by start), given the
 * actor table's mentions in it (`table`, default none: see {@link _peopleIn}).
 */
export function findPeople(
  text: string,
  known: People,
  table: readonly ActorMention[] = [],
): ActorMention[] {
  return _knownPeople(text, known, _peopleIn(text, table));
}

/** What {@link _peopleIn} finds in a text: its mentions, and the people to remember, in order. */
export interface _PeopleFound {
  mentions: readonly ActorMention[];
  remember: readonly (readonly [string, { canonical: string; side: Side; role: Role }])[];
}

/**
 * {@link findPeople} given what `_peopleIn(text)` found (not changed): the people it names are
 * remembered in `known`, then the people `known` remembers are looked for by surname.
 */
export function _knownPeople(text: string, known: People, found: _PeopleFound): ActorMention[] {
  for (const [surname, voice] of found.remember) known.set(surname, voice);
  const out = [...found.mentions];
  for (const [surname, v] of known) {
    // a plain substring test first: most sentences do not name a given person
    if (!text.includes(surname)) continue;
    for (const m of _matchAll(text, _surnameRe(surname))) {
      out.push(_mention(m.index!, m[0], v.canonical, v.side, v.role));
    }
  }
  return _longest(out);
}

/**
 * The mentions of titled people and institutions in `text` and the people they name (a function
 * of the text and of its `table` mentions alone: an extractor may find them for many sentences in
 * one pass). `table`, the actor table's mentions in `text` (default none), gives the side of a
 * title that names a body of no side word ("Ivan Petrenko, a spokesman for the Joint Forces Task
 * Force").
 */
export function _peopleIn(text: string, table: readonly ActorMention[] = []): _PeopleFound {
  const out: ActorMention[] = [];
  const remember: [string, { canonical: string; side: Side; role: Role }][] = [];
  const named = (start: number, name: string, side: Side, role: Role) => {
    const canonical = name.replace(/\s+/g, " ");
    const surname = canonical.split(" ").at(-1)!;
    if (surname.length > 3) remember.push([surname, { canonical, side, role }]);
    return _mention(start, name, canonical, side, role);
  };
  // (a person is named only with a title: `_TITLE_KEY`)
  const titled = _TITLE_KEY.test(text);
  for (const m of titled ? _matchAll(text, _TITLE_NAME) : []) {
    // the side from the words before the title ("Ukrainian military spokesman"), else the title's
    const lead = text.slice(Math.max(0, m.index! - 50), m.index!).split(/[,.;:]/).at(-1)!;
    // "military analyst Ivan Petrenko": an analyst of no side is an independent assessment
    // ("spokesman for the 24th Brigade Ivan Petrenko": a numbered unit of no side is Ukraine's)
    const side = _side(lead) ?? _side(m[0]) ?? (_ANALYST.test(m[0]) ? "independent" : null) ??
      _regionalSide(lead, m[0]) ?? (_UNIT_TITLE.test(m[0]) ? "ukraine" : null);
    if (!side) continue;
    const start = m.index! + m[0].length - m[1].length;
    out.push(named(start, m[1], side, _role(m[0])));
  }
  out.push(..._ranked(text, named));
  // (every match holds a comma, and a person found holds a title after it: most sentences without
  // both are not scanned)
  for (const m of titled && text.includes(",") ? _matchAll(text, _NAME_COMMA) : []) {
    const from = m.index! + m[0].length;
    const title = text.slice(from, from + 160).match(_APPOSITIVE)?.[0];
    // (a spokesman for a numbered brigade of no named side: Ukraine's, as for `_ANONYMOUS`)
    const body = title ? _body(table, from, from + title.length) : undefined;
    const side = title
      ? _side(title) ?? body?.side ??
        (_ANALYST.test(title) ? "independent" : _UNIT_TITLE.test(title) ? "ukraine" : null)
      : null;
    if (!side) continue;
    // ("Ivan Petrov, a correspondent for TASS": the outlet's reporting, `media`)
    out.push(named(m.index!, m[1], side, body?.role === "media" ? "media" : _role(title!)));
  }
  for (const m of _INSTITUTION_KEY.test(text) ? _matchAll(text, _INSTITUTION) : []) {
    const name = m[1].replace(/["“”']/g, "").replace(/\s+/g, " ").replace(/^The /, "");
    // the side named nearest before it ("..., spokesman for Ukraine's Khortitsa group"), else in it
    const side = _lastSide(text.slice(Math.max(0, m.index! - 40), m.index!)) ?? _side(m[0]) ??
      "ukraine";
    const start = m.index! + m[0].indexOf(m[1]);
    out.push(_mention(start, m[1], name, side, "official"));
  }
  // "the regional governor said": a regional head of no named side is Ukraine's, unless the
  // words before name Russia or a Russian region
  for (const m of /governor/i.test(text) ? _matchAll(text, _REGIONAL_HEAD) : []) {
    const lead = text.slice(Math.max(0, m.index! - 30), m.index! + m[0].length);
    const side = _RUSSIAN_REGION.test(lead) ? "russia" : "ukraine";
    out.push(
      _mention(
        m.index!,
        m[0],
        side === "russia" ? "Russian regional authorities" : "Ukrainian regional authorities",
        side,
        "official",
      ),
    );
  }
  for (const m of _ANONYMOUS_KEY.test(text) ? _matchAll(text, _ANONYMOUS) : []) {
    // "a spokesperson for the Kursk military group": a named Ukrainian grouping or brigade
    // ("Ukrainian marines ..., according to the unit's press officer": the side of the unit named
    // before with one)
    const side = _side(`${m[1] ?? ""} ${m[2] ?? ""}`) ??
      (m[3] && !_RUSSIAN_GROUPING.test(m[2]) ? "ukraine" : null) ??
      (_UNITS_OWN.test(m[1] ?? "") ? _unitSide(text.slice(0, m.index!)) : null);
    // "a Ukrainian commander, Ivan Petrenko, said": the name is the speaker
    const named = _NAMED_AFTER.test(text.slice(m.index! + m[0].length));
    if (!side || named) continue;
    const name = side === "russia" ? "Russian military" : "Ukrainian military";
    out.push(_mention(m.index!, m[0], name, side, "official"));
  }
  return { mentions: out, remember };
}

/**
 * `found` without the "people" that are places ("Russian forces hold Chasiv Yar, the Ukrainian
 * officer said": "Chasiv Yar" is no person). `places` are spans of `found`'s text.
 */
export function _withoutPlaces(
  found: _PeopleFound,
  places: readonly { start: number; end: number }[],
): _PeopleFound {
  const drop = found.mentions.filter((m) =>
    places.some((p) => p.start === m.start && p.end === m.end)
  );
  if (!drop.length) return found;
  const names = new Set(drop.map((m) => m.canonical));
  return {
    mentions: found.mentions.filter((m) => !drop.includes(m)),
    remember: found.remember.filter(([, v]) => !names.has(v.canonical)),
  };
}

const _surnameRes = new Map<string, RegExp>();

/** The RegExp of a surname as a whole word (memoised: an article names its people again; bounded). */
function _surnameRe(surname: string): RegExp {
  let re = _surnameRes.get(surname);
  if (re === undefined) {
    if (_surnameRes.size >= 10_000) _surnameRes.clear();
    re = new RegExp(`(?<![\\p{L}])${_escape(surname)}(?![\\p{L}])`, "gu");
    _surnameRes.set(surname, re);
  }
  return re;
}

function _escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The first official body or outlet of the table within `[from, to)` ("a spokesman for the Joint
 * Forces Task Force", "a correspondent for TASS"), or undefined.
 */
function _body(table: readonly ActorMention[], from: number, to: number): ActorMention | undefined {
  return table.find((t) =>
    t.start >= from && t.end <= to && (t.role === "official" || t.role === "media")
  );
}

function _lastSide(text: string): Side | null {
  const all = _matchAll(text, _SIDE_ALL_RE);
  return all.length ? _side(all.at(-1)![0]) : null;
}

function _side(text: string): Side | null {
  const m = text.match(_SIDE_RE);
  if (!m) return null;
  return /^(?:ukrain|kyiv|kiev|national|azov|zsu|afu)/i.test(m[1]) ? "ukraine" : "russia";
}

/**
 * "Sumy regional governor Ivan Petrov", "Mayor Ivan Petrov", "police chief Ivan Petrov": a
 * regional, city or police head of no named side is Ukraine's, unless the words before name a
 * Russian region (as for `_REGIONAL_HEAD`).
 */
function _regionalSide(lead: string, titled: string): Side | null {
  const local = /^(?:governor|mayor)/i.test(titled) ||
    (/^(?:chief|head)/i.test(titled) && /\bpolice\s+$/i.test(lead));
  if (!local) return null;
  return _RUSSIAN_REGION.test(lead) ? "russia" : "ukraine";
}
/** A Russian region, or Russia, named before a regional head ("the Kursk governor"). */
const _RUSSIAN_REGION =
  /\b(?:russia|russian|kursk|belgorod|bryansk|moscow|rostov|voronezh|crimea)/i;

function _role(title: string): Role {
  if (_ANALYST.test(title)) return "mapping";
  return /blogger|correspondent/i.test(title) ? "blogger" : "official";
}

/** Titles of people who assess the front from open sources. */
const _ANALYST = /\b(?:analyst|expert|researcher|OSINT)\b/i;

/** A mention found by a pattern rather than the table (`source: "unit"`), at `start` of the text. */
export function _mention(
  start: number,
  text: string,
  canonical: string,
  side: Side,
  role: Role,
): ActorMention {
  return {
    start,
    end: start + text.length,
    text,
    canonical,
    side,
    role,
    source: "unit" as const,
    unit: false,
  };
}

/** Sorted by start; of overlapping mentions the longest (then the first) stays. */
function _longest(ms: ActorMention[]): ActorMention[] {
  const sorted = ms.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ActorMention[] = [];
  for (const m of sorted) {
    const last = out.at(-1);
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

/** Two full names of one surname whose first names differ ("Vladyslav" and "Nazar" Voloshyn). */
function _otherPerson(a: string, b: string): boolean {
  const first = (n: string) => n.split(" ")[0].slice(0, 4).toLowerCase();
  return a.includes(" ") && b.includes(" ") && first(a) !== first(b);
}

/** `table` mentions, with pattern mentions added where they overlap none. */
export function mergeMentions(
  table: readonly ActorMention[],
  extra: readonly ActorMention[],
): ActorMention[] {
  if (!extra.length) return [...table];
  // a pattern mention that covers a table one ("a spokesman for the Ukrainian forces") wins
  // ... and so does a person the article named in full, later called by the surname alone that
  // the table gives another ("Vladyslav Voloshyn said ...", then "according to Voloshyn")
  const wins = extra.filter((e) =>
    table.some((t) =>
      e.start <= t.start && t.end <= e.end &&
      (e.end - e.start > t.end - t.start ||
        (e.start === t.start && !/\s/.test(t.text) && _otherPerson(e.canonical, t.canonical)))
    )
  );
  const kept = table.filter((t) => !wins.some((e) => e.start <= t.start && t.end <= e.end));
  const add = extra.filter((e) => !kept.some((t) => e.start < t.end && t.start < e.end));
  return [...kept, ...add].sort((a, b) => a.start - b.start || b.end - a.end);
}
