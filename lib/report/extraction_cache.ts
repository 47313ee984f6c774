/**
 * Load and extract once per report run: {@link loadAndExtract} gives what `loadArticles()` then
 * `extractClaims()` give, read from a cache file when the same input files were already extracted
 * by the same extractor, else computed and written for the next notebook or the export.
 *
 * Takes: a corpus (a folder, a file or a list of paths, as `loadArticles()` takes) and
 * {@link ExtractionCacheOptions}. Gives: a new `{ articles, report, claims, cache }`.
 *
 * Key: SHA-256 over the input files (paths relative to the corpus root, sorted, and their bytes),
 * the loader options and the extractor version (a SHA-256 over `lib/extract/`, `lib/lexicon/`,
 * `lib/load/`, `lib/shared/` and `data/*.csv`); see `_cache_key.ts`. Changing any input file,
 * adding or removing one, or changing the extractor makes a new key. Entries are
 * `<cacheDir>/<key>.json`, written atomically; only the {@link ExtractionCacheOptions.keep} newest
 * are kept. A corrupt or unreadable entry is ignored and recomputed (said in `cache.note`); a
 * cache folder that cannot be written leaves the result computed (also said in `cache.note`).
 *
 * Paths: the result's paths (`Article.path`, `LoadEntry.file`, paths in notes) are the corpus
 * path as given to this call, as `loadArticles()` gives them, even when the entry was written by
 * a call that spelt the corpus differently (`../data/articles` from `notebooks/`,
 * `notebooks/../data/articles` from the export).
 *
 * Runs at once (notebooks executed in parallel): the first call for a key holds
 * `<key>.lock` while it computes; others wait for its entry (at most `lockWaitMs`), then read it.
 * @module
 */
import type { Article, Claim, LoadReport } from "../shared/types.ts";
import type { LoadOptions } from "../load/_options.ts";
import { loadArticles } from "../load/load_articles.ts";
import { extractClaims } from "../extract/mod.ts";
import { _writeAtomic } from "../shared/_write.ts";
import { _describe } from "../shared/_validate.ts";
import { _extractorVersion, _inputKey, _relative, _rootOf } from "./_cache_key.ts";
import { _acquire, _readEntry } from "./_cache_files.ts";

/** Options of {@link loadAndExtract}. */
export interface ExtractionCacheOptions {
  /**
   * Folder of cache entries; null turns the cache off (always computed, nothing read or
   * written). The environment variable `CLAIMGAP_NO_CACHE=1` also turns it off.
   * @default "<repository>/.cache/claimgap/"
   */
  cacheDir?: string | null;
  /**
   * Options passed to `loadArticles()`; on a cache hit `onProgress` is called once, with every file
   * done. @default {}
   */
  load?: LoadOptions;
  /** Entries kept in `cacheDir`, newest first by write time (1 to 1000). @default 8 */
  keep?: number;
  /**
   * The extractor version in the key. For tests; do not set it otherwise.
   * @default the SHA-256 of the extractor's sources and data CSVs
   */
  extractorVersion?: string;
  /** Called with the key each time the result is computed (not read). @default none */
  onCompute?: (key: string) => void;
  /** Longest wait, in ms, for another run computing the same key. @default 600000 */
  lockWaitMs?: number;
}

/** What {@link loadAndExtract} returns. */
export interface ExtractionResult {
  articles: Article[];
  report: LoadReport;
  claims: Claim[];
  /** How the result was obtained. */
  cache: {
    /** `hit`: read from `file`; `computed`: extracted (and written); `off`: cache disabled. */
    status: "hit" | "computed" | "off";
    /** The key (null when off). */
    key: string | null;
    /** The entry's path (null when off). */
    file: string | null;
    /** A corrupt entry ignored, a write that failed... (absent when nothing to say). */
    note?: string;
  };
}

/** What a cache entry holds (format 1). */
export interface _Entry {
  format: 1;
  key: string;
  /** The corpus root of the call that wrote it (see `_rootOf`), or null. */
  root: string | null;
  articles: Article[];
  report: LoadReport;
  claims: Claim[];
}

/** The repository's cache folder. */
export const DEFAULT_CACHE_DIR = new URL("../../.cache/claimgap/", import.meta.url).pathname;

function _cacheOff(): boolean {
  try {
    return Deno.env.get("CLAIMGAP_NO_CACHE") === "1";
  } catch {
    return false; // no --allow-env: the variable cannot be set for us
  }
}

function _checkOptions(options: ExtractionCacheOptions): void {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`loadAndExtract: options expected an object, found ${_describe(options)}`);
  }
  const { cacheDir, keep, lockWaitMs } = options;
  if (cacheDir !== undefined && cacheDir !== null && (typeof cacheDir !== "string" || !cacheDir)) {
    throw new TypeError(`cacheDir: expected a folder path or null, found ${_describe(cacheDir)}`);
  }
  if (keep !== undefined && !(Number.isInteger(keep) && keep >= 1 && keep <= 1000)) {
    throw new RangeError(
      `keep: expected a whole number from 1 to 1000, found ${
        typeof keep === "number" ? keep : _describe(keep)
      }`,
    );
  }
  if (lockWaitMs !== undefined && !(typeof lockWaitMs === "number" && lockWaitMs >= 0)) {
    throw new RangeError(
      `lockWaitMs: expected a number >= 0, found ${
        typeof lockWaitMs === "number" ? lockWaitMs : _describe(lockWaitMs)
      }`,
    );
  }
}

