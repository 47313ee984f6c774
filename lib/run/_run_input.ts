/**
 * The run's input made ready: the arguments checked, the sidecar read, and each file's claims
 * relabelled with the ids the whole run gives (a repeated id gets `~2`, as `loadArticles` does), as
 * records or output lines.
 * Takes the input, the options and a file's claims; gives checked values and new claims or lines.
 * @module
 */

import type { LoadEntry } from "../shared/types.ts";
import { _describe, _number } from "../shared/_validate.ts";
import type { _LineFormat } from "./_extract_job.ts";
import { _csvCell, _parseCsv } from "../shared/_csv.ts";
import { CLAIM_FIELDS } from "./extract_claims_format.ts";
import { _maxDecompressed, type ArticleMeta } from "../load/_options.ts";
import { _readSidecar as _readSidecarCsv, type _SidecarRow } from "../load/_list.ts";
import { _skipped } from "../load/parse_file.ts";
import { _readTextChecked } from "../load/_read_article.ts";
import type { ExtractParallelOptions, FileClaims } from "./extract_parallel.ts";

export function _validate(input: unknown, options: ExtractParallelOptions) {
  if (
    !(typeof input === "string" && input !== "") &&
    !(Array.isArray(input) && input.every((p) => typeof p === "string"))
  ) {
    throw new TypeError(
      `extractParallel: expected a folder or file path, or an array of paths, found ${
        _describe(input)
      }`,
    );
  }
  if (options === null || typeof options !== "object") {
    throw new TypeError(
      `extractParallel: options: expected an object, found ${_describe(options)}`,
    );
  }
  const workers = options.workers === undefined
    ? -1
    : _number("extractParallel: workers", options.workers, 0, 256);
  if (!Number.isInteger(workers)) {
    throw new RangeError(`extractParallel: workers: expected a whole number, found ${workers}`);
  }
  const chunkSize = options.chunkSize === undefined
    ? 1
    : _number("extractParallel: chunkSize", options.chunkSize, 1, 100_000);
  if (!Number.isInteger(chunkSize)) {
    throw new RangeError(
      `extractParallel: chunkSize: expected a whole number, found ${chunkSize}`,
    );
  }
  if (options.extract !== undefined) {
    if (options.extract === null || typeof options.extract !== "object") {
      throw new TypeError(
        `extractParallel: extract: expected an options object, found ${options.extract}`,
      );
    }
    try {
      structuredClone(options.extract);
    } catch {
      throw new TypeError(
        "extractParallel: extract: expected plain data (it is copied into workers), found a " +
          "value that cannot be cloned (a function?)",
      );
    }
  }
  if (options.onProgress !== undefined && typeof options.onProgress !== "function") {
    throw new TypeError(
      `extractParallel: onProgress: expected a function, found ${typeof options.onProgress}`,
    );
  }
  if (options.recursive !== undefined && typeof options.recursive !== "boolean") {
    throw new TypeError(
      `extractParallel: recursive: expected true or false, found ${_describe(options.recursive)}`,
    );
  }
  if (options.sidecar !== undefined && (typeof options.sidecar !== "string" || !options.sidecar)) {
    throw new TypeError(
      `extractParallel: sidecar: expected a path, found ${_describe(options.sidecar)}`,
    );
  }
  const limit = options.limit === undefined
    ? Infinity
    : _number("extractParallel: limit", options.limit, 0);
  if (limit !== Infinity && !Number.isInteger(limit)) {
    throw new RangeError(`extractParallel: limit: expected a whole number, found ${limit}`);
  }
  if (options.lines !== undefined && options.lines !== "jsonl" && options.lines !== "csv") {
    throw new TypeError(
      `extractParallel: lines: expected "jsonl" or "csv", found ${_describe(options.lines)}`,
    );
  }
  const maxBytes = _maxDecompressed(options.maxDecompressedBytes, "extractParallel: ");
  return { workers, chunkSize, limit, format: options.lines ?? null, maxBytes };
}

/** The sidecar's metadata by article id, its rows and its report entry (the loader's reader). */
export async function _readSidecar(
  path: string,
  explicit: boolean,
): Promise<{ meta: Map<string, ArticleMeta>; entry: LoadEntry | null; rows: _SidecarRow[] }> {
  let text: string;
  try {
    text = await _readTextChecked(path);
  } catch (e) {
    if (explicit && e instanceof Deno.errors.NotFound) {
      throw new Deno.errors.NotFound(
        `sidecar: expected a CSV file, found nothing at ${JSON.stringify(path)}`,
      );
    }
    return {
      meta: new Map(),
      rows: [],
      entry: _skipped(path, [`unreadable: ${(e as Error).message}`]),
    };
  }
  if (text === "" && explicit) return { meta: new Map(), rows: [], entry: null };
  const { rows, entry } = _readSidecarCsv(text, path);
  const meta = new Map<string, ArticleMeta>();
  for (const r of rows) meta.set(r.id, { ...(meta.get(r.id) ?? {}), ...r.meta });
  return { meta, rows, entry };
}

/**
 * A file's serialised lines without the claims of `dropped` articles and with `rename`d
 * articles (rare: a record past the limit, an id used by an earlier file). The article is a
 * JSON Lines record's first key and a CSV row's first cell: only that part is rewritten.
 */
export function _relabel(
  r: FileClaims,
  format: _LineFormat,
  dropped: ReadonlySet<string>,
  rename: ReadonlyMap<string, string>,
): { lines: string[]; lineArticles: string[] } {
  const lines: string[] = [];
  const lineArticles: string[] = [];
  const all = r.lines ?? [];
  const articles = r.lineArticles ?? [];
  for (let k = 0; k < all.length; k++) {
    const from = articles[k];
    if (dropped.has(from)) continue;
    const to = rename.get(from);
    if (to === undefined) {
      lines.push(all[k]);
      lineArticles.push(from);
      continue;
    }
    lines.push(_renameLine(all[k], format, from, to));
    lineArticles.push(to);
  }
  return { lines, lineArticles };
}

/**
 * One serialised claim with its article renamed `from` → `to`, and its id (`<article>:...`) with
 * it, as the claim objects are renamed: the same record as the one-thread run writes.
 */
function _renameLine(line: string, format: _LineFormat, from: string, to: string): string {
  const cells: unknown[] = format === "jsonl"
    ? Object.values(JSON.parse(line))
    : _parseCsv(line, "extractParallel line").rows[0];
  const a = CLAIM_FIELDS.indexOf("article"), i = CLAIM_FIELDS.indexOf("id");
  if (cells.length !== CLAIM_FIELDS.length || cells[a] !== from) {
    throw new Error(`extractParallel: unexpected line ${line}`);
  }
  cells[a] = to;
  const id = cells[i];
  if (typeof id === "string" && id.startsWith(`${from}:`)) cells[i] = to + id.slice(from.length);
  if (format === "csv") return cells.map(_csvCell).join(",");
  const o: Record<string, unknown> = {};
  CLAIM_FIELDS.forEach((f, k) => (o[f] = cells[k]));
  return JSON.stringify(o);
}
