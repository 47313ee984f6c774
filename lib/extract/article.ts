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

import type { Article, Claim, Paragraph } from "../types.ts";
import { type Actor, type ActorMention, findActors } from "../actors.ts";
import type { Gazetteer, PlaceMention } from "../places.ts";
import { splitSentences } from "../sentences.ts";
import { resolveDate } from "../dates.ts";
import { _collapseSpace } from "../_lexicon.ts";
import { codePointOffset } from "../offsets.ts";
import { findTriggers, type TriggerMatch } from "./triggers.ts";
import { articlePlaces, sentenceTargets, type Target, unknownPlaces } from "./targets.ts";
import {
  type Frame,
  frameAt,
  inQuotes,
  sentenceFrames,
  speaksBack,
  type Voice,
} from "./speakers.ts";
import { deniedAuthor, linkTargets, type Proposition, resolveClaim } from "./propositions.ts";
import { backReference } from "./backrefs.ts";
import { findPeople, mergeMentions, type People } from "./people.ts";

/** What the extractor needs besides the article. */
export interface ArticleContext {
  gazetteer: Gazetteer;
  actors: readonly Actor[];
  mediaName: string;
  commenterName: string;
  keepHedged: boolean;
}

/** What happened in one sentence (for `explainClaims`). */
export interface SentenceTrace {
  start: number;
  end: number;
  text: string;
  places: { text: string; place: string; role: Target["role"] }[];
  actors: string[];
  frames: string[];
  voice: string;
  triggers: { text: string; kind: string; blocked: string | null }[];
  records: string[];
  /** Why a sentence with a claim word gave no record. */
  none: string | null;
}

interface _State {
  /** The voice of the last sentence that had a frame. */
  last: Voice | null;
  /** The last voice of each role that had a frame. */
  lastByRole: Map<string, Voice>;
  lastParagraph: number;
  /** The voice the paragraph goes on in ("according to X, ..." at its start). */
  paragraphVoice: Voice | null;
  /** The paragraph of the last frame. */
  framePara: number;
  /** The last two settlements records were about, latest last ("the city", "either town"). */
  recent: Target[];
  /** The places the last sentence with records was about ("Kyiv denied the claim"). */
  lastTargets: Target[];
  /** Speaker of an open quotation carried into the next sentence. */
  quoteVoice: Voice | null;
  /** People the article has named with a title (surname → voice). */
  people: People;
}

const _HEDGE =
  /\b(?:reportedly|allegedly|purportedly|unconfirmed|could\s+not\s+(?:be\s+)?(?:independently\s+)?verif(?:y|ied)|unable\s+to\s+(?:independently\s+)?verify|without\s+providing\s+evidence)\b/i;

/** A sentence telling past events in the article's own voice ("since August 2024", "last year"). */
const _BACKGROUND =
  /\b(?:(?:in|since|by|from|until|during)\s+(?:early\s+|late\s+|mid-?)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d|last\s+(?:year|month|summer|autumn|fall|winter|spring|january|february|march|april|may|june|july|august|september|october|november|december)|(?:\w+\s+)?(?:months|years)\s+ago|shortly\s+after|in\s+the\s+(?:early|first)\s+(?:days|months|weeks)|full-scale\s+invasion|incursion\s+(?:began|started)|since\s+the\s+start)\b/i;

const _NARRATIVE =
  /^\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?(?:russian|ukrainian|kyiv['’]s|moscow['’]s|russia['’]s|ukraine['’]s)\s+(?:forces|troops|units|soldiers|army)\b/iu;

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
  const st: _State = {
    last: null,
    lastByRole: new Map(),
    lastParagraph: -1,
    paragraphVoice: null,
    framePara: -1,
    recent: [],
    lastTargets: [],
    quoteVoice: null,
    people: new Map(),
  };
  const main = _mainPlace(places);
  const out: Claim[] = [];
  const seen = new Set<string>();
  article.paragraphs.forEach((p, pi) => {
    if (p.kind === "header" || p.kind === "boilerplate" || p.kind === "repeat") return;
    const key = p.end - p.start > 40 ? _collapseSpace(text.slice(p.start, p.end).trim()) : "";
    if (key) {
      if (seen.has(key)) return;
      seen.add(key);
    }
    st.quoteVoice = null;
    const base = p.kind === "comment" ? commenter : media;
    const date = p.kind === "tweet" && p.date !== undefined ? p.date ?? article.date : article.date;
    for (const s of splitSentences(text, { from: p.start, to: p.end })) {
      const recs = _sentence(s, p, pi, {
        article,
        ctx,
        places,
        media,
        base,
        st,
        date,
        trace,
        pi,
        main,
      });
      for (const r of recs) out.push(r);
    }
  });
  return out;
}

