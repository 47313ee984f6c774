/**
 * `deno bench -A bench/extract_bench.ts`: claim extraction on generated articles (loaded once),
 * and load+extract of a generated folder in one thread. Scaling over cores is measured by
 * `bench/run.ts` in `deno run` child processes: `deno bench` type-checks every worker it starts,
 * which would swamp the figure.
 * @module
 */
import { loadArticles } from "../lib/load/load_articles.ts";
import { extractClaims } from "../lib/extract/mod.ts";
import { extractParallel } from "../lib/run/extract_parallel.ts";
import { writeCorpus } from "./_corpus.ts";

const N = 100;
const dir = Deno.makeTempDirSync({ prefix: "claimgap-extract-bench-" });
const { bytes } = await writeCorpus(dir, N, { seed: 1 });
const { articles } = await loadArticles(dir);
const mb = (bytes / 1e6).toFixed(2);

Deno.bench({
  name: `extractClaims(${articles.length} loaded articles)`,
  group: "extract",
  n: 5,
  warmup: 1,
  fn() {
    extractClaims(articles);
  },
});

Deno.bench({
  name: `extractParallel(folder of ${N} articles, ${mb} MB, workers: 0)`,
  group: "load+extract",
  n: 3,
  warmup: 1,
  async fn() {
    await extractParallel(dir, { workers: 0 });
  },
});

globalThis.addEventListener("unload", () => {
  try {
    Deno.removeSync(dir, { recursive: true });
  } catch { /* already gone */ }
});