/** A path of an entry written under `from`, spelt under `to` (unchanged when not under `from`). */
function _respell(path: string, from: string, to: string): string {
  const rel = _relative(path, from);
  return rel === null ? path : rel === "" ? to : `${to}/${rel}`;
}

/** The entry's result with its paths spelt as the corpus of this call (see the module doc). */
function _asGiven(entry: _Entry, root: string | null): Omit<ExtractionResult, "cache"> {
  const { articles, report, claims } = entry;
  const from = entry.root;
  if (from === null || root === null || from === root) return { articles, report, claims };
  return {
    articles: articles.map((a) => ({ ...a, path: _respell(a.path, from, root) })),
    report: {
      entries: report.entries.map((e) => ({
        ...e,
        file: _respell(e.file, from, root),
        notes: e.notes.map((n) => n.split(`${from}/`).join(`${root}/`)),
      })),
    },
    claims,
  };
}

/** Removes all but the `keep` newest entries of `dir` (by write time); errors are ignored. */
async function _prune(dir: string, keep: number): Promise<void> {
  const found: [number, string][] = [];
  try {
    for await (const e of Deno.readDir(dir)) {
      if (!e.isFile || !/^[0-9a-f]{64}\.json$/.test(e.name)) continue;
      const s = await Deno.stat(`${dir}/${e.name}`).catch(() => null);
      if (s) found.push([s.mtime?.getTime() ?? 0, e.name]);
    }
  } catch {
    return;
  }
  found.sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : 1));
  for (const [, name] of found.slice(keep)) await Deno.remove(`${dir}/${name}`).catch(() => {});
}

/** Computes the result; writes it as the entry `file` (a failed write is returned as a note). */
async function _compute(
  corpus: string | readonly string[],
  options: ExtractionCacheOptions,
  key: string | null,
  file: string | null,
): Promise<{ result: Omit<ExtractionResult, "cache">; note?: string }> {
  const { articles, report } = await loadArticles(corpus as string | string[], options.load ?? {});
  const claims = extractClaims(articles);
  if (key !== null) options.onCompute?.(key);
  const result = { articles, report, claims };
  if (file === null || key === null) return { result };
  const entry: _Entry = { format: 1, key, root: _rootOf(corpus), articles, report, claims };
  try {
    await _writeAtomic(file, JSON.stringify(entry));
  } catch (e) {
    return { result, note: `cache entry not written (${file}): ${(e as Error).message}` };
  }
  return { result };
}

/**
 * `loadArticles(corpus, options.load)` and `extractClaims()` of its articles, once per input and
 * extractor version: see the module documentation. Errors are those of `loadArticles()` (a
 * missing corpus...), and TypeError/RangeError for bad options; cache trouble is never an error.
 */
export async function loadAndExtract(
  corpus: string | readonly string[],
  options: ExtractionCacheOptions = {},
): Promise<ExtractionResult> {
  _checkOptions(options);
  const dirOption = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  if (dirOption === null || _cacheOff()) {
    const { result } = await _compute(corpus, options, null, null);
    return { ...result, cache: { status: "off", key: null, file: null } };
  }
  const dir = dirOption.replace(/\/+$/, "") || "/";
  const version = options.extractorVersion ?? await _extractorVersion();
  const key = await _inputKey(corpus, options.load ?? {}, version);
  const file = `${dir}/${key}.json`;
  const root = _rootOf(corpus);
  const cache = (status: "hit" | "computed", note?: string) =>
    note ? { status, key, file, note } : { status, key, file };
  const hit = (entry: Parameters<typeof _asGiven>[0]) => {
    // a progress display still ends in its final state: every file done
    const n = entry.report.entries.length;
    options.load?.onProgress?.(n, n, entry.report.entries.at(-1)?.file ?? String(corpus));
    return { ..._asGiven(entry, root), cache: cache("hit") };
  };
  const first = await _readEntry(file, key);
  if (first.entry) return hit(first.entry);
  const made = await Deno.mkdir(dir, { recursive: true }).then(() => null, (e) => e as Error);
  const lock = made ? null : await _acquire(file, key, options.lockWaitMs ?? 600_000);
  if (lock?.entry) return hit(lock.entry);
  try {
    const { result, note } = await _compute(corpus, options, key, made ? null : file);
    await _prune(dir, options.keep ?? 8);
    const why = [first.note, made && `cache folder ${dir} not usable: ${made.message}`, note]
      .filter(Boolean).join("; ");
    return { ...result, cache: cache("computed", why || undefined) };
  } finally {
    await lock?.release();
  }
}
