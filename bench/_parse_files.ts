/**
 * Profiling helper: parse every file of one extension in a folder N times with
 * `parseArticleFile` and print MB/s (`deno run -A --cpu-prof bench/_parse_files.ts DIR .html 3`).
 * @module
 */
import { parseArticleFile } from "../lib/load/parse_file.ts";

const [dir, ext = ".txt", reps = "3"] = Deno.args;
const files = [...Deno.readDirSync(dir)].filter((e) => e.name.endsWith(ext)).map((e) =>
  `${dir}/${e.name}`
).sort();
const bufs = files.map((f) => Deno.readFileSync(f));
for (let rep = 0; rep < Number(reps); rep++) {
  const t = performance.now();
  let b = 0;
  for (let i = 0; i < files.length; i++) {
    parseArticleFile(bufs[i], files[i]);
    b += bufs[i].length;
  }
  const s = (performance.now() - t) / 1000;
  console.log(
    `${files.length} ${ext} files: ${(b / 1e6 / s).toFixed(1)} MB/s (${(s * 1000).toFixed(0)} ms)`,
  );
}
