/**
 * Loading articles: a folder (sub-folders included unless `recursive: false`) or a list of files
 * (`.txt`, `.md`, `.html`/`.htm`, `.json`, `.jsonl`, each also gzipped as `.gz`) →
 * {@link Article}s with paragraphs as offsets into the original text, plus a {@link LoadReport}
 * that names every file as read, repaired or skipped, with the reason.
 *
 * Takes: a path or a list of paths and {@link LoadOptions} (`_options.ts`). Gives: a new
 * `{ articles, report }` ({@link loadArticles}) and the report as text ({@link formatLoadReport}).
 * The pieces, in the order a file goes through them: what to read and the sidecar (`_list.ts`),
 * the bytes read (`_read_article.ts`) and decoded (`_decode.ts`), one file to articles
 * (`parse_file.ts`), each format (`_formats.ts`, HTML through `_html_text.ts` and
 * `_html_meta.ts`), paragraph kinds (`_paragraphs.ts`, with the patterns of `_patterns.ts` and the
 * repeats of `_repeats.ts`).
 *
 * Files (reading in `_read_article.ts`): only regular files are opened; a named pipe, socket or
 * device is a reported skip, decided before opening. `.gz` files are decompressed (the article id
 * of `story.txt.gz` is `story`), up to `maxDecompressedBytes`; corrupt or larger ones are skips.
 *
 * Dates (`_article_date.ts`): a record's, front matter's, page's, sidecar's or header's date is
 * read from ISO, `12 March 2025`, `March 12, 2025`, `12.03.2025`, `2025/03/12`, RSS dates and
 * epoch numbers, as the day written in the source's own offset; an impossible or ambiguous date
 * (`2025-02-30`, `03/04/2025`) is reported (`repaired`) and left null.
 *
 * Formats:
 * - `.txt`: optional first line ` date YYYY-MM-DD  Outlet` (a `header` paragraph). With a single
 *   space after the date the rest of the line is not an outlet but a paragraph of its own. A date
 *   that is not a real day is reported (`repaired`) and left null. Paragraphs are lines; blank
 *   lines separate blocks; a line starting in lower case after one without final punctuation
 *   continues it (hard-wrapped text).
 * - `.md`: optional `---` front matter (`title`, `date`, `outlet`/`source`/`publisher`,
 *   `url`/`link`), a `header` paragraph; `# Title` headline; blank-line paragraphs.
 * - `.html`/`.htm`: parse5 (the HTML parser of jsdom, scripting off), no script runs, nothing
 *   fetched. Text of the largest `<article>` (else `<main>`, else `<body>`); metadata from
 *   `og:title`/`h1`/`<title>`, `article:published_time`/`<time datetime>`/`meta name=date`,
 *   `og:site_name`, canonical link/`og:url`. Documents nested deeper than 1000 elements are
 *   skipped (a bound on the work hostile input can cause).
 * - `.json` (array, `{articles: [...]}` or one record) and `.jsonl`: `id`, `text`/`body`/`content`,
 *   `date`, `url`, `outlet`/`source`, `title`; records without text are reported and skipped.
 *
 * Cleaning never deletes: captions and credits, reader comments (from a marker such as
 * "12 comments", or a tail of comment-style paragraphs after the body), embedded tweets (with the
 * date of their signature line), exact repeats (whitespace-normalised; `repeatOf` points at the
 * first) and page furniture are marked through {@link Paragraph.kind}. The cue patterns are
 * knowledge and live in `data/load_patterns.csv` (kind, test `line`/`prefix`/`contains`, regex,
 * note; case-insensitive).
 *
 * Offsets: for `.txt`, `.md`, `.json` and `.jsonl` inputs `Article.text` is the decoded text
 * (file content, or the record's text) unaltered, BOM removed by decoding only; for HTML it is
 * the visible text extracted from the parsed page (blocks separated by blank lines, whitespace
 * collapsed), and offsets point into that. `text.slice(p.start, p.end)` is always the trimmed paragraph.
 *
 * Encodings: UTF-8 (BOM or not), UTF-16 LE/BE (BOM or NUL pattern), Windows-1251 (invalid UTF-8
 * that reads as mostly Cyrillic), an HTML page's declared charset; empty, binary and undecodable
 * files are reported skips.
 *
 * @module
 */

import type { Article, LoadEntry, LoadReport, LoadResult } from "../shared/types.ts";
import { _describe, _number } from "../shared/_validate.ts";
import { _gunzipReady, _isGzip, _readArticleSync, _readTextChecked } from "./_read_article.ts";
import { _breather, _maxDecompressed, type LoadOptions } from "./_options.ts";
import { _formatOf, _parseRead, _skipped, _unknownExtension } from "./parse_file.ts";
import { _listInput, _readSidecar } from "./_list.ts";