/** The settlement an article names most often (first named on a tie), as a target. */
function _mainPlace(places: readonly PlaceMention[]): Target | null {
  const counts = new Map<string, { n: number; m: PlaceMention }>();
  for (const m of places) {
    if (m.kind === "region") continue;
    const c = counts.get(m.canonical);
    if (c) c.n++;
    else counts.set(m.canonical, { n: 1, m });
  }
  let best: { n: number; m: PlaceMention } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best ? { mention: best.m, start: 0, end: 0, role: "settlement" } : null;
}

interface _Env {
  article: Article;
  ctx: ArticleContext;
  places: readonly PlaceMention[];
  media: Voice;
  base: Voice;
  st: _State;
  date: string | null;
  trace: SentenceTrace[] | null;
  pi: number;
  /** The place the article is about (its most named settlement), for comments naming none. */
  main: Target | null;
}

function _sentence(
  s: { start: number; end: number; text: string },
  p: Paragraph,
  pi: number,
  env: _Env,
): Claim[] {
  const { st } = env;
  const actors = mergeMentions(
    findActors(s.text, { actors: env.ctx.actors, contextSide: st.last?.side ?? null }),
    findPeople(s.text, st.people),
  );
  const frames = p.kind === "comment" ? [] : sentenceFrames(s.text, actors, env.media);
  const fallback = _fallbackVoice(s.text, frames, env, p.kind === "comment");
  const triggers = findTriggers(s.text).filter((t) => !_insideActor(t, actors));
  const live = triggers.filter((t) => !t.blocked);
  const inSentence = env.places.filter((m) => m.start >= s.start && m.end <= s.end);
  const unknown = unknownPlaces(
    s.text,
    inSentence.map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start })),
    actors,
    env.ctx.gazetteer,
  )
    .map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start }));
  let targets = sentenceTargets(
    s,
    unknown.length ? [...inSentence, ...unknown].sort((a, b) => a.start - b.start) : inSentence,
    actors,
  );
  const usable = _usable(targets);
  const refs = usable.length
    ? _laterReference(s.text, usable)
    : p.kind === "comment" && env.main
    ? [{ ...env.main, start: 0, end: s.text.length }]
    : _denialBack(s.text, frames, live, backReference(s.text, st.recent), st.lastTargets);
  const props = live.length
    ? _propositions(s.text, live, [...usable, ...refs], frames, fallback, env.base)
    : [];
  if (refs.length) targets = [...targets, ...refs];
  _remember(st, s.text, frames, fallback, props, pi);
  const hedged = _HEDGE.test(s.text);
  const records = hedged && !env.ctx.keepHedged ? [] : _records(s, props, env, hedged);
  if (env.trace) {
    env.trace.push(_traceOf(s, targets, actors, frames, fallback, triggers, records, live.length));
  }
  return records;
}

function _insideActor(t: TriggerMatch, actors: readonly ActorMention[]): boolean {
  return actors.some((a) => a.start <= t.start && t.end <= a.end);
}

/** "Kyiv denied the claim": a denial without a place of its own rejects the last sentence's claims. */
function _denialBack(
  text: string,
  frames: readonly Frame[],
  live: readonly TriggerMatch[],
  refs: Target[],
  last: readonly Target[],
): Target[] {
  if (refs.length || !last.length) return refs;
  const denies = frames.some((f) => f.deny) || live.some((t) => t.kind === "denied");
  return denies ? last.map((t) => ({ ...t, start: text.length, end: text.length })) : refs;
}

/** "X ..., Kyiv insists it still holds the north of the city": a reference back to a place named before it in the sentence. */
function _laterReference(text: string, usable: readonly Target[]): Target[] {
  const refs = backReference(text, usable.slice(0, 1));
  return refs.filter((r) => r.start > usable[0].end && !usable.some((u) => u.start >= r.start));
}

