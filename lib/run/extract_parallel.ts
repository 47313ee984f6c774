/**
 * Load + extract a large set of article files on every core: a pool of Web Workers, each reading,
 * parsing and extracting the files it is handed and sending back claims only (never article
 * texts), or with the `lines` option the claims already serialised as JSON Lines or CSV.
 * Results are reassembled by file index, so the output is in the same order, with the same bytes,
 * as the single-threaded `loadArticles` + `extractClaims` run. Work runs a bounded way ahead of
 * the consumer, so a corpus of any size runs in bounded memory when consumed with
 * {@link extractParallelStream}. Workers given by number start before the input is listed.
 *
 * Takes a folder, a file or a list of paths and {@link ExtractParallelOptions}; gives a new
 * {@link ParallelResult} ({@link extractParallel}) or each file's claims as they come
 * ({@link extractParallelStream}). The input checked and the ids relabelled in `_run_input.ts`,
 * the pool in `_pool.ts`, one file's job (in a worker or here) in `_extract_job.ts`.
 *
 * @example
 * ```ts
 * import { extractParallel } from "../lib/mod.ts";
 * const { claims, report } = await extractParallel(paths, { workers: 2 });
 * ```
 *
 * @module
 */

import type { Claim, LoadEntry, LoadReport } from "../shared/types.ts";
import { _breather, type ArticleMeta } from "../load/_options.ts";
import type { _LineFormat } from "./_extract_job.ts";
import { _listInput, type _SidecarRow } from "../load/_list.ts";
import { _skipped } from "../load/parse_file.ts";
import { _gunzipReady, _isGzip } from "../load/_read_article.ts";
import {
  _newIds,
  _readSidecar,
  _relabel,
  _relabelEntries,
  _renameClaims,
  _rowsById,
  _sidecarEntry,
  _validate,
} from "./_run_input.ts";
import { _inThread, _pool, _spawn, _stop } from "./_pool.ts";

/** Progress after each file, in file order. */
export interface ParallelProgress {
  /** Files finished (in order). */
  files: number;
  /** Files in total. */
  total: number;
  /** Bytes read so far. */
  bytes: number;
  /** Claims so far. */
  claims: number;
}

export interface ExtractParallelOptions {
  /**
   * Worker threads. `0` runs everything in the calling thread (the single-core reference run).
   * Each worker pays about a second to load the extractor and its tables, so by default inputs
   * of fewer than {@link AUTO_MIN_FILES} files run in the calling thread.
   * @default navigator.hardwareConcurrency (0 below AUTO_MIN_FILES files)
   */
  workers?: number;
  /**
   * Files per task sent to a worker. Each worker holds two tasks at a time and takes the next as
   * it finishes one, so small tasks balance the load best whatever the file sizes.
   * @default 1
   */
  chunkSize?: number;
  /**
   * Serialise the claims where they are extracted (in the workers) instead of sending claim
   * objects back: each {@link FileClaims} then has no `claims` but `lines`, one JSON Lines
   * record or CSV row per claim exactly as `claimsToJsonl`/`claimsToCsv` write them (without
   * line ends or CSV header), and `lineArticles`. Spares the calling thread copying and
   * serialising every claim (what `deno task claims` uses). Only for {@link extractParallelStream}.
   * @default none (claim objects)
   */
  lines?: "jsonl" | "csv";
  /** Options passed to `extractClaims` (plain data only: they are copied into the workers). */
  extract?: Record<string, unknown>;
  /** Called after each file, in file order. */
  onProgress?: (progress: ParallelProgress) => void;
  /**
   * As `loadArticles`: load at most this many articles (later files are reported as skipped and
   * not read). @default Infinity
   */
  limit?: number;
  /**
   * As `loadArticles`: descend into sub-folders (`false`: the top level only).
   * @default true
   */
  recursive?: boolean;
  /**
   * As `loadArticles`: cap on a `.gz` file's decompressed size in bytes (1 to 2^30).
   * @default 209715200 (200 MiB)
   */
  maxDecompressedBytes?: number;
  /**
   * As `loadArticles`: sidecar CSV (`id,date,outlet,url,title`) filling metadata.
   * @default "articles.csv" inside the input folder, when that file exists
   */
  sidecar?: string;
}

