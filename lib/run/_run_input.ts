/**
 * The run's input made ready: the arguments checked, the sidecar read, and each file's claims
 * relabelled with the ids the whole run gives (a repeated id gets `~2`, as `loadArticles` does), as
 * records or output lines.
 * Takes the input, the options and a file's claims; gives checked values and new claims or lines.
 * @module
 */

import type { Claim, LoadEntry } from "../shared/types.ts";
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

/** The run's article ids so far: how many loaded, each id's count and first file, the final ids. */
export interface _Ids {
  loaded: number;
  limit: number;
  idCount: Map<string, number>;
  idOwner: Map<string, string>;
  /** Final ids of the articles loaded, when a sidecar is to be applied. */
  finalIds: Set<string> | null;
  /** Sidecar rows by article id, with their order. */
  rowsById: Map<string, { k: number; row: _SidecarRow }[]> | null;
  sidecar: string | null;
}

/** The ids of a run that has loaded nothing yet (`rows`: the sidecar's, when there is one). */
export function _newIds(
  limit: number,
  rows: readonly _SidecarRow[] | null,
  sidecar: string | null,
): _Ids {
  return {
    loaded: 0,
    limit,
    idCount: new Map(),
    idOwner: new Map(),
    finalIds: rows ? new Set() : null,
    rowsById: rows ? _rowsById(rows) : null,
    sidecar,
  };
}

/** Sidecar rows by article id, each with its index in the sidecar. */
export function _rowsById(
  rows: readonly _SidecarRow[],
): Map<string, { k: number; row: _SidecarRow }[]> {
  const byId = new Map<string, { k: number; row: _SidecarRow }[]>();
  rows.forEach((row, k) => {
    const list = byId.get(row.id) ?? [];
    list.push({ k, row });
    byId.set(row.id, list);
  });
  return byId;
}

/**
 * A file's entries with the run's ids (as loadArticles gives them: a repeated id renamed `~2`,
 * articles past the limit dropped, the sidecar's metadata noted); `ids` is updated.
 */
export function _relabelEntries(
  r: FileClaims,
  ids: _Ids,
): { entries: LoadEntry[]; rename: Map<string, string>; dropped: Set<string> } {
  const rename = new Map<string, string>();
  const dropped = new Set<string>();
  const { idCount, idOwner, finalIds, rowsById, limit } = ids;
  const entries = r.entries.map((e0) => {
    const e: LoadEntry = { ...e0, notes: [...e0.notes], articles: [] };
    for (const id of e0.articles) {
      if (ids.loaded >= limit) {
        e.notes.push(
          `limit reached (limit: ${limit}): ${JSON.stringify(id)} and later records not loaded`,
        );
        for (const rest of e0.articles.slice(e0.articles.indexOf(id))) dropped.add(rest);
        break;
      }
      ids.loaded++;
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
          e.notes.push(`metadata from ${ids.sidecar} line ${row.line}: ${fields.join(", ")}`);
        }
      }
    }
    return e;
  });
  return { entries, rename, dropped };
}

/** Claims of the articles kept, with their renamed article (and claim) ids. */
export function _renameClaims(
  claims: Claim[],
  dropped: ReadonlySet<string>,
  rename: ReadonlyMap<string, string>,
): Claim[] {
  if (dropped.size) claims = claims.filter((c) => !dropped.has(c.article));
  if (rename.size) {
    claims = claims.map((c) => {
      const to = rename.get(c.article);
      if (to === undefined) return c;
      const id = c.id?.startsWith(`${c.article}:`) ? to + c.id.slice(c.article.length) : c.id;
      return id === undefined ? { ...c, article: to } : { ...c, article: to, id };
    });
  }
  return claims;
}

/** The sidecar's entry at the end of a run: rows of unknown ids noted, the count applied. */
export function _sidecarEntry(
  given: LoadEntry,
  rows: readonly _SidecarRow[],
  finalIds: ReadonlySet<string>,
): LoadEntry {
  const entry: LoadEntry = { ...given, notes: [...given.notes] };
  let applied = 0;
  for (const row of rows) {
    if (!finalIds.has(row.id)) {
      entry.notes.push(
        `line ${row.line}: unknown id ${JSON.stringify(row.id)} (no loaded article); row ignored`,
      );
      entry.line ??= row.line;
      if (entry.action === "read") entry.action = "repaired";
    } else applied++;
  }
  // As loadArticles: an unreadable sidecar applied to nothing, and its entry says only why.
  if (entry.action !== "skipped") {
    entry.notes.unshift(`sidecar applied to ${applied} article${applied === 1 ? "" : "s"}`);
  }
  return entry;
}
