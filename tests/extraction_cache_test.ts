import assert from "node:assert/strict";
import {
  DEFAULT_CACHE_DIR,
  type ExtractionCacheOptions,
  loadAndExtract,
} from "../lib/report/extraction_cache.ts";
import { loadArticles } from "../lib/load/load_articles.ts";
import { extractClaims } from "../lib/extract/mod.ts";

/** Short articles of our own, each with a claim. */
const TEXTS: Record<string, string> = {
  "a.txt": " date 2025-11-07  Test Wire\nThe Russian Defence Ministry said its forces captured " +
    "Udachne on Tuesday.\n",
  "b.txt": " date 2025-11-08  Test Wire\nUkraine's General Staff said its troops liberated " +
    "Kupiansk.\n",
  "sub/c.txt": " date 2025-11-09  Other Wire\nRussia's defence ministry said its troops had " +
    "captured Pokrovsk.\n",
};

/** A temporary corpus folder with {@link TEXTS}, and an empty cache folder beside it. */
async function setup(): Promise<{ corpus: string; cacheDir: string }> {
  const top = await Deno.makeTempDir({ prefix: "claimgap-cache-test-" });
  const corpus = `${top}/articles`;
  for (const [name, text] of Object.entries(TEXTS)) {
    await Deno.mkdir(`${corpus}/${name}`.replace(/\/[^/]+$/, ""), { recursive: true });
    await Deno.writeTextFile(`${corpus}/${name}`, text);
  }
  return { corpus, cacheDir: `${top}/cache` };
}

/** Options with a computation counter. */
function counted(cacheDir: string | null, extra: ExtractionCacheOptions = {}) {
  const keys: string[] = [];
  const options = { cacheDir, ...extra, onCompute: (k: string) => keys.push(k) };
  return { keys, options };
}

async function entries(dir: string): Promise<string[]> {
  const names: string[] = [];
  for await (const e of Deno.readDir(dir)) names.push(e.name);
  return names.sort();
}

async function expected(corpus: string) {
  const { articles, report } = await loadArticles(corpus);
  return { articles, report, claims: extractClaims(articles) };
}

Deno.test("loadAndExtract() gives loadArticles() + extractClaims(), computed then read from the cache", async () => {
  const { corpus, cacheDir } = await setup();
  const want = await expected(corpus);
  assert.ok(want.claims.length >= 2, "the texts must give claims");
  const { keys, options } = counted(cacheDir);
  const first = await loadAndExtract(corpus, options);
  assert.equal(first.cache.status, "computed");
  const file = first.cache.file!;
  const mtime = (await Deno.stat(file)).mtime?.getTime();
  const second = await loadAndExtract(corpus, options);
  assert.equal(second.cache.status, "hit");
  assert.equal(second.cache.file, file);
  assert.equal(keys.length, 1, "computed once");
  assert.equal((await Deno.stat(file)).mtime?.getTime(), mtime, "entry not rewritten");
  for (const r of [first, second]) {
    assert.deepStrictEqual(r.articles, want.articles);
    assert.deepStrictEqual(r.report, want.report);
    assert.deepStrictEqual(r.claims, want.claims);
  }
});

Deno.test("loadAndExtract() reads an entry written under another spelling of the corpus with this call's paths", async () => {
  const { corpus, cacheDir } = await setup();
  const { keys, options } = counted(cacheDir);
  await loadAndExtract(corpus, options);
  const other = `${corpus}/../articles`;
  const r = await loadAndExtract(other, options);
  assert.equal(r.cache.status, "hit");
  assert.equal(keys.length, 1);
  const want = await expected(other);
  assert.ok(r.articles.every((a) => a.path.startsWith(`${other}/`)));
  assert.deepStrictEqual(r.articles, want.articles);
  assert.deepStrictEqual(r.report, want.report);
  assert.deepStrictEqual(r.claims, want.claims);
});

Deno.test("loadAndExtract() recomputes after a changed file, an added file and a changed extractor version", async () => {
  const { corpus, cacheDir } = await setup();
  const { keys, options } = counted(cacheDir, { extractorVersion: "v1" });
  await loadAndExtract(corpus, options);
  await Deno.writeTextFile(`${corpus}/b.txt`, TEXTS["b.txt"].replace("Kupiansk", "Lyman"));
  const changed = await loadAndExtract(corpus, options);
  assert.equal(changed.cache.status, "computed");
  assert.ok(changed.claims.some((c) => c.place === "Lyman"));
  await Deno.writeTextFile(`${corpus}/sub/d.txt`, TEXTS["a.txt"].replace("Udachne", "Siversk"));
  const added = await loadAndExtract(corpus, options);
  assert.equal(added.cache.status, "computed");
  assert.equal(added.articles.length, 4);
  const v2 = await loadAndExtract(corpus, { ...options, extractorVersion: "v2" });
  assert.equal(v2.cache.status, "computed");
  assert.equal(new Set(keys).size, 4, "four different keys, each computed once");
  assert.equal((await loadAndExtract(corpus, options)).cache.status, "hit");
  assert.deepStrictEqual(v2.claims, (await expected(corpus)).claims);
});

