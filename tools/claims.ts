/**
 * `deno task claims <folder-or-files> [--csv] [--gazetteer FILE] [--workers N]`: claim records of
 * the articles found there.
 *
 * JSON Lines on stdout by default (schema fields in schema order), CSV with `--csv`; the load
 * report on stderr. Exit status 0 unless no input could be read at all (then 1; 2 for usage).
 *
 * `--gazetteer FILE` (or the environment variable `CLAIMGAP_GAZETTEER`) adds a big gazetteer
 * (GeoNames `UA.txt` or the settlement-alias CSV) after the curated `data/places.csv`.
 *
 * `--workers N` sets the worker threads (`0`: everything in one thread). By default all cores,
 * or one thread for fewer than 48 files. The output is the same bytes whatever the count.
 *
 * @module
 */

import { _articleOrder, extractParallelStream } from "../lib/extract_parallel.ts";
import { progressHooks } from "../lib/progress.ts";
import { defaultGazetteer, loadGazetteer, mergeGazetteers } from "../lib/places.ts";
import { CLAIM_FIELDS } from "../lib/extract_claims_format.ts";
import type { LoadEntry } from "../lib/types.ts";

const USAGE =
  "usage: deno task claims <folder-or-files...> [--csv] [--gazetteer FILE] [--workers N]";

/** The value after option `name`, both removed from `args`: undefined if absent, "" if missing. */
function _option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1] ?? "";
  args.splice(i, 2);
  return v;
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
    if (!/^\d+$/.test(w) || Number(w) > 256) {
      console.error(
        `--workers expects a whole number from 0 to 256, found ${
          w === "" ? "nothing" : JSON.stringify(w)
        }\n${USAGE}`,
      );
      return 2;
    }
    workers = Number(w);
  }
  const csv = args.includes("--csv");
  const inputs = args.filter((a) => a !== "--csv");
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
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
  // All cores (a worker pool; same records, same order as one thread); a progress bar on stderr
  // on a terminal, one summary line otherwise. The gazetteer is plain data: cloned into workers.
  // The workers serialise the records (JSON Lines or CSV rows): this thread only orders them.
  const progress = progressHooks({ label: "claims" });
  const entries: LoadEntry[] = [];
  const lines: string[] = [];
  const lineArticles: string[] = [];
  try {
    const stream = extractParallelStream(inputs.length === 1 ? inputs[0] : inputs, {
      onProgress: progress.parallel,
      extract: gazetteer ? { gazetteer } : {},
      lines: csv ? "csv" : "jsonl",
      ...(workers === undefined ? {} : { workers }),
    });
    for await (const r of stream) {
      for (const e of r.entries) entries.push(e);
      for (const l of r.lines!) lines.push(l);
      for (const a of r.lineArticles!) lineArticles.push(a);
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
  // Records in the one-thread order (by article id, stably), as extractParallel orders claims.
  const order = _articleOrder(lineArticles);
  const body = order.map((k) => lines[k] + "\n").join("");
  const out = csv ? CLAIM_FIELDS.join(",") + "\n" + body : body;
  await Deno.stdout.write(new TextEncoder().encode(out));
  console.error(
    `claims: ${lines.length} records from ${articles.length} articles (${CLAIM_FIELDS.length} fields)`,
  );
  return 0;
}

Deno.exit(await main(Deno.args));
