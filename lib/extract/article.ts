/**
 * One article → its claim records, sentence by sentence, with a trace of each decision.
 *
 * Paragraphs marked `header`, `boilerplate` or `repeat` are skipped (a long paragraph seen before
 * is read once); reader comments speak as `commenter`. Per sentence: place targets, actor
 * mentions, attribution frames (or the voice carried from the context), claim triggers; each
 * target is linked to its trigger, each trigger to the frame whose scope covers it, and the
 * propositions become records (one per claimant, place and claim). Dates come from
 * {@link resolveDate}.
 *
 * @module
 */

import type { Article, Claim, Paragraph } from "../shared/types.ts";
import type { Actor, ActorMention } from "../lexicon/actors.ts";
import type { Gazetteer } from "../lexicon/places.ts";
import type { PlaceMention } from "../lexicon/find_places.ts";
import { hasAstral } from "../shared/offsets.ts";
import type { TriggerMatch } from "./triggers.ts";
import { readArticle, type ReadParagraph, type ReadSentence } from "./reading.ts";
import { articlePlaces, sentenceTargets, type Target, unknownOwner } from "./targets.ts";
import { type Frame, sentenceFrames, type Voice } from "./speakers.ts";
import { titledBack } from "./titled_back.ts";
import { mainPlace, mainRegion } from "./backrefs.ts";
import { postAuthor } from "./posts.ts";
import { quotedBy } from "./quote_ahead.ts";
import { inRelative } from "./relative.ts";
import { opensSourceLine, sourceLineVoice } from "./source_line.ts";
import { sentencePropositions } from "./attribute.ts";
import { learnedPlaces, namedPlaces, NAMES_PLACES, unknownIn, within } from "./lists.ts";
import { _before, actorsOf, type ArticleEnv } from "./_article_env.ts";
import { fallbackVoice, newState, remember } from "./context.ts";
import { russianSpelled } from "./russian_places.ts";
import { type SentenceTrace, traceOf } from "./trace.ts";
import { sentenceRecords } from "./records.ts";
import { aboutWhat } from "./about.ts";
import { type Statement, statementDay } from "./statements.ts";
import { authorityPlace, describesSpeaker, insideActor, whereSpeakerIs } from "./descriptions.ts";
import { _reEscape, _wordList } from "../lexicon/_lexicon.ts";

/** What the extractor needs besides the article. */
export interface ArticleContext {
  gazetteer: Gazetteer;
  actors: readonly Actor[];
  mediaName: string;
  commenterName: string;
  keepHedged: boolean;
}

/** Words that hedge a report (`data/lexicon_words.csv`: `hedge_word`), built on first use. */
let _hedgeRe: RegExp | null = null;
const _hedge = (): RegExp =>
  _hedgeRe ??= new RegExp(
    `\\b(?:${_wordList("hedge_word").map((w) => _reEscape(w).replace(/ /g, "\\s+")).join("|")})\\b`,
    "i",
  );

/** The claim records of one article (unsorted ids: see `extractClaims`), and its trace. */
export function articleClaims(
  article: Article,
  ctx: ArticleContext,
  trace: SentenceTrace[] | null = null,
): Claim[] {
  const text = article.text;
  const places = articlePlaces(text, ctx.gazetteer);
  const media: Voice = {
    name: article.outlet || ctx.mediaName,
    side: "independent",
    role: "media",
  };
  const commenter: Voice = { name: ctx.commenterName, side: "independent", role: "commenter" };
  const st = newState();
  const main = mainPlace(places);
  const region = mainRegion(places);
  const astral = hasAstral(text);
  const said: { statement: Statement | null } = { statement: null };
  // (names a "village of X" pattern found are settlements wherever the article repeats them)
  const learned = new Map(
    places.filter((m) => m.source === "pattern").map((m) => [m.text, m] as const),
  );
  const out: Claim[] = [];
  const needsActors = (t: string, found: readonly TriggerMatch[]) => !_quiet(t, found, trace);
  // (one environment for the article: the paragraph's fields are set as the loop reaches it)
  const env: ArticleEnv = {
    article,
    ctx,
    places,
    media,
    base: media,
    st,
    date: article.date,
    trace,
    pi: -1,
    main,
    region,
    astral,
    learned,
    said,
    before: null,
  };
  const read = readArticle(article, ctx.actors, needsActors);
  // (the source line each paragraph is, read once: as the next paragraph's, then as its own)
  let next = _sourceOf(read[0], env);
  read.forEach(({ p, pi, sentences }, ri) => {
    st.quoteVoice = null;
    // (`st.named` is kept: the one settlement a paragraph named last is "the village" of the next)
    // ("... — DeepState (@Deepstatemap) March 3": every sentence of the post is its author's)
    const author = p.kind === "comment" ? null : postAuthor(sentences, sentences.at(-1)?.table);
    // ("10:42 — ...": a live blog's new entry is not the voice of the entry before)
    if (author || _LIVE_ENTRY.test(text.slice(p.start, p.start + 24))) st.paragraphVoice = null;
    // ("Source: X, spokesperson of ...": the paragraph before the line is X's, and so are the
    // paragraphs after it until another speaker)
    const line = next;
    const source = next = _sourceOf(read[ri + 1], env);
    env.base = p.kind === "comment" ? commenter : author ?? source ?? media;
    env.date = p.kind === "tweet" && p.date !== undefined ? p.date ?? article.date : article.date;
    env.pi = pi;
    sentences.forEach((s, i) => {
      for (const r of _sentence(s, p, pi, env, () => _quoteVoice(p, sentences, i, env))) {
        out.push(r);
      }
    });
    if (line) Object.assign(st, { paragraphVoice: line, last: line, framePara: pi });
  });
  return out;
}