Deno.test("loadAndExtract() recomputes over a corrupt entry without error, and rewrites it", async () => {
  const { corpus, cacheDir } = await setup();
  const { keys, options } = counted(cacheDir);
  const first = await loadAndExtract(corpus, options);
  for (const bad of ['{"format": 1, "key":', "null", '{"format": 1}']) {
    await Deno.writeTextFile(first.cache.file!, bad);
    const r = await loadAndExtract(corpus, options);
    assert.equal(r.cache.status, "computed");
    assert.match(r.cache.note ?? "", /cache entry .* (corrupt|not of this key).*: recomputed/);
    assert.deepStrictEqual(r.claims, first.claims);
    assert.equal((await loadAndExtract(corpus, options)).cache.status, "hit");
  }
  assert.equal(keys.length, 4);
});

Deno.test("loadAndExtract() with cacheDir null or CLAIMGAP_NO_CACHE=1 computes and writes nothing", async () => {
  const { corpus, cacheDir } = await setup();
  const { keys, options } = counted(null);
  for (let i = 0; i < 2; i++) {
    const r = await loadAndExtract(corpus, options);
    assert.equal(r.cache.status, "off");
    assert.deepStrictEqual(r.claims, (await expected(corpus)).claims);
  }
  assert.equal(keys.length, 0, "no key when off");
  Deno.env.set("CLAIMGAP_NO_CACHE", "1");
  try {
    const r = await loadAndExtract(corpus, { cacheDir });
    assert.equal(r.cache.status, "off");
  } finally {
    Deno.env.delete("CLAIMGAP_NO_CACHE");
  }
  await assert.rejects(Deno.stat(cacheDir), Deno.errors.NotFound);
});

Deno.test({
  name:
    "loadAndExtract() without permission to read the environment uses the cache (CLAIMGAP_NO_CACHE cannot be set)",
  permissions: { read: true, write: true, env: false },
  async fn() {
    const { corpus, cacheDir } = await setup();
    assert.throws(() => Deno.env.get("CLAIMGAP_NO_CACHE"), Deno.errors.NotCapable);
    const r = await loadAndExtract(corpus, { cacheDir });
    assert.equal(r.cache.status, "computed");
    assert.equal((await loadAndExtract(corpus, { cacheDir })).cache.status, "hit");
  },
});

Deno.test("loadAndExtract() keeps the newest entries only, and computes once for two calls at once", async () => {
  const { corpus, cacheDir } = await setup();
  const { keys, options } = counted(cacheDir, { keep: 2 });
  const [a, b] = await Promise.all([
    loadAndExtract(corpus, { ...options, extractorVersion: "x" }),
    loadAndExtract(corpus, { ...options, extractorVersion: "x" }),
  ]);
  assert.equal(keys.length, 1, "one computation for two concurrent calls");
  assert.deepStrictEqual([a.cache.status, b.cache.status].sort(), ["computed", "hit"]);
  for (const v of ["y", "z"]) await loadAndExtract(corpus, { ...options, extractorVersion: v });
  const names = await entries(cacheDir);
  assert.equal(names.length, 2, names.join(", "));
  assert.ok(!names.includes(`${a.cache.key}.json`), "the oldest entry went");
});

Deno.test("loadAndExtract() rejects bad options with TypeError/RangeError and a missing corpus as loadArticles() does", async () => {
  const { corpus, cacheDir } = await setup();
  await assert.rejects(loadAndExtract(corpus, { cacheDir: 3 as unknown as string }), {
    name: "TypeError",
    message: /cacheDir: expected a folder path or null, found/,
  });
  await assert.rejects(loadAndExtract(corpus, { cacheDir, keep: 0 }), {
    name: "RangeError",
    message: /keep: expected a whole number from 1 to 1000, found 0/,
  });
  const missing = `${corpus}-missing`;
  const err = await loadArticles(missing).then(() => null, (e) => e as Error);
  assert.ok(err);
  await assert.rejects(loadAndExtract(missing, { cacheDir }), {
    name: err.name,
    message: err.message,
  });
  assert.ok(DEFAULT_CACHE_DIR.endsWith("/.cache/claimgap/"));
});

Deno.test("loadAndExtract() on a cache hit tells onProgress once that every file is done", async () => {
  const { corpus, cacheDir } = await setup();
  const calls: [number, number][] = [];
  const load = { onProgress: (done: number, total: number) => calls.push([done, total]) };
  const first = await loadAndExtract(corpus, { cacheDir, load });
  assert.equal(first.cache.status, "computed");
  const n = first.report.entries.length;
  assert.deepEqual(calls.at(-1), [n, n]);
  calls.length = 0;
  const second = await loadAndExtract(corpus, { cacheDir, load });
  assert.equal(second.cache.status, "hit");
  assert.deepEqual(calls, [[n, n]]);
});
