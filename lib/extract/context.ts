/**
 * The context a sentence is read in: what an article has said so far (its last speakers by role,
 * the voice a paragraph goes on in, an open quotation, the places recent claims were about, the
 * people it has named) → the voice of a sentence without a frame of its own. Updated after each
 * sentence by {@link remember}.
 *
 * @module
 */

import { type Frame, speaksBack, type Voice } from "./speakers.ts";
import { inQuotes } from "./_quotes.ts";
import { titledBack, titlesOf } from "./titled_back.ts";
import type { Target } from "./targets.ts";
import type { Proposition } from "./propositions.ts";
import type { People } from "./people.ts";

/** What an article has said so far. */
export interface ArticleState {
  /** The voice of the last sentence that had a frame. */
  last: Voice | null;
  /** The last voice of each role that had a frame. */
  lastByRole: Map<string, Voice>;
  /** The last voice named with each title ("a spokesperson for X said": `spokesperson`). */
  lastByTitle: Map<string, Voice>;
  lastParagraph: number;
  /** The voice the paragraph goes on in ("according to X, ..." at its start). */
  paragraphVoice: Voice | null;
  /** The paragraph of the last frame. */
  framePara: number;
  /** The last two settlements records were about, latest last ("the city", "either town"). */
  recent: Target[];
  /** The places the last sentence with records was about ("Kyiv denied the claim"). */
  lastTargets: Target[];
  /** The settlements the sentence before named, when it named two or more ("these villages"). */
  listed: Target[];
  /** The one settlement the sentence before named (in the same paragraph), or null. */
  named: Target | null;
  /** What the sentence before claimed about a region ("These are A and B" names its places). */
  regionProps: Proposition[];
  /** Speaker of an open quotation carried into the next sentence. */
  quoteVoice: Voice | null;
  /** The first spelling of each unknown place's records, by a spelling-blind key. */
  spellings: Map<string, string>;
  /** People the article has named with a title (surname → voice). */
  people: People;
}

/** The state of an article before its first sentence. */
export function newState(): ArticleState {
  return {
    last: null,
    lastByRole: new Map(),
    lastByTitle: new Map(),
    lastParagraph: -1,
    paragraphVoice: null,
    framePara: -1,
    recent: [],
    lastTargets: [],
    listed: [],
    named: null,
    regionProps: [],
    quoteVoice: null,
    spellings: new Map(),
    people: new Map(),
  };
}

