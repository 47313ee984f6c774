/**
 * The publication date of a text pasted from a web page, read from its byline: paragraphs → the
 * first short line near the top that is only a date ("November 12, 2025 4:31 PM", "Published:
 * 12 March 2025", "Updated 12.03.2025 10:00"), its ISO day and its paragraph index, or null.
 *
 * Used only when the file gives no date of its own (a `.txt` header, Markdown front matter). The
 * line is then page furniture (`header`), not a sentence. A date inside a sentence ("On 12 March
 * 2025, Russian troops ...") is never read: the line must be a date and nothing else.
 * @module
 */
import type { Paragraph } from "../shared/types.ts";
import { _articleDate } from "./_article_date.ts";

/** How far down the top matter is read: this many paragraphs, or to the first long one. */
const _TOP_PARAGRAPHS = 8;
const _SHORT = 80;

/** "Published:", "Updated on", "Last updated", "Posted", "Date:" before the date. */
const _LABEL =
  /^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)|date)\s*(?:on|at)?\s*:?\s*/i;
/** What may follow a byline's date: " | Updated ...", " · 5 min read", " (UTC)". */
const _TAIL = /\s*(?:[|·•]|\s-\s|,\s*(?:updated|last\s+updated)\b).*$/i;

/** The byline date of `paragraphs` (see the module doc), or null when the top has none. */
export function _bylineDate(
  text: string,
  paragraphs: readonly Paragraph[],
): { date: string; index: number } | null {
  const top = Math.min(paragraphs.length, _TOP_PARAGRAPHS);
  for (let i = 0; i < top; i++) {
    const p = paragraphs[i];
    const line = text.slice(p.start, p.end).trim();
    if (line.length > _SHORT) {
      if (p.kind === "body") return null;
      continue;
    }
    const bare = line.replace(_LABEL, "").replace(_TAIL, "").trim();
    if (!/\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}/.test(bare)) continue;
    const r = _articleDate(bare);
    if (r.date !== null) return { date: r.date, index: i };
  }
  return null;
}
