/**
 * Load + extract a large set of article files on every core: a pool of Web Workers, each reading,
 * parsing and extracting a chunk of files and sending back claims only (never article texts).
 * Results are reassembled by file index, so the output is in the same order, with the same bytes,
 * as the single-threaded `loadArticles` + `extractClaims` run. Chunks in flight are bounded, so a
 * corpus of any size runs in bounded memory when consumed with {@link extractParallelStream}.
 *
 * @example
 * ```ts
 * import { extractParallel } from "../lib/mod.ts";
 * const { claims, report } = await extractParallel(paths, { workers: 2 });
 * ```
 *
 * @module
 */
import type { Claim, LoadEntry, LoadReport } from "./types.ts";
import { _describe, _number } from "./_validate.ts";
import { type _FileResult, _processFile } from "./_extract_job.ts";
import {
  _listInput,
  _readSidecar as _readSidecarCsv,
  type _SidecarRow,
  type ArticleMeta,
} from "./load_articles.ts";

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
  /** Files per task sent to a worker. @default 8 */
  chunkSize?: number;
  /** Options passed to `extractClaims` (plain data only: they are copied into the workers). */
  extract?: Record<string, unknown>;
  /** Called after each file, in file order. */
  onProgress?: (progress: ParallelProgress) => void;
  /**
   * As `loadArticles`: load at most this many articles (later files are reported as skipped and
   * not read). @default Infinity
   */
  limit?: number;
  /** As `loadArticles`: descend into sub-folders. @default false */
  recursive?: boolean;
  /**
   * As `loadArticles`: sidecar CSV (`id,date,outlet,url,title`) filling metadata.
   * @default "articles.csv" inside the input folder, when that file exists
   */
  sidecar?: string;
}

/** What one input file produced. */
export interface FileClaims {
  /** Position in the output (the `loadArticles` file order; the sidecar's entry comes last). */
  index: number;
  path: string;
  /** Size of the file in bytes (0 when it could not be read). */
  bytes: number;
  /** Load report entries of this file (one per file, or one per JSON/JSONL record). */
  entries: LoadEntry[];
  claims: Claim[];
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

interface _Task {
  id: number;
  start: number;
  paths: string[];
}

function _validate(input: unknown, options: ExtractParallelOptions) {
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
    ? 8
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
  return { workers, chunkSize, limit };
}

/** The sidecar's metadata by article id, its rows and its report entry (the loader's reader). */
async function _readSidecar(
  path: string,
  explicit: boolean,
): Promise<{ meta: Map<string, ArticleMeta>; entry: LoadEntry | null; rows: _SidecarRow[] }> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (e) {
    if (explicit && e instanceof Deno.errors.NotFound) {
      throw new Deno.errors.NotFound(
        `sidecar: expected a CSV file, found nothing at ${JSON.stringify(path)}`,
      );
    }
    return {
      meta: new Map(),
      rows: [],
      entry: {
        file: path,
        action: "skipped",
        articles: [],
        notes: [`unreadable: ${(e as Error).message}`],
      },
    };
  }
  if (text === "" && explicit) return { meta: new Map(), rows: [], entry: null };
  const { rows, entry } = _readSidecarCsv(text, path);
  const meta = new Map<string, ArticleMeta>();
  for (const r of rows) meta.set(r.id, { ...(meta.get(r.id) ?? {}), ...r.meta });
  return { meta, rows, entry };
}

/** Files processed in this thread, one after the other (the single-core reference). */
async function* _inThread(
  files: readonly string[],
  extract: Record<string, unknown>,
  sidecar: ReadonlyMap<string, ArticleMeta> | null,
): AsyncGenerator<_FileResult> {
  for (let i = 0; i < files.length; i++) yield await _processFile(files[i], i, extract, sidecar);
}

let _live = 0;
/** Workers started by this module and not yet terminated (for tests). */
export function _liveWorkers(): number {
  return _live;
}

