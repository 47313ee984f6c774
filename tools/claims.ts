/**
 * `deno task claims <folder-or-files> [--csv] [--gazetteer FILE] [--workers N] [--limit N]
 * [--top-level]`: claim records of the articles found there (sub-folders included; `.gz` files
 * decompressed; pipes, sockets and devices reported and never opened).
 *
 * JSON Lines on stdout by default (`CLAIM_FIELDS`: the schema's fields in schema order, then `id`
 * and `hedged`, as in the report's `claims.csv`), CSV with `--csv`; the load
 * report on stderr. Exit status 0 unless no input could be read at all (then 1; 2 for usage).
 *
 * `--gazetteer FILE` (or the environment variable `CLAIMGAP_GAZETTEER`) adds a big gazetteer
 * (GeoNames `UA.txt` or the settlement-alias CSV) after the curated `data/places.csv`.
 *
 * `--workers N` sets the worker threads (`0`: everything in one thread). By default all cores,
 * or one thread for fewer than 48 files. The output is the same bytes whatever the count.
 *
 * `--top-level` (or `--no-recursive`) reads only the files directly in the folders given; by
 * default sub-folders are read too, in place in name order (each folder once: a symlink loop is
 * reported).
 *
 * `--limit N` loads the first N articles only, in the order of a whole run (files by path, the
 * records of a JSON/JSONL file in file order); later files are reported as skipped and not read.
 *
 * Records are written as files finish, in the whole run's order (by article id, stably). A file's
 * records are held back only while a later file could still hold a record that sorts before them:
 * a text, Markdown or HTML file's article id is its file stem (or the stem plus `~2`... when
 * repeated), known before it is read; a JSON/JSONL file's ids are not, so every record before the
 * last JSON/JSONL file waits for it. Memory is the pool's bounded window plus those held records.
 *
 * @module
 */

import { extractParallelStream } from "../lib/run/extract_parallel.ts";
import { progressHooks } from "../lib/notebook/progress.ts";
import {
  defaultGazetteer,
  type Gazetteer,
  loadGazetteer,
  mergeGazetteers,
} from "../lib/lexicon/places.ts";
import { explainClaims, formatTrace } from "../lib/extract/mod.ts";
import { CLAIM_FIELDS } from "../lib/run/extract_claims_format.ts";
import { _formatOf, _stem } from "../lib/load/parse_file.ts";
import { _listInput } from "../lib/load/_list.ts";
import { loadArticles } from "../lib/load/load_articles.ts";
import type { LoadEntry } from "../lib/shared/types.ts";

const USAGE = "usage: deno task claims <folder-or-files...> [--csv] [--gazetteer FILE] " +
  "[--workers N] [--limit N] [--top-level] [--explain]";

const HELP = `${USAGE}

Claim records of the articles in the folders and files given: JSON Lines on stdout (CSV with
--csv), the load report on stderr. Folders are read with their sub-folders; .txt, .md, .html,
.json and .jsonl files, each also gzipped (story.txt.gz: decompressed up to 200 MiB); anything
that is not a regular file (a pipe, socket or device) is reported and never opened.

  --csv             CSV with a header row instead of JSON Lines
  --gazetteer FILE  add a big gazetteer (GeoNames UA.txt or the settlement-alias CSV); also
                    from the environment variable CLAIMGAP_GAZETTEER
  --workers N       worker threads, 0 to 256 (0: one thread; default: all cores, one thread
                    for fewer than 48 files); the output is the same bytes whatever the count
  --limit N         the first N articles only (at least 1), in the order of a whole run; later
                    files are reported as skipped and not read
  --top-level       only the files directly in the folders given, not their sub-folders (also
                    --no-recursive)
  --explain         instead of records, the trace of each article: per sentence with a claim
                    word, the places (and what they are there), actors, speakers, claim words and
                    the records they made, or why they made none`;

/** Bytes gathered before a write to stdout: few system calls, little memory. */
const CHUNK = 64 * 1024;

/** The input argument of the loader: one path, or a list. */
function _input(inputs: string[]): string | string[] {
  return inputs.length === 1 ? inputs[0] : inputs;
}