function _sentence(
  s: ReadSentence,
  p: Paragraph,
  pi: number,
  env: ArticleEnv,
  quoted: () => Voice | null,
): Claim[] {
  const { st } = env;
  // "DeepState named A, B and C. Russian forces moved close to these villages."
  const before = env.before;
  env.before = s;
  const found = inRelative(s.text, s.triggers);
  const actors = s.table === null ? [] : actorsOf(s, env);
  const quiet = s.table === null;
  // "RIA Novosti reports, citing ...": a later "the agency said" is the outlet named last
  // ("using data from ISW. The think tank said ...": so is a mapping project or a blogger)
  for (const role of _NAMED_BACK) {
    const a = actors.findLast((a) => a.role === role);
    if (a) st.lastByRole.set(role, { name: a.canonical, side: a.side, role });
  }
  const frames = p.kind === "comment" || quiet ? [] : _framesOf(s.text, actors, env);
  // a headline or a subheading ("Russia's advance in the X direction") is the article's own
  const fallback = !frames.length && _heading(env.article.text, p)
    ? env.base
    : fallbackVoice(s.text, frames, st, env.base, pi, p.kind === "comment", !quiet);
  const day = statementDay(env.said, s.text, frames, pi, env.date);
  // (a claim word inside a speaker's own description is none: "a brigade operating in X said")
  const triggers = found.filter((t) => !insideActor(t, actors) && !describesSpeaker(t, frames));
  const live = triggers.filter((t) => !t.blocked);
  // ('"A. B," said Y.': the quotation's earlier sentences are Y's too)
  const voice = frames.length || !live.length || p.kind === "comment"
    ? fallback
    : quoted() ?? fallback;
  // "These are such settlements as A and B": the places of the sentence before's region claim
  const names = !live.length && st.regionProps.length > 0 && NAMES_PLACES.test(s.text);
  // only sentences with a claim word need their places (the context is kept for all)
  if (!live.length && !env.trace && !names) {
    remember(st, s.text, frames, fallback, [], pi);
    return [];
  }
  const { listed, named } = _before(before, env);
  const all = _targetsOf(s, actors, env);
  let targets = all.filter((t) => !whereSpeakerIs(s.text, t, frames));
  // "a soldier fighting near X said ... the town's east": where the speaker is, referred back to
  const here = all.length > targets.length
    ? all.find((t) => !targets.includes(t))!
    : authorityPlace(all, actors) ?? named;
  const { own, refs } = aboutWhat(s, targets, live, frames, p, env, listed, here);
  const props = live.length
    ? sentencePropositions(
      s.text,
      live,
      [...own, ...refs],
      frames,
      voice,
      env.base,
      triggers.filter((t) => t.blocked),
    )
    : names
    ? namedPlaces(st.regionProps, targets)
    : [];
  if (refs.length) targets = [...targets, ...refs];
  remember(st, s.text, frames, voice, props, pi);
  // (a sentence without propositions has no records, hedged or not)
  const hedged = props.length > 0 && _hedge().test(s.text);
  const records = hedged && !env.ctx.keepHedged ? [] : sentenceRecords(s, props, {
    article: env.article,
    date: env.date,
    astral: env.astral,
    spellings: st.spellings,
    statementDay: day && props.every((pr) => pr.voice.name === day.voice) ? day.day : undefined,
  }, hedged);
  if (env.trace) {
    env.trace.push(traceOf(s, targets, actors, frames, voice, triggers, records, live.length));
  }
  return records;
}

/** A sentence's place targets: the article's mentions in it, and names the gazetteer lacks. */
function _targetsOf(
  s: { start: number; end: number; text: string },
  actors: readonly ActorMention[],
  env: ArticleEnv,
): Target[] {
  const inSentence = within(env.places, s.start, s.end);
  const found = unknownIn(s, inSentence, actors, env.ctx.gazetteer);
  const unknown = learnedPlaces(env.learned, s, inSentence, found);
  return _withOwners(
    sentenceTargets(
      s,
      unknown.length ? [...inSentence, ...unknown].sort((a, b) => a.start - b.start) : inSentence,
      actors,
    ),
    env.places,
  );
}

