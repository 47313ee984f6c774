/**
 * The load report in a notebook: a load report → a display of a summary line ("5 files: 4 read,
 * 0 repaired, 1 skipped") and one row per file with its action, articles and notes (escaped).
 *
 * @module
 */

import { _escapeHtml } from "../shared/_escape.ts";
import { _describe } from "../shared/_validate.ts";
import type { LoadReport } from "../shared/types.ts";
import { display, type Displayable, tableHtml } from "./display.ts";

/** Counts of a load report's actions, e.g. `{read: 4, repaired: 1, skipped: 0}`. */
function _reportCounts(report: LoadReport): Record<string, number> {
  const counts: Record<string, number> = { read: 0, repaired: 0, skipped: 0 };
  for (const e of report.entries) counts[e.action] = (counts[e.action] ?? 0) + 1;
  return counts;
}

/** Show a load report: a summary line and one row per file with its action, articles and notes. */
export function reportDisplay(report: LoadReport): Displayable {
  if (report === null || typeof report !== "object" || !Array.isArray(report.entries)) {
    throw new TypeError(`report: expected a load report with entries, found ${_describe(report)}`);
  }
  const counts = _reportCounts(report);
  const n = report.entries.length;
  const summary = `${n} file${n === 1 ? "" : "s"}: ${counts.read} read, ${counts.repaired} ` +
    `repaired, ${counts.skipped} skipped`;
  const rows = report.entries.map((e) => ({
    file: e.file,
    action: e.action,
    line: e.line ?? null,
    articles: e.articles.join(", "),
    notes: e.notes.join("; "),
  }));
  const html = `<p><strong>Load report.</strong> ${_escapeHtml(summary)}</p>` +
    tableHtml(rows, { columns: ["file", "action", "line", "articles", "notes"] });
  const plain = [
    summary,
    ...report.entries.map((e) =>
      `${e.action.padEnd(8)} ${e.file}${e.line ? `:${e.line}` : ""}${
        e.notes.length ? `  (${e.notes.join("; ")})` : ""
      }`
    ),
  ].join("\n");
  return display({ "text/html": html, "text/plain": plain });
}
