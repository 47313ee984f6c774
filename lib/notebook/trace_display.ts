/**
 * The extractor's trace in a notebook: an article → a display of each sentence that has a claim
 * word, with what the extractor found in it (places and what they are there, speakers, claim
 * words) and the records it made, or why it made none. Article text is escaped.
 *
 * @example
 * ```ts
 * import { loadArticles, traceDisplay } from "../lib/mod.ts";
 * const { articles } = await loadArticles("../data/articles");
 * traceDisplay(articles[0]);
 * ```
 *
 * @module
 */

import type { Article } from "../shared/types.ts";
import { explainClaims, type ExtractOptions, formatTrace } from "../extract/mod.ts";
import type { SentenceTrace } from "../extract/trace.ts";
import { display, type Displayable } from "./display.ts";
import { _escapeHtml } from "../shared/_escape.ts";

/** Options of {@link traceDisplay}. */
export interface TraceDisplayOptions extends ExtractOptions {
  /** Also show sentences without a claim word. @default false */
  all?: boolean;
}

/** The trace of `article` as a table (HTML, with the plain-text trace as its text form). */
export function traceDisplay(article: Article, options: TraceDisplayOptions = {}): Displayable {
  const trace = explainClaims(article, options);
  const shown = options.all ? trace : trace.filter((s) => s.triggers.length || s.records.length);
  const rows = shown.map(_row).join("");
  const head = `<caption>How the extractor read ${_escapeHtml(article.id)}: ${shown.length} ` +
    `sentences with a claim word, ${
      shown.reduce((n, s) => n + s.records.length, 0)
    } records</caption>`;
  const markup = `<table class="cg-trace">${head}<thead><tr><th>sentence</th><th>places</th>` +
    `<th>speakers</th><th>claim words</th><th>records, or why none</th></tr></thead>` +
    `<tbody>${rows}</tbody></table>`;
  return display({
    "text/html": markup,
    "text/plain": formatTrace(article.id, trace) || `${article.id}: no sentence with a claim word`,
  });
}

function _row(s: SentenceTrace): string {
  const places = s.places.map((p) => `${p.text} → ${p.place} (${p.role})`);
  const speakers = s.frames.length ? s.frames : [`none; voice ${s.voice}`];
  const words = s.triggers.map((t) => `${t.text} (${t.kind}${t.blocked ? `, ${t.blocked}` : ""})`);
  const out = s.records.length ? s.records : [s.none ?? ""];
  const cell = (xs: readonly string[]) => `<td>${xs.map(_escapeHtml).join("<br>")}</td>`;
  return `<tr><td>${_escapeHtml(s.text)}</td>${cell(places)}${cell(speakers)}${cell(words)}${
    cell(out)
  }</tr>`;
}
