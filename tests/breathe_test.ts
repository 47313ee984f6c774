import assert from "node:assert/strict";
import { _breather } from "../lib/load/_options.ts";
import { loadArticles } from "../lib/load/load_articles.ts";
import { extractParallel } from "../lib/run/extract_parallel.ts";

function _busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) { /* a slow progress callback */ }
}

/**
 * A timer set in the first progress call has run by the second one when the loop lets the event
 * loop turn (the first call takes longer than the breather's 50 ms).
 */
async function _timerRanBetweenFiles(
  run: (onProgress: () => void) => Promise<unknown>,
): Promise<boolean[]> {
  let fired = false;
  const seen: boolean[] = [];
  await run(() => {
    seen.push(fired);
    if (seen.length === 1) {
      setTimeout(() => fired = true, 0);
      _busy(60);
    }
  });
  return seen;
}

async function _folder(): Promise<string> {
  const dir = await Deno.makeTempDir();
  for (const n of ["a", "b", "c"]) {
    await Deno.writeTextFile(`${dir}/${n}.txt`, `Kyiv said its forces held ${n}.\n`);
  }
  return dir;
}

Deno.test("_breather() lets a timer run at a turn and resolves at once between turns", async () => {
  let fired = false;
  setTimeout(() => fired = true, 0);
  await _breather(1e9)();
  assert.equal(fired, false, "no turn before the interval is up");
  await _breather(0)();
  assert.equal(fired, true, "a turn of the event loop once the interval is up");
});

Deno.test("loadArticles() lets the event loop run between files, so progress displays update", async () => {
  const dir = await _folder();
  try {
    const seen = await _timerRanBetweenFiles((onProgress) => loadArticles(dir, { onProgress }));
    assert.deepEqual(seen, [false, true, true]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("extractParallel() in this thread lets the event loop run between files", async () => {
  const dir = await _folder();
  try {
    const seen = await _timerRanBetweenFiles((onProgress) =>
      extractParallel(dir, { workers: 0, onProgress })
    );
    assert.deepEqual(seen, [false, true, true]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
