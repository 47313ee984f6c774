/**
 * What to read: a folder listed (sub-folders in place, symlink loops skipped, non-regular files
 * skipped with the reason), a list of paths, and the sidecar CSV of metadata.
 * Takes the input path(s) and options; gives the sorted files, the skips and the sidecar rows.
 * @module
 */

import type { LoadEntry } from "../shared/types.ts";
import { type _Csv, _parseCsv } from "../shared/_csv.ts";
import { _describe } from "../shared/_validate.ts";
import { _articleDate } from "./_article_date.ts";
import { _notRegular } from "./_read_article.ts";
import type { ArticleMeta } from "./_options.ts";
import { _skipped } from "./parse_file.ts";

function _join(dir: string, name: string): string {
  return dir === "" ? name : `${dir.replace(/[\\/]+$/, "")}/${name}`;
}

function _base(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function _cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface _Listing {
  /** Every path found, in order (including those already decided as skipped). */
  files: string[];
  /**
   * Paths skipped while listing (folders with `recursive: false`, broken links, pipes, sockets
   * and devices), with entries.
   */
  skipped: Map<string, LoadEntry>;
}

/** A folder's entries sorted by name. */
async function _readSorted(d: string): Promise<Deno.DirEntry[]> {
  const entries: Deno.DirEntry[] = [];
  for await (const e of Deno.readDir(d)) entries.push(e);
  return entries.sort((a, b) => _cmp(a.name, b.name));
}

/** The real path of `p` (links resolved), or `p` itself when it cannot be resolved. */
async function _realPath(p: string): Promise<string> {
  try {
    return await Deno.realPath(p);
  } catch {
    return p;
  }
}

/**
 * Lists a folder depth-first, entries sorted by name, sub-folders in place (unless `recursive`
 * is false). Anything that is neither a regular file nor a folder (a named pipe, a socket, a
 * device, or a link to one) is a reported skip, decided from the listing, before any opening.
 * Iterative (an explicit stack, no recursion or argument spreading), so folder depth and size are
 * bounded by memory only. Every folder is entered once by its real path: a symlink back into a
 * folder already listed (a loop, or a second way to the same folder) is a reported skip.
 */
async function _listFolder(
  dir: string,
  recursive: boolean,
  exclude: Set<string>,
): Promise<_Listing> {
  const files: string[] = [];
  const skipped = new Map<string, LoadEntry>();
  const skip = (p: string, note: string) => {
    files.push(p);
    skipped.set(p, _skipped(p, [note]));
  };
  /** Real path of each folder entered → the path it was first listed under. */
  const seen = new Map<string, string>();
  seen.set(await _realPath(dir), dir);
  const stack: { dir: string; entries: Deno.DirEntry[]; i: number }[] = [
    { dir, entries: await _readSorted(dir), i: 0 },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.i >= top.entries.length) {
      stack.pop();
      continue;
    }
    const e = top.entries[top.i++];
    const p = _join(top.dir, e.name);
    if (exclude.has(p)) continue;
    let isDir = e.isDirectory;
    let odd: string | null = null;
    if (e.isSymlink || (!e.isFile && !e.isDirectory)) {
      // A link (followed), or a pipe, socket or device (its kind, without opening it).
      try {
        const info = e.isSymlink ? await Deno.stat(p) : await Deno.lstat(p);
        isDir = info.isDirectory;
        odd = isDir ? null : _notRegular(info);
      } catch (err) {
        skip(p, `unreadable: ${(err as Error).message}`);
        continue;
      }
    }
    if (odd !== null) {
      skip(p, odd);
      continue;
    }
    if (!isDir) {
      files.push(p);
      continue;
    }
    if (!recursive) {
      skip(p, "folder not read (top level only: recursive: false, --top-level)");
      continue;
    }
    const r = await _realPath(p);
    const first = seen.get(r);
    if (first !== undefined) {
      const loop = stack.some((f) => f.dir === first);
      skip(
        p,
        `${e.isSymlink ? "symlink" : "folder"} ${
          loop ? "loop" : "to a folder already read"
        }: leads to ${JSON.stringify(first)}${loop ? ", which contains it" : ""}; not read again`,
      );
      continue;
    }
    seen.set(r, p);
    let entries: Deno.DirEntry[];
    try {
      entries = await _readSorted(p);
    } catch (err) {
      skip(p, `unreadable folder: ${(err as Error).message}`);
      continue;
    }
    stack.push({ dir: p, entries, i: 0 });
  }
  return { files, skipped };
}

/** One usable sidecar row: its CSV line, the article id and the metadata it sets. */
export interface _SidecarRow {
  /** 1-based CSV line where the row starts. */
  line: number;
  /** Article id the row applies to. */
  id: string;
  /** Non-empty, valid cells of the row. */
  meta: ArticleMeta;
}

