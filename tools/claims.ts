/**
 * `deno task claims <folder-or-files> [--csv]`: claim records of the articles found there.
 *
 * JSON Lines on stdout by default (schema fields in schema order), CSV with `--csv`; the load
 * report on stderr. Exit status 0 unless no input could be read at all (then 1; 2 for usage).
 *
 * `--gazetteer FILE` (or the environment variable `CLAIMGAP_GAZETTEER`) adds a big gazetteer
 * (GeoNames `UA.txt` or the settlement-alias CSV) after the curated `data/places.csv`.
 *
 * @module
 */

import { extractParallel } from "../lib/extract_parallel.ts";
import { progressHooks } from "../lib/progress.ts";
import { defaultGazetteer, loadGazetteer, mergeGazetteers } from "../lib/places.ts";
import { CLAIM_FIELDS, claimsToCsv, claimsToJsonl } from "../lib/extract_claims_format.ts";

const USAGE = "usage: deno task claims <folder-or-files...> [--csv] [--gazetteer FILE]";

async function main(args: string[]): Promise<number> {
  const csv = args.includes("--csv");
  const gi = args.indexOf("--gazetteer");
  let gazPath = Deno.env.get("CLAIMGAP_GAZETTEER") || null;
  if (gi >= 0) {
    gazPath = args[gi + 1] ?? null;
    if (!gazPath) {
      console.error(`--gazetteer needs a file\n${USAGE}`);
      return 2;
    }
  }
  const inputs = args.filter((a, i) => a !== "--csv" && (gi < 0 || (i !== gi && i !== gi + 1)));
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
  const progress = progressHooks({ label: "claims" });
  let result;
  try {
    result = await extractParallel(inputs.length === 1 ? inputs[0] : inputs, {
      onProgress: progress.parallel,
      extract: gazetteer ? { gazetteer } : {},
    });
  } catch (e) {
    await progress.finish();
    console.error(`claims: could not read ${inputs.join(", ")}: ${(e as Error).message}`);
    return 1;
  }
  await progress.finish();
  const { claims, report } = result;
  const articles = report.entries.flatMap((e) => e.articles);
  for (const e of report.entries) {
    const notes = e.notes.length ? `: ${e.notes.join("; ")}` : "";
    console.error(`${e.action} ${e.file}${e.line ? `:${e.line}` : ""}${notes}`);
  }
  if (!articles.length) {
    console.error("claims: no article could be read");
    return 1;
  }
  const out = csv ? claimsToCsv(claims) : claimsToJsonl(claims);
  await Deno.stdout.write(new TextEncoder().encode(out));
  console.error(
    `claims: ${claims.length} records from ${articles.length} articles (${CLAIM_FIELDS.length} fields)`,
  );
  return 0;
}

Deno.exit(await main(Deno.args));