/** What one input file produced (plain data: workers send it as it is). */
export interface FileClaims {
  /** Position in the output (the `loadArticles` file order; the sidecar's entry comes last). */
  index: number;
  path: string;
  /** Size of the file in bytes (0 when it could not be read). */
  bytes: number;
  /** Load report entries of this file (one per file, or one per JSON/JSONL record). */
  entries: LoadEntry[];
  /** The claims (none with the `lines` option). */
  claims: Claim[];
  /** With the `lines` option: each claim serialised, in `claims` order. */
  lines?: string[];
  /** With the `lines` option: the article of each line. */
  lineArticles?: string[];
}

/** Result of {@link extractParallel}. */
export interface ParallelResult {
  claims: Claim[];
  report: LoadReport;
  /** Total bytes read. */
  bytes: number;
}

/** Below this many files, the default worker count is 0: starting workers would cost more. */
export const AUTO_MIN_FILES = 48;

export interface _Task {
  id: number;
  start: number;
  paths: string[];
}
/**
 * Stream the claims of each file, in `loadArticles` file order, as workers finish. The records of
 * each file are in `extractClaims` order; across files they follow the file order, which is the
 * one-thread order whenever article ids sort like file paths (one article per file named by its
 * id, as in the sample corpus); JSONL batches can break that, and {@link extractParallel} sorts.
 * Workers run at most 256 files (or two tasks each) ahead of the consumer, so memory stays
 * bounded however many files. One item per path in `loadArticles` order (paths skipped at listing
 * time included), then the sidecar's entry when there is a sidecar.
 *
 * As in `loadArticles`, an article id already used by an earlier file is renamed `<id>~2` (the
 * claims' `article` and `id` follow) and the file's entry says so.
 */
export async function* extractParallelStream(
  input: string | readonly string[],
  options: ExtractParallelOptions = {},
): AsyncGenerator<FileClaims> {
  const valid = _validate(input, options);
  const extract = options.extract ?? {};
  // A worker count given: start them now, they load while the input is listed.
  const pool = valid.workers > 0 ? _spawn(valid.workers) : [];
  try {
    yield* _stream(input, options, pool, valid, extract);
  } finally {
    _stop(pool);
  }
}

/**
 * Where the files' results come from: this thread (no workers: `workers` 0, or automatic with
 * fewer than {@link AUTO_MIN_FILES} files) or the pool (started when empty, stopped when unused).
 */
async function _source(
  pool: Worker[],
  work: string[],
  workers: number,
  chunkSize: number,
  extract: Record<string, unknown>,
  sidecarMeta: ReadonlyMap<string, ArticleMeta> | null,
  format: _LineFormat | null,
  maxBytes: number,
): Promise<Generator<FileClaims> | AsyncGenerator<FileClaims>> {
  const threads = workers >= 0
    ? workers
    : work.length < AUTO_MIN_FILES
    ? 0
    : navigator.hardwareConcurrency || 1;
  if (threads === 0 || work.length === 0) _stop(pool);
  else if (pool.length === 0) pool.push(..._spawn(threads));
  // In this thread, reads are synchronous: the decompressor is loaded before (workers load it).
  if (pool.length === 0 && work.some(_isGzip)) await _gunzipReady();
  return pool.length === 0
    ? _inThread(work, extract, sidecarMeta, format, maxBytes)
    : _pool(pool, work, chunkSize, extract, sidecarMeta, format, maxBytes);
}

/** The run's files listed (as loadArticles lists them) and its sidecar read, if any. */
async function _listRun(input: string | readonly string[], options: ExtractParallelOptions) {
  const listing = await _listInput(
    input,
    options.recursive ?? true,
    options.sidecar,
    "extractParallel",
  );
  const side = listing.sidecar
    ? await _readSidecar(listing.sidecar, options.sidecar !== undefined)
    : null;
  return { listing, side };
}

