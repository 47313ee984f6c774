/**
 * One file to articles: the format from the extension (inside a `.gz` too), the bytes decoded, the
 * format's parser run, and the file's load entry (read, repaired or skipped with its reason).
 * Takes a file's bytes, path and metadata; gives `{ articles, entry }` ({@link parseArticleFile}).
 * @module
 */

import type { Article, LoadEntry } from "../shared/types.ts";
import { _describe } from "../shared/_validate.ts";
import { _declaredCharset, _decode, _decodeAs } from "./_decode.ts";
import { _gzipInner, _isGzip } from "./_read_article.ts";
import { ARTICLE_EXTENSIONS, type ArticleMeta } from "./_options.ts";
import {
  _jsonErrorLine,
  type _Parsed,
  _parseHtml,
  _parseMd,
  _parseTxt,
  type _Record,
  _recordArticle,
  _TEXT_KEYS,
} from "./_formats.ts";

/** A file's extension, lower case, with its dot ("" when none). */
export function _extension(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/**
 * A file's name without its extension (and without `.gz`): the article id of a text, Markdown
 * or HTML file (`story.txt.gz` → `story`).
 */
export function _stem(path: string): string {
  const base = _gzipInner(path).split(/[\\/]/).pop() ?? path;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/** The format of a file by its name (`story.txt.gz`: `txt`), or undefined when not read. */
export function _formatOf(path: string): Article["format"] | undefined {
  return ARTICLE_EXTENSIONS[_extension(_gzipInner(path))];
}

export function _unknownExtension(path: string): string {
  const ext = _extension(_gzipInner(path));
  const gz = _isGzip(path) ? " inside .gz" : "";
  return `${ext ? `unknown extension ${ext}${gz}` : `no file extension${gz}`} (expected ${
    Object.keys(ARTICLE_EXTENSIONS).join(", ")
  }, each also gzipped as .gz)`;
}

/** The load-report entry of a file that gave no article, with the reasons (and line). */
/** A load-report entry for a file that was not read, with the reasons. */
export function _skipped(file: string, notes: string[], line?: number): LoadEntry {
  return { file, action: "skipped", articles: [], notes, ...(line ? { line } : {}) };
}

/** A file's bytes decoded; an HTML page that is not UTF-8 by the charset it declares. */
function _decodeFile(bytes: Uint8Array, format: Article["format"]): ReturnType<typeof _decode> {
  let dec = _decode(bytes);
  if (!dec.ok && format === "html" && dec.reason.startsWith("undecodable")) {
    // An HTML page may declare its legacy charset (`<meta charset="koi8-r">`): honour it.
    const label = _declaredCharset(bytes);
    const text = label ? _decodeAs(bytes, label) : null;
    if (text !== null && text.trim() !== "") {
      dec = {
        ok: true,
        text,
        encoding: label!,
        bom: false,
        repaired: true,
        note: `re-decoded as ${label} (declared in the document; not valid UTF-8)`,
      };
    }
  }
  return dec;
}

/** The records of a JSON or JSONL text (a JSONL line that does not parse: a record with an error). */
function _jsonRecords(
  text: string,
  format: "json" | "jsonl",
): { records: _Record[] } | { skip: string; at?: number } {
  const skip = (reason: string, at?: number) => ({ skip: reason, at });
  const records: _Record[] = [];
  if (format === "json") {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      const msg = (e as Error).message;
      const at = _jsonErrorLine(msg, text);
      return skip(`unparsable JSON${at ? ` at line ${at}` : ""}: ${msg}`, at);
    }
    const list = Array.isArray(value) ? value : value && typeof value === "object" &&
        Array.isArray((value as { articles?: unknown }).articles)
      ? (value as { articles: unknown[] }).articles
      : value && typeof value === "object" &&
          _TEXT_KEYS.some((k) => k in (value as Record<string, unknown>))
      ? [value]
      : null;
    if (list === null) {
      return skip(
        `expected an array of records, {"articles": [...]} or one record with text, found ${
          _describe(value)
        }`,
      );
    }
    list.forEach((v, i) => records.push({ value: v, at: i + 1 }));
  } else {
    text.split("\n").forEach((l, i) => {
      if (l.trim() === "") return;
      try {
        records.push({ value: JSON.parse(l), at: i + 1 });
      } catch (e) {
        records.push({
          value: undefined,
          at: i + 1,
          error: `line ${i + 1}: unparsable JSON (${(e as Error).message}); skipped`,
        });
      }
    });
  }
  return { records };
}

/** Articles of the records (ids made unique within the file); problems added to `repaired`. */
function _recordArticles(
  records: readonly _Record[],
  label: string,
  stem: string,
  path: string,
  format: "json" | "jsonl",
  meta: ArticleMeta,
  notes: string[],
  repaired: string[],
): { articles: Article[]; line: number | undefined } {
  const articles: Article[] = [];
  let line: number | undefined;
  const ids = new Map<string, number>();
  for (const rec of records) {
    if (rec.error) {
      repaired.push(rec.error);
      line ??= rec.at;
      continue;
    }
    const before = repaired.length;
    const a = _recordArticle(rec, label, stem, path, format, meta, notes, repaired);
    // The entry's line: the first record skipped or repaired (a bad date, for instance).
    if (!a || repaired.length > before) line ??= rec.at;
    if (!a) continue;
    const n = (ids.get(a.id) ?? 0) + 1;
    ids.set(a.id, n);
    if (n > 1) {
      const id = `${a.id}~${n}`;
      repaired.push(
        `${label} ${rec.at}: duplicate id ${JSON.stringify(a.id)} renamed ${JSON.stringify(id)}`,
      );
      a.id = id;
    }
    articles.push(a);
  }
  return { articles, line };
}

/** A text, Markdown or HTML file parsed, or why it could not be. */
function _parseText(text: string, format: Article["format"]): _Parsed | string {
  try {
    return format === "txt" ? _parseTxt(text) : format === "md" ? _parseMd(text) : _parseHtml(text);
  } catch (e) {
    // Documents nested too deeply are refused (RangeError); nothing else is expected here.
    return `could not parse as ${format}: ${(e as Error).message}`;
  }
}

/** The article of a parsed text file, the given metadata over the file's own. */
function _textArticle(
  p: _Parsed,
  stem: string,
  path: string,
  format: Article["format"],
  meta: ArticleMeta,
): Article {
  return {
    id: stem,
    path,
    format,
    outlet: meta.outlet !== undefined ? meta.outlet : p.outlet,
    date: meta.date !== undefined ? meta.date : p.date,
    title: meta.title !== undefined ? meta.title : p.title,
    url: meta.url !== undefined ? meta.url : p.url,
    text: p.text,
    paragraphs: p.paragraphs,
  };
}

/**
 * Parses one file's bytes into articles (one for `.txt`/`.md`/`.html`, one per record for
 * `.json`/`.jsonl`) and its load-report entry. Pure and synchronous; never throws on bad content
 * (bad content gives a `skipped` or `repaired` entry). `meta` fills or overrides metadata.
 * For a `.gz` path (`story.txt.gz`) `bytes` are the decompressed content (`loadArticles` and
 * `extractParallel` decompress); the format and the id come from the name inside (`story`).
 */
export function parseArticleFile(
  bytes: Uint8Array,
  path: string,
  meta: ArticleMeta = {},
): { articles: Article[]; entry: LoadEntry } {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(`parseArticleFile: bytes expected a Uint8Array, found ${_describe(bytes)}`);
  }
  if (typeof path !== "string" || path === "") {
    throw new TypeError(
      `parseArticleFile: path expected a non-empty string, found ${_describe(path)}`,
    );
  }
  if (meta === null || typeof meta !== "object") {
    throw new TypeError(`parseArticleFile: meta expected an object, found ${_describe(meta)}`);
  }
  const skip = (reason: string, line?: number) => ({
    articles: [] as Article[],
    entry: _skipped(path, [reason], line),
  });
  const format = _formatOf(path);
  if (!format) return skip(_unknownExtension(path));
  if (_isGzip(path) && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    return skip("still gzip-compressed (expected the decompressed content of the .gz file)");
  }
  const dec = _decodeFile(bytes, format);
  if (!dec.ok) return skip(dec.reason);
  const notes: string[] = [];
  const repaired: string[] = [];
  if (dec.note) (dec.repaired ? repaired : notes).push(dec.note);
  const stem = _stem(path);
  let articles: Article[] = [];
  let line: number | undefined;

  if (format === "json" || format === "jsonl") {
    const label = format === "json" ? "record" : "line";
    const got = _jsonRecords(dec.text, format);
    if ("skip" in got) return skip(got.skip, got.at);
    const records = got.records;
    const got2 = _recordArticles(records, label, stem, path, format, meta, notes, repaired);
    articles = got2.articles;
    line = got2.line;
    if (articles.length === 0) {
      return {
        articles: [],
        entry: _skipped(
          path,
          [`no record with text (${records.length} record${records.length === 1 ? "" : "s"})`]
            .concat(repaired, notes),
          line,
        ),
      };
    }
  } else {
    const p = _parseText(dec.text, format);
    if (typeof p === "string") return skip(p);
    if (p.paragraphs.length === 0) return skip("empty: no visible text");
    for (const r of p.repaired) repaired.push(r);
    for (const n of p.notes) notes.push(n);
    articles = [_textArticle(p, stem, path, format, meta)];
    if (repaired.some((r) => r.startsWith("line "))) {
      line = +/^line (\d+)/.exec(repaired.find((r) => r.startsWith("line "))!)![1];
    }
  }
  return {
    articles,
    entry: {
      file: path,
      action: repaired.length ? "repaired" : "read",
      articles: articles.map((a) => a.id),
      notes: repaired.concat(notes),
      ...(line ? { line } : {}),
    },
  };
}

/**
 * {@link parseArticleFile} on what a read gave (`_read_article.ts`), with the read's note (a
 * `.gz` file decompressed) added to the entry. The loader and the worker pool both parse so.
 */
export function _parseRead(
  read: { bytes: Uint8Array; note?: string },
  path: string,
): { articles: Article[]; entry: LoadEntry } {
  const r = parseArticleFile(read.bytes, path);
  if (!read.note) return r;
  return { articles: r.articles, entry: { ...r.entry, notes: [...r.entry.notes, read.note] } };
}
