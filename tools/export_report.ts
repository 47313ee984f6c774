/**
 * Write the report's data files: `claims.csv`, `claims.jsonl`, `gap.csv`, `assertions.csv`,
 * `assertions.jsonl`, `assertion_reports.csv`, `syndication.csv` and `params.json` (what they were
 * made from).
 *
 *   deno run --allow-read --allow-write --allow-env tools/export_report.ts [corpus] [mapping-folder|-] [out-dir]
 *   deno run --allow-read --allow-write --allow-env tools/export_report.ts --runner [run_notebooks.py arguments]
 *
 * Positional form: corpus `data/articles`, mapping folder `../shared/reference/deepstate` (a
 * missing folder, or `-`, gives a text-based gap only; said on stderr), out dir `out`, relative to
 * the current directory.
 *
 * `--runner` form (the report hook, `tools/report.d/10_export.sh`): the arguments given to
 * `tools/run_notebooks.py`, so that the exports come from the same corpus and mapping data as the
 * pages. Parameters as the runner takes them (`-p NAME VALUE`, values JSON when they parse;
 * `--params FILE`), defaults from the notebooks' `parameters` cells; `corpus`, `mappingData` and
 * `windowDays` are used, paths relative to `notebooks/` as in the notebooks; `--out DIR` (default
 * `out`). Run from the repository root. Exit status 2 on a usage error, 1 on any other failure.
 * @module
 */
import {
  assertionReport,
  prepareReport,
  syndicationNotes,
  writeAssertionFiles,
  writeReportFiles,
} from "../lib/mod.ts";
import { _writeAtomic } from "../lib/shared/_write.ts";
import { notebookDefaults, runnerParams } from "./report_params.ts";

const USAGE = "usage: export_report.ts [corpus] [mapping-folder|-] [out-dir]\n" +
  "       export_report.ts --runner [run_notebooks.py arguments]";

/** What to export from: resolved paths and the window. */
interface _Inputs {
  corpus: string;
  mapping: string | null;
  windowDays: number;
  out: string;
  /** The parameters as the notebooks see them (for params.json). */
  params: Record<string, unknown>;
}

async function _inputs(args: string[]): Promise<_Inputs | string> {
  if (args[0] === "--runner") {
    return await runnerParams(args.slice(1), await notebookDefaults("notebooks"), "notebooks");
  }
  if (args.length > 3) return `expected at most 3 arguments, found ${args.length}`;
  const bad = args.find((a) => a.startsWith("-") && a !== "-");
  if (bad) return `unknown option ${bad}`;
  const [corpus = "data/articles", mappingArg = "../shared/reference/deepstate", out = "out"] =
    args;
  const mapping = mappingArg === "-" ? null : mappingArg;
  return { corpus, mapping, windowDays: 7, out, params: { corpus, mapping } };
}

async function main(args: string[]): Promise<number> {
  if (args.includes("-h") || args.includes("--help")) {
    console.log(USAGE);
    return 0;
  }
  const inputs = await _inputs(args);
  if (typeof inputs === "string") {
    console.error(`export_report: ${inputs}\n${USAGE}`);
    return 2;
  }
  const { corpus, mapping, windowDays, out } = inputs;
  const t0 = performance.now();
  const data = await prepareReport(corpus, { mapping, windowDays });
  for (const note of data.notes) console.error(`export_report: ${note}`);
  const written = await writeReportFiles(out, { claims: data.claims, gapRows: data.gapRows });
  const a = assertionReport(data, { windowDays });
  for (const note of syndicationNotes(a.syndication)) console.error(`export_report: ${note}`);
  const more = await writeAssertionFiles(out, a);
  const params = `${out.replace(/\/+$/, "")}/params.json`;
  await _writeAtomic(
    params,
    JSON.stringify({ ...inputs.params, resolved: { corpus, mapping, windowDays } }, null, 1) +
      "\n",
  );
  console.error(
    `export_report: ${written.claims} claims, ${a.assertions.length} assertions, ${a.syndication.rows.length} syndicated copies, ${written.gapRows} gap rows from ${data.articles.length} articles of ${corpus} -> ${
      [...written.files, ...more, params].join(", ")
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
