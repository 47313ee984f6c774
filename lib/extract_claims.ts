/**
 * Claim extraction: loaded articles → claim records (`claims-schema.md`).
 *
 * Per sentence: place mentions (gazetteer, patterns, references back such as "the city" or
 * "either location"), actor mentions, attribution cues ("X said", "according to X", "X's claim
 * that", "it also said", ", the unit stated"), claim triggers from `data/lexicon_triggers.csv`
 * (captured, advancing, encircled, holding, repelled, denied, recaptured, contested; with
 * negation, attempts and hypotheticals filtered out), then each trigger is linked to the places it
 * governs and to the claimant whose scope covers it. Dates come from {@link resolveDate}.
 *
 * Pure and deterministic: records are sorted by article id, then start, and get the id
 * `<article>:<start>:<n>`; `text.slice(start, end) === quote` always holds.
 *
 * @module
 */

import type { Area, Article, Claim, ClaimKind, Role, Side, Status } from "./types.ts";
import {
  _collapseSpace,
  _csvObjects,
  _dataText,
  _matchAll,
  _norm,
  _phraseRe,
  _words,
} from "./_lexicon.ts";
import { type Actor, type ActorMention, defaultActors, findActors } from "./actors.ts";
import {
  _ownerOf,
  _placesInSpan,
  defaultGazetteer,
  findPlaces,
  type Gazetteer,
  type Place,
  type PlaceMention,
  resolvePlaces,
} from "./places.ts";
import { type Sentence, splitSentences } from "./sentences.ts";
import { _Prefilter } from "./_regex_source.ts";
import { resolveDate } from "./dates.ts";

/** Options of {@link extractClaims}. */
export interface ExtractOptions {
  /** Gazetteer of places. @default defaultGazetteer() (`data/places.csv`) */
  gazetteer?: Gazetteer;
  /** Actor table. @default defaultActors() (`data/actors.csv`) */
  actors?: readonly Actor[];
  /** Claimant name of the article's own voice when its outlet is unknown. @default "media" */
  mediaName?: string;
  /** Claimant name of reader comments. @default "reader comment" */
  commenterName?: string;
  /** Keep claims of hedged sentences ("reportedly", "could not verify"), marked `hedged`. @default true */
  keepHedged?: boolean;
}

// ---------------------------------------------------------------------------------------------
// lexicons

type _TKind =
  | ClaimKind
  | "control"
  | "withdrew"
  | "lost"
  | "liberated"
  | "background_ukraine"
  | "background_russia";

interface _TriggerRow {
  re: RegExp;
  /** `re` as a {@link _Word}, for the scan. */
  word: _Word;
  kind: _TKind;
  attach: "after" | "before" | "both" | "direct" | "adjacent" | "inside";
  relation: "" | "in" | "toward";
  status: "" | Status;
  voice: "" | "media";
  dateNull: boolean;
  noun: boolean;
  negative: boolean;
  order: number;
}

interface _Lex {
  triggers: _TriggerRow[];
  /**
   * Which of the sentence-level patterns can match in a sentence, from the literal words they
   * need (see {@link _Prefilter}): the trigger rows (index = row order), then `hedge`,
   * `attribution`, `backrefs`, `_ACCORDING_RE`, `_SIDE_CLAIMS_RE` and `_AND_CLAUSE_RE` at the indices in
   * `gate`. A pattern left out cannot match in the sentence, so its scan is skipped.
   */
  filter: _Prefilter;
  /** The patterns of `filter`, in its order. */
  gated: readonly RegExp[];
  gate: {
    hedge: number;
    attribution: number;
    backrefs: number;
    according: number;
    sideClaims: number;
    andClause: number;
  };
  attribution: _Word;
  deny: Set<string>;
  blocker: _Word;
  objectNoun: _Word;
  near: _Word;
  hedge: _Word;
  /** A pronoun subject ending the text before an attribution verb ("it also", "the unit"). */
  pronounBefore: RegExp;
  /** An institution ending the text before an attribution verb ("the defence ministry"). */
  institutionBefore: RegExp;
  stop: Set<string>;
  placeSuffix: RegExp;
  aux: Set<string>;
  boundary: RegExp;
  backrefs: { word: _Word; refersTo: Map<string, string> };
  area: Map<string, Area>;
  partial: RegExp;
}

let _lexCache: _Lex | null = null;

/** The look-behind that opens a word pattern: no letter or digit right before the match. */
const _NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}])";
/**
 * A letter or digit right before `lastIndex`, with and without case folding: under the `i` flag
 * a few marks fold to letters (U+0345 to ι), so the check takes the flags of its pattern.
 */
const _AFTER_WORD = /(?<=[\p{L}\p{N}])/uy;
const _AFTER_WORD_I = /(?<=[\p{L}\p{N}])/iuy;

/** Whether a regular expression's source has a `|` outside every group and class. */
function _topLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

/**
 * A word pattern: a RegExp that opens with {@link _NOT_AFTER_WORD} (as those of `_phraseRe`), and
 * the same pattern without that look-behind, which is checked at each match instead. The same
 * matches: at an offset the look-behind does not change how the rest matches, and a rejected
 * start is retried one character on, as the engine would. Faster, because the engine finds the
 * first characters of a pattern that does not open with a look-behind by a quick scan instead of
 * testing the look-behind at every offset.
 */
export class _Word {
  /** `re` without its leading look-behind, global. */
  readonly #bare: RegExp;
  /** The look-behind, checked at a match: {@link _AFTER_WORD} with `re`'s case folding. */
  readonly #after: RegExp;
  constructor(readonly re: RegExp) {
    const rest = re.source.slice(_NOT_AFTER_WORD.length);
    if (
      !re.source.startsWith(_NOT_AFTER_WORD) || !(re.unicode || re.unicodeSets) ||
      _topLevelBar(rest)
    ) {
      throw new TypeError(
        `_Word: expected a Unicode pattern opening with ${_NOT_AFTER_WORD} and no | outside groups after it, found /${re.source}/${re.flags}`,
      );
    }
    const flags = re.global ? re.flags : `${re.flags}g`;
    this.#bare = new RegExp(rest, flags);
    this.#after = re.ignoreCase ? _AFTER_WORD_I : _AFTER_WORD;
  }

  /** The matches of `re` in `text`, as `_matchAll(text, re)` gives them (up to `limit`). */
  all(text: string, limit = Infinity): RegExpExecArray[] {
    const bare = this.#bare;
    const out: RegExpExecArray[] = [];
    bare.lastIndex = 0;
    let m: RegExpExecArray | null;
    while (out.length < limit && (m = bare.exec(text)) !== null) {
      const i = m.index;
      const after = this.#after;
      after.lastIndex = i;
      const rejected = i > 0 && after.test(text);
      if (!rejected) out.push(m);
      if (rejected || m[0] === "") {
        const c = text.codePointAt(i)!;
        bare.lastIndex = i + (c > 0xffff ? 2 : 1);
      }
    }
    bare.lastIndex = 0;
    return out;
  }

  /** Whether `re` matches in `text`. */
  test(text: string): boolean {
    return this.all(text, 1).length > 0;
  }
}

