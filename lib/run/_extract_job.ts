/**
 * The unit of work of {@link extractParallel}: read one file, parse it, extract its claims.
 * Shared by the worker and by the in-thread (`workers: 0`) path, so both run the same code (only
 * the read differs: asynchronous in the worker, synchronous in the calling thread). Reading is
 * the loader's (`_read_article.ts`): regular files only, checked before opening; `.gz` files
 * decompressed up to the cap.
 * @module
 */
import type { Article, Claim, LoadEntry } from "../shared/types.ts";
import { _formatOf, _parseRead, _skipped } from "../load/parse_file.ts";
import { type ArticleMeta } from "../load/_options.ts";
import {
  type _Read,
  _readArticle,
  _readArticleSync,
  DEFAULT_MAX_DECOMPRESSED_BYTES,
} from "../load/_read_article.ts";
import { extractClaims } from "../extract/mod.ts";
import { _jsonLine, CLAIM_FIELDS, claimRecord } from "./extract_claims_format.ts";
import { _csvCell } from "../shared/_csv.ts";
import type { FileClaims } from "./extract_parallel.ts";

/** Output formats the claims can be serialised to where they are extracted. */
export type _LineFormat = "jsonl" | "csv";

/**
 * One claim as `claimsToJsonl` (without the newline) or `claimsToCsv` (one row, no line end)
 * writes it.
 */
export function _claimLine(c: Claim, format: _LineFormat): string {
  if (format === "jsonl") return _jsonLine(c);
  const r = claimRecord(c);
  return CLAIM_FIELDS.map((f) => _csvCell(r[f])).join(",");
}

/** Whether the loader reads a file of this name (unknown extensions are skipped unread). */
function _known(path: string): boolean {
  return _formatOf(path) !== undefined;
}

/** What an unknown extension "reads" as: nothing (the parser skips it by its name). */
const _UNREAD: _Read = { bytes: new Uint8Array(), size: 0 };

/**
 * Read, parse and extract one file. Read errors become a reported skip, never a throw.
 * The worker's version: the read waits on another thread.
 */
export async function _processFile(
  path: string,
  index: number,
  extract: Record<string, unknown>,
  sidecar: ReadonlyMap<string, ArticleMeta> | null = null,
  format: _LineFormat | null = null,
  maxBytes = DEFAULT_MAX_DECOMPRESSED_BYTES,
): Promise<FileClaims> {
  // Unknown extensions are skipped by the parser without looking at the bytes: don't read them.
  const read = _known(path) ? await _readArticle(path, maxBytes) : _UNREAD;
  return _processBytes(path, index, read, extract, sidecar, format);
}

/**
 * {@link _processFile} reading synchronously, for the in-thread (`workers: 0`) path: there an
 * async read's hand-off to another thread and back costs more than the read itself, and on a
 * busy machine the thread waits to be scheduled again after every file.
 */
export function _processFileSync(
  path: string,
  index: number,
  extract: Record<string, unknown>,
  sidecar: ReadonlyMap<string, ArticleMeta> | null = null,
  format: _LineFormat | null = null,
  maxBytes = DEFAULT_MAX_DECOMPRESSED_BYTES,
): FileClaims {
  const read = _known(path) ? _readArticleSync(path, maxBytes) : _UNREAD;
  return _processBytes(path, index, read, extract, sidecar, format);
}

/** Parse and extract one file's bytes (or report why reading gave none). */
function _processBytes(
  path: string,
  index: number,
  read: _Read,
  extract: Record<string, unknown>,
  sidecar: ReadonlyMap<string, ArticleMeta> | null,
  format: _LineFormat | null,
): FileClaims {
  if ("reason" in read) {
    return { index, path, bytes: 0, entries: [_skipped(path, [read.reason])], claims: [] };
  }
  let parsed;
  try {
    parsed = _parseRead(read, path);
  } catch (err) {
    throw new Error(`${path}: loading failed: ${(err as Error).message}`);
  }
  const entries = _entries(parsed);
  let articles: Article[] = parsed.articles;
  if (sidecar) {
    articles = articles.map((a) => {
      const m = sidecar.get(a.id);
      return m ? { ...a, ...m } : a;
    });
  }
  let claims: Claim[] = [];
  if (articles.length) {
    try {
      claims = extractClaims(articles, extract as Parameters<typeof extractClaims>[1]);
    } catch (err) {
      throw new Error(`${path}: extraction failed: ${(err as Error).message}`);
    }
  }
  if (format) {
    return {
      index,
      path,
      bytes: read.size,
      entries,
      claims: [],
      lines: claims.map((c) => _claimLine(c, format)),
      lineArticles: claims.map((c) => c.article),
    };
  }
  return { index, path, bytes: read.size, entries, claims };
}

function _entries(parsed: { entry?: LoadEntry; entries?: LoadEntry[] }): LoadEntry[] {
  if (Array.isArray(parsed.entries)) return parsed.entries;
  return parsed.entry ? [parsed.entry] : [];
}
