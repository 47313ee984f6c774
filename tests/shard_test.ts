import assert from "node:assert/strict";
import { loadArticles } from "../lib/load/load_articles.ts";
import { extractClaims } from "../lib/extract/mod.ts";
import { _liveWorkers } from "../lib/run/_pool.ts";
import { extractParallel, extractParallelStream } from "../lib/run/extract_parallel.ts";
import type { Claim, LoadReport } from "../lib/shared/types.ts";
import { generateCorpus, writeCorpus } from "../bench/_corpus.ts";
import { CLAIM_FIELDS, claimsToCsv, claimsToJsonl } from "../lib/run/extract_claims_format.ts";

const ROOT = new URL("../", import.meta.url).pathname;
const DENO = Deno.execPath();

async function corpus(n: number, formats?: ("txt" | "md" | "html" | "json" | "jsonl")[]) {
  const dir = await Deno.makeTempDir({ prefix: "claimgap-shard-" });
  await writeCorpus(dir, n, { seed: 7, formats, meanBytes: 1500 });
  return dir;
}

async function serial(input: string | string[]) {
  const { articles, report } = await loadArticles(input);
  return { claims: extractClaims(articles), report };
}

Deno.test("extractParallel() on 2 workers gives the same claims and report bytes as loadArticles + extractClaims", async () => {
  const dir = await corpus(12);
  try {
    const one = await serial(dir);
    assert.ok(
      one.claims.length > 20,
      `expected claims from the generated corpus, got ${one.claims.length}`,
    );
    for (const workers of [0, 2]) {
      const par = await extractParallel(dir, { workers, chunkSize: 3 });
      assert.equal(
        JSON.stringify(par.claims),
        JSON.stringify(one.claims),
        `claims, workers ${workers}`,
      );
      assert.equal(
        JSON.stringify(par.report),
        JSON.stringify(one.report),
        `report, workers ${workers}`,
      );
      assert.ok(par.bytes > 12 * 500);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("extractParallel() renames an article id already used by an earlier file, as loadArticles does", async () => {
  const dir = await Deno.makeTempDir({ prefix: "claimgap-shard-" });
  try {
    const text =
      " date 2025-11-05  Test Wire\nThe Russian Defence Ministry said its forces had taken full control of Pokrovsk.\n";
    await Deno.writeTextFile(`${dir}/same.txt`, text);
    await Deno.writeTextFile(`${dir}/same.md`, text.replace(" date 2025-11-05  Test Wire\n", ""));
    const one = await serial(dir);
    const par = await extractParallel(dir, { workers: 1, chunkSize: 1 });
    assert.deepEqual(par.report.entries.map((e) => e.articles), [["same"], ["same~2"]]);
    assert.equal(JSON.stringify(par.report), JSON.stringify(one.report));
    assert.equal(JSON.stringify(par.claims), JSON.stringify(one.claims));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("extractParallel() reports missing files, unknown extensions and sub-folders like loadArticles", async () => {
  const dir = await corpus(3, ["txt"]);
  try {
    await Deno.mkdir(`${dir}/sub`);
    await Deno.writeTextFile(`${dir}/notes.docx`, "not an article");
    const files = [...Deno.readDirSync(dir)].map((e) => `${dir}/${e.name}`).concat(
      `${dir}/gone.txt`,
    );
    for (const input of [dir, files]) {
      const one = await serial(input);
      const par = await extractParallel(input, { workers: 1 });
      assert.equal(JSON.stringify(par.report), JSON.stringify(one.report));
      assert.equal(JSON.stringify(par.claims), JSON.stringify(one.claims));
    }
    const par = await extractParallel(files, { workers: 0 });
    const gone = par.report.entries.find((e) => e.file.endsWith("gone.txt"));
    assert.deepEqual(gone?.notes, ["not found"]);
    assert.equal(gone?.action, "skipped");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("extractParallel() applies the folder's articles.csv to the claims and reports it as loadArticles does", async () => {
  const dir = await Deno.makeTempDir({ prefix: "claimgap-shard-" });
  try {
    await Deno.writeTextFile(
      `${dir}/a1.txt`,
      "Ukraine's General Staff said on Tuesday that its troops still hold the northern part of Kupiansk.\n",
    );
    await Deno.writeTextFile(
      `${dir}/articles.csv`,
      "id,date,outlet\na1,2025-11-07,Side Wire\nzz,2025-01-01,Nowhere\n",
    );
    const one = await serial(dir);
    const par = await extractParallel(dir, { workers: 1 });
    assert.ok(one.claims.length > 0);
    assert.equal(one.claims[0].reported, "2025-11-07");
    assert.equal(JSON.stringify(par.claims), JSON.stringify(one.claims));
    assert.equal(JSON.stringify(par.report), JSON.stringify(one.report));
    assert.match(par.report.entries.at(-1)!.notes.join("\n"), /unknown id "zz"/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("extractParallelStream() yields every file once, in order, with progress after each", async () => {
  const dir = await corpus(14, ["txt", "md"]);
  try {
    const seen: number[] = [];
    const progress: number[] = [];
    let claims = 0;
    for await (
      const r of extractParallelStream(dir, {
        workers: 2,
        chunkSize: 2,
        onProgress: (p) => progress.push(p.files),
      })
    ) {
      seen.push(r.index);
      claims += r.claims.length;
      assert.ok(r.claims.every((c) => r.entries[0].articles.includes(c.article)));
    }
    assert.deepEqual(seen, [...Array(14).keys()]);
    assert.deepEqual(progress, [...Array(14).keys()].map((i) => i + 1));
    assert.equal(claims, (await serial(dir)).claims.length);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("extractParallelStream() stops its workers when the consumer stops early", async () => {
  const dir = await corpus(8, ["txt"]);
  try {
    let n = 0;
    for await (const r of extractParallelStream(dir, { workers: 2, chunkSize: 1 })) {
      assert.equal(r.index, 0);
      assert.equal(_liveWorkers(), 2);
      n++;
      break;
    }
    assert.equal(n, 1);
    assert.equal(_liveWorkers(), 0);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("extractParallel() rejects a bad input, worker count and options that cannot be copied", async () => {
  await assert.rejects(
    () => extractParallel(42 as unknown as string),
    (e: unknown) =>
      e instanceof TypeError &&
      /expected a folder or file path, or an array of paths, found number 42/.test(
        (e as Error).message,
      ),
  );
  await assert.rejects(
    () => extractParallel([], { workers: -1 }),
    (e: unknown) =>
      e instanceof RangeError &&
      /workers: expected a number from 0 to 256, found -1/.test((e as Error).message),
  );
  await assert.rejects(
    () => extractParallel([], { extract: { f: () => 1 } }),
    (e: unknown) =>
      e instanceof TypeError && /extract: expected plain data/.test((e as Error).message),
  );
  await assert.rejects(
    () => extractParallel("/nonexistent/claimgap-folder"),
    (e: unknown) =>
      e instanceof Deno.errors.NotFound &&
      /nonexistent\/claimgap-folder/.test((e as Error).message),
  );
});

/** The stream's serialised lines, ordered by article as `extractParallel` orders claims. */
async function streamLines(
  input: string,
  options: Parameters<typeof extractParallelStream>[1],
): Promise<string[]> {
  const pairs: [string, string][] = [];
  for await (const r of extractParallelStream(input, options)) {
    assert.deepEqual(r.claims, []);
    assert.equal(r.lines!.length, r.lineArticles!.length);
    r.lines!.forEach((l, k) => pairs.push([r.lineArticles![k], l]));
  }
  return pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((p) => p[1]);
}

Deno.test("extractParallelStream({lines}) serialises in the workers exactly as claimsToJsonl and claimsToCsv", async () => {
  const dir = await corpus(10, ["txt", "html", "jsonl"]);
  try {
    // A second file with the id of the first: its lines must follow the rename to "...~2".
    const first = [...Deno.readDirSync(dir)].map((e) => e.name).filter((n) => n.endsWith(".txt"))
      .sort()[0];
    await Deno.copyFile(`${dir}/${first}`, `${dir}/${first.replace(/\.txt$/, ".md")}`);
    for (const limit of [undefined, 7]) {
      const { claims } = await extractParallel(dir, { workers: 0, limit });
      assert.ok(claims.some((c) => c.article.endsWith("~2")) || limit !== undefined);
      const expected = { jsonl: claimsToJsonl(claims), csv: claimsToCsv(claims) };
      const header = CLAIM_FIELDS.join(",") + "\n";
      for (const [workers, format] of [[0, "csv"], [2, "jsonl"], [2, "csv"]] as const) {
        const lines = await streamLines(dir, { workers, lines: format, limit });
        assert.equal(
          (format === "csv" ? header : "") + lines.map((l) => l + "\n").join(""),
          expected[format],
          `${format} on ${workers} workers, limit ${limit}`,
        );
      }
    }
    await assert.rejects(
      () => extractParallelStream(dir, { lines: "xml" as "csv" }).next(),
      /lines: expected "jsonl" or "csv"/,
    );
    // extractParallel returns claim objects whatever `lines` says, but still rejects a bad value
    await assert.rejects(
      () => extractParallel(dir, { lines: "xml" as "csv" }),
      (e: unknown) => e instanceof TypeError && /lines: expected "jsonl" or "csv"/.test(e.message),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

// ---------------------------------------------------------------------------------------------
// Sharding with the claims command: split the file list, run each shard, concatenate. These tests
// never skip: a missing tools/claims.ts (the code under test) or `sort` fails them.

/** The README's merge step, run as documented: `LC_ALL=C sort -s -t'"' -k4,4` (stable, by id). */
function sortCommand(): Deno.Command {
  return new Deno.Command("sort", {
    args: ["-s", "-t", '"', "-k4,4"],
    env: { LC_ALL: "C" },
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  });
}

/** Concatenated shard outputs put back in the whole run's order by the documented `sort`. */
async function sortById(jsonl: string): Promise<string> {
  const child = sortCommand().spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(jsonl));
  await writer.close();
  const out = await child.output();
  assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
  return new TextDecoder().decode(out.stdout);
}

async function claimsCommand(files: string[], options: string[] = []): Promise<string> {
  const out = await new Deno.Command(DENO, {
    args: ["task", "-q", "claims", ...options, ...files],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
    env: { CI: "true" },
  }).output();
  assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
  return new TextDecoder().decode(out.stdout);
}

Deno.test({
  name:
    "deno task claims: three shards of the file list, concatenated and sorted as the README says, equal the whole run byte for byte",
  async fn() {
    const dir = await corpus(12, ["txt", "md", "html"]);
    try {
      const files = [...Deno.readDirSync(dir)].map((e) => `${dir}/${e.name}`).sort();
      const whole = await claimsCommand(files);
      assert.ok(whole.split("\n").filter(Boolean).length > 10);
      const shards = [files.slice(0, 4), files.slice(4, 8), files.slice(8)];
      const parts = await Promise.all(shards.map((s) => claimsCommand(s)));
      assert.equal(await sortById(parts.join("")), whole);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "deno task claims: path order is not id order (a-b.txt before a.txt, sub/b.txt after c.txt); the sort restores the whole run",
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "claimgap-shard-" });
    try {
      const text =
        "Ukraine's General Staff said on Tuesday that its troops still hold the northern part of Kupiansk. Russian forces captured Pokrovsk, the ministry said.\n";
      await Deno.mkdir(`${dir}/sub`);
      for (const name of ["a", "a-b", "c", "sub/b"]) {
        await Deno.writeTextFile(`${dir}/${name}.txt`, text);
      }
      // `find | LC_ALL=C sort` order (byte order; the same as JS order for these ASCII paths)
      const files = ["a-b", "a", "c", "sub/b"].map((n) => `${dir}/${n}.txt`);
      assert.deepEqual([...files].sort(), files);
      const whole = await claimsCommand(files);
      const ids = whole.split("\n").filter(Boolean).map((l) => (JSON.parse(l) as Claim).article);
      assert.deepEqual([...new Set(ids)], ["a", "a-b", "b", "c"]);
      // one file per shard: concatenation alone follows path order, not the whole run's
      const parts = (await Promise.all(files.map((f) => claimsCommand([f])))).join("");
      assert.notEqual(parts, whole);
      assert.equal(await sortById(parts), whole);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "deno task claims: shards with JSONL batches give the whole run's bytes once sorted as the README says",
  async fn() {
    const dir = await corpus(16, ["txt", "jsonl"]);
    try {
      const files = [...Deno.readDirSync(dir)].map((e) => `${dir}/${e.name}`).sort();
      const whole = await claimsCommand(files);
      const half = Math.ceil(files.length / 2);
      const parts = (await claimsCommand(files.slice(0, half))) +
        (await claimsCommand(files.slice(half)));
      assert.notEqual(parts, whole, "JSONL batches should interleave ids across the two shards");
      assert.equal(await sortById(parts), whole);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "README's sort key: a JSON-escaped quote in an id breaks it (the limitation the README states)",
  async fn() {
    // JS order: q"x before q# ('"' < '#'); the escaped field `q\"x` is cut at `q\`, after `q#`.
    const lines = ['q"x', "q#"].map((article) => JSON.stringify({ article }) + "\n");
    assert.equal(await sortById(lines.join("")), lines[1] + lines[0]);
    const plain = ["a-b", "a", "b\\c", "b"].map((article) => JSON.stringify({ article }) + "\n");
    assert.equal(await sortById(plain.join("")), [1, 0, 3, 2].map((k) => plain[k]).join(""));
  },
});

Deno.test({
  name:
    "deno task claims --workers N: the same bytes on 0, 1 and 2 workers; a bad count is a usage error",
  async fn() {
    const dir = await corpus(6, ["txt", "md", "html"]);
    try {
      const one = await claimsCommand([dir], ["--workers", "0"]);
      assert.ok(one.split("\n").filter(Boolean).length > 5);
      assert.equal(await claimsCommand([dir], ["--workers", "2"]), one);
      assert.equal(
        await claimsCommand([dir], ["--workers", "1", "--csv"]),
        await claimsCommand([dir], ["--csv"]),
      );
      for (const bad of [["--workers", "two"], ["--workers", "-1"], ["--workers"]]) {
        const out = await new Deno.Command(DENO, {
          args: ["task", "-q", "claims", dir, ...bad],
          cwd: ROOT,
          stdout: "piped",
          stderr: "piped",
        }).output();
        assert.equal(out.code, 2, bad.join(" "));
        assert.match(
          new TextDecoder().decode(out.stderr),
          /--workers expects a whole number from 0 to 256, found/,
        );
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("generateCorpus() is deterministic and article i does not depend on the corpus size", () => {
  const a = [...generateCorpus(40, { seed: 3, formats: ["txt", "md", "html"] })];
  const b = [...generateCorpus(40, { seed: 3, formats: ["txt", "md", "html"] })];
  const c = [...generateCorpus(10, { seed: 3, formats: ["txt", "md", "html"] })];
  const d = [...generateCorpus(10, { seed: 4, formats: ["txt", "md", "html"] })];
  assert.deepEqual(a, b);
  assert.deepEqual(c, a.slice(0, 10));
  assert.notDeepEqual(d, c);
  const kinds = new Set(a.map((f) => f.name.split(".").pop()));
  assert.deepEqual([...kinds].sort(), ["html", "md", "txt"]);
});

Deno.test("extractParallel() with limit loads the same articles and reports the same skips as loadArticles", async () => {
  const dir = await corpus(12, ["txt", "jsonl"]);
  try {
    for (const limit of [0, 5]) {
      const { articles, report } = await loadArticles(dir, { limit });
      const par = await extractParallel(dir, { workers: limit ? 1 : 0, chunkSize: 2, limit });
      assert.equal(articles.length, limit);
      assert.equal(JSON.stringify(par.report), JSON.stringify(report));
      assert.equal(JSON.stringify(par.claims), JSON.stringify(extractClaims(articles)));
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("extractParallel() with a limit inside a JSONL file leaves out the claims of the records past it", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const texts = [
      "Russian forces captured Terny, the ministry said.",
      "Ukraine said it still holds Kupiansk.",
      "Russian troops entered Lyman, DeepState reported.",
    ];
    await Deno.writeTextFile(
      `${dir}/a.jsonl`,
      texts.map((text, i) => JSON.stringify({ id: `r${i + 1}`, date: "2025-11-05", text }) + "\n")
        .join(""),
    );
    for (const workers of [0, 1]) {
      const { claims } = await extractParallel(dir, { workers, limit: 2 });
      assert.deepEqual(claims.map((c) => `${c.article} ${c.place}`), ["r1 Terny", "r2 Kupiansk"]);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("extractParallel({recursive}) lists a symlink loop exactly as loadArticles() does, once", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(
      `${dir}/a.txt`,
      "Russian forces captured Pokrovsk, the ministry said.\n",
    );
    await Deno.mkdir(`${dir}/sub`);
    await Deno.writeTextFile(`${dir}/sub/b.txt`, "Ukraine said it still holds Kupiansk.\n");
    await Deno.symlink(dir, `${dir}/sub/loop`);
    const whole = await loadArticles(dir, { recursive: true });
    const pooled = await extractParallel(dir, { recursive: true });
    const view = (r: LoadReport) => r.entries.map((e) => [e.file, e.action, e.articles.join()]);
    assert.deepEqual(view(pooled.report), view(whole.report));
    const loop = pooled.report.entries.find((e) => e.file.endsWith("/sub/loop"));
    assert.equal(loop?.action, "skipped");
    assert.match(loop?.notes[0] ?? "", /symlink loop/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
