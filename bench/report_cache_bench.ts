/**
 * The extraction cache on a generated corpus: the time of a first (cold: load, extract, write the
 * entry) and a second (cached: hash the inputs, read the entry) `loadAndExtract()`, plus the
 * entry's size.
 *
 *   ./node_modules/.bin/deno run -A bench/report_cache_bench.ts [--n 2000] [--corpus DIR]
 *
 * Takes: `--corpus DIR` (e.g. made by `tools/gen_corpus.ts --out DIR --n 2000`), else a corpus of
 * `--n` articles generated into a temporary folder (the generator of `tools/gen_corpus.ts`, seed
 * 1). Gives: one line per call on stdout. The cache folder is a fresh temporary one.
 * @module
 */
import { parseArgs } from "node:util";
import { loadAndExtract } from "../lib/report/extraction_cache.ts";
import { writeCorpus } from "./_corpus.ts";

const { values } = parseArgs({
  args: Deno.args,
  options: { n: { type: "string", default: "2000" }, corpus: { type: "string" } },
});
const n = Number(values.n);
if (!Number.isInteger(n) || n < 1) throw new RangeError(`--n: expected a count, found ${values.n}`);
let corpus = values.corpus;
if (!corpus) {
  corpus = await Deno.makeTempDir({ prefix: "claimgap-cache-bench-corpus-" });
  await writeCorpus(corpus, n, { seed: 1 });
}
const cacheDir = await Deno.makeTempDir({ prefix: "claimgap-cache-bench-" });
for (const label of ["cold", "cached"]) {
  const t0 = performance.now();
  const r = await loadAndExtract(corpus, { cacheDir });
  const ms = performance.now() - t0;
  const mb = (await Deno.stat(r.cache.file!)).size / 1e6;
  console.log(
    `${label}: ${ms.toFixed(0)} ms (${r.cache.status}) for ${r.articles.length} articles, ` +
      `${r.claims.length} claims, entry ${mb.toFixed(1)} MB`,
  );
}
await Deno.remove(cacheDir, { recursive: true });