/** `--explain`: the trace of every article read, on stdout; the load report on stderr. */
async function _explain(
  from: string | string[],
  options: { recursive: boolean; limit?: number; gazetteer?: Gazetteer },
): Promise<number> {
  const { articles, report } = await loadArticles(from, {
    recursive: options.recursive,
    limit: options.limit,
  });
  for (const e of report.entries) {
    if (e.action !== "read") console.error(`${e.action} ${e.file}: ${e.notes.join("; ")}`);
  }
  for (const a of articles) {
    const text = formatTrace(a.id, explainClaims(a, { gazetteer: options.gazetteer }));
    console.log(text ? `${text}\n` : `${a.id}: no sentence with a claim word`);
  }
  return articles.length ? 0 : 1;
}

/** The value after option `name`, both removed from `args`: undefined if absent, "" if missing. */
function _option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1] ?? "";
  args.splice(i, 2);
  return v;
}

/** A whole-number option's value, or its error message (`found nothing` when missing). */
function _whole(name: string, v: string, min: number, max: number): number | string {
  if (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= max) return Number(v);
  const range = max === Infinity ? `of at least ${min}` : `from ${min} to ${max}`;
  return `${name} expects a whole number ${range}, found ${
    v === "" ? "nothing" : JSON.stringify(v)
  }`;
}

/** Writes `bytes` whole: `Deno.stdout.write` may take only part of them. */
async function _writeAll(bytes: Uint8Array): Promise<void> {
  for (let off = 0; off < bytes.length;) off += await Deno.stdout.write(bytes.subarray(off));
}

/** Writes `lines`, each with a line end, to stdout in chunks of about {@link CHUNK} bytes. */
async function _writeLines(lines: readonly string[]): Promise<void> {
  const encoder = new TextEncoder();
  let parts: string[] = [];
  let size = 0;
  for (let k = 0; k <= lines.length; k++) {
    if (k < lines.length) {
      parts.push(lines[k], "\n");
      size += lines[k].length + 1;
    }
    if (parts.length && (size >= CHUNK || k === lines.length)) {
      await _writeAll(encoder.encode(parts.join("")));
      parts = [];
      size = 0;
    }
  }
}

/**
 * For each position k in `files`, the lowest article id files k, k+1... can give (null: none).
 * A text, Markdown or HTML file's article is its stem, renamed `<stem>~2`... when repeated, which
 * sorts after the stem; a JSON/JSONL file's ids are read from it ("": any id).
 */
function _laterIds(
  files: readonly string[],
  skipped: ReadonlyMap<string, unknown>,
): (string | null)[] {
  const low: (string | null)[] = new Array(files.length + 1).fill(null);
  for (let k = files.length - 1; k >= 0; k--) {
    const format = _formatOf(files[k]);
    let id: string | null = null;
    if (format === "json" || format === "jsonl") id = "";
    else if (format && !skipped.has(files[k])) id = _stem(files[k]);
    const after = low[k + 1];
    low[k] = id === null ? after : after === null || id < after ? id : after;
  }
  return low;
}