/** The checked arguments of {@link loadArticles}: the limit, recursion and the `.gz` cap. */
function _loadArgs(
  input: unknown,
  options: LoadOptions,
): { limit: number; recursive: boolean; maxBytes: number } {
  if (
    typeof input !== "string" &&
    !(Array.isArray(input) && input.every((x) => typeof x === "string"))
  ) {
    throw new TypeError(
      `loadArticles: input expected a path or an array of paths, found ${_describe(input)}`,
    );
  }
  if (typeof input === "string" && input === "") {
    throw new TypeError(`loadArticles: input expected a path, found ""`);
  }
  if (options === null || typeof options !== "object") {
    throw new TypeError(`loadArticles: options expected an object, found ${_describe(options)}`);
  }
  const limit = options.limit === undefined ? Infinity : _number("limit", options.limit, 0);
  if (limit !== Infinity && !Number.isInteger(limit)) {
    throw new RangeError(`limit: expected a whole number, found ${limit}`);
  }
  if (options.onProgress !== undefined && typeof options.onProgress !== "function") {
    throw new TypeError(`onProgress: expected a function, found ${_describe(options.onProgress)}`);
  }
  if (
    options.sidecar !== undefined && (typeof options.sidecar !== "string" || options.sidecar === "")
  ) {
    throw new TypeError(`sidecar: expected a path, found ${_describe(options.sidecar)}`);
  }
  if (options.recursive !== undefined && typeof options.recursive !== "boolean") {
    throw new TypeError(`recursive: expected true or false, found ${_describe(options.recursive)}`);
  }
  return {
    limit,
    recursive: options.recursive ?? true,
    maxBytes: _maxDecompressed(options.maxDecompressedBytes, ""),
  };
}

/**
 * An article with an id no earlier article has: a repeated id gets `~2`, `~3`... (noted in the
 * file's entry, which becomes `repaired`); the first owner of each id is remembered.
 */
function _uniqueId(
  a0: Article,
  file: string,
  entry: LoadEntry,
  idCount: Map<string, number>,
  idOwner: Map<string, string>,
): Article {
  let a = a0;
  const n = (idCount.get(a.id) ?? 0) + 1;
  idCount.set(a.id, n);
  if (n > 1) {
    let id = `${a.id}~${n}`;
    while (idCount.has(id)) id = `${id}~`;
    idCount.set(id, 1);
    entry.notes.push(
      `duplicate id ${JSON.stringify(a.id)} (first in ${idOwner.get(a.id)}) renamed ${
        JSON.stringify(id)
      }`,
    );
    if (entry.action === "read") entry.action = "repaired";
    a = { ...a, id };
  } else idOwner.set(a.id, file);
  return a;
}

/**
 * The sidecar's metadata applied to the loaded articles (replaced in `articles` by new objects),
 * its entry (or why it was not read) added to `entries`. `given` is the `sidecar` option.
 */
async function _applySidecar(
  sidecar: string,
  given: string | undefined,
  articles: Article[],
  entries: LoadEntry[],
): Promise<void> {
  let text: string | null;
  try {
    text = await _readTextChecked(sidecar);
  } catch (e) {
    if (given !== undefined && e instanceof Deno.errors.NotFound) {
      throw new Deno.errors.NotFound(
        `sidecar: expected a CSV file, found nothing at ${JSON.stringify(sidecar)}`,
      );
    }
    // One entry, as extractParallel gives: why it was not read.
    text = null;
    entries.push(_skipped(sidecar, [`unreadable: ${(e as Error).message}`]));
  }
  if (text !== null && (text !== "" || given === undefined)) {
    const s = _readSidecar(text, sidecar);
    const byId = new Map(articles.map((a, i) => [a.id, i]));
    // The entry that produced each id, found once (not a scan per sidecar row).
    const ownerOf = new Map<string, LoadEntry>();
    for (const e of entries) {
      for (const id of e.articles) if (!ownerOf.has(id)) ownerOf.set(id, e);
    }
    const applied: string[] = [];
    for (const row of s.rows) {
      const i = byId.get(row.id);
      if (i === undefined) {
        s.entry.notes.push(
          `line ${row.line}: unknown id ${JSON.stringify(row.id)} (no loaded article); row ignored`,
        );
        s.entry.line ??= row.line;
        if (s.entry.action === "read") s.entry.action = "repaired";
        continue;
      }
      articles[i] = { ...articles[i], ...row.meta };
      applied.push(row.id);
      const fields = Object.keys(row.meta);
      if (fields.length) {
        const owner = ownerOf.get(row.id);
        owner?.notes.push(`metadata from ${sidecar} line ${row.line}: ${fields.join(", ")}`);
      }
    }
    if (s.entry.action !== "skipped") {
      s.entry.notes.unshift(
        `sidecar applied to ${applied.length} article${applied.length === 1 ? "" : "s"}`,
      );
    }
    entries.push(s.entry);
  }
}