/** The publication speaking of itself ("we reported", "as we wrote"). */
const _WE_SAY =
  /^(?:[^"“”]*\s)?(?:we|We)\s+(?:have\s+|had\s+)?(?:reported|wrote|noted|said|covered)\b/u;

/** Unnamed reports as the source ("Latest reports suggest", "Reports say"). */
const _REPORTS_SAY =
  /^\s*(?:(?:the\s+)?(?:latest|recent|some|other|unconfirmed|new|media|several)\s+)?reports\s+(?:suggest|say|said|indicate|show|claim)|,\s*according\s+to\s+(?:(?:some|various|recent|latest|most|western|independent|rough)\s+)?(?:estimates|calculations|figures|reports)\s*[.!]?\s*$/iu;

/** A sentence telling past events in the article's own voice ("since August 2024", "last year"). */
const _BACKGROUND =
  /\b(?:(?:in|since|by|from|until|during)\s+(?:early\s+|late\s+|mid-?)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d|last\s+(?:year|month|summer|autumn|fall|winter|spring|january|february|march|april|may|june|july|august|september|october|november|december)|(?:\w+\s+)?(?:months|years)\s+ago|shortly\s+after|in\s+the\s+(?:early|first)\s+(?:days|months|weeks)|(?:later|earlier)\s+that\s+(?:same\s+)?year|(?:in|since)\s+(?:early\s+|late\s+|mid-?)?(?:january|february|march|april|june|july|august|september|october|november|december|May(?=\s+(?:after|following|when|before)))(?!\s+\d)|(?:on\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|full-scale\s+invasion|incursion\s+(?:began|started)|(?:launched|began|started)\s+(?:its|their|the)\s+(?:[a-z-]+\s+)?(?:incursion|invasion)|since\s+the\s+start)\b/i;

/**
 * Every match of `_BACKGROUND` holds one of these (same flags): two digits (a year), a month's
 * name, "last", "ago", ... A cheap test first: most sentences hold none.
 */
const _BACKGROUND_KEY =
  /\d\d|last|ago|shortly|(?:early|first)\s+(?:days|months|weeks)|(?:later|earlier)\s+that|january|february|march|april|june|july|august|september|october|november|december|may\s+(?:after|following|when|before)|full-scale|incursion|invasion|since\s+the\s+start/i;

const _NARRATIVE =
  /^\s*(?:(?:for\s+(?:months|weeks|days|years)|over\s+the\s+(?:past|last)\s+[^,.;:]{1,20}|in\s+recent\s+(?:days|weeks|months)|meanwhile|recently|earlier|since\s+[^,.;:]{1,25}),\s*)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?(?:russian|ukrainian|kyiv['’]s|moscow['’]s|russia['’]s|ukraine['’]s|zelensk[yi]{1,2}['’]s|putin['’]s)\s+(?:forces|troops|units|soldiers|army|military|\d{1,3}(?:st|nd|rd|th)\s+(?:[\p{L}-]+\s+){0,2}?(?:brigade|corps|regiment|battalion|division))\b/iu;

/** A sentence that opens by describing a place ("X is one of", "X, a town of 10,000, lies"). */
const _DESCRIBES =
  /^\s*(?:the\s+(?:city|town|village)\s+of\s+)?(?!(?:There|It|This|That|These|Those|He|She|They|We|What|Which|Here|Russia|Ukraine)\b)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:,[^,;:"“”]{3,60},)?\s+(?:is|was|lies|lay|sits|sat|had\s+been|has\s+been)\s+(?:one\s+of|among|a|an|located|situated|home\s+to)\b/u;

/**
 * The voice of a sentence without a frame of its own: a quotation's speaker, the speaker a
 * reference back names ("he added", "the agency said"), the voice the text goes on in (not for
 * background or the article's own narrative), else `base` (the article's voice, or a comment's).
 * `maySpeak` false: the caller knows the text fails `_MAY_SPEAK` of `article.ts`, the cheap gate
 * of every reference back, so none is looked for.
 */
export function fallbackVoice(
  text: string,
  frames: readonly Frame[],
  st: ArticleState,
  base: Voice,
  paragraph: number,
  comment: boolean,
  maySpeak = true,
): Voice {
  if (comment) return base;
  // the owner of a claim a sentence names ("the statements made by X") is not its speaker
  const speaking = frames.find((f) => !f.owner);
  if (speaking) return speaking.voices[0];
  if (st.quoteVoice) return st.quoteVoice;
  const back = maySpeak ? speaksBack(text) : null;
  // "We reported that ...": the publication itself
  if (back === "any" && _WE_SAY.test(text)) return base;
  // "Latest reports suggest that ...": unnamed reports, the article's own voice
  if (_REPORTS_SAY.test(text)) return base;
  if (back === "any" && st.last) return st.last;
  if (back && back !== "any") {
    // ("..., the spokesperson said": the one last named so, not the ministry quoted in between)
    const title = back === "official" ? titledBack(text) : null;
    const v = (title && st.lastByTitle.get(title.title)) ?? st.lastByRole.get(back) ??
      (back === "official" ? st.last : null);
    if (v) return v;
  }
  if (st.paragraphVoice && !(_BACKGROUND_KEY.test(text) && _BACKGROUND.test(text))) {
    // a later paragraph that opens on the armies ("Russian forces have ...") is the article's own
    // narrative, not the source's
    // (and so does one that describes a place: "X is one of the last cities still held by ...")
    if (st.framePara !== paragraph && (_NARRATIVE.test(text) || _DESCRIBES.test(text))) {
      return base;
    }
    return st.paragraphVoice;
  }
  return base;
}

const _DISCLAIMER =
  /\b(?:could\s+not|cannot|can't|was\s+unable\s+to|were\s+unable\s+to|is\s+unable\s+to)\s+(?:be\s+)?(?:independently\s+)?(?:verify|verified|confirm|confirmed)\b/iu;

/** Every match of `_DISCLAIMER` holds one of these (same flags but `u`: no letter of them folds). */
const _DISCLAIMER_KEY = /verif|confirm/i;

/** The cheap tests and the RegExps they guard (for tests: a key must match wherever they do). */
export const _CONTEXT_PREFILTERS: readonly { key: RegExp; guards: readonly RegExp[] }[] = [
  { key: _BACKGROUND_KEY, guards: [_BACKGROUND] },
  { key: _DISCLAIMER_KEY, guards: [_DISCLAIMER] },
];

const _RELATIVE_BEFORE = /\b(?:which|that|whom|where)\s+$/iu;

/** Updates the article's state after a sentence (the only function here that changes its input). */
export function remember(
  st: ArticleState,
  text: string,
  frames: readonly Frame[],
  fallback: Voice,
  props: readonly Proposition[],
  pi: number,
): void {
  // the owner of a claim the sentence names ("despite X's claim that ...") does not speak on
  // (nor does a relative clause's: "X, which Moscow claimed to have taken, remains contested,
  // Ukrainian officials said" goes on in Kyiv's voice)
  const own = frames.filter((f) => !f.owner);
  const first = own.find((f) => !_RELATIVE_BEFORE.test(text.slice(Math.max(0, f.at - 12), f.at))) ??
    own[0];
  if (first) {
    st.last = first.voices[0];
    for (const f of frames) for (const v of f.voices) st.lastByRole.set(v.role, v);
    for (const [title, v] of titlesOf(text, own)) st.lastByTitle.set(title, v);
    // "According to X, ..." or "X said that ..." opening a paragraph: the paragraph goes on in
    // X's voice
    st.paragraphVoice = st.last;
    st.framePara = pi;
  } else if (_DISCLAIMER_KEY.test(text) && _DISCLAIMER.test(text)) {
    // "Reuters could not independently verify the reports": the reported voice ends there
    st.paragraphVoice = null;
  }
  st.lastParagraph = pi;
  const open = inQuotes(text, text.length);
  st.quoteVoice = open ? (first?.voices[0] ?? fallback) : null;
  if (props.length) st.lastTargets = [...new Set(props.map((p) => p.target))];
  st.regionProps = props.filter((p) => p.target.role === "region");
  for (const p of props) {
    if (p.target.role !== "settlement") continue;
    const name = p.target.mention.canonical;
    st.recent = [...st.recent.filter((t) => t.mention.canonical !== name), p.target].slice(-2);
  }
}