/** The targets claims can be about: settlements, or regions when no settlement is named. */
function _usable(targets: readonly Target[]): Target[] {
  const settlements = targets.filter((t) => t.role === "settlement");
  return settlements.length ? settlements : targets.filter((t) => t.role === "region");
}

/** The voice of a sentence without a frame of its own. */
function _fallbackVoice(
  text: string,
  frames: readonly Frame[],
  env: _Env,
  comment: boolean,
): Voice {
  if (comment) return env.base;
  const { st } = env;
  if (frames.length) return frames[0].voices[0];
  if (st.quoteVoice) return st.quoteVoice;
  const back = speaksBack(text);
  if (back === "any" && st.last) return st.last;
  if (back && back !== "any") {
    const v = st.lastByRole.get(back) ?? (back === "official" ? st.last : null);
    if (v) return v;
  }
  if (st.paragraphVoice && !(_BACKGROUND.test(text))) {
    // a later paragraph that opens on the armies ("Russian forces have ...") is the article's own
    // narrative, not the source's
    if (st.framePara !== env.pi && _NARRATIVE.test(text)) return env.base;
    return st.paragraphVoice;
  }
  return env.base;
}

function _propositions(
  text: string,
  triggers: readonly TriggerMatch[],
  targets: readonly Target[],
  frames: readonly Frame[],
  fallback: Voice,
  media: Voice,
): Proposition[] {
  const out: Proposition[] = [];
  const denial = triggers.find((t) => t.kind === "denied") ?? null;
  for (const { target, trigger } of linkTargets(text, triggers, targets)) {
    const frame = trigger.background ? null : frameAt(frames, trigger.start, text);
    const outOfScope = !trigger.background && frames.length > 0 && frame === null;
    // "the Kremlin's claim that it took X is a lie": the owner claims, the speaker denies
    const owned = frame?.owner && denial !== null && trigger.kind !== "denied";
    // a denial never belongs to the owner of the claim it denies
    const speaker = owned || (frame?.owner && trigger.kind === "denied")
      ? _outerFrame(frames, frame!)
      : frame;
    const voices = trigger.background || outOfScope
      ? [media]
      : speaker
      ? speaker.voices
      : [fallback];
    const denyFrame = owned || (frame?.deny ?? false);
    const embedded = trigger.kind !== "denied" && !trigger.background &&
      (denyFrame || (denial !== null && denial.start < trigger.start + 200));
    for (const voice of voices) {
      if (embedded && (denyFrame || _sameScope(frames, denial!, trigger))) {
        const d = resolveClaim(text, { ...trigger, kind: "denied" }, target, voice);
        out.push({ target, trigger, voice, ...d, why: "denial of a claim" });
        const authors = owned ? frame!.voices : _deniedAuthors(text, frames, voice);
        for (const author of authors) {
          const c = resolveClaim(text, trigger, target, author);
          out.push({ target, trigger, voice: author, ...c, why: "the claim a denial names" });
        }
        continue;
      }
      const c = resolveClaim(text, trigger, target, voice);
      out.push({ target, trigger, voice, ...c, why: frame ? frame.how : "context voice" });
    }
    // "X said its forces took Y, which Kyiv denied": the later denial is a record too
    for (const d of frames) {
      if (!d.deny || d === frame || d.at < trigger.end || trigger.kind === "denied") continue;
      for (const voice of d.voices) {
        const r = resolveClaim(text, { ...trigger, kind: "denied" }, target, voice);
        out.push({ target, trigger, voice, ...r, why: "a later denial" });
      }
    }
  }
  return out;
}

/** The frame speaking around an owned claim: the nearest other frame before it, else after it. */
function _outerFrame(frames: readonly Frame[], inner: Frame): Frame | null {
  const others = frames.filter((f) => f !== inner && !f.owner);
  return others.filter((f) => f.at < inner.at).at(-1) ?? others[0] ?? null;
}