/** Files processed by a pool of workers, yielded in file order; at most 2 chunks per worker ahead. */
async function* _pool(
  files: readonly string[],
  workers: number,
  chunkSize: number,
  extract: Record<string, unknown>,
  sidecar: ReadonlyMap<string, ArticleMeta> | null,
): AsyncGenerator<_FileResult> {
  const tasks: _Task[] = [];
  for (let s = 0, id = 0; s < files.length; s += chunkSize, id++) {
    tasks.push({ id, start: s, paths: files.slice(s, s + chunkSize) });
  }
  const url = new URL("./_extract_worker.ts", import.meta.url).href;
  const pool: Worker[] = [];
  const done = new Map<number, _FileResult[]>();
  let nextTask = 0;
  let nextYield = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const window = workers * 2;
  const idle: Worker[] = [];
  const dispatch = () => {
    while (idle.length && nextTask < tasks.length && nextTask < nextYield + window) {
      const w = idle.pop()!;
      const t = tasks[nextTask++];
      w.postMessage({ type: "task", id: t.id, start: t.start, paths: t.paths });
    }
  };
  try {
    for (let i = 0; i < Math.min(workers, tasks.length); i++) {
      const w = new Worker(url, { type: "module" });
      w.onmessage = (e: MessageEvent) => {
        const m = e.data as { id: number; results?: _FileResult[]; error?: string };
        if (m.error !== undefined) {
          failure ??= new Error(m.error);
        } else {
          done.set(m.id, m.results!);
          idle.push(w);
          dispatch();
        }
        notify();
      };
      w.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        failure ??= new Error(`extractParallel: worker failed: ${e.message}`);
        notify();
      };
      w.postMessage({ type: "init", extract, sidecar });
      pool.push(w);
      _live++;
      idle.push(w);
    }
    dispatch();
    while (nextYield < tasks.length) {
      if (failure) throw failure;
      const results = done.get(nextYield);
      if (!results) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      done.delete(nextYield);
      nextYield++;
      dispatch();
      yield* results;
    }
  } finally {
    for (const w of pool) w.terminate();
    _live -= pool.length;
  }
}

/**
 * Stream the claims of each file, in `loadArticles` file order, as workers finish. The records of
 * each file are in `extractClaims` order; across files they follow the file order, which is the
 * one-thread order whenever article ids sort like file paths (one article per file named by its
 * id, as in the sample corpus); JSONL batches can break that, and {@link extractParallel} sorts.
 * At most
 * `2 × workers` chunks are in flight or waiting to be consumed, so memory stays bounded however
 * many files. One item per path in `loadArticles` order (paths skipped at listing time included),
 * then the sidecar's entry when there is a sidecar.
 *
 * As in `loadArticles`, an article id already used by an earlier file is renamed `<id>~2` (the
 * claims' `article` and `id` follow) and the file's entry says so.
 */
