/**
 * Profiling helper: load a folder once, then run `extractClaims` on it `reps` times and print
 * MB/s of article text (`deno run -A --cpu-prof bench/_extract_only.ts DIR 2`).
 * @module
 */
import { loadArticles } from "../lib/load/load_articles.ts";
import { extractClaims } from "../lib/extract/mod.ts";

const [dir, reps = "2"] = Deno.args;
const { articles } = await loadArticles(dir);
const chars = articles.reduce((a, x) => a + x.text.length, 0);
for (let r = 0; r < Number(reps); r++) {
  const t = performance.now();
  const claims = extractClaims(articles);
  const s = (performance.now() - t) / 1000;
  console.log(
    `${articles.length} articles, ${(chars / 1e6).toFixed(2)} M chars: ${claims.length} claims in ${
      s.toFixed(2)
    } s, ${(chars / 1e6 / s).toFixed(2)} M chars/s, ${
      (s * 1000 / articles.length).toFixed(1)
    } ms/article`,
  );
}
