/**
 * The extraction stage: loaded articles → claim records (`claims-schema.md`).
 *
 * One sentence at a time, in five steps, each its own file:
 * - `targets.ts`: place mentions, and which of them a claim can be about;
 * - `triggers.ts`: claim words (`data/claim_triggers.csv`), with attempts and negations blocked;
 * - `speakers.ts`: attribution frames (who speaks, where), and the voice carried from context;
 * - `propositions.ts`: each place linked to its claim word and speaker; kind, status, area,
 *   denials and the claims they name;
 * - `article.ts`: the loop over paragraphs and sentences, dates, records, and the trace.
 *
 * Pure and deterministic: records are sorted by article id, then start, and get the id
 * `<article>:<start>:<n>`; offsets are Unicode code points, and
 * `textAt(text, start, end) === quote` always holds (`../offsets.ts`).
 *
 * @example
 * ```ts
 * import { extractClaims, loadArticles } from "../mod.ts";
 * const { articles } = await loadArticles("data/articles");
 * const claims = extractClaims(articles);
 * ```
 *
 * @module
 */

import type { Article, Claim } from "../shared/types.ts";
import { type Actor, defaultActors } from "../lexicon/actors.ts";
import { defaultGazetteer, type Gazetteer } from "../lexicon/places.ts";
import { articleClaims, type ArticleContext } from "./article.ts";
import type { SentenceTrace } from "./trace.ts";

export { findTriggers } from "./triggers.ts";
export type { TriggerKind, TriggerMatch } from "./triggers.ts";
export type { SentenceTrace } from "./trace.ts";
export { formatTrace } from "./trace.ts";

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

/**
 * Claim records of one article or many, sorted by article id then start. Throws `TypeError` for
 * articles or options of the wrong shape, `RangeError` for paragraphs outside the text.
 */
export function extractClaims(
  articles: Article | readonly Article[],
  options: ExtractOptions = {},
): Claim[] {
  const list: readonly Article[] = Array.isArray(articles)
    ? articles as readonly Article[]
    : [articles as Article];
  const ctx = _context(options);
  list.forEach(_checkArticle);
  const sorted = [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: Claim[] = [];
  for (const a of sorted) for (const c of _withIds(articleClaims(a, ctx))) out.push(c);
  return out;
}

/** What the extractor saw in each sentence of `article`, and the records it made. */
export function explainClaims(article: Article, options: ExtractOptions = {}): SentenceTrace[] {
  const ctx = _context(options);
  _checkArticle(article, 0);
  const trace: SentenceTrace[] = [];
  articleClaims(article, ctx, trace);
  return trace;
}

function _context(options: ExtractOptions): ArticleContext {
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
  return {
    gazetteer: options.gazetteer ?? defaultGazetteer(),
    actors: options.actors ?? defaultActors(),
    mediaName: options.mediaName ?? "media",
    commenterName: options.commenterName ?? "reader comment",
    keepHedged: options.keepHedged ?? true,
  };
}

function _checkArticle(a: Article, i: number): void {
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
}

/**
 * Sorted by start (stable), ids `<article>:<start>:<n>`. The records are the article's own, made
 * for this call: each gets its id in place (as its last field), and records already in order of
 * start (most articles) are not sorted again.
 */
function _withIds(claims: Claim[]): Claim[] {
  const inOrder = claims.every((c, i) => i === 0 || claims[i - 1].start <= c.start);
  const sorted = inOrder
    ? claims
    : claims.map((c, i) => ({ c, i })).sort((a, b) => a.c.start - b.c.start || a.i - b.i)
      .map(({ c }) => c);
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i];
    n = i > 0 && sorted[i - 1].start === c.start ? n + 1 : 0;
    c.id = `${c.article}:${c.start}:${n}`;
  }
  return sorted;
}
