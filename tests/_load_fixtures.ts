/**
 * Shared by the loader's archive tests (`load_pipes_test.ts`, `load_archives_test.ts`): short
 * texts of our own that give claims, temp folders, gzip, the claims command as a subprocess, and
 * the check that `extractParallel` gives what `loadArticles` + `extractClaims` give.
 * @module
 */
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { loadArticles } from "../lib/load/load_articles.ts";
import { extractClaims } from "../lib/extract/mod.ts";
import { extractParallel } from "../lib/run/extract_parallel.ts";
import type { LoadEntry, LoadResult } from "../lib/shared/types.ts";

const ROOT = new URL("../", import.meta.url).pathname;
const enc = new TextEncoder();

/** Short texts of our own that give claims. */
export const TEXT = {
  a: " date 2025-11-05  Test Wire\nThe Russian Defence Ministry said its forces had taken full " +
    "control of Pokrovsk.\n",
  b: " date 2025-11-06  Test Wire\nUkraine's General Staff said its troops still hold Kupiansk.\n",
  c: " date 2025-11-07  Test Wire\nThe Russian Defence Ministry said its forces captured " +
    "Myrnohrad.\n",
};

/** Writes `files` (path → text, or bytes) under a new temp folder; runs `fn`; removes it. */
export async function withTemp(
  files: Record<string, string | Uint8Array>,
  fn: (dir: string) => Promise<void>,
): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "claimgap-archives-" });
  try {
    for (const [name, content] of Object.entries(files)) {
      const path = `${dir}/${name}`;
      await Deno.mkdir(path.slice(0, path.lastIndexOf("/")), { recursive: true });
      await Deno.writeFile(path, typeof content === "string" ? enc.encode(content) : content);
    }
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

export function entryOf(r: { report: { entries: LoadEntry[] } }, name: string): LoadEntry {
  const e = r.report.entries.find((x) => x.file.endsWith(`/${name}`) || x.file === name);
  assert.ok(e, `entry for ${name} in ${r.report.entries.map((x) => x.file).join(", ")}`);
  return e;
}

export function gz(text: string): Uint8Array {
  return new Uint8Array(gzipSync(enc.encode(text)));
}

/**
 * `extractParallel` gives what `loadArticles` + `extractClaims` give, in this thread and, with
 * `pool`, also on two workers (each costs seconds to start: two tests use them).
 */
export async function assertSameAsSerial(
  input: string | string[],
  options: { recursive?: boolean; maxDecompressedBytes?: number } = {},
  pool = false,
): Promise<LoadResult> {
  const one = await loadArticles(input, options);
  const claims = extractClaims(one.articles);
  assert.ok(claims.length > 0, "the input gives claims");
  for (const workers of pool ? [0, 2] : [0]) {
    const par = await extractParallel(input, { ...options, workers });
    assert.equal(JSON.stringify(par.claims), JSON.stringify(claims), `claims, workers ${workers}`);
    assert.equal(JSON.stringify(par.report), JSON.stringify(one.report), `report, ${workers}`);
  }
  return one;
}

/** `deno task claims <dir> [flags]` as a subprocess (killed after a minute): status 0 expected. */
export async function claimsCommand(
  dir: string,
  ...flags: string[]
): Promise<{ err: string; articles: string[] }> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "--allow-env", `${ROOT}tools/claims.ts`, dir, ...flags],
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(60_000),
  }).output();
  const err = new TextDecoder().decode(out.stderr);
  assert.equal(out.code, 0, err);
  const lines = new TextDecoder().decode(out.stdout).trim().split("\n");
  return { err, articles: [...new Set(lines.map((l) => JSON.parse(l).article as string))] };
}