/**
 * Loads articles from a folder (files sorted by name, sub-folders in place unless `recursive` is
 * false), one file, or a list of files and folders (sorted by path, duplicates once), then
 * applies the sidecar. Ids are file stems (or JSON record ids); a repeated id gets `~2`,
 * `~3`... in load order, reported. Every file found ends in `report.entries` as read, repaired
 * or skipped.
 *
 * Throws `TypeError` on a wrong input shape, `RangeError` on a bad `limit` or
 * `maxDecompressedBytes`, and
 * `Deno.errors.NotFound` when the top-level input path (or an explicit `sidecar`) does not exist.
 * Files that cannot be read or parsed, and missing paths inside a list, are reported skips.
 *
 * @example
 * ```ts
 * const { articles, report } = await loadArticles("data/articles");
 * console.error(formatLoadReport(report));
 * ```
 */
export async function loadArticles(
  input: string | string[],
  options: LoadOptions = {},
): Promise<LoadResult> {
  const { limit, recursive, maxBytes } = _loadArgs(input, options);

  const entries: LoadEntry[] = [];
  const listed = await _listInput(input, recursive, options.sidecar, "loadArticles");
  const files = listed.files;
  const pre = listed.skipped;
  const sidecar = listed.sidecar;

  if (files.some((f) => !pre.has(f) && _isGzip(f))) await _gunzipReady();
  const articles: Article[] = [];
  const idOwner = new Map<string, string>();
  const idCount = new Map<string, number>();
  // reads are synchronous (cheaper than an async read's hand-off); let the event loop run now and
  // then, so that progress displays update
  const breathe = _breather();
  for (let k = 0; k < files.length; k++) {
    await breathe();
    const file = files[k];
    let entry: LoadEntry;
    if (pre.has(file)) {
      entry = pre.get(file)!;
    } else if (articles.length >= limit) {
      entry = _skipped(file, [`limit reached (limit: ${limit})`]);
    } else if (!_formatOf(file)) {
      entry = _skipped(file, [_unknownExtension(file)]);
    } else {
      // Synchronous: an async read's hand-off to another thread costs more than the read.
      const read = _readArticleSync(file, maxBytes);
      if ("reason" in read) entry = _skipped(file, [read.reason]);
      else {
        const r = _parseRead(read, file);
        entry = { ...r.entry, notes: [...r.entry.notes], articles: [] };
        for (const a0 of r.articles) {
          if (articles.length >= limit) {
            entry.notes.push(
              `limit reached (limit: ${limit}): ${
                JSON.stringify(a0.id)
              } and later records not loaded`,
            );
            break;
          }
          const a = _uniqueId(a0, file, entry, idCount, idOwner);
          articles.push(a);
          entry.articles.push(a.id);
        }
      }
    }
    entries.push(entry!);
    options.onProgress?.(k + 1, files.length, file);
  }

  if (sidecar) await _applySidecar(sidecar, options.sidecar, articles, entries);
  return { articles, report: { entries } };
}

/** Human-readable report lines (one per entry, then a summary), for stderr. */
export function formatLoadReport(report: LoadReport): string {
  if (!report || typeof report !== "object" || !Array.isArray(report.entries)) {
    throw new TypeError(
      `formatLoadReport: expected a report {entries: [...]}, found ${_describe(report)}`,
    );
  }
  const lines = report.entries.map((e) => {
    const where = e.line ? `${e.file}:${e.line}` : e.file;
    const n = e.articles.length;
    const what = n === 0 ? "" : ` (${n} article${n === 1 ? "" : "s"})`;
    const why = e.notes.length ? `: ${e.notes.join("; ")}` : "";
    return `${e.action.padEnd(8)} ${where}${what}${why}`;
  });
  const count = (a: LoadEntry["action"]) => report.entries.filter((e) => e.action === a).length;
  const total = report.entries.reduce((s, e) => s + e.articles.length, 0);
  lines.push(
    `${report.entries.length} file${report.entries.length === 1 ? "" : "s"}: ${
      count("read")
    } read, ${count("repaired")} repaired, ${count("skipped")} skipped; ${total} article${
      total === 1 ? "" : "s"
    }`,
  );
  return lines.join("\n");
}
