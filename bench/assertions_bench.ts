/**
 * Assertions and syndicated copies at scale; prints figures (no pass/fail).
 *
 * ```sh
 * ./node_modules/.bin/deno run -A bench/assertions_bench.ts [--claims 100000] [--sizes 10k,50k] \
 *   [--copies 0.1] [--seed 1] [--dir /tmp/claimgap-bench]
 * ```
 *
 * 1. `assertions()` over `--claims` synthetic claims (bench/_claims.ts): best of 3 runs.
 * 2. For each size: a generated corpus with a share `--copies` of planted syndicated copies
 *    (tools/gen_corpus.ts `--copies`, kept in `--dir` and reused), loaded once, then
 *    `findSyndication()` timed; precision and recall of the planted copies: a reported copy is
 *    right when it and its original belong to one planted chain; a planted copy is found when it
 *    is in the group of the article its chain starts from.
 * @module
 */
import { parseArgs } from "node:util";
import { assertions } from "../lib/tables/assertions.ts";
import { findSyndication } from "../lib/tables/syndication.ts";
import { loadArticles } from "../lib/load/load_articles.ts";
import { plantedCopies, writeCorpus } from "./_corpus.ts";
import { exists, syntheticClaims } from "./_claims.ts";
import { parseSizes } from "./run.ts";

const { values } = parseArgs({
  args: Deno.args,
  options: {
    claims: { type: "string", default: "100000" },
    sizes: { type: "string", default: "10k" },
    copies: { type: "string", default: "0.1" },
    seed: { type: "string", default: "1" },
    dir: { type: "string", default: "/tmp/claimgap-bench" },
  },
});
const nClaims = Number(values.claims);
const copies = Number(values.copies);
const seed = Number(values.seed);

// 1. Claims to assertions.
const places = ["Pokrovsk", "Kupiansk", "Myrnohrad", "Toretsk", "Chasiv Yar", "Siversk", "Lyman"];
const claims = syntheticClaims(nClaims, places, seed).map((c, i) => ({
  ...c,
  id: `${c.article}:${c.start}:${i}`,
}));
let best = Infinity, count = 0;
for (let run = 0; run < 3; run++) {
  const t0 = performance.now();
  count = assertions(claims).length;
  best = Math.min(best, performance.now() - t0);
}
console.log(
  `assertions(): ${nClaims} claims -> ${count} assertions in ${best.toFixed(0)} ms (best of 3)`,
);

// 2. Syndicated copies over generated corpora.
for (const n of parseSizes(values.sizes)) {
  const dir = `${values.dir}/copies-${n}-s${seed}-c${copies}`;
  if (!exists(`${dir}/.done`)) {
    await writeCorpus(dir, n, { seed, copies, formats: ["txt"] });
    await Deno.writeTextFile(`${dir}/.done`, "");
  }
  const t0 = performance.now();
  const { articles } = await loadArticles(dir);
  const loadMs = performance.now() - t0;
  const truth = plantedCopies(n, seed, copies);
  const t1 = performance.now();
  const syn = findSyndication(articles);
  const ms = performance.now() - t1;
  // A planted chain is judged by group: the file of its first article may have no date, and
  // then a dated copy is rightly the group's original.
  const root = (id: string) => truth.get(id) ?? id;
  const correct = syn.rows.filter((r) => root(r.article) === root(r.original)).length;
  const found = [...truth].filter(([copy, first]) =>
    syn.originalOf.has(copy) && syn.originalOf.get(copy) === syn.originalOf.get(first)
  ).length;
  const precision = syn.rows.length ? correct / syn.rows.length : 1;
  const recall = truth.size ? found / truth.size : 1;
  console.log(
    `findSyndication(): ${articles.length} articles (${truth.size} planted copies; loaded in ${
      (loadMs / 1000).toFixed(1)
    } s) -> ${syn.rows.length} copies in ${syn.groups.length} groups, ${syn.candidates} candidate pairs, in ${
      (ms / 1000).toFixed(2)
    } s; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
  );
}
