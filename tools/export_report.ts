/**
 * Write the report's data files: `claims.csv`, `claims.jsonl` and `gap.csv`.
 *
 *   deno run --allow-read --allow-write --allow-env tools/export_report.ts [corpus] [mapping-folder|-] [out-dir]
 *
 * Defaults: corpus `data/articles`, mapping folder `../shared/reference/deepstate` (a missing
 * folder, or `-`, gives a text-based gap only; said on stderr), out dir `out`. Paths are relative
 * to the current directory. Exit status 2 on a usage error, 1 on any other failure.
 * @module
 */
import { prepareReport, writeReportFiles } from "../lib/mod.ts";

const USAGE = "usage: export_report.ts [corpus] [mapping-folder|-] [out-dir]";

async function main(args: string[]): Promise<number> {
  if (args.includes("-h") || args.includes("--help")) {
    console.log(USAGE);
    return 0;
  }
  if (args.length > 3) {
    console.error(`export_report: expected at most 3 arguments, found ${args.length}\n${USAGE}`);
    return 2;
  }
  const [corpus = "data/articles", mappingArg = "../shared/reference/deepstate", out = "out"] =
    args;
  const mapping = mappingArg === "-" ? null : mappingArg;
  const t0 = performance.now();
  const data = await prepareReport(corpus, { mapping });
  for (const note of data.notes) console.error(`export_report: ${note}`);
  const written = await writeReportFiles(out, { claims: data.claims, gapRows: data.gapRows });
  console.error(
    `export_report: ${written.claims} claims, ${written.gapRows} gap rows from ${data.articles.length} articles -> ${
      written.files.join(", ")
    } (${Math.round(performance.now() - t0)} ms)`,
  );
  return 0;
}

if (import.meta.main) {
  try {
    Deno.exit(await main(Deno.args));
  } catch (e) {
    console.error(`export_report: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    Deno.exit(1);
  }
}
