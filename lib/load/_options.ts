/**
 * The loader's options and constants: {@link LoadOptions}, the `.gz` cap check, the extensions read and
 * their format, and the breather that lets a notebook redraw during a long synchronous read.
 * Takes option values; gives checked values or throws `RangeError`.
 * @module
 */

import type { Article } from "../shared/types.ts";
import { _number } from "../shared/_validate.ts";
import { _MAX_CAP, DEFAULT_MAX_DECOMPRESSED_BYTES } from "./_read_article.ts";

/**
 * A turn of the event loop at most every `ms` milliseconds: `const breathe = _breather();` then
 * `await breathe();` in a loop of synchronous work. Between turns it resolves at once (a
 * microtask); at a turn it waits for a zero-delay timer, so that a notebook's progress display,
 * timers and I/O get to run while a big folder is read synchronously.
 */
export function _breather(ms = 50): () => Promise<void> {
  let last = performance.now();
  return () => {
    const t = performance.now();
    if (t - last < ms) return Promise.resolve();
    last = t;
    return new Promise((resolve) => setTimeout(resolve, 0));
  };
}

/** Options of {@link loadArticles}. */
export interface LoadOptions {
  /**
   * Sidecar CSV (`id,date,outlet,url,title`) whose non-empty cells fill or override metadata.
   * @default "articles.csv" inside the input folder, when that file exists
   */
  sidecar?: string;
  /** Load at most this many articles (later files are reported as skipped). @default Infinity */
  limit?: number;
  /** Called after each file with the count done, the total and the file's path. @default none */
  onProgress?: (done: number, total: number, file: string) => void;
  /**
   * Descend into sub-folders (archives come nested: `2025/11/outlet/...`), in place in name
   * order. Each folder is read once by its real path: a symlink back into a folder already read
   * (a loop, or a second way in) is a reported skip. `false` reads the top level only (each
   * sub-folder is then a reported skip). Only the top folder's `articles.csv` is the sidecar.
   * @default true
   */
  recursive?: boolean;
  /**
   * Cap on a `.gz` file's decompressed size in bytes (1 to 2^30); a file over it is a reported
   * skip, and decompression stops at the cap.
   * @default 209715200 (200 MiB)
   */
  maxDecompressedBytes?: number;
}

/** Checks the `maxDecompressedBytes` option: the cap, or the default. */
export function _maxDecompressed(value: unknown, caller: string): number {
  if (value === undefined) return DEFAULT_MAX_DECOMPRESSED_BYTES;
  const n = _number(`${caller}maxDecompressedBytes`, value, 1, _MAX_CAP);
  if (!Number.isInteger(n)) {
    throw new RangeError(`${caller}maxDecompressedBytes: expected a whole number, found ${n}`);
  }
  return n;
}

/** Metadata that can be passed to {@link parseArticleFile} (from a sidecar, for instance). */
export type ArticleMeta = Partial<Pick<Article, "outlet" | "date" | "title" | "url">>;

/** File extensions the loader reads, and their format. */
export const ARTICLE_EXTENSIONS: Readonly<Record<string, Article["format"]>> = {
  ".txt": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  ".json": "json",
  ".jsonl": "jsonl",
};