export async function* extractParallelStream(
  input: string | readonly string[],
  options: ExtractParallelOptions = {},
): AsyncGenerator<FileClaims> {
  const { workers, chunkSize, limit } = _validate(input, options);
  const extract = options.extract ?? {};
  const listing = await _listInput(
    input,
    options.recursive ?? false,
    options.sidecar,
    "extractParallel",
  );
  const side = listing.sidecar
    ? await _readSidecar(listing.sidecar, options.sidecar !== undefined)
    : null;
  const sidecarMeta = side && side.meta.size ? side.meta : null;
  const files = listing.files;
  const work = files.filter((f) => !listing.skipped.has(f));
  const progress: ParallelProgress = { files: 0, total: files.length, bytes: 0, claims: 0 };

  const idCount = new Map<string, number>();
  const idOwner = new Map<string, string>();
  const finalIds = side ? new Set<string>() : null;
  let rowsById: Map<string, { k: number; row: _SidecarRow }[]> | null = null;
  if (side) {
    rowsById = new Map();
    side.rows.forEach((row, k) => {
      const list = rowsById!.get(row.id) ?? [];
      list.push({ k, row });
      rowsById!.set(row.id, list);
    });
  }
  let loaded = 0;
  let index = 0;
  const emit = (path: string, bytes: number, entries: LoadEntry[], claims: Claim[]) => {
    progress.files++;
    progress.bytes += bytes;
    progress.claims += claims.length;
    options.onProgress?.({ ...progress });
    return { index: index++, path, bytes, entries, claims };
  };
  const finish = (r: _FileResult): FileClaims => {
    const rename = new Map<string, string>();
    const dropped = new Set<string>();
    const entries = r.entries.map((e0) => {
      const e: LoadEntry = { ...e0, notes: [...e0.notes], articles: [] };
      for (const id of e0.articles) {
        if (loaded >= limit) {
          e.notes.push(
            `limit reached (limit: ${limit}): ${JSON.stringify(id)} and later records not loaded`,
          );
          for (const rest of e0.articles.slice(e0.articles.indexOf(id))) dropped.add(rest);
          break;
        }
        loaded++;
        const n = (idCount.get(id) ?? 0) + 1;
        idCount.set(id, n);
        let final = id;
        if (n > 1) {
          final = `${id}~${n}`;
          while (idCount.has(final)) final = `${final}~`;
          idCount.set(final, 1);
          e.notes.push(
            `duplicate id ${JSON.stringify(id)} (first in ${idOwner.get(id)}) renamed ${
              JSON.stringify(final)
            }`,
          );
          if (e.action === "read") e.action = "repaired";
          rename.set(id, final);
        } else idOwner.set(id, r.path);
        e.articles.push(final);
        finalIds?.add(final);
      }
      if (rowsById) {
        // In sidecar order, as loadArticles notes them (rows indexed by id: no scan per file).
        const rows = e.articles.flatMap((id) => rowsById.get(id) ?? []).sort((a, b) => a.k - b.k);
        for (const { row } of rows) {
          const fields = Object.keys(row.meta);
          if (fields.length) {
            e.notes.push(`metadata from ${listing.sidecar} line ${row.line}: ${fields.join(", ")}`);
          }
        }
      }
      return e;
    });
    let claims = r.claims;
    if (dropped.size) claims = claims.filter((c) => !dropped.has(c.article));
    if (rename.size) {
      claims = claims.map((c) => {
        const to = rename.get(c.article);
        if (to === undefined) return c;
        const id = c.id?.startsWith(`${c.article}:`) ? to + c.id.slice(c.article.length) : c.id;
        return id === undefined ? { ...c, article: to } : { ...c, article: to, id };
      });
    }
    return emit(r.path, r.bytes, entries, claims);
  };

  const threads = workers >= 0
    ? workers
    : work.length < AUTO_MIN_FILES
    ? 0
    : navigator.hardwareConcurrency || 1;
  const source = threads === 0 || work.length === 0
    ? _inThread(work, extract, sidecarMeta)
    : _pool(work, threads, chunkSize, extract, sidecarMeta);
  try {
    for (const file of files) {
      const pre = listing.skipped.get(file);
      if (pre) {
        yield emit(file, 0, [pre], []);
        continue;
      }
      if (loaded >= limit) {
        yield emit(file, 0, [{
          file,
          action: "skipped",
          articles: [],
          notes: [`limit reached (limit: ${limit})`],
        }], []);
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
    const entry: LoadEntry = { ...side.entry, notes: [...side.entry.notes] };
    let applied = 0;
    for (const row of side.rows) {
      if (!finalIds!.has(row.id)) {
        entry.notes.push(
          `line ${row.line}: unknown id ${JSON.stringify(row.id)} (no loaded article); row ignored`,
        );
        entry.line ??= row.line;
        if (entry.action === "read") entry.action = "repaired";
      } else applied++;
    }
    entry.notes.unshift(`sidecar applied to ${applied} article${applied === 1 ? "" : "s"}`);
    yield { index: index++, path: entry.file, bytes: 0, entries: [entry], claims: [] };
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
  const claims: Claim[] = [];
  const entries: LoadEntry[] = [];
  let bytes = 0;
  for await (const r of extractParallelStream(input, options)) {
    for (const c of r.claims) claims.push(c);
    for (const e of r.entries) entries.push(e);
    bytes += r.bytes;
  }
  // extractClaims orders records by article id (then position); files come in path order, and a
  // JSONL file holds many ids. A stable sort by article id gives exactly the one-thread order.
  claims.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
  return { claims, report: { entries }, bytes };
}