async function* _stream(
  input: string | readonly string[],
  options: ExtractParallelOptions,
  pool: Worker[],
  { workers, chunkSize, limit, format, maxBytes }: ReturnType<typeof _validate>,
  extract: Record<string, unknown>,
): AsyncGenerator<FileClaims> {
  const { listing, side } = await _listRun(input, options);
  const sidecarMeta = side && side.meta.size ? side.meta : null;
  const files = listing.files;
  const work = files.filter((f) => !listing.skipped.has(f));
  const progress: ParallelProgress = { files: 0, total: files.length, bytes: 0, claims: 0 };

  const ids = _newIds(limit, side?.rows ?? null, listing.sidecar);
  let index = 0;
  const emit = (
    path: string,
    bytes: number,
    entries: LoadEntry[],
    claims: Claim[],
    lines?: { lines: string[]; lineArticles: string[] },
  ): FileClaims => {
    progress.files++;
    progress.bytes += bytes;
    progress.claims += lines ? lines.lines.length : claims.length;
    options.onProgress?.({ ...progress });
    return {
      index: index++,
      path,
      bytes,
      entries,
      claims,
      ...(format ? lines ?? { lines: [], lineArticles: [] } : {}),
    };
  };
  const finish = (r: FileClaims): FileClaims => {
    const { entries, rename, dropped } = _relabelEntries(r, ids);
    if (format) return emit(r.path, r.bytes, entries, [], _relabel(r, format, dropped, rename));
    return emit(r.path, r.bytes, entries, _renameClaims(r.claims, dropped, rename));
  };

  const source = await _source(
    pool,
    work,
    workers,
    chunkSize,
    extract,
    sidecarMeta,
    format,
    maxBytes,
  );
  // in this thread, files are read and extracted synchronously (and a worker's results may queue
  // up as microtasks): let the event loop run now and then, so that progress displays update
  const breathe = _breather();
  try {
    for (const file of files) {
      await breathe();
      const pre = listing.skipped.get(file);
      if (pre) {
        yield emit(file, 0, [pre], []);
        continue;
      }
      if (ids.loaded >= limit) {
        yield emit(file, 0, [_skipped(file, [`limit reached (limit: ${limit})`])], []);
        continue;
      }
      const next = await source.next();
      if (next.done) throw new Error(`extractParallel: no result for ${file}`);
      yield finish(next.value);
    }
  } finally {
    await source.return(undefined);
  }

  if (side?.entry) {
    const entry = _sidecarEntry(side.entry, side.rows, ids.finalIds!);
    const none = format ? { lines: [], lineArticles: [] } : {};
    yield { index: index++, path: entry.file, bytes: 0, entries: [entry], claims: [], ...none };
  }
}

/**
 * Load and extract every file on all cores. Same input as `loadArticles` (a folder, a file, or a
 * list of paths); the claims and the load report are identical, in order and content, to
 * `extractClaims(articles)` after `loadArticles(input)` in one thread (claims ordered by article
 * id, as `extractClaims` orders them). Holds every claim (never article texts) until the end; for
 * bounded memory whatever the corpus size, consume {@link extractParallelStream} instead.
 */
export async function extractParallel(
  input: string | readonly string[],
  options: ExtractParallelOptions = {},
): Promise<ParallelResult> {
  _validate(input, options);
  const claims: Claim[] = [];
  const entries: LoadEntry[] = [];
  let bytes = 0;
  // Claim objects are the result here: a `lines` option (for the stream) does not apply.
  const opts = { ...options, lines: undefined };
  for await (const r of extractParallelStream(input, opts)) {
    for (const c of r.claims) claims.push(c);
    for (const e of r.entries) entries.push(e);
    bytes += r.bytes;
  }
  const order = _articleOrder(claims.map((c) => c.article));
  return { claims: order.map((k) => claims[k]), report: { entries }, bytes };
}

/**
 * The positions of records in the one-thread output order: `extractClaims` orders records by
 * article id (then position), while files come in path order and a JSONL file holds many ids, so
 * a stable sort by article id gives exactly that order. For claim objects and for output lines.
 */
export function _articleOrder(articles: readonly string[]): number[] {
  return articles.map((_, k) => k).sort((a, b) =>
    articles[a] < articles[b] ? -1 : articles[a] > articles[b] ? 1 : a - b
  );
}
