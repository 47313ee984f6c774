/**
 * Write a deterministic synthetic corpus for benchmarks and sharding tests.
 *
 * ```sh
 * ./node_modules/.bin/deno run -A tools/gen_corpus.ts --out /tmp/corpus10k --n 10000 --seed 1 \
 *   [--formats txt,md,html,json,jsonl] [--places data/places.csv|none] [--mean-bytes 5000] \
 *   [--copies 0.1]
 * ```
 *
 * `--copies S` plants syndicated copies: a share S (0..1) of the articles reprint the body of one
 * of the 50 before them under their own headline and outlet (default 0: none, the same bytes as
 * without the option); `bench/assertions_bench.ts` scores the copy finder on them.
 *
 * Same flags → same bytes. Places come from `data/places.csv` when it exists (and has a `name`
 * column), else from a small built-in list of front-line places; `--places none` forces the
 * built-in list so figures stay comparable while the gazetteer changes.
 *
 * @module
 */
import { parseArgs } from "node:util";
import {
  CORPUS_FORMATS,
  type CorpusFormat,
  type CorpusPlace,
  parsePlacesCsv,
  writeCorpus,
} from "../bench/_corpus.ts";

const USAGE =
  "usage: gen_corpus.ts --out DIR --n N [--seed 1] [--formats txt,md,html,json,jsonl] [--places FILE|none] [--mean-bytes 5000] [--copies 0.1]";

async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: "string" },
      n: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      formats: { type: "string", default: CORPUS_FORMATS.join(",") },
      places: { type: "string", default: "auto" },
      "mean-bytes": { type: "string", default: "5000" },
      copies: { type: "string", default: "0" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.out) {
    console.error(`gen_corpus: --out DIR is required\n${USAGE}`);
    return 2;
  }
  const n = Number(values.n);
  const seed = Number(values.seed);
  const meanBytes = Number(values["mean-bytes"]);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`gen_corpus: --n: expected a whole number >= 0, found ${values.n}`);
    return 2;
  }
  if (!Number.isInteger(seed)) {
    console.error(`gen_corpus: --seed: expected an integer, found ${values.seed}`);
    return 2;
  }
  if (!(meanBytes >= 200)) {
    console.error(
      `gen_corpus: --mean-bytes: expected a number >= 200, found ${values["mean-bytes"]}`,
    );
    return 2;
  }
  const copies = Number(values.copies);
  if (!(copies >= 0 && copies <= 1)) {
    console.error(`gen_corpus: --copies: expected a share from 0 to 1, found ${values.copies}`);
    return 2;
  }
  const formats = values.formats.split(",").map((f) => f.trim()).filter(Boolean);
  for (const f of formats) {
    if (!(CORPUS_FORMATS as readonly string[]).includes(f)) {
      console.error(
        `gen_corpus: --formats: expected some of ${CORPUS_FORMATS.join(",")}, found ${f}`,
      );
      return 2;
    }
  }
  let places: CorpusPlace[] | undefined;
  let placesFrom = "built-in list";
  if (values.places !== "none") {
    const path = values.places === "auto"
      ? new URL("../data/places.csv", import.meta.url).pathname
      : values.places;
    try {
      const parsed = parsePlacesCsv(await Deno.readTextFile(path));
      if (parsed) {
        places = parsed;
        placesFrom = `${path} (${parsed.length} places)`;
      } else if (values.places !== "auto") {
        console.error(`gen_corpus: --places ${path}: no name/canonical column found`);
        return 2;
      }
    } catch (err) {
      if (values.places !== "auto") {
        console.error(`gen_corpus: --places ${path}: ${(err as Error).message}`);
        return 2;
      }
    }
  }
  const t0 = performance.now();
  const r = await writeCorpus(values.out, n, {
    seed,
    formats: formats as CorpusFormat[],
    places,
    meanBytes,
    copies,
  });
  const s = (performance.now() - t0) / 1000;
  console.error(
    `gen_corpus: ${r.articles} articles in ${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB ` +
      `(${(r.bytes / Math.max(1, r.articles) / 1000).toFixed(1)} KB/article) → ${values.out} ` +
      `in ${s.toFixed(1)} s; places: ${placesFrom}`,
  );
  return 0;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