/** The roles a reference back ("the agency", "the think tank", "the blogger") takes when named. */
const _NAMED_BACK = ["media", "mapping", "blogger"] as const;
/** The opening of a live blog's entry: a clock time and a dash or colon ("12:30 GMT —"). */
const _LIVE_ENTRY =
  /^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:GMT|UTC|CET|EET|EEST|Kyiv\s+time)?\s*[—–-]|\d{1,2}:\d{2}\s*:)/u;

/** A headline, or a short body paragraph with no closing punctuation (a subheading). */
function _heading(text: string, p: Paragraph): boolean {
  if (p.kind === "headline") return true;
  return p.kind === "body" && p.end - p.start < 100 &&
    !/[.!?:;"”’)…]\s*$/u.test(text.slice(p.start, p.end));
}

/**
 * Every sentence with a frame holds one of these (see `speakers.ts`): cheap to test first
 * (`tests/extract_prefilters_test.ts` checks it against the frame RegExps).
 */
export const _MAY_SPEAK =
  /(?<![a-z])(?:sa(?:id|ys?)|told|tells?|stat(?:e|es|ed|ing|ement|ements)(?![a-z])|claim|report|announc|insist|acknowledg|admit|confirm|add(?:s|ed|ing)?(?![a-z])|note|stress|reveal|show|wr(?:o|i)te|post(?:s|ed|ing)?(?![a-z])|maintain|assert|declar|suggest|believ|estimat|assess|indicat|explain|warn|boast|map|prove|den(?:y|ie)|reject|refut|dismiss|reiterat|publish|releas|issu|geolocat|assur|inform|specif|clarif|emphasi|highlight|point|observ|record|mark(?:s|ed|ing)?(?![a-z])|list(?:s|ed)(?![a-z])|alleg|describ|cit(?:e|es|ed|ing)(?![a-z])|quot|spoke|tweet|updat|argu|continu|conclud|comment|remark|affirm|signal|hail|congratulat|thank|prais|celebrat|conced|disput|contradict|counter|call|label|brand|debunk|according|per\b|referenc|referring)|['’]s\b|[:—–]|-\s/iu;

/**
 * Unknown places get the owner of the region named nearest before them; Russian-spelled names in a
 * Russian region stay as written (`russian_places.ts`).
 */
function _withOwners(targets: Target[], places: readonly PlaceMention[]): Target[] {
  return russianSpelled(targets.map((t) => {
    const owner = unknownOwner(t.mention, places);
    return owner ? { ...t, owner } : t;
  }));
}

/**
 * A sentence without a claim word matters only for who speaks next: its actors are read only when
 * it may name a speaker (a verb of saying, "according to", "X's", a headline's ":" or "-").
 */
function _quiet(text: string, found: readonly TriggerMatch[], trace: unknown): boolean {
  return !trace && !found.some((t) => !t.blocked) && !_MAY_SPEAK.test(text);
}

/** The voice a source line names ({@link sourceLineVoice}), when the paragraph is one. */
function _sourceOf(r: ReadParagraph | undefined, env: ArticleEnv): Voice | null {
  const first = r?.sentences[0];
  if (!first || !opensSourceLine(first.text) || first.table === null) return null;
  return sourceLineVoice(first.text, actorsOf(first, env));
}

/** The voice named after a quotation sentence `i` of `sentences` leaves open ({@link quotedBy}). */
function _quoteVoice(p: Paragraph, sentences: ReadSentence[], i: number, env: ArticleEnv) {
  return quotedBy(
    env.article.text,
    p,
    sentences,
    i,
    (t) => {
      const frames = t.table === null ? [] : _framesOf(t.text, actorsOf(t, env), env);
      return frames.length ? frames : _titledFrame(t.text, env);
    },
  );
}

/** The frames of a sentence, read with what the article's speakers so far allow. */
function _framesOf(text: string, actors: readonly ActorMention[], env: ArticleEnv): Frame[] {
  const { st } = env;
  return sentenceFrames(
    text,
    actors,
    env.media,
    st.last !== null,
    st.last?.name,
    st.lastByRole.has("mapping"),
  );
}

/** '"...," the spokesperson said': a frame of the voice last named with that title, if any. */
function _titledFrame(text: string, env: ArticleEnv): Frame[] {
  const back = titledBack(text);
  const voice = back && env.st.lastByTitle.get(back.title);
  if (!back || !voice) return [];
  const how = `the ${back.title} (named before)`;
  return [{ voices: [voice], at: back.at, verbEnd: back.at, deny: false, how, owner: false }];
}