async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  const gaz = _option(args, "--gazetteer");
  if (gaz === "") {
    console.error(`--gazetteer needs a file\n${USAGE}`);
    return 2;
  }
  const gazPath = gaz ?? (Deno.env.get("CLAIMGAP_GAZETTEER") || null);
  const w = _option(args, "--workers");
  let workers: number | undefined;
  if (w !== undefined) {
    const n = _whole("--workers", w, 0, 256);
    if (typeof n === "string") {
      console.error(`${n}\n${USAGE}`);
      return 2;
    }
    workers = n;
  }
  const l = _option(args, "--limit");
  let limit: number | undefined;
  if (l !== undefined) {
    const n = _whole("--limit", l, 1, Infinity);
    if (typeof n === "string") {
      console.error(`${n}\n${USAGE}`);
      return 2;
    }
    limit = n;
  }
  const explain = args.includes("--explain");
  if (explain) args.splice(args.indexOf("--explain"), 1);
  const csv = args.includes("--csv");
  const flat = ["--top-level", "--no-recursive"];
  const recursive = !args.some((a) => flat.includes(a));
  const inputs = args.filter((a) => a !== "--csv" && !flat.includes(a));
  if (args.includes("--help") || args.includes("-h")) {
    console.log(HELP);
    return 0;
  }
  const unknown = inputs.filter((a) => a.startsWith("--"));
  if (unknown.length || !inputs.length) {
    console.error(unknown.length ? `unknown option ${unknown[0]}\n${USAGE}` : USAGE);
    return 2;
  }
  let gazetteer = undefined;
  if (gazPath) {
    try {
      gazetteer = mergeGazetteers(defaultGazetteer(), await loadGazetteer(gazPath));
      console.error(
        `gazetteer ${gazPath}: ${gazetteer.places.length} places with the curated table`,
      );
    } catch (e) {
      console.error(`claims: gazetteer ${gazPath} not used: ${(e as Error).message}`);
    }
  }
  if (explain) return await _explain(_input(inputs), { recursive, limit, gazetteer });
  // All cores (a worker pool; same records, same order as one thread); a progress bar on stderr
  // on a terminal, one summary line otherwise. The gazetteer is plain data: cloned into workers.
  // The workers serialise the records (JSON Lines or CSV rows): this thread orders and writes them.
  const input = inputs.length === 1 ? inputs[0] : inputs;
  const progress = progressHooks({ label: "claims" });
  const entries: LoadEntry[] = [];
  let header = csv ? CLAIM_FIELDS.join(",") : "";
  let records = 0;
  // Records held back (in arrival order) and the lowest article id among them.
  let held: { article: string; line: string }[] = [];
  let heldMin: string | null = null;
  /** Writes the held records that no later file can precede (`bound` null: all of them). */
  const release = async (bound: string | null) => {
    if (!held.length || (bound !== null && heldMin! > bound)) return;
    // Stable: records of one article id keep their arrival (file, then position) order.
    held.sort((a, b) => a.article < b.article ? -1 : a.article > b.article ? 1 : 0);
    let cut = held.length;
    if (bound !== null) cut = held.findIndex((h) => h.article > bound);
    if (cut < 0) cut = held.length;
    const lines = held.slice(0, cut).map((h) => h.line);
    if (header) lines.unshift(header);
    header = "";
    held = held.slice(cut);
    await _writeLines(lines);
    heldMin = held.length ? held[0].article : null;
  };
  try {
    // The files in the order the stream delivers them (it lists the same way), to know which
    // article ids may still come.
    const listing = await _listInput(input, recursive, undefined, "extractParallel");
    const later = _laterIds(listing.files, listing.skipped);
    const stream = extractParallelStream(input, {
      onProgress: progress.parallel,
      extract: gazetteer ? { gazetteer } : {},
      lines: csv ? "csv" : "jsonl",
      recursive,
      ...(workers === undefined ? {} : { workers }),
      ...(limit === undefined ? {} : { limit }),
    });
    let k = 0;
    let listed = true;
    for await (const r of stream) {
      for (const e of r.entries) entries.push(e);
      const lines = r.lines!;
      const articles = r.lineArticles!;
      for (let i = 0; i < lines.length; i++) {
        held.push({ article: articles[i], line: lines[i] });
        if (heldMin === null || articles[i] < heldMin) heldMin = articles[i];
      }
      records += lines.length;
      // A folder changed between the two listings: hold everything to the end.
      if (listed && k < listing.files.length && r.path !== listing.files[k]) listed = false;
      k++;
      await release(listed && k < later.length ? later[k] : "");
    }
  } catch (e) {
    await progress.finish();
    console.error(`claims: could not read ${inputs.join(", ")}: ${(e as Error).message}`);
    return 1;
  }
  await progress.finish();
  const articles = entries.flatMap((e) => e.articles);
  for (const e of entries) {
    const notes = e.notes.length ? `: ${e.notes.join("; ")}` : "";
    console.error(`${e.action} ${e.file}${e.line ? `:${e.line}` : ""}${notes}`);
  }
  if (!articles.length) {
    console.error("claims: no article could be read");
    return 1;
  }
  await release(null);
  if (header) await _writeLines([header]);
  console.error(
    `claims: ${records} records from ${articles.length} articles (${CLAIM_FIELDS.length} fields)`,
  );
  return 0;
}

Deno.exit(await main(Deno.args));
