/**
 * The corpus at a glance: one row per article with its outlet, date and how its text was cleaned
 * (words of its own prose, paragraphs, reader comments, repeated paragraphs kept once).
 *
 * @example
 * ```ts
 * import { articleSummary, loadArticles, table } from "../lib/mod.ts";
 * const { articles } = await loadArticles("../data/articles");
 * table(articleSummary(articles));
 * ```
 * @module
 */
import type { Article, ParagraphKind } from "../shared/types.ts";
import { _describe } from "../shared/_validate.ts";
import { type DataFrame, toDataFrame } from "./tabulate.ts";

/** One row of {@link articleSummary}. */
export interface ArticleSummaryRow {
  [column: string]: string | number | null;
  id: string;
  outlet: string | null;
  date: string | null;
  /** Words in the article's own prose: headline, body and tweet paragraphs (not captions,
   * comments, repeats, header or page furniture). */
  words: number;
  /** Body paragraphs. */
  paragraphs: number;
  /** Reader comments marked below the article. */
  comments: number;
  /** Paragraphs that repeat an earlier one exactly (kept once). */
  repeats: number;
}

/** The columns of {@link articleSummary}, in order. */
export const ARTICLE_SUMMARY_COLUMNS: readonly string[] = [
  "id",
  "outlet",
  "date",
  "words",
  "paragraphs",
  "comments",
  "repeats",
];

const _PROSE: ReadonlySet<ParagraphKind> = new Set(["headline", "body", "tweet"]);

/** Words in `text`: runs of letters/digits, joined by an inner apostrophe or hyphen. */
export function _countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * One summary row per article, in the order given (see {@link ArticleSummaryRow}). An article
 * without paragraphs counts the words of its whole text.
 */
export function articleSummary(articles: readonly Article[]): ArticleSummaryRow[] {
  if (!Array.isArray(articles)) {
    throw new TypeError(`articles: expected an array of articles, found ${_describe(articles)}`);
  }
  const list: readonly Article[] = articles;
  return list.map((a, i) => {
    if (
      a === null || typeof a !== "object" || typeof a.id !== "string" ||
      typeof a.text !== "string" || !Array.isArray(a.paragraphs)
    ) {
      throw new TypeError(
        `articles[${i}]: expected an article with id, text and paragraphs, found ${_describe(a)}`,
      );
    }
    const count = (kind: ParagraphKind) => a.paragraphs.filter((p) => p.kind === kind).length;
    const words = a.paragraphs.length
      ? a.paragraphs
        .filter((p) => _PROSE.has(p.kind))
        .reduce((n, p) => n + _countWords(a.text.slice(p.start, p.end)), 0)
      : _countWords(a.text);
    return {
      id: a.id,
      outlet: a.outlet,
      date: a.date,
      words,
      paragraphs: count("body"),
      comments: count("comment"),
      repeats: count("repeat"),
    };
  });
}

/** {@link articleSummary} as a danfojs DataFrame (danfojs is imported on first use only). */
export async function articleSummaryFrame(articles: readonly Article[]): Promise<DataFrame> {
  return await toDataFrame(articleSummary(articles), ARTICLE_SUMMARY_COLUMNS);
}