/** Reads the sidecar CSV into rows and an entry (problems reported with CSV line numbers). */
export function _readSidecar(
  text: string,
  file: string,
): { rows: _SidecarRow[]; entry: LoadEntry } {
  const notes: string[] = [];
  const problems: string[] = [];
  let csv: _Csv;
  try {
    csv = _parseCsv(text, file);
  } catch (e) {
    const m = /line (\d+)/.exec((e as Error).message);
    return {
      rows: [],
      entry: _skipped(file, [`malformed CSV: ${(e as Error).message}`], m ? +m[1] : undefined),
    };
  }
  const [head, ...body] = csv.rows;
  const cols = (head ?? []).map((h) => h.trim().toLowerCase());
  const known = ["id", "date", "outlet", "url", "title"];
  if (!cols.includes("id")) {
    return {
      rows: [],
      entry: _skipped(file, [
        `line 1: expected a header with an "id" column (id,date,outlet,url,title), found ${
          _describe((head ?? []).join(","))
        }`,
      ], 1),
    };
  }
  const unknown = cols.filter((c) => !known.includes(c));
  if (unknown.length) {
    notes.push(
      `line 1: unknown column${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")} ignored`,
    );
  }
  const rows: _SidecarRow[] = [];
  body.forEach((r, k) => {
    const line = csv.lines[k + 1];
    if (r.length !== cols.length) {
      problems.push(`line ${line}: expected ${cols.length} fields, found ${r.length}; row ignored`);
      return;
    }
    const get = (c: string) => {
      const i = cols.indexOf(c);
      return i < 0 ? "" : r[i].trim();
    };
    const id = get("id");
    if (id === "") {
      problems.push(`line ${line}: empty id; row ignored`);
      return;
    }
    const meta: ArticleMeta = {};
    const d = get("date");
    if (d !== "") {
      const day = _articleDate(d);
      if (day.date === null) {
        problems.push(
          `line ${line}: bad date for ${JSON.stringify(id)} (${day.problem}); date not applied`,
        );
      } else {
        meta.date = day.date;
        if (day.note) notes.push(`line ${line}: date for ${JSON.stringify(id)}: ${day.note}`);
      }
    }
    for (const c of ["outlet", "url", "title"] as const) if (get(c) !== "") meta[c] = get(c);
    rows.push({ line, id, meta });
  });
  return {
    rows,
    entry: {
      file,
      action: problems.length ? "repaired" : "read",
      articles: [],
      notes: problems.concat(notes),
      ...(problems.length ? { line: +/^line (\d+)/.exec(problems[0])![1] } : {}),
    },
  };
}

function _notFound(path: string, e: unknown, caller = "loadArticles"): Error {
  if (e instanceof Deno.errors.NotFound) {
    return new Deno.errors.NotFound(
      `${caller}: expected a folder or file, found nothing at ${JSON.stringify(path)}`,
    );
  }
  return e as Error;
}

/**
 * The files `loadArticles(input)` reads, in its order (a folder: sorted by name, depth first; a
 * list: sorted by path, duplicates once), the paths skipped while listing with their entries, and
 * the sidecar in force (the explicit one, else `articles.csv` in the folder). The worker pool in
 * `extract_parallel.ts` lists through this too, so both read the same files.
 * @throws {Deno.errors.NotFound} naming `caller` when `input` is one path that does not exist.
 */
export async function _listInput(
  input: string | readonly string[],
  recursive: boolean,
  sidecarOption: string | undefined,
  caller: string,
): Promise<_Listing & { sidecar: string | null }> {
  let files: string[] = [];
  let sidecar = sidecarOption ?? null;
  const exclude = new Set<string>();
  if (sidecar) exclude.add(sidecar);
  const pre = new Map<string, LoadEntry>();

  if (typeof input === "string") {
    let info: Deno.FileInfo;
    try {
      info = await Deno.stat(input);
    } catch (e) {
      throw _notFound(input, e, caller);
    }
    if (info.isDirectory) {
      const dflt = _join(input, "articles.csv");
      if (sidecar === null) {
        try {
          if ((await Deno.stat(dflt)).isFile) sidecar = dflt;
        } catch { /* no default sidecar */ }
      }
      if (sidecar) {
        exclude.add(sidecar);
        if (_base(sidecar) === "articles.csv") exclude.add(dflt);
      }
      const l = await _listFolder(input, recursive, exclude);
      files = l.files;
      for (const [k, v] of l.skipped) pre.set(k, v);
    } else {
      files = [input];
      const why = _notRegular(info);
      if (why) pre.set(input, _skipped(input, [why]));
    }
  } else {
    for (const p of input) {
      try {
        const info = await Deno.stat(p);
        if (info.isDirectory) {
          const l = await _listFolder(p, recursive, exclude);
          for (const f of l.files) files.push(f);
          for (const [k, v] of l.skipped) pre.set(k, v);
        } else {
          files.push(p);
          const why = _notRegular(info);
          if (why) pre.set(p, _skipped(p, [why]));
        }
      } catch (e) {
        files.push(p);
        pre.set(
          p,
          _skipped(p, [
            e instanceof Deno.errors.NotFound ? "not found" : `unreadable: ${(e as Error).message}`,
          ]),
        );
      }
    }
    files = [...new Set(files)].sort(_cmp);
  }
  return { files, skipped: pre, sidecar };
}