/** Who made the claim a denial rejects: named with the claim, or speaking elsewhere in the sentence. */
function _deniedAuthors(text: string, frames: readonly Frame[], denier: Voice): Voice[] {
  const out: Voice[] = [];
  const named = deniedAuthor(text, denier);
  for (const f of frames) {
    if (f.deny) continue;
    for (const v of f.voices) if (v.side !== denier.side || v.role !== denier.role) out.push(v);
  }
  if (named && !out.some((v) => v.side === named.side && v.role === named.role)) out.push(named);
  return out;
}

function _sameScope(frames: readonly Frame[], a: TriggerMatch, b: TriggerMatch): boolean {
  return frameAt(frames, a.start) === frameAt(frames, b.start);
}

function _remember(
  st: _State,
  text: string,
  frames: readonly Frame[],
  fallback: Voice,
  props: readonly Proposition[],
  pi: number,
): void {
  const first = frames.at(0);
  if (first) {
    st.last = first.voices[0];
    for (const f of frames) for (const v of f.voices) st.lastByRole.set(v.role, v);
    // "According to X, ..." or "X said that ..." opening a paragraph: the paragraph goes on in
    // X's voice
    st.paragraphVoice = st.last;
    st.framePara = pi;
  }
  st.lastParagraph = pi;
  const open = inQuotes(text, text.length);
  st.quoteVoice = open ? (first?.voices[0] ?? fallback) : null;
  if (props.length) st.lastTargets = [...new Set(props.map((p) => p.target))];
  for (const p of props) {
    if (p.target.role !== "settlement") continue;
    const name = p.target.mention.canonical;
    st.recent = [...st.recent.filter((t) => t.mention.canonical !== name), p.target].slice(-2);
  }
}

function _records(
  s: { start: number; end: number; text: string },
  props: readonly Proposition[],
  env: _Env,
  hedged: boolean,
): Claim[] {
  const out: Claim[] = [];
  const seen = new Set<string>();
  const day = props.length ? resolveDate(s.text, env.date ?? null).date : null;
  for (const pr of props) {
    const place = _placeName(pr.target);
    const key = `${pr.voice.name}\u0000${pr.voice.side}\u0000${place}\u0000${pr.claim}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const c: Claim = {
      article: env.article.id,
      claimant: pr.voice.name,
      side: pr.voice.side,
      role: pr.voice.role,
      place,
      area: pr.area,
      claim: pr.claim,
      status: pr.status,
      date: day,
      reported: env.article.date ?? null,
      quote: s.text,
      // code points, as the schema counts characters (see offsets.ts)
      start: codePointOffset(env.article.text, s.start),
      end: codePointOffset(env.article.text, s.end),
    };
    if (hedged) c.hedged = true;
    out.push(c);
  }
  return out;
}

/** The record's place name: a region named by its capital ("Donetsk People's Republic") is the oblast. */
function _placeName(t: Target): string {
  const m = t.mention;
  if (t.role === "region" && m.kind !== "region") {
    const o = (m.place ?? m.candidates[0])?.oblast;
    if (o) return `${o} Oblast`;
  }
  return m.canonical;
}

function _traceOf(
  s: { start: number; end: number; text: string },
  targets: readonly Target[],
  actors: readonly ActorMention[],
  frames: readonly Frame[],
  fallback: Voice,
  triggers: readonly TriggerMatch[],
  records: readonly Claim[],
  live: number,
): SentenceTrace {
  const usable = _usable(targets);
  return {
    start: s.start,
    end: s.end,
    text: s.text,
    places: targets.map((t) => ({ text: t.mention.text, place: _placeName(t), role: t.role })),
    actors: actors.map((a) => `${a.text} → ${a.canonical} (${a.side}, ${a.role})`),
    frames: frames.map((f) => `${f.voices.map((v) => v.name).join(" + ")}: ${f.how}`),
    voice: `${fallback.name} (${fallback.side}, ${fallback.role})`,
    triggers: triggers.map((t) => ({ text: t.text, kind: t.kind, blocked: t.blocked })),
    records: records.map((r) => `${r.claimant} | ${r.place} | ${r.claim} | ${r.status}`),
    none: records.length || !triggers.length
      ? null
      : !live
      ? "every claim word is blocked (attempt, negation or hypothesis)"
      : !usable.length
      ? "no place a claim can be about"
      : "no place within reach of a claim word",
  };
}
