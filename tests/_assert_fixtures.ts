/** Test fixtures of the assertion and syndication tests: articles built from sentences of our own. */
import type { Article, Paragraph, ParagraphKind } from "../lib/shared/types.ts";

/** An article from paragraphs: the first is the headline, the rest body (or given kinds). */
export function article(
  id: string,
  date: string | null,
  parts: readonly (string | [ParagraphKind, string])[],
  outlet: string | null = null,
): Article {
  let text = "";
  const paragraphs: Paragraph[] = [];
  parts.forEach((p, i) => {
    const [kind, s] = typeof p === "string" ? [i === 0 ? "headline" : "body", p] as const : p;
    if (text) text += "\n\n";
    paragraphs.push({ start: text.length, end: text.length + s.length, kind });
    text += s;
  });
  return {
    id,
    path: `${id}.txt`,
    format: "txt",
    outlet,
    date,
    title: null,
    url: null,
    text,
    paragraphs,
  };
}
