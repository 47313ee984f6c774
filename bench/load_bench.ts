/**
 * `deno bench -A bench/load_bench.ts`: the loader on a generated corpus (200 articles, all
 * formats), per format and for a whole folder, plain and with every file gzipped (`.gz`).
 * @module
 */
import { gzipSync } from "node:zlib";
import { loadArticles } from "../lib/load/load_articles.ts";
import { parseArticleFile } from "../lib/load/parse_file.ts";
import { type CorpusFormat, generateCorpus, writeCorpus } from "./_corpus.ts";

const N = 200;
const dir = Deno.makeTempDirSync({ prefix: "claimgap-load-bench-" });
await writeCorpus(dir, N, { seed: 1 });
const gzDir = `${dir}/gz`;
Deno.mkdirSync(gzDir);
for (const e of Deno.readDirSync(dir)) {
  if (e.isFile) {
    Deno.writeFileSync(`${gzDir}/${e.name}.gz`, gzipSync(Deno.readFileSync(`${dir}/${e.name}`)));
  }
}
const enc = new TextEncoder();

for (const format of ["txt", "md", "html", "jsonl"] as CorpusFormat[]) {
  const files = [...generateCorpus(format === "jsonl" ? 100 : 50, { seed: 2, formats: [format] })]
    .map((f) => ({ path: `/bench/${f.name}`, bytes: enc.encode(f.content) }));
  const total = files.reduce((a, f) => a + f.bytes.length, 0);
  Deno.bench({
    name: `parseArticleFile: ${files.length} .${format} files (${(total / 1e3).toFixed(0)} KB)`,
    group: "parse",
    fn() {
      for (const f of files) parseArticleFile(f.bytes, f.path);
    },
  });
}

Deno.bench({
  name: `loadArticles: folder of ${N} generated articles`,
  group: "folder",
  baseline: true,
  async fn() {
    await loadArticles(dir, { recursive: false });
  },
});

Deno.bench({
  name: `loadArticles: the same ${N} articles gzipped (.gz)`,
  group: "folder",
  async fn() {
    await loadArticles(gzDir);
  },
});

globalThis.addEventListener("unload", () => {
  try {
    Deno.removeSync(dir, { recursive: true });
  } catch { /* already gone */ }
});
