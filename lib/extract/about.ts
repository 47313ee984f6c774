/**
 * What a sentence's claims are about: its place targets, claim words and frames, with the
 * article's state → the sentence's own targets and its references back ("the city", "these
 * villages", "the region", the places a denial answers, a comment's main place, the article's
 * region for a region-wide advance).
 *
 * @module
 */

import type { Paragraph } from "../shared/types.ts";
import type { PlaceMention } from "../lexicon/find_places.ts";
import type { TriggerMatch } from "./triggers.ts";
import type { Target } from "./targets.ts";
import { type Frame, speaksBack } from "./speakers.ts";
import {
  backReference,
  countedPlaces,
  denialBack,
  laterReference,
  regionReference,
  usable,
} from "./backrefs.ts";
import type { ArticleEnv } from "./_article_env.ts";
import { listReferent } from "./referents.ts";
import { answeredAfter, itAfter, namesPartOnly, rejectedBefore } from "./implied.ts";

/**
 * The places a sentence's claims are about: its own targets (with counted places named later),
 * and references back ("the city", "these villages", "the region", a comment's main place).
 */
export function aboutWhat(
  s: { start: number; end: number; text: string },
  targets: readonly Target[],
  live: readonly TriggerMatch[],
  frames: readonly Frame[],
  p: Paragraph,
  env: ArticleEnv,
  listed: () => Target[],
  named: Target | null,
): { own: Target[]; refs: Target[] } {
  const { st } = env;
  // "the city" after a sentence that named one settlement is that settlement; after one that
  // named several, the one of them the article names most
  // (asked for only by a sentence with no place of its own: see `refs`)
  const recent = () => {
    const main = named ?? listReferent(s.text, st.lastTargets, env.places);
    return main
      ? [...st.recent.filter((t) => t.mention.canonical !== main.mention.canonical), main]
      : st.recent;
  };
  // "retakes three villages in the Donetsk region": the villages named later, not the region
  // (with settlements of its own, only a count right after a claim word: "retakes three villages")
  const settled = usable(targets, s.text).some((t) => t.role === "settlement");
  const counted = countedPlaces(s, env.article.text, env.places)
    .filter((c) => !settled || live.some((t) => t.end <= c.start && c.start - t.end < 25));
  const own0 = !counted.length
    ? usable(targets, s.text)
    : settled
    ? [...counted, ...usable(targets, s.text)].sort((a, b) => a.start - b.start)
    : counted;
  // "reported the village's liberation ... in the Sumy region": the village, not the region
  const back = own0.length && own0.every((t) => t.role === "region")
    ? backReference(s.text, st.recent).filter((t) => t.role === "settlement")
    : [];
  const own = back.length ? [] : own0;
  const refs = back.length ? back : own.length
    ? [
      ...laterReference(s.text, own),
      ...itAfter(s.text, own, live),
      ...answeredAfter(s.text, own, live),
      ...rejectedBefore(s.text, own, live, st.lastTargets),
    ]
    : p.kind === "comment" && env.main
    ? [{ ...env.main, start: 0, end: s.text.length }]
    : _orRegion(
      denialBack(
        s.text,
        frames,
        live,
        backReference(s.text, recent(), listed().length ? listed() : st.lastTargets),
        _theRegion(st.lastTargets, s, env.places),
      ),
      s,
      env.places,
    );
  // a quotation that goes on about the place it named ("The enemy enters, and then we destroy it")
  // ... or a speaker named only by a reference back ("according to him", "the spokesman said")
  // "his forces repelled three attacks and advanced", said of a region-wide operation: the region
  if (
    !targets.length && !own.length && !refs.length && env.region && live.every(_moves) &&
    !_WHOLE_FRONT.test(s.text) &&
    (frames.length || st.quoteVoice !== null || speaksBack(s.text) !== null)
  ) {
    return { own, refs: [{ ...env.region, start: s.text.length, end: s.text.length }] };
  }
  // (read last: the reference back is looked for only when nothing else is found)
  // ("said its soldiers had cleared 35 buildings", "still holds the north": a part of the place
  // the article is on)
  const goesOn = () =>
    st.quoteVoice !== null || (!frames.length && speaksBack(s.text) !== null) ||
    namesPartOnly(s.text);
  // (the one place the sentence before named, else the last a claim was about)
  // (but "advances of 10 km north of Y" names its own ground, if only to locate it)
  const locates = targets.some((t) => t.role === "locator");
  if (!own.length && !refs.length && !locates && (named || st.recent.length) && goesOn()) {
    const last = named ?? st.recent.at(-1)!;
    return { own, refs: [{ ...last, start: s.text.length, end: s.text.length }] };
  }
  return { own, refs };
}

/**
 * Advances, repelled attacks, encirclements and their denials: claims that may leave their place to
 * the article's region ("He denied reports that ... had been encircled").
 */
const _moves = (t: TriggerMatch): boolean =>
  t.kind === "advancing" || t.kind === "repelled" || t.kind === "encircled" ||
  t.kind === "denied";

/**
 * The places a denial with none of its own answers: those of the last sentence with claims, but
 * only the one region "the region" names when those were regions ("reached A and pushed into the
 * B region ... Kyiv denied that troops had entered the region": B).
 */
function _theRegion(
  last: Target[],
  s: { start: number; text: string },
  places: readonly PlaceMention[],
): Target[] {
  if (last.length < 2 || last.some((t) => t.role !== "region")) return last;
  const [region] = regionReference(s.text, places, s.start);
  const named = region && last.find((t) => t.mention.canonical === region.mention.canonical);
  return named ? [named] : last;
}

/** No place yet: the region a phrase such as "the region" refers back to. */
function _orRegion(
  refs: Target[],
  s: { start: number; text: string },
  places: readonly PlaceMention[],
): Target[] {
  // ("said the claims were untrue and that its units still defend the region": both)
  const region = regionReference(s.text, places, s.start);
  if (!refs.length) return region;
  const named = new Set(refs.map((t) => t.mention.canonical));
  return [...refs, ...region.filter((t) => !named.has(t.mention.canonical))];
}

/** The whole front, no region of it ("advancing along the entire front line", "on all fronts"). */
const _WHOLE_FRONT =
  /\b(?:(?:entire|whole)\s+(?:front|frontline|front\s+line|line\s+of\s+contact)|all\s+(?:the\s+)?(?:fronts|directions|sectors|axes))\b/iu;