function _lex(): _Lex {
  if (_lexCache) return _lexCache;
  const w = _words();
  const rows = _csvObjects(_dataText("lexicon_triggers.csv"), "data/lexicon_triggers.csv", [
    "pattern",
    "kind",
    "attach",
  ]);
  const triggers = rows.map((r, i): _TriggerRow => {
    let re: RegExp;
    try {
      re = new RegExp(`${_NOT_AFTER_WORD}(?:${r.pattern})(?![\\p{L}\\p{N}])`, "giu");
    } catch (e) {
      throw new SyntaxError(
        `data/lexicon_triggers.csv:${i + 2}: expected a regular expression, found ${
          JSON.stringify(r.pattern)
        } (${(e as Error).message})`,
      );
    }
    return {
      re,
      word: new _Word(re),
      kind: r.kind as _TKind,
      attach: (r.attach || "after") as _TriggerRow["attach"],
      relation: (r.relation || "") as _TriggerRow["relation"],
      status: (r.status || "") as _TriggerRow["status"],
      voice: (r.voice || "") as _TriggerRow["voice"],
      dateNull: r.date === "null",
      noun: r.noun === "y",
      negative: /(?:not|n't|never|failed to|no ground)/.test(r.pattern),
      order: i,
    };
  });
  const backrefRows = _csvObjects(_dataText("lexicon_backrefs.csv"), "data/lexicon_backrefs.csv", [
    "phrase",
    "refers_to",
  ]);
  const refersTo = new Map(backrefRows.map((r) => [_norm(r.phrase), r.refers_to]));
  const area = new Map<string, Area>();
  for (const a of w.area ?? []) {
    const [k, v] = a.split("=");
    area.set(k.toLowerCase(), v as Area);
  }
  const attribution = _phraseRe(w.attribution_verb ?? []);
  const hedge = _phraseRe(w.hedge ?? [], "iu");
  const backrefs = _phraseRe(backrefRows.map((r) => r.phrase));
  const n = triggers.length;
  const gated = [
    ...triggers.map((t) => t.re),
    hedge,
    attribution,
    backrefs,
    _ACCORDING_RE,
    _SIDE_CLAIMS_RE,
    _AND_CLAUSE_RE,
  ];
  _lexCache = {
    triggers,
    // the sources of the very RegExps used, so that the needles hold for them exactly
    filter: new _Prefilter(gated.map((re) => re.source)),
    gated,
    gate: {
      hedge: n,
      attribution: n + 1,
      backrefs: n + 2,
      according: n + 3,
      sideClaims: n + 4,
      andClause: n + 5,
    },
    attribution: new _Word(attribution),
    deny: new Set((w.deny_verb ?? []).map((x) => x.toLowerCase())),
    blocker: new _Word(_phraseRe(w.blocker ?? [], "iu")),
    objectNoun: new _Word(_phraseRe(w.object_noun ?? [], "iu")),
    near: new _Word(_phraseRe(w.near_word ?? [], "iu")),
    hedge: new _Word(hedge),
    pronounBefore: new RegExp(
      `(${
        _phraseRe(w.pronoun ?? [], "iu").source
      })((?:\\s+(?:also|has|have|had|later|then|again|further|on\\s+\\p{Lu}\\p{Ll}+|\\p{Ll}+ly))*)\\s*$`,
      "iu",
    ),
    institutionBefore: new RegExp(
      `(${
        _phraseRe(w.institution ?? [], "iu").source
      })((?:\\s+(?:also|has|have|had|later|then|again|on\\s+\\p{Lu}\\p{Ll}+|\\p{Ll}+ly))*)\\s*,?\\s*$`,
      "iu",
    ),
    stop: new Set((w.stop ?? []).map((x) => x.toLowerCase())),
    placeSuffix: new RegExp(`(?:${(w.place_suffix ?? []).join("|")})$`, "u"),
    aux: new Set((w.aux ?? []).map((x) => x.toLowerCase())),
    boundary: new RegExp(
      (w.boundary ?? []).map((b) => b.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
      "giu",
    ),
    backrefs: { word: new _Word(backrefs), refersTo },
    area,
    partial: new RegExp(
      `\\d\\s*%|\\bper\\s*cent\\b|\\bpercent\\b|${
        _phraseRe(w.partial ?? [], "iu").source
      }|\\d[\\d,.]*\\s+(?:${
        (w.partial_counted ?? []).map((x) => x.replace(/ /g, "\\s+")).join("|")
      })(?![\\p{L}])`,
      "iu",
    ),
  };
  return _lexCache;
}

// ---------------------------------------------------------------------------------------------
// sentence-level structures

interface _Voice {
  name: string;
  side: Side;
  role: Role;
}

interface _Trigger {
  start: number;
  end: number;
  text: string;
  row: _TriggerRow;
  blocked: boolean;
  negated: boolean;
}

/**
 * A place mention of a sentence. Every literal lists all fields in this order (optional ones as
 * `undefined`), so that all share one object shape and the JIT keeps `_sentence` optimised
 * instead of deoptimising at each new shape; the same holds for `_History`.
 */
interface _PM {
  start: number;
  end: number;
  canonical: string;
  place: Place | null;
  region: boolean;
  locator: boolean;
  near: boolean;
  backref: boolean;
  aim: boolean | undefined;
  /** For unknown places: a known place (its region) that decides the default owner. */
  ownerPlace: Place | undefined;
}

interface _Scope {
  /** Offset of the attribution verb (or "according to"); -1 for possessive scopes. */
  cueStart: number;
  start: number;
  end: number;
  voice: _Voice;
  kind: "verb" | "according" | "possessive";
  deny: boolean;
}

/** A back-reference of a sentence ("the city", "both villages"). */
interface _Backref {
  start: number;
  end: number;
  /** What it refers to: `region`, `pair`, `village` or `city` (`data/lexicon_backrefs.csv`). */
  refersTo: string;
}

/** A place named earlier (fields in this order everywhere, see `_PM`). */
interface _History {
  canonical: string;
  place: Place | null;
  region: boolean;
  near: boolean;
  locator: boolean;
  aim: boolean | undefined;
  /** Number of the sentence (in the article) that named the place. */
  sn: number | undefined;
}

interface _State {
  lastClaimant: _Voice | null;
  lastUnit: _Voice | null;
  history: _History[];
  sentenceNo: number;
  mentionCount: Map<string, number>;
  /** places and claimants of the previous sentence's records ("denied the claim" refers to them) */
  prevClaims?: { place: string; voice: string }[];
}

const _SIDE_RE =
  /(?<![\p{L}])(Russia['’]s|Russians?|Russia|Moscow['’]s|Moscow|Kremlin['’]s|Kremlin|Ukraine['’]s|Ukrainians?|Ukraine|Kyiv['’]s|Kyiv|Kiev['’]s|Kiev|its|it|they|their|we|our|his|the enemy|enemy)(?![\p{L}])/gu;

/** "a Ukrainian officer", "one Russian soldier": a person of a side (captured), as a subject. */
const _PERSON =
  "(?:a|an|the|one)\\s+(Ukrainian|Russian)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:officer|soldier|commander|official|source|spokes(?:man|woman|person)|serviceman|operator|marine|paratrooper|pilot|fighter|sergeant|lieutenant|colonel|general|analyst|blogger)s?";
/** The person ending the text before an attribution verb ("a Ukrainian officer said"). */
const _PERSON_BEFORE = new RegExp(`${_PERSON}(?:\\s+\\p{Ll}+){0,6}?\\s*,?\\s*$`, "iu");
/** The person right after an attribution verb (`," said a Russian soldier`). */
const _PERSON_AFTER = new RegExp(`^\\s+${_PERSON}`, "iu");

/** "according to (the) X": an attribution cue. */
const _ACCORDING_RE = /(?<![\p{L}])according\s+to\s+(?:the\s+|some\s+|a\s+)?/giu;
/** "Russian claims of", "Ukrainian reports that": a side's claim as a scope. */
const _SIDE_CLAIMS_RE =
  /(?<![\p{L}])(Russian|Russia['’]s|Moscow['’]s|Kremlin['’]s|Ukrainian|Ukraine['’]s|Kyiv['’]s)\s+(?:official\s+)?(?:claims?|assertions?|reports?)\s+(?:of|that|about)\s+/gu;

function _opp(s: Side | null): "russia" | "ukraine" | null {
  return s === "russia" ? "ukraine" : s === "ukraine" ? "russia" : null;
}

// ---------------------------------------------------------------------------------------------

/**
 * Extracts claim records from one article or a list of articles.
 * Throws `TypeError` when an article is not an object with `id`, `text` and `paragraphs`.
 */
export function extractClaims(
  articles: Article | readonly Article[],
  options: ExtractOptions = {},
): Claim[] {
  const list: readonly Article[] = Array.isArray(articles)
    ? articles as readonly Article[]
    : [articles as Article];
  if (options === null || typeof options !== "object") {
    throw new TypeError(`extractClaims: expected options as an object, found ${typeof options}`);
  }
  for (const k of ["mediaName", "commenterName"] as const) {
    if (options[k] !== undefined && (typeof options[k] !== "string" || !options[k])) {
      throw new TypeError(
        `extractClaims: expected ${k} as a non-empty string, found ${typeof options[k]}`,
      );
    }
  }
  list.forEach((a, i) => {
    if (
      !a || typeof a !== "object" || typeof a.id !== "string" || typeof a.text !== "string" ||
      !Array.isArray(a.paragraphs)
    ) {
      throw new TypeError(
        `extractClaims: expected article ${i} as an object with id, text and paragraphs, found ${
          a === null ? "null" : typeof a
        }`,
      );
    }
  });
  list.forEach((a) => {
    a.paragraphs.forEach((p, j) => {
      if (
        !p || !Number.isInteger(p.start) || !Number.isInteger(p.end) || p.start < 0 ||
        p.end > a.text.length || p.start > p.end
      ) {
        throw new RangeError(
          `extractClaims: article ${a.id} paragraph ${j}: expected 0 <= start <= end <= ${a.text.length}, found start ${p?.start}, end ${p?.end}`,
        );
      }
    });
  });
  const out: Claim[] = [];
  const sorted = [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const a of sorted) {
    for (const c of _extractArticle(a, options)) out.push(c);
  }
  return out;
}

/**
 * The sentence-level patterns gated by the prefilter, and the prefilter (for tests: the
 * prefilter must mark every pattern that matches a sentence, see {@link _Lex.filter}).
 */
export function _gated(): { filter: _Prefilter; patterns: readonly RegExp[] } {
  const lex = _lex();
  return { filter: lex.filter, patterns: lex.gated };
}

/**
 * `text` trimmed, each run of white space one space: `text.trim().replace(/\s+/g, " ")`, without
 * the copy when the trimmed text has no white space but single spaces (the common case).
 */
export function _spaceKey(text: string): string {
  return _collapseSpace(text.trim());
}

function _extractArticle(article: Article, options: ExtractOptions): Claim[] {
  const lex = _lex();
  const gazetteer = options.gazetteer ?? defaultGazetteer();
  const actors = options.actors ?? defaultActors();
  const keepHedged = options.keepHedged ?? true;
  const media: _Voice = {
    name: article.outlet || options.mediaName || "media",
    side: "independent",
    role: "media",
  };
  const commenter: _Voice = {
    name: options.commenterName ?? "reader comment",
    side: "independent",
    role: "commenter",
  };
  const text = article.text;
  const state: _State = {
    lastClaimant: null,
    lastUnit: null,
    history: [],
    sentenceNo: 0,
    mentionCount: new Map(),
  };
  // oblasts named anywhere in the article help resolve shared names
  const allMentions = findPlaces(text, { gazetteer });
  const oblasts = allMentions.filter((m) => m.candidates.length && m.kind === "region").map((m) =>
    m.candidates[0].oblast
  );
  const anchorsResolved = resolvePlaces(allMentions, { oblasts });
  for (const m of anchorsResolved) {
    state.mentionCount.set(m.canonical, (state.mentionCount.get(m.canonical) ?? 0) + 1);
  }
  const mainPlace = _mainPlace(anchorsResolved);

  interface _Raw extends Claim {
    _fixed: boolean;
    _background: boolean;
    _evidence: boolean;
  }
  const raw: _Raw[] = [];
  const seenParagraphs = new Set<string>();
  for (const p of article.paragraphs) {
    if (p.kind === "header" || p.kind === "boilerplate" || p.kind === "repeat") continue;
    const ptext = text.slice(p.start, p.end);
    // a long paragraph seen before (up to white space) is skipped; short ones never are (the
    // key is no longer than the paragraph, so a short paragraph needs no key)
    const key = ptext.length > 40 ? _spaceKey(ptext) : "";
    if (key.length > 40) {
      if (seenParagraphs.has(key)) continue;
      seenParagraphs.add(key);
    }
    const paraDate = p.kind === "tweet" && p.date !== undefined
      ? p.date ?? article.date
      : article.date;
    const sentences = splitSentences(text, { from: p.start, to: p.end });
    let prevCarry: _Voice | null = null;
    let tweetVoice: _Voice | null = null;
    if (p.kind === "tweet") {
      const author = ptext.match(/[—–-]\s*([^()\n]{2,60}?)\s*\(@\w+\)/u);
      if (author) {
        const am = findActors(author[1], { actors }).find((m) => m.start === 0);
        if (am && am.role !== "media") {
          tweetVoice = { name: am.canonical, side: am.side, role: am.role };
        }
      }
    }
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si];
      const st = s.text;
      const quoteVoice = _quoteSpeaker(sentences, si, actors);
      // which lexicon patterns can match in this sentence (one pass; see _Lex.filter)
      const possible = lex.filter.possible(st);
      const hedged = possible[lex.gate.hedge] === 1 && lex.hedge.test(st);
      const res = _sentence(st, {
        lex,
        gazetteer,
        actors,
        oblasts,
        state,
        media,
        base: p.kind === "comment" ? commenter : tweetVoice ?? prevCarry ?? media,
        isComment: p.kind === "comment",
        isHeadline: p.kind === "headline",
        quoteVoice,
        mainPlace,
        possible,
        places: _placesInSpan(text, allMentions, s.start, s.end),
      });
      prevCarry = res.carry;
      if (!keepHedged && hedged) continue;
      // the date is needed only for records (an empty text still checks a malformed date)
      const dres = resolveDate(res.records.length ? st : "", paraDate ?? null);
      for (const r of res.records) {
        raw.push({
          article: article.id,
          claimant: r.voice.name,
          side: r.voice.side,
          role: r.voice.role,
          place: r.place,
          area: r.area,
          claim: r.claim,
          status: r.status,
          date: r.dateNull ? null : dres.date,
          reported: article.date ?? null,
          quote: st,
          start: s.start,
          end: s.end,
          hedged,
          _fixed: r.fixed,
          _background: r.background,
          _evidence: r.evidence,
        });
      }
    }
  }
  // second pass: a defender's holding, repelled or denied claim about a place where fighting
  // inside is reported anywhere in the article is `contested`
  const fought = new Set(raw.filter((r) => r._evidence).map((r) => r.place));
  const out: Claim[] = [];
  const counts = new Map<number, number>();
  for (const r of raw) {
    const contested = !r._fixed && !r._background && fought.has(r.place) &&
      (r.claim === "holding" || r.claim === "repelled" || r.claim === "denied");
    // the public fields in a fixed order (built, not copied and deleted from: one object shape)
    const c: Claim = {
      article: r.article,
      claimant: r.claimant,
      side: r.side,
      role: r.role,
      place: r.place,
      area: r.area,
      claim: r.claim,
      status: contested ? "contested" : r.status,
      date: r.date,
      reported: r.reported,
      quote: r.quote,
      start: r.start,
      end: r.end,
    };
    if (r.hedged) c.hedged = true;
    const n = counts.get(c.start) ?? 0;
    counts.set(c.start, n + 1);
    c.id = `${c.article}:${c.start}:${n}`;
    out.push(c);
  }
  return out;
}

function _mainPlace(ms: readonly PlaceMention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of ms) {
    if (m.kind === "region") continue;
    counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of counts) {
    if (v > n) {
      best = k;
      n = v;
    }
  }
  return best;
}

interface _Ctx {
  /**
   * The sentence's place mentions read off the article's ({@link _placesInSpan}), or null when
   * they could differ and `findPlaces` must look at the sentence itself.
   */
  places: PlaceMention[] | null;
  /** {@link _Lex.filter}'s verdict on the sentence: 0 at a pattern that cannot match in it */
  possible: readonly number[];
  /** speaker named after a quotation that this sentence opens ("...," X said, sentences later) */
  quoteVoice?: _Voice | null;
  /** the sentence is a headline */
  isHeadline?: boolean;
  lex: _Lex;
  gazetteer: Gazetteer;
  actors: readonly Actor[];
  oblasts: string[];
  state: _State;
  media: _Voice;
  base: _Voice;
  isComment: boolean;
  mainPlace: string | null;
}

interface _Rec {
  voice: _Voice;
  place: string;
  area: Area | null;
  claim: ClaimKind;
  status: Status;
  dateNull: boolean;
  fixed: boolean;
  background: boolean;
  evidence: boolean;
}

function _voiceOf(m: ActorMention, media: _Voice): _Voice {
  if (m.role === "media") return media;
  return { name: m.canonical, side: m.side, role: m.role };
}

function _sentence(st: string, ctx: _Ctx): { records: _Rec[]; carry: _Voice | null } {
  const { lex, state } = ctx;
  // ---- places
  const found = resolvePlaces(ctx.places ?? findPlaces(st, { gazetteer: ctx.gazetteer }), {
    oblasts: ctx.oblasts,
  });
  const actorsFound = findActors(st, {
    actors: ctx.actors,
    contextSide: state.lastClaimant?.side ?? null,
  });
  // a place name inside an actor name ("Kursk" in "the Kursk offensive" is fine; "Kyiv" is an actor)
  const placeMs = found.filter((m) =>
    !actorsFound.some((a) => a.source === "table" && a.start <= m.start && m.end <= a.end)
  );
  const pms: _PM[] = [];
  const boundaries = _boundaries(st, lex, ctx.possible);
  const ruRegion = placeMs.find((x) =>
    x.kind === "region" && _ownerOf(x.place ?? x.candidates[0] ?? null) === "russia"
  );
  // unknown names in a sentence about a Russian region are Russian places
  const unknownOwner = ruRegion ? (ruRegion.place ?? ruRegion.candidates[0]) : undefined;
  // back-references
  const backrefs: _Backref[] = [];
  for (const m of ctx.possible[lex.gate.backrefs] ? lex.backrefs.word.all(st) : []) {
    const s = m.index!;
    const e = s + m[0].length;
    if (placeMs.some((p) => p.start < e && s < p.end)) continue;
    if (/^\s+of\s+\p{Lu}/u.test(st.slice(e))) continue; // "the city of Pokrovsk"
    backrefs.push({ start: s, end: e, refersTo: lex.backrefs.refersTo.get(_norm(m[0])) ?? "city" });
  }
  // place mentions and back-references in text order (arrays and objects are built so that each
  // has one shape, see `_PM`: spreading arrays of changing element kinds deoptimises the JIT)
  const items: { start: number; end: number; m: PlaceMention | null; b: _Backref | null }[] = [];
  for (const m of placeMs) items.push({ start: m.start, end: m.end, m, b: null });
  for (const b of backrefs) items.push({ start: b.start, end: b.end, m: null, b });
  items.sort((a, b) => a.start - b.start);
  const localHistory: _History[] = [];
  let prev: _PM | null = null;
  for (const it of items) {
    if (it.m) {
      const m = it.m;
      const region = m.kind === "region";
      const between = prev ? st.slice(prev.end, m.start) : "";
      const locator = !!prev &&
        /^["'”’]?\s*,?\s*(?:in|near|of|outside|close to|not far from)\s+(?:the\s+)?(?:(?:Ukraine|Russia)['’]s\s+)?(?:(?:eastern|western|northern|southern|central|nearby|neighbouring|neighboring|border|frontline|front-line)\s+)*$/i
          .test(between) &&
        (region || /near|outside|close|far/i.test(between));
      const locator2 = !!prev && region && /^\s*,\s*$/.test(between);
      const before = st.slice(Math.max(0, m.start - 30), m.start);
      const near =
        /(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+\w+\s+of\s+)?$|(?:km|kilometres|kilometers|miles)\s+(?:from|of)\s+$|\bnear\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:of\s+)?$|outskirts\s+of\s+$/iu
          .test(before);
      // "Sumy border villages", "Kharkiv border areas": the name qualifies other places
      if (
        !region &&
        /^\s+(?:regional\s+|oblast\s+|region['’]s\s+)?(?:border\s+|frontline\s+|front-line\s+)?(?:villages|settlements|towns|communities|areas|border)\b/i
          .test(st.slice(m.end, m.end + 30))
      ) continue;
      // a Russian village whose name is a spelling of a Ukrainian one ("Uspenovka" in "the Kursk
      // region"): a sentence about a Russian region keeps the name as written
      const alien = !region && ruRegion && m.place && _ownerOf(m.place) === "ukraine" &&
        _norm(m.text) !== _norm(m.canonical);
      const pm: _PM = {
        start: m.start,
        end: m.end,
        canonical: alien ? m.text : m.canonical,
        place: alien ? null : m.place ?? m.candidates[0] ?? null,
        region,
        locator: locator || locator2,
        near,
        backref: false,
        aim: undefined,
        ownerPlace: alien ? unknownOwner : undefined,
      };
      // an unknown village "in the Kursk region" takes the owner of its region
      if (pm.locator && prev && !prev.place && pm.place) prev.ownerPlace = pm.place;
      pms.push(pm);
      localHistory.push({
        canonical: pm.canonical,
        place: pm.place,
        region,
        near,
        locator: pm.locator,
        aim: undefined,
        sn: undefined,
      });
      prev = pm;
    } else {
      const refersTo = it.b!.refersTo;
      // the places named so far, the latest first
      const h = state.history.concat(localHistory).reverse();
      const refs: _History[] = [];
      if (refersTo === "region") {
        const r = h.find((x) => x.region);
        if (r) refs.push(r);
      } else if (refersTo === "pair") {
        for (const x of h) {
          if (x.region || refs.some((r) => r.canonical === x.canonical)) continue;
          refs.push(x);
          if (refs.length === 2) break;
        }
      } else {
        // "the city" prefers a recent city or town, "the village" a recent village
        const recent = h.slice(0, 8).filter((x) => !x.region && !x.aim);
        const wantVillage = refersTo === "village";
        const ok = (x: _History) => !x.near && !x.locator;
        // a place named earlier in the same sentence comes first ("advanced in X, where fighting
        // continues in the city centre")
        const here = localHistory.findLast((x) =>
          !x.region && !x.near && !x.locator && !x.aim &&
          (wantVillage ? !x.place || x.place.kind === "village" : x.place?.kind !== "village")
        );
        // among villages named together in the last sentence ("liberated X and Y. Kyiv denied
        // that the village had been taken"), the one the article is about
        const villageOk = (x: _History) => ok(x) && (!x.place || x.place.kind === "village");
        const lastV = recent.find(villageOk);
        const sameSentence = lastV && lastV.sn !== undefined
          ? recent.filter((x) => villageOk(x) && x.sn === lastV.sn)
          : [];
        const mostNamed = sameSentence.length > 1
          ? [...sameSentence].sort((a, b) =>
            (state.mentionCount.get(b.canonical) ?? 0) - (state.mentionCount.get(a.canonical) ?? 0)
          )[0]
          : lastV;
        const r = here ?? (wantVillage ? mostNamed : recent.find((x) =>
          ok(x) && x.place?.kind === "city"
        ) ??
          recent.find((x) => ok(x) && x.place?.kind === "town")) ??
          h.find((x) => !x.region && !x.near && !x.locator) ??
          h.find((x) => !x.region);
        if (r) refs.push(r);
      }
      for (const r of refs) {
        const pm: _PM = {
          start: it.start,
          end: it.end,
          canonical: r.canonical,
          place: r.place,
          region: r.region,
          locator: false,
          near: false,
          backref: true,
          aim: undefined,
          ownerPlace: undefined,
        };
        pms.push(pm);
        localHistory.push({
          canonical: r.canonical,
          place: r.place,
          region: r.region,
          near: false,
          locator: false,
          aim: undefined,
          sn: undefined,
        });
        prev = pm;
      }
    }
  }

  // ---- triggers
  const triggers = _triggers(st, lex, boundaries, ctx.possible);

  // places that are only the object of an attempt or aim ("seeking to capture X") are not in focus
  for (const t of triggers.filter((x) => x.blocked)) {
    const nx = triggers.find((x) => x.start >= t.end);
    for (const p of pms) {
      if (p.start >= t.end && p.start < (nx ? nx.start : st.length) && p.start - t.end < 80) {
        p.aim = true;
      }
    }
  }

  // ---- attribution scopes
  const scopes = _scopes(st, actorsFound, triggers, boundaries, ctx);
  const lastScope = [...scopes].filter((s) => s.kind !== "possessive").sort((a, b) =>
    a.start - b.start
  )
    .at(-1);

  // ---- records
  const recs: _Rec[] = [];
  const linkedClauses = new Set<string>();
  const active = triggers.filter((t) => !t.blocked);
  const env: _TriggerEnv = {
    st,
    ctx,
    scopes,
    actorsFound,
    triggers,
    boundaries,
    pms,
    recs,
    linkedClauses,
    unknownOwner,
  };
  for (const t of active) _triggerRecords(t, env);
  // one record per (claimant, place, claim, area); comments: one per place. A clause that only
  // describes fighting at a place another claim of the same claimant is about is folded into it.
  const seen = new Set<string>();
  const records = recs.filter((r) =>
    r.claim !== "contested" ||
    !recs.some((o) =>
      o !== r && o.claim !== "contested" && o.voice.name === r.voice.name && o.place === r.place
    )
  ).filter((r) => {
    const k = ctx.isComment ? r.place : `${r.voice.name}|${r.place}|${r.claim}|${r.area}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  // state updates
  for (const p of pms) {
    state.history.push({
      canonical: p.canonical,
      place: p.place,
      region: p.region,
      near: p.near,
      locator: p.locator,
      aim: p.aim,
      sn: state.sentenceNo,
    });
  }
  if (state.history.length > 50) state.history.splice(0, state.history.length - 50);
  state.sentenceNo++;
  state.prevClaims = records.filter((r) => r.claim !== "denied").map((r) => ({
    place: r.place,
    voice: r.voice.name,
  }));
  let carry: _Voice | null = null;
  if (lastScope && !ctx.isComment) {
    if (lastScope.voice.role !== "media") state.lastClaimant = lastScope.voice;
    carry = lastScope.voice;
  }
  const unit = actorsFound.filter((a) => a.unit).at(-1);
  if (unit) state.lastUnit = { name: unit.canonical, side: unit.side, role: unit.role };
  return { records, carry };
}

/**
 * What the records of a trigger need from its sentence. `pms` (unknown places found after claim
 * words), `recs` (the records) and `linkedClauses` grow as the triggers are taken in order.
 */
interface _TriggerEnv {
  st: string;
  ctx: _Ctx;
  scopes: readonly _Scope[];
  actorsFound: readonly ActorMention[];
  triggers: readonly _Trigger[];
  boundaries: number[];
  pms: _PM[];
  recs: _Rec[];
  /** `claimant|clause start` of the clauses with a linked place */
  linkedClauses: Set<string>;
  /** owner of unknown places (a sentence about a Russian region) */
  unknownOwner: Place | undefined;
}

/**
 * Adds the records of the unblocked trigger `t` to `env.recs`: its claimant, the places it governs
 * and the claim and status for each (a function of its own, so that the JIT compiles and
 * optimises it apart from `_sentence`).
 */
function _triggerRecords(t: _Trigger, env: _TriggerEnv): void {
  const {
    st,
    ctx,
    scopes,
    actorsFound,
    triggers,
    boundaries,
    pms,
    recs,
    linkedClauses,
    unknownOwner,
  } = env;
  const { lex, state } = ctx;
  const row = t.row;
  // claimant
  let voice: _Voice;
  let inDeny = false;
  const extraDeniers: _Voice[] = [];
  if (ctx.isComment) voice = ctx.base;
  else if (row.voice === "media") voice = ctx.media;
  else {
    const covers = scopes.filter((s) => s.start <= t.start && t.start < s.end).sort((a, b) =>
      (a.kind === "possessive" ? 1 : 0) - (b.kind === "possessive" ? 1 : 0) || a.start - b.start
    );
    // a claim reported by one side and denied by the other ("X took Y, Moscow said, a claim
    // Kyiv denied") belongs to the reporter; the denier gets a denial of its own
    const plain = covers.filter((c) => !c.deny);
    const cover = plain.length ? plain.at(-1) : covers.at(-1);
    if (plain.length && row.kind !== "denied") {
      for (const d of covers.filter((c) => c.deny)) extraDeniers.push(d.voice);
    }
    const own = scopes.find((s) => s.cueStart === t.start);
    const inner = row.kind === "denied"
      ? actorsFound.find((a) =>
        a.role !== "media" &&
        ((a.start >= t.start && a.end <= t.end) ||
          (/\bby$/i.test(t.text) && a.start >= t.end && a.start <= t.end + 6) ||
          // "Kyiv calls it propaganda": the subject right before a denial
          (a.end <= t.start && /^\s+(?:\p{Ll}+ly\s+)?$/u.test(st.slice(a.end, t.start))))
      )
      : undefined;
    if (inner) {
      voice = { name: inner.canonical, side: inner.side, role: inner.role };
    } else if (own) {
      voice = own.voice;
    } else if (cover) {
      voice = cover.voice;
      inDeny = cover.deny && !(row.kind === "denied");
    } else if (_inQuotes(st, t.start) && ctx.quoteVoice) voice = ctx.quoteVoice;
    else if (_inQuotes(st, t.start) && state.lastClaimant) voice = state.lastClaimant;
    else {
      // a headline's subject: "Ukraine repels assaults near X", "Russia takes Y"
      const subj = ctx.isHeadline
        ? actorsFound.filter((a) =>
          a.end <= t.start && (a.canonical === "Ukraine" || a.canonical === "Russia") &&
          /^\s+(?:\p{Ll}+\s+)?(?:(?:has|have)\s+)?$/u.test(st.slice(a.end, t.start))
        ).at(-1)
        : undefined;
      voice = subj ? _voiceOf(subj, ctx.media) : ctx.base;
    }
  }
  // linked places
  const prevT = triggers.filter((x) => x.end <= t.start).at(-1);
  const nextT = triggers.find((x) => x.start >= t.end);
  const clauseStart = _lastAtMost(boundaries, t.start);
  const clauseEnd = _firstAfter(boundaries, t.end, st.length);
  const afterEnd = Math.min(nextT ? nextT.start : st.length, clauseEnd);
  // "Pokrovsk, which had 60,000 people, remains in Ukrainian hands": a closed relative clause
  // does not cut the subject off from its verb
  const relClosed = /^,\s*(?:which|who|where)\b[^,;]*,\s*/i.exec(st.slice(clauseStart));
  const subjectClauseStart = relClosed && clauseStart + relClosed[0].length <= t.start &&
      !triggers.some((x) => x !== t && x.start >= clauseStart && x.end <= t.start)
    ? _lastAtMost(boundaries, clauseStart - 1)
    : clauseStart;
  const beforeStart = row.kind === "denied" && row.attach === "before"
    ? (prevT ? prevT.end : 0)
    : Math.max(prevT ? prevT.end : 0, subjectClauseStart);
  let linked: { pm: _PM; between: string; after: boolean }[] = [];
  const cand = pms.filter((p) => !p.locator);
  const after = (from: number) =>
    cand.filter((p) => p.start >= from && p.start < afterEnd && p.start - t.end <= 130).map((
      pm,
    ) => ({
      pm,
      between: st.slice(t.end, pm.start),
      after: true,
    }));
  const before = (start: number) =>
    cand.filter((p) => p.end <= t.start && p.start >= start).map((pm) => ({
      pm,
      between: st.slice(pm.end, t.start),
      after: false,
    }));
  if (row.attach === "inside") {
    linked = cand.filter((p) => p.start >= t.start && p.end <= t.end).map((pm) => ({
      pm,
      between: "",
      after: true,
    }));
  } else if (row.attach === "direct") {
    const a = after(t.end);
    if (
      a.length &&
      /^\s*(?:the\s+)?(?:(?:city|town|village|settlement|hamlet)\s+of\s+)?(?:nearby\s+)?$/i.test(
        a[0].between,
      )
    ) {
      linked = _listFrom(a, st);
    }
  } else if (row.attach === "adjacent") {
    const a = after(t.end);
    if (
      a.length &&
      /^\s*(?:(?:city|town|village|settlement|cities|towns|villages)\s+(?:of\s+)?)?$/i.test(
        a[0].between,
      )
    ) {
      linked = _listFrom(a, st);
    } else {
      linked = before(
        Math.max(
          prevT ? prevT.end : 0,
          _lastAtMost(
            boundaries.filter((b) => b <= t.start && !/^,/.test(st.slice(b - 2, b))),
            t.start,
          ),
        ),
      );
    }
  } else {
    if (row.attach !== "before") linked = after(t.end);
    if (!linked.length && (row.attach === "before" || row.attach === "both")) {
      linked = before(beforeStart);
    }
  }
  // "captured three villages nearby": unnamed places, not the place named before
  if (
    !linked.length || linked.every((l) => !l.after)
  ) {
    if (
      /^\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|a number of|more|another|other|some|dozens of)\s+(?:more\s+|other\s+|small\s+|nearby\s+)?(?:villages|settlements|towns|localities|hamlets|positions|villages?\s+nearby)\b/i
        .test(st.slice(t.end, t.end + 50))
    ) linked = [];
  }
  // "Kyiv denied the claim", "rejected these reports": the places claimed just before
  const earlierClaims = row.kind === "denied" && !linked.length
    ? recs.map((r) => ({ place: r.place, voice: r.voice.name })).concat(state.prevClaims ?? [])
    : [];
  if (
    earlierClaims.length &&
    (/^\s+(?:the|this|that|these|those|such|Moscow['’]s|Russia['’]s|Kyiv['’]s|Ukraine['’]s|its|their)\s+(?:\p{L}+\s+)?(?:claims?|reports?|statements?|assertions?|allegations?)\b|^\s+(?:it|this|them)\b|^\s+that\s*[.,;]/u
      .test(st.slice(t.end, t.end + 50)) ||
      /\b(?:claims?|reports?|statements?|it|this|that)\b/i.test(t.text))
  ) {
    for (const c of earlierClaims) {
      if (c.voice === voice.name || linked.some((l) => l.pm.canonical === c.place)) continue;
      linked.push({
        pm: _refTo(t.start, c.place, ctx.gazetteer),
        between: "",
        after: true,
      });
    }
  }
  // a capitalised name right after a claim word ("captured Novoselivka", "advanced into Bilytske")
  // is a place even when the gazetteer does not know it
  // (also when a known place follows it: "seized Novopil, a village west of Pokrovsk")
  if (
    row.attach !== "before" && row.attach !== "adjacent" && row.attach !== "inside" &&
    (!linked.length || row.attach !== "direct") &&
    row.kind !== "background_ukraine" && row.kind !== "background_russia" &&
    row.kind !== "none" as string
  ) {
    const u = _unknownPlaceAfter(st, t.end, afterEnd, lex, actorsFound, pms);
    if (u && (!linked.length || (linked[0].after && u.end <= linked[0].pm.start))) {
      if (unknownOwner && !u.ownerPlace) u.ownerPlace = unknownOwner;
      pms.push(u);
      const rest = linked.filter((l) =>
        l.after && /^,\s*(?:and\s+)?$|^\s+and\s+$/.test(st.slice(u.end, l.pm.start))
      );
      linked = [{ pm: u, between: st.slice(t.end, u.start), after: true }, ...rest];
    }
  }
  // "cleared Zolotyi Kolodiaz and Vesele": an unknown name listed after a linked place
  for (let guard = 0; guard < 5 && linked.length && linked.at(-1)!.after; guard++) {
    const last = linked.at(-1)!.pm;
    const conj = st.slice(last.end).match(/^(?:\s*,\s*(?:and|or)|\s*,|\s+and|\s+or)(?=\s)/);
    if (!conj) break;
    const u = _unknownPlaceAfter(st, last.end + conj[0].length, afterEnd, lex, actorsFound, pms);
    if (!u || u.start - (last.end + conj[0].length) > 2) break;
    if (unknownOwner && !u.ownerPlace) u.ownerPlace = unknownOwner;
    pms.push(u);
    linked.push({ pm: u, between: st.slice(t.end, u.start), after: true });
  }
  // filters on the words between trigger and place
  const kindBase = row.kind;
  linked = linked.filter(({ between, after: isAfter }) => {
    if (
      (kindBase === "captured" || kindBase === "liberated" || kindBase === "recaptured" ||
        kindBase === "withdrew" || kindBase === "lost" || kindBase === "holding" ||
        kindBase === "control") &&
      isAfter &&
      lex.objectNoun.test(
        (kindBase === "holding" || kindBase === "control"
          ? between.replace(/\b(?:their|its|our|the)\s+(?:defensive\s+)?positions?\b/gi, "")
          : between).replace(
            // "took positions in X" is ground in X
            /\bpositions?\s+(?:in|inside|within|on the outskirts of)\s+(?:the\s+)?(?:\p{L}+ern\s+|central\s+)?(?=\p{Lu}|$)/gu,
            "",
          ),
      )
    ) return false;
    if (kindBase === "contested" && !row.status) {
      if (!isAfter || !/\b(?:in|inside|within|into)\b/i.test(between)) return false;
    }
    return true;
  });
  // fallback: advances and repelled attacks without a place refer to the place in focus
  const clauseKey = `${clauseStart}`;
  if (!linked.length && !row.voice) {
    let target: string | null = null;
    if (ctx.isComment) target = ctx.mainPlace;
    else if (
      (kindBase === "advancing" || kindBase === "repelled" ||
        (kindBase === "holding" && row.negative)) &&
      (!row.noun || voice.role !== "media") && !linkedClauses.has(`${voice.name}|${clauseKey}`)
    ) {
      const all: _History[] = state.history.slice();
      for (const p of pms) {
        if (p.end > t.start) continue;
        all.push({
          canonical: p.canonical,
          place: p.place,
          region: p.region,
          near: p.near,
          locator: p.locator,
          aim: p.aim,
          sn: undefined,
        });
      }
      const h = all.filter((x, i) =>
        // "tried to enter X but were destroyed": the attempt's place is the repelled one
        !x.aim || (kindBase === "repelled" && i >= all.length - pms.length)
      );
      const f = h.findLast((x) => !x.near && !x.locator) ?? h.findLast((x) => !x.near);
      target = f?.canonical ?? null;
      // a sentence whose own places are all "near" ones does not reach back to earlier places
      if (
        target && pms.length && pms.every((p) => p.near || p.locator) &&
        !pms.some((p) => p.canonical === target)
      ) target = null;
    }
    // a named object right after the claim word ("entered Moscow's suburbs") is not our place
    if (target && !ctx.isComment && /^\s+(?:the\s+)?\p{Lu}/u.test(st.slice(t.end, t.end + 20))) {
      target = null;
    }
    // "infiltrated our rear", "broke through the lines": not a settlement
    if (
      target && !ctx.isComment &&
      /^\s+(?:our|their|its|the|enemy|Ukrainian|Russian)\s+(?:\p{L}+\s+)?(?:rear|lines?|defen[cs]es|positions|front|flank|trenches)\b/iu
        .test(st.slice(t.end, t.end + 50))
    ) target = null;
    // "advancing in the east", "along the front line": a location that is not a place
    if (
      target && !ctx.isComment &&
      /^\s+(?:\p{Ll}+ly\s+)?(?:in|along|across|on|all along)\s+(?:the\s+)?(?:east|west|south|north|eastern|western|southern|northern|front|frontline|front line|country|Ukraine|Russia|region|area|sector|oblast|province|direction)\b/iu
        .test(st.slice(t.end, t.end + 40))
    ) target = null;
    if (target) {
      const pm = pms.find((p) => p.canonical === target) ?? null;
      linked = [{
        pm: pm ?? _refTo(t.start, target, ctx.gazetteer),
        between: "",
        after: true,
      }];
    }
  } else if (linked.length) linkedClauses.add(`${voice.name}|${clauseKey}`);

  // area right after the trigger
  const areaM = st.slice(t.end, t.end + 40).match(
    /^\s+(?:(?:the|a|its|their)\s+)(north(?:-?east|-?west)?(?:ern)?|south(?:-?east|-?west)?(?:ern)?|east(?:ern)?|west(?:ern)?|centre|center|central)(?!\s+(?:[\p{L}-]+\s+)?(?:town|city|village|settlement|hamlet|region|oblast|province|hub|front|Ukraine|Donbas|Donbass)\b)(?:\s+(?:part|parts|districts?|half|section|side|neighbourhoods?))?(?:\s+of)?\b/iu,
  );
  const area: Area | null = areaM ? lex.area.get(areaM[1].toLowerCase()) ?? null : null;
  for (const { pm, between, after: isAfter } of linked) {
    const areaHere = area ?? _areaOf(st, pm, pms, lex, t, triggers);
    // "entered the outskirts of X" is an advance at the place, not near it
    const nearRel = isAfter &&
      _nearBetween(
        kindBase === "advancing" && row.relation === "in"
          ? between.replace(/\boutskirts\b/gi, "part")
          : between,
        lex,
      );
    // a distance ("are now 7 km from X") is not a claim about X
    if (
      isAfter && kindBase === "advancing" &&
      /\b(?:km|kilometres|kilometers|miles|metres|meters)\s+(?:\p{L}+\s+)?(?:from|of|away|short)\b|\bwithin\s+(?:about\s+)?\d/iu
        .test(between)
    ) continue;
    if (
      nearRel &&
      (kindBase === "contested" || kindBase === "captured" || kindBase === "liberated" ||
        kindBase === "recaptured" || kindBase === "control" || kindBase === "withdrew" ||
        kindBase === "lost" || kindBase === "holding" || kindBase === "denied")
    ) continue;
    if (isAfter && kindBase === "advancing" && /\bfrom\s+(?:the\s+)?$/i.test(between)) continue;
    // "occupied Donetsk region", "Russian-held Zaporizhzhia region": a part of a region, a
    // description rather than a claim
    if (
      pm.region && (kindBase.startsWith("background") || /^occupied$/i.test(t.text))
    ) continue;
    // "the road between X and Y", "the highway linking X": a feature, not the settlements
    if (
      /\b(?:road|roads|highway|route|supply (?:line|route)s?|railway|rail line|motorway|logistics route)\s+(?:between|from|to|linking|connecting|that links|that connects)\s+(?:[\p{L}'’ -]+?\s+and\s+)?$/iu
        .test(st.slice(Math.max(0, pm.start - 80), pm.start))
    ) continue;
    // fighting "in the Pokrovsk sector" is along a front, not inside the place
    if (
      kindBase === "contested" &&
      /^\s+(?:direction|sector|axis|front|area)\b/i.test(st.slice(pm.end, pm.end + 12))
    ) continue;
    lex.partial.lastIndex = 0;
    const partial = !!areaHere || (isAfter && lex.partial.test(between)) ||
      // "86 percent of the territory in X", "X outskirts"
      (!isAfter &&
        /\d\s*(?:%|per\s*cent|percent)\s+of\b|\b(?:most|much|part|parts|half)\s+of\b/i.test(
          st.slice(Math.max(_lastAtMost(boundaries, pm.start), pm.start - 70), pm.start),
        )) ||
      /^\s+(?:outskirts|suburbs|districts|neighbourhoods|neighborhoods)\b/i.test(
        st.slice(pm.end, pm.end + 20),
      ) ||
      (isAfter &&
        /\bpositions?\s+(?:in|inside|within|on the outskirts of)\b/i.test(between));
    const owner = _ownerOf(pm.place ?? pm.ownerPlace ?? null);
    // passive "was captured by Russian forces" names the capturer after the verb
    const agent = st.slice(t.end, t.end + 40).match(
      /^\s+by\s+(?:the\s+)?(Russian|Russia['’]s|Russia|Moscow|Ukrainian|Ukraine['’]s|Ukraine|Kyiv)/u,
    );
    const subj = agent
      ? (/^(?:Russia|Moscow)/.test(agent[1]) ? "russia" : "ukraine")
      : _subjectSide(st.slice(clauseStart, t.start), voice);
    let claim: ClaimKind;
    let status: Status;
    let fixed = !!row.status;
    let evidence = false;
    const dateNull = row.dateNull;
    switch (kindBase) {
      case "captured":
      case "liberated": {
        // "X was liberated" without a subject: the speaker's own side liberated it
        const capturer = subj ??
          (kindBase === "liberated" && voice.side !== "independent" ? voice.side : _opp(owner)!);
        if (t.negated) {
          claim = "denied";
          status = owner;
        } else if (capturer === owner) {
          claim = "recaptured";
          status = partial ? "contested" : owner;
        } else {
          claim = "captured";
          status = partial ? "contested" : capturer;
        }
        break;
      }
      case "recaptured":
        if (subj && subj !== owner) {
          claim = "captured";
          status = partial ? "contested" : subj;
        } else {
          claim = "recaptured";
          status = partial ? "contested" : owner;
        }
        break;
      case "control": {
        const controller: "russia" | "ukraine" = subj ??
          (voice.side === "independent" ? owner : voice.side);
        if (controller === owner) {
          claim = "holding";
          status = partial ? "contested" : owner;
        } else {
          claim = "captured";
          status = partial ? "contested" : controller;
        }
        break;
      }
      case "withdrew": {
        const w = subj ?? owner;
        status = _opp(w) ?? _opp(owner)!;
        // "the enemy has been driven out of X" said by X's holder: X was taken back
        claim = status === owner && !partial ? "recaptured" : "captured";
        break;
      }
      case "lost": {
        const l = subj ?? owner;
        claim = "captured";
        status = _opp(l) ?? _opp(owner)!;
        break;
      }
      case "advancing":
        if (t.negated) {
          claim = "repelled";
          status = owner;
        } else {
          claim = "advancing";
          status = nearRel || row.relation === "toward" ? owner : "contested";
        }
        break;
      case "encircled":
        claim = t.negated ? "denied" : "encircled";
        status = t.negated ? owner : "contested";
        break;
      case "holding":
        claim = "holding";
        status = row.status ||
          (partial ? "contested" : (subj && subj !== owner && !row.negative ? subj : owner));
        break;
      case "repelled":
        claim = "repelled";
        status = voice.side === "independent" ? owner : voice.side;
        break;
      case "denied":
        claim = "denied";
        status = voice.side === "independent" ? owner : voice.side;
        break;
      case "contested":
        claim = "contested";
        status = "contested";
        fixed = true;
        break;
      case "background_ukraine":
        claim = owner === "ukraine" ? "holding" : "captured";
        status = "ukraine";
        fixed = true;
        break;
      case "background_russia":
        claim = owner === "russia" ? "holding" : "captured";
        status = "russia";
        fixed = true;
        break;
      default:
        continue;
    }
    if (inDeny) {
      claim = "denied";
      status = voice.side === "independent" ? owner : voice.side;
      fixed = false;
    }
    if (
      status === "contested" && claim !== "encircled" && claim !== "denied" &&
      claim !== "repelled"
    ) {
      evidence = true;
    }
    for (const d of extraDeniers) {
      recs.push({
        voice: d,
        place: pm.canonical,
        area: null,
        claim: "denied",
        status: d.side === "independent" ? owner : d.side,
        dateNull,
        fixed: false,
        background: false,
        evidence: false,
      });
    }
    recs.push({
      voice,
      place: pm.canonical,
      area: claim === "holding" || claim === "captured" || claim === "recaptured" ||
          claim === "advancing"
        ? areaHere
        : null,
      claim,
      status,
      dateNull,
      fixed,
      background: kindBase.startsWith("background") || row.voice === "media",
      evidence,
    });
  }
}

const _UNKNOWN_LEAD =
  /^\s+(?:(?:in|into|inside|of|near|towards?|around|outside|the\s+(?:village|town|settlement|city|hamlet)\s+of|the\s+(?:eastern|southern|northern|western)\s+(?:village|town)\s+of)\s+)?(?=\p{Lu})/u;

function _unknownPlaceAfter(
  st: string,
  from: number,
  to: number,
  lex: _Lex,
  actors: readonly ActorMention[],
  pms: readonly _PM[],
): _PM | null {
  const lead = st.slice(from, to).match(_UNKNOWN_LEAD);
  if (!lead) return null;
  const s = from + lead[0].length;
  const m = st.slice(s, to).match(
    /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?:\s+(?:Yar|Pole|Lyman|Hora|Balka|Persha|Druha|Pershe|Druhe|Pershyi|Druhyi|Novosilka|Komar|Kolodiaz|Loknya|Sorochina|Porechnoye|Yaruga))?/u,
  );
  if (!m) return null;
  const name = m[0];
  const e = s + name.length;
  if (/^['’]s/.test(st.slice(e))) return null; // "captured Russia's ..."
  if (lex.stop.has(name.toLowerCase()) || lex.stop.has(name.split(/\s/)[0].toLowerCase())) {
    return null;
  }
  if (actors.some((a) => a.start < e && s < a.end)) return null;
  if (pms.some((p) => p.start < e && s < p.end)) return null;
  if (
    !/^\p{Lu}\p{Ll}+-\p{Lu}/u.test(name) && !lex.placeSuffix.test(name.split(/\s/)[0].toLowerCase())
  ) {
    return null;
  }
  if (name.length < 4) return null;
  return {
    start: s,
    end: e,
    canonical: name,
    place: null,
    region: false,
    locator: false,
    near: false,
    backref: false,
    aim: undefined,
    ownerPlace: undefined,
  };
}

/** A zero-width mention at `at` that stands for the place `canonical` named before. */
function _refTo(at: number, canonical: string, gazetteer: Gazetteer): _PM {
  return {
    start: at,
    end: at,
    canonical,
    place: _placeByName(gazetteer, canonical),
    region: false,
    locator: false,
    near: false,
    backref: true,
    aim: undefined,
    ownerPlace: undefined,
  };
}

/** The largest value <= x (0 when none). */
function _lastAtMost(sortedValues: readonly number[], x: number): number {
  let best = 0;
  for (const v of sortedValues) if (v <= x && v > best) best = v;
  return best;
}

/** The smallest value > x (`fallback` when none). */
function _firstAfter(sortedValues: readonly number[], x: number, fallback: number): number {
  let best = fallback;
  for (const v of sortedValues) if (v > x && v < best) best = v;
  return best;
}

function _placeByName(g: Gazetteer, name: string): Place | null {
  return g.index.get(_norm(name))?.[0] ?? null;
}

function _listFrom(a: { pm: _PM; between: string; after: boolean }[], st: string) {
  const out = [a[0]];
  for (let i = 1; i < a.length; i++) {
    const gap = st.slice(out[out.length - 1].pm.end, a[i].pm.start);
    if (!/^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$/.test(gap)) break;
    out.push(a[i]);
  }
  return out;
}

/** "the eastern part of X" / "the eastern part of the town" anywhere in the sentence. */
function _areaOf(
  st: string,
  pm: _PM,
  pms: readonly _PM[],
  lex: _Lex,
  t: _Trigger,
  triggers: readonly _Trigger[],
): Area | null {
  // only mentions with no other claim word and no contrast between them and the trigger
  const reach = (p: _PM) => {
    const [a, b] = p.start < t.start ? [p.end, t.start] : [t.end, p.start];
    return !triggers.some((x) => x !== t && x.start >= a && x.end <= b) &&
      !/\b(?:but|while|whereas|although|though|insists?|insisted)\b|;/i.test(st.slice(a, b));
  };
  for (const p of pms.filter((x) => x.canonical === pm.canonical && (x === pm || reach(x)))) {
    const m = st.slice(Math.max(0, p.start - 60), p.start).match(
      /\b(north(?:-?east|-?west)?(?:ern)?|south(?:-?east|-?west)?(?:ern)?|east(?:ern)?|west(?:ern)?|centre|center|central)\s+(?:part|parts|districts?|outskirts|half|section|side|edge|neighbourhoods?|neighborhoods?)\s+of\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?$/i,
    );
    if (m) return lex.area.get(m[1].toLowerCase()) ?? null;
    const adj = st.slice(Math.max(0, p.start - 20), p.start).match(
      /\b(north(?:-?east|-?west)?ern|south(?:-?east|-?west)?ern|eastern|western|central)\s+$/i,
    );
    if (adj && !p.region) return lex.area.get(adj[1].toLowerCase()) ?? null;
  }
  return null;
}

function _nearBetween(between: string, lex: _Lex): boolean {
  const cleaned = between.replace(/(?:square|sq\.?)\s+(?:kilometres|kilometers|km|miles)/gi, "area")
    .replace(
      /\b(?:the|a|its|their)\s+(?:north|south|east|west|centre|center|central)\S*(?:\s+(?:part|parts|districts?|half|section|side|neighbourhoods?))?\s+of\b/gi,
      "part of",
    );
  return lex.near.test(cleaned);
}

/**
 * The speaker of a quotation that opens in sentence `si` and closes in one of the next three:
 * `"X fell. Y held," Z said` gives Z for the first sentence. Null otherwise.
 */
function _quoteSpeaker(
  sentences: readonly Sentence[],
  si: number,
  actors: readonly Actor[],
): _Voice | null {
  const first = sentences[si].text;
  if (!/^\s*["“]/.test(first) || !_inQuotes(first, first.length)) return null;
  // the next three sentences
  for (let j = si + 1; j < Math.min(si + 4, sentences.length); j++) {
    const sj = sentences[j].text;
    const q = sj.search(/["”]/);
    if (q < 0) continue;
    const tail = sj.slice(q + 1, q + 140);
    if (
      !/^\s*,?\s*(?:[\p{L}'’ -]{0,80}?\s)?(?:said|says|told|tells|wrote|writes|added|adds|stated)\b/u
        .test(tail)
    ) {
      return null;
    }
    const a = findActors(tail, { actors }).find((x) => x.role !== "media");
    return a ? { name: a.canonical, side: a.side, role: a.role } : null;
  }
  return null;
}

function _inQuotes(st: string, pos: number): boolean {
  const before = st.slice(0, pos);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/[“«]/g) ?? []).length;
  const close = (before.match(/[”»]/g) ?? []).length;
  return straight % 2 === 1 || open > close;
}

/** "... and Russian troops had ...": a coordinated clause with a new subject. */
const _AND_CLAUSE_RE =
  /,?\s+and\s+(?:that\s+)?(?:the\s+)?(?:Russian|Ukrainian|Russia['’]s|Ukraine['’]s|Kyiv['’]s|Moscow['’]s|enemy|its|their)\s+(?:forces|troops|units|soldiers|army|military|fighters)\b/giu;

/** Clause boundaries of a sentence; `possible`: {@link _Lex.filter}'s verdict on `st`. */
function _boundaries(st: string, lex: _Lex, possible: readonly number[]): number[] {
  const out = [0, st.length];
  lex.boundary.lastIndex = 0;
  for (const m of _matchAll(st, lex.boundary)) {
    // "shows X as a grey zone", "as well as", "as part of": not a clause boundary
    if (
      /^,?\s*as\s*$/i.test(m[0]) &&
      /^(?:a|an|the|part|well|much|many|far|long|soon|of|if|though|such)\b/i.test(
        st.slice(m.index! + m[0].length).trimStart(),
      )
    ) continue;
    out.push(m.index!);
  }
  for (const m of possible[lex.gate.andClause] ? _matchAll(st, _AND_CLAUSE_RE) : []) {
    out.push(m.index!);
  }
  return out.sort((a, b) => a - b);
}

function _firstSide(st: string): "russia" | "ukraine" | null {
  for (const m of _matchAll(st, _SIDE_RE)) {
    // "the Ukrainian village of X", "Russian territory": an adjective of a place, not a side
    const next = st.slice(m.index! + m[0].length, m.index! + m[0].length + 16);
    if (
      /^\s+(?:village|town|city|settlement|region|territory|soil|positions?|border|side)\b/i.test(
        next,
      )
    ) {
      continue;
    }
    if (/^(?:Russia|Moscow|Kremlin)/.test(m[1])) return "russia";
    if (/^(?:Ukrain|Kyiv|Kiev)/.test(m[1])) return "ukraine";
  }
  return null;
}

function _subjectSide(before: string, voice: _Voice): "russia" | "ukraine" | null {
  let last: string | null = null;
  // the agent of an earlier passive ("the territory seized by Ukraine ... was liberated") is
  // not the subject
  const cleaned = before.replace(
    // "repelled Ukrainian attacks and recaptured": the side of an object is not the subject
    /\b(?:Russian|Ukrainian|enemy)\s+(?:attacks?|assaults?|offensives?|counterattacks?|counter-attacks?|counteroffensives?|positions|drones?|strikes?|shelling|defen[cs]es|lines|incursion|raids?)\b/giu,
    "",
  ).replace(
    /\bby\s+(?:the\s+)?(?:Russia|Ukrain|Kyiv|Kiev|Moscow)\p{L}*(?:['’]s)?(?:\s+\p{Ll}+)?/gu,
    "",
  );
  for (const m of _matchAll(cleaned, _SIDE_RE)) last = m[1];
  if (!last) return null;
  if (/^(?:Russia|Moscow|Kremlin)/.test(last)) return "russia";
  if (/^(?:Ukrain|Kyiv|Kiev)/.test(last)) return "ukraine";
  const claimantSide: "russia" | "ukraine" | null = voice.side === "independent"
    ? null
    : voice.side;
  if (/enemy/.test(last)) return _opp(claimantSide);
  return claimantSide;
}

/** The claim words of a sentence; `possible`: {@link _Lex.filter}'s verdict on `st`. */
function _triggers(
  st: string,
  lex: _Lex,
  boundaries: number[],
  possible: readonly number[],
): _Trigger[] {
  const all: _Trigger[] = [];
  // only the rows whose needles occur in the sentence can match: the others are not scanned
  for (let ri = 0; ri < lex.triggers.length; ri++) {
    if (!possible[ri]) continue;
    const row = lex.triggers[ri];
    for (const m of row.word.all(st)) {
      all.push({
        start: m.index!,
        end: m.index! + m[0].length,
        text: m[0],
        row,
        blocked: false,
        negated: false,
      });
    }
  }
  // longest wins; on equal length the earlier lexicon row
  all.sort((a, b) =>
    (b.end - b.start) - (a.end - a.start) || a.row.order - b.row.order || a.start - b.start
  );
  const kept: _Trigger[] = [];
  for (const t of all) {
    if (!kept.some((k) => k.start < t.end && t.start < k.end)) kept.push(t);
  }
  kept.sort((a, b) => a.start - b.start);
  for (const t of kept) {
    const clauseStart = _lastAtMost(boundaries, t.start);
    const window = st.slice(Math.max(clauseStart, t.start - 45), t.start);
    if (lex.blocker.test(window)) t.blocked = true;
    // a bare gerund ("Seizing Pokrovsk would...", "capturing and solidifying") is not an assertion
    const firstWord = t.text.split(/\s+/)[0].toLowerCase();
    if (
      /ing$/.test(firstWord) && !["contested"].includes(t.row.kind) && !t.row.voice &&
      !/^(?:fighting|holding)$/.test(firstWord)
    ) {
      const prevWord = (st.slice(0, t.start).match(/([\p{L}'’]+)\s*$/u)?.[1] ?? "").toLowerCase();
      if (!lex.aux.has(prevWord) && !/['’](?:re|s)$/.test(prevWord)) t.blocked = true;
    }
    if (
      /^the\s|\sof$/i.test(t.text) &&
      /^[^,.;]{0,60}?\b(?:would|could|might|will|may)\b/i.test(st.slice(t.end))
    ) {
      t.blocked = true; // "the fall of X would be a blow"
    }
    // "the territory seized by Ukraine", "villages captured by Russia in 2024": a description
    // of ground, not an assertion of the sentence
    if (/^\p{L}+$/u.test(t.text) && /^\s+by\b/i.test(st.slice(t.end))) {
      const pw = st.slice(Math.max(0, t.start - 30), t.start).match(/(\p{Ll}+)\s+$/u)?.[1];
      if (pw && !lex.aux.has(pw) && !/ly$/.test(pw) && !/^(?:be|being|get|got)$/.test(pw)) {
        t.blocked = true;
      }
    }
    // "its advance slowed", "the pace of their advance": the noun without a place is no claim
    if (
      /^advances?$/i.test(t.text) &&
      /\b(?:its|their|the|a|an|this|that|his|her|any|further|slow|slower|rapid|steady)\s+$/i.test(
        st.slice(Math.max(0, t.start - 12), t.start),
      ) &&
      !/^\s+(?:on|into|in|toward|towards|near|around|to)\s/i.test(st.slice(t.end, t.end + 10))
    ) t.blocked = true;
    if (!t.row.negative) {
      const pre = st.slice(Math.max(clauseStart, t.start - 25), t.start);
      if (/(?:\bnot|n['’]t|\bnever|\bno longer|\bfailed to)\s+(?:\p{L}+\s+)?$/iu.test(pre)) {
        t.negated = true;
      }
    }
  }
  return kept;
}

function _scopes(
  st: string,
  actors: readonly ActorMention[],
  triggers: readonly _Trigger[],
  boundaries: number[],
  ctx: _Ctx,
): _Scope[] {
  const { lex, state } = ctx;
  const scopes: _Scope[] = [];
  const cues: {
    start: number;
    end: number;
    voice: _Voice;
    kind: _Scope["kind"];
    deny: boolean;
    subjStart: number;
    backward: boolean;
  }[] = [];
  const voiceOf = (m: ActorMention) => _voiceOf(m, ctx.media);
  const GAP =
    /^(?:\s*\([^)]{0,30}\))?(?:\s*,[^,]{1,140},)?(?:\s+(?:has|have|had|also|on\s+\p{Lu}\p{Ll}+|earlier|later|previously|again|repeatedly|indirectly|flatly|flat\s+out|once\s+again|in\s+a\s+statement|on\s+Telegram|in\s+the\s+(?:area|region|sector|direction|east|south|north|west)|there|\p{Ll}+ly|is|was|are|were|keen|eager|to|wants|wanted|trying|tried|would|will|has\s+been|not|just))*(?:\s*,)?\s*$/u;
  // according to X
  for (const m of ctx.possible[lex.gate.according] ? _matchAll(st, _ACCORDING_RE) : []) {
    const after = m.index! + m[0].length;
    // the actor may begin at the article itself ("according to the Institute for the Study of War")
    const inNp = actors.filter((x) =>
      x.end > after && x.start >= m.index! + 12 && x.start <= after + 60 &&
      !/[,.;]/.test(st.slice(after, Math.max(after, x.start)))
    );
    // "according to Ukrainian analysts at DeepState": the named project, not the analysts
    const a = inNp.find((x) => x.role !== "media") ??
      inNp.find((x) => x.start <= after + 25);
    let voice: _Voice | null = a ? voiceOf(a) : null;
    if (!voice) {
      // "according to the General Staff": the side comes from the sentence or the last claimant
      const im =
        /^(?:Ukraine['’]s\s+|Russia['’]s\s+)?(general staff|(?:defen[cs]e\s+)?ministry|military|army|armed forces|command)\b/i
          .exec(st.slice(after));
      // the same institution named before keeps its side ("the General Staff reported ...
      // According to the General Staff, Russian forces attacked ...")
      const same = im && state.lastClaimant && state.lastClaimant.side !== "independent" &&
          new RegExp(im[1].split(/\s+/).at(-1)!, "i").test(state.lastClaimant.name)
        ? state.lastClaimant.side
        : null;
      const side = im
        ? (same ?? _firstSide(st) ??
          (state.lastClaimant && state.lastClaimant.side !== "independent"
            ? state.lastClaimant.side
            : null))
        : null;
      if (im && (side === "russia" || side === "ukraine")) {
        const w = im[1].toLowerCase();
        voice = {
          name: side === "russia"
            ? (/ministry/.test(w)
              ? "Russian Defence Ministry"
              : /staff/.test(w)
              ? "Russian General Staff"
              : "Russian military")
            : (/ministry/.test(w)
              ? "Ukrainian Defence Ministry"
              : /staff/.test(w)
              ? "Ukrainian General Staff"
              : "Ukrainian military"),
          side,
          role: "official",
        };
      }
    }
    if (!voice && /^(?:some|reports|sources|analysts|observers|experts)\b/i.test(st.slice(after))) {
      voice = ctx.media;
    }
    if (!voice) continue;
    const lead = st.slice(0, m.index!);
    // "..., according to ISW, which said ...": the relative clause is ISW's too, so the part
    // before still looks back to this attribution
    const relative = !!a &&
      /^\s*,\s*(?:which|who)\s+(?:\p{Ll}+ly\s+|also\s+|has\s+|had\s+|have\s+)*(?:said|says|reported|reports|added|adds|wrote|writes|noted|notes|claimed|claims|stated|states|showed|shows|assessed|assesses)\b/u
        .test(st.slice(a.end));
    const backward = /,\s*$/.test(lead) &&
      triggers.some((t) => !t.blocked && t.end <= m.index!) &&
      (relative || !triggers.some((t) => !t.blocked && t.start >= after));
    const leading = /^\s*(?:(?:but|and|meanwhile|however|also|still)\s*,?\s*)?$/i.test(lead);
    cues.push({
      start: leading ? 0 : m.index!,
      end: a ? a.end : after,
      voice,
      kind: "according",
      deny: false,
      subjStart: m.index!,
      backward,
    });
  }
  // verbs
  for (const m of ctx.possible[lex.gate.attribution] ? lex.attribution.all(st) : []) {
    const v = { start: m.index!, end: m.index! + m[0].length, word: m[0].toLowerCase() };
    // a verb that is itself part of a trigger ("claims full control" is a cue; "denied" both)
    let subj: ActorMention | null = null;
    for (let i = actors.length - 1; i >= 0; i--) {
      const a = actors[i];
      if (a.end > v.start) continue;
      if (GAP.test(st.slice(a.end, v.start))) {
        subj = a;
        // "Oleksandr Syrskyi, the commander in chief of the Armed Forces of Ukraine, confirmed"
        const p = actors[i - 1];
        if (
          p && p.role !== "media" &&
          /^\s*,\s+(?:the|a|an|its|his|her)\s[^,]*$/i.test(st.slice(p.end, a.start))
        ) {
          subj = p;
        }
        break;
      }
      break;
    }
    let voice: _Voice | null = subj ? voiceOf(subj) : null;
    let subjStart = subj ? subj.start : v.start;
    if (
      !voice && /ing$/.test(v.word) &&
      /(?:,\s*|\b(?:while|and|but|after|before|also)\s+)$/i.test(st.slice(0, v.start))
    ) {
      // "X denied the claim, saying ...": the gerund continues the last speaker
      const earlier = cues.filter((c) => c.end <= v.start).at(-1);
      if (earlier) {
        voice = earlier.voice;
        subjStart = v.start;
      }
    }
    if (!voice) {
      // relative: "..., ISW, which said ..." / "according to DeepState, which reported"
      const rel = st.slice(0, v.start).match(
        /,\s*(?:which|who)\s+(?:\p{Ll}+ly\s+|also\s+|has\s+|had\s+|have\s+)*$/u,
      );
      if (rel) {
        const comma = v.start - rel[0].length;
        const a = actors.filter((x) => x.end <= comma && comma - x.end <= 2).at(-1);
        if (a) {
          voice = voiceOf(a);
          subjStart = v.start;
        }
      }
    }
    if (!voice) {
      // inverted: `," said X` / `," said Oleksiy, a drone operator with the 59th Brigade`
      const quoted = /[,"”’]\s*$/.test(st.slice(0, v.start));
      const a = actors.find((x) => x.start >= v.end && /^\s+$/.test(st.slice(v.end, x.start))) ??
        (quoted
          ? actors.find((x) =>
            x.start >= v.end && x.start - v.end < 80 && !/[.;]/.test(st.slice(v.end, x.start))
          )
          : undefined);
      if (a && quoted) {
        voice = voiceOf(a);
        subjStart = v.start;
      }
    }
    if (!voice) {
      // "a Ukrainian officer said", `," said a Russian soldier`
      const pre = st.slice(0, v.start).match(_PERSON_BEFORE);
      const post = /[,"”’]\s*$/.test(st.slice(0, v.start))
        ? st.slice(v.end).match(_PERSON_AFTER)
        : null;
      const pm = pre ?? post;
      if (pm) {
        const side = /^Russian/i.test(pm[1]) ? "russia" : "ukraine";
        const blogger = /blogger/i.test(pm[0]);
        const analyst = /analyst/i.test(pm[0]);
        voice = analyst ? ctx.media : {
          name: side === "russia"
            ? (blogger ? "Russian military bloggers" : "Russian military")
            : (blogger ? "Ukrainian military bloggers" : "Ukrainian military"),
          side,
          role: blogger ? "blogger" : "official",
        };
        subjStart = pre ? v.start - pre[0].length : v.start;
      }
    }
    if (!voice) {
      const pre = st.slice(0, v.start);
      const pm = pre.match(lex.pronounBefore);
      if (pm) {
        const word = pm[1].toLowerCase();
        const earlier = cues.filter((c) => c.end <= v.start).at(-1);
        if (/unit|brigade|regiment|corps|battalion/.test(word) && state.lastUnit) {
          voice = state.lastUnit;
        } else if (earlier) voice = earlier.voice;
        else if (state.lastClaimant) voice = state.lastClaimant;
        else {
          const first = actors.find((a) => a.end <= pre.length - pm[0].length);
          if (first) voice = voiceOf(first);
        }
        subjStart = pre.length - pm[0].length;
      }
    }
    if (!voice) {
      // "the defence ministry said", "a military spokesman said": the side comes from the sentence
      const pre = st.slice(0, v.start);
      const im = pre.match(lex.institutionBefore);
      if (im) {
        const word = im[1].toLowerCase();
        const side = _firstSide(st) ??
          (state.lastClaimant && state.lastClaimant.side !== "independent"
            ? state.lastClaimant.side
            : null);
        if (side === "russia" || side === "ukraine") {
          const ministry = /ministry/.test(word);
          const staff = /general staff/.test(word);
          voice = {
            name: side === "russia"
              ? (ministry
                ? "Russian Defence Ministry"
                : staff
                ? "Russian General Staff"
                : "Russian military")
              : (ministry
                ? "Ukrainian Defence Ministry"
                : staff
                ? "Ukrainian General Staff"
                : "Ukrainian military"),
            side,
            role: "official",
          };
          subjStart = pre.length - im[0].length;
        }
      }
    }
    if (!voice) {
      const pre = st.slice(0, v.start);
      if (/(?:,\s*)?\b(?:but|and)\s+(?:\p{Ll}+ly\s+)?$/iu.test(pre)) {
        const first = actors.find((a) => a.end <= v.start);
        if (first) voice = voiceOf(first);
        else if (state.lastClaimant) voice = state.lastClaimant;
      }
    }
    if (!voice) continue;
    const trigBefore = triggers.some((t) => !t.blocked && t.end <= subjStart);
    const comma = st.slice(v.end).search(/[,;]/);
    const clauseAfterEnd = comma < 0 ? st.length : v.end + comma;
    const trigAfter = triggers.some((t) =>
      !t.blocked && t.start >= v.end && t.start < clauseAfterEnd && t.start !== v.start
    );
    const backward = !trigAfter && trigBefore;
    cues.push({
      start: v.start,
      end: v.end,
      voice,
      kind: "verb",
      deny: lex.deny.has(v.word),
      subjStart,
      backward,
    });
  }
  // possessive: "X's claim that"
  for (const a of actors) {
    const rest = st.slice(a.end);
    const pm = rest.match(
      /^['’]s\s+(?:recent\s+|latest\s+|earlier\s+|new\s+|repeated\s+|official\s+|daily\s+|updated\s+)?(?:claims?|statements?|assertions?|announcement|reports?|assessments?|maps?|data|update|analysis)\s+(?:(?:shows?|showed|indicates?|indicated|suggests?|suggested)\s+)?(?:that\s+)?/iu,
    );
    if (!pm) continue;
    const s = a.end + pm[0].length;
    const den = triggers.find((t) =>
      t.start >= s && t.row.kind === "denied" && t.row.attach === "before"
    );
    const b = boundaries.find((x) => x > s) ?? st.length;
    scopes.push({
      cueStart: -1,
      start: s,
      end: Math.min(den ? den.start : st.length, b),
      voice: voiceOf(a),
      kind: "possessive",
      deny: false,
    });
  }
  // "Russian claims of the capture of X", "Ukrainian reports that ..."
  for (const m of ctx.possible[lex.gate.sideClaims] ? _matchAll(st, _SIDE_CLAIMS_RE) : []) {
    const s = m.index! + m[0].length;
    if (scopes.some((x) => x.start === s)) continue;
    const side = /^(?:Russia|Moscow|Kremlin)/.test(m[1]) ? "russia" : "ukraine";
    const den = triggers.find((t) =>
      t.start >= s && t.row.kind === "denied" && t.row.attach === "before"
    );
    const b = boundaries.find((x) => x > s) ?? st.length;
    scopes.push({
      cueStart: -1,
      start: s,
      end: Math.min(den ? den.start : st.length, b),
      voice: { name: side === "russia" ? "Russia" : "Ukraine", side, role: "official" },
      kind: "possessive",
      deny: false,
    });
  }
  cues.sort((a, b) => a.start - b.start);
  const scopeBoundary = (from: number) => {
    const b = boundaries.filter((x) => x > from && x < st.length).find((x) =>
      /^(?:,\s*but|\s+but|\s+yet|;|,\s*while|\s+while|\s+whereas|,\s*as\s|\s+as\s)/i.test(
        st.slice(x, x + 8),
      ) &&
      // "... had tried to enter X but were destroyed": same subject, same speaker
      !/^(?:,\s*|\s+)(?:but|yet)\s+(?:were|was|had|have|has|did|failed|are|is|then|later|got|that|\p{Ll}+ed)\b/u
        .test(st.slice(x, x + 30))
    );
    return b ?? st.length;
  };
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i];
    const next = cues.slice(i + 1).find((x) => x.subjStart > c.end);
    if (c.backward) {
      // a denial after a postposed attribution ("X took Y, Moscow said, though Kyiv disputes
      // that") covers the same words as that attribution
      const prevCue = i > 0 ? cues[i - 1] : null;
      const prevScope = prevCue ? scopes.find((x) => x.cueStart === prevCue.start) : undefined;
      let prevEnd = !prevCue
        ? 0
        : prevCue.backward && c.deny && prevScope
        ? prevScope.start
        : prevCue.end;
      // "Moscow claimed to have seized X, a claim Kyiv confirmed": X stays Moscow's claim
      if (prevScope && !prevCue?.backward && !c.deny) prevEnd = Math.max(prevEnd, prevScope.end);
      // "Ukraine repels X as Russia claims Y": a contrast stops the reach backwards
      const contrast = boundaries.filter((x) =>
        x > prevEnd && x < c.subjStart &&
        /^(?:,\s*but|\s+but|\s+yet|;|,\s*while|\s+while|\s+whereas|\s+as\s)/i.test(
          st.slice(x, x + 8),
        )
      ).at(-1);
      if (contrast !== undefined) prevEnd = contrast;
      scopes.push({
        cueStart: c.start,
        start: prevEnd,
        end: c.subjStart,
        voice: c.voice,
        kind: c.kind,
        deny: c.deny,
      });
    } else if (c.kind === "according" && c.start <= 3) {
      scopes.push({
        cueStart: c.start,
        start: c.end,
        end: next ? next.subjStart : st.length,
        voice: c.voice,
        kind: c.kind,
        deny: false,
      });
    } else {
      const end = Math.min(next ? next.subjStart : st.length, scopeBoundary(c.end));
      scopes.push({
        cueStart: c.start,
        start: c.end,
        end,
        voice: c.voice,
        kind: c.kind,
        deny: c.deny,
      });
    }
  }
  return scopes;
}

/** A claim word found in a text (see `data/lexicon_triggers.csv`). */
export interface TriggerMatch {
  start: number;
  end: number;
  text: string;
  /** Trigger kind: a claim kind, or `control`, `withdrew`, `lost`, `liberated`, `background_*`. */
  kind: string;
  /** True when an attempt, aim or hypothetical ("trying to capture") keeps it from counting. */
  blocked: boolean;
  /** True when negated ("has not captured"). */
  negated: boolean;
}

/** The claim words of `text` (longest match wins), with attempt/aim blocking and negation. */
export function findTriggers(text: string): TriggerMatch[] {
  if (typeof text !== "string") {
    throw new TypeError(`findTriggers: expected text as a string, found ${typeof text}`);
  }
  const lex = _lex();
  const possible = lex.filter.possible(text);
  return _triggers(text, lex, _boundaries(text, lex, possible), possible).map((t) => ({
    start: t.start,
    end: t.end,
    text: t.text,
    kind: t.row.kind,
    blocked: t.blocked,
    negated: t.negated,
  }));
}
