/**
 * The worker pool: files run in this thread one after the other, or in workers given a few tasks
 * at a time, never more than a bounded number of files ahead of the consumer; workers are
 * stopped when the consumer stops.
 * Takes files and the extraction options; gives each file's claims, in file order.
 * @module
 */

import { type _LineFormat, _processFileSync } from "./_extract_job.ts";
import type { ArticleMeta } from "../load/_options.ts";
import type { _Task, FileClaims } from "./extract_parallel.ts";

/** Files processed in this thread, one after the other (the single-core reference). */
export function* _inThread(
  files: readonly string[],
  extract: Record<string, unknown>,
  sidecar: ReadonlyMap<string, ArticleMeta> | null,
  format: _LineFormat | null,
  maxBytes: number,
): Generator<FileClaims> {
  for (let i = 0; i < files.length; i++) {
    yield _processFileSync(files[i], i, extract, sidecar, format, maxBytes);
  }
}

let _live = 0;
/** Workers started by this module and not yet terminated (for tests). */
export function _liveWorkers(): number {
  return _live;
}

/** Files the workers may run ahead of the consumer (their results wait, in memory, to be read). */
const _AHEAD_FILES = 256;

/** Tasks given to a worker at once: one running, one waiting, so it never waits for the next. */
const _DEPTH = 2;

/**
 * Workers, started as soon as their number is known (before the input is listed: each spends
 * its first moments loading the extractor's modules). {@link _pool} hands them work;
 * {@link _stop} ends them.
 */
export function _spawn(n: number): Worker[] {
  const url = new URL("./_extract_worker.ts", import.meta.url).href;
  const workers: Worker[] = [];
  for (let i = 0; i < n; i++) {
    workers.push(new Worker(url, { type: "module" }));
    _live++;
  }
  return workers;
}

export function _stop(workers: Worker[]): void {
  for (const w of workers) w.terminate();
  _live -= workers.length;
  workers.length = 0;
}

/**
 * Files processed by a pool of workers, yielded in file order. Work is handed out in tasks of
 * `chunkSize` files, {@link _DEPTH} per worker at a time, so a worker that finishes a long file
 * at once takes the next (the load balances itself whatever the file sizes), and workers run at
 * most {@link _AHEAD_FILES} files (or two tasks each) ahead of the consumer. Terminates the
 * workers when done.
 */
export async function* _pool(
  pool: Worker[],
  files: readonly string[],
  chunkSize: number,
  extract: Record<string, unknown>,
  sidecar: ReadonlyMap<string, ArticleMeta> | null,
  format: _LineFormat | null,
  maxBytes: number,
): AsyncGenerator<FileClaims> {
  const tasks: _Task[] = [];
  for (let s = 0, id = 0; s < files.length; s += chunkSize, id++) {
    tasks.push({ id, start: s, paths: files.slice(s, s + chunkSize) });
  }
  const done = new Map<number, FileClaims[]>();
  let nextTask = 0;
  let nextYield = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const window = Math.max(pool.length * _DEPTH, Math.ceil(_AHEAD_FILES / chunkSize));
  /** Tasks each worker holds (running or waiting). */
  const load = new Map<Worker, number>();
  const dispatch = () => {
    for (let d = 1; d <= _DEPTH; d++) {
      for (const w of pool) {
        if (nextTask >= tasks.length || nextTask >= nextYield + window) return;
        if (load.get(w)! >= d) continue;
        const t = tasks[nextTask++];
        load.set(w, load.get(w)! + 1);
        w.postMessage({ type: "task", id: t.id, start: t.start, paths: t.paths });
      }
    }
  };
  try {
    for (const w of pool) {
      w.onmessage = (e: MessageEvent) => {
        const m = e.data as { id: number; results?: FileClaims[]; error?: string };
        if (m.error !== undefined) {
          failure ??= new Error(m.error);
        } else {
          done.set(m.id, m.results!);
          load.set(w, load.get(w)! - 1);
          dispatch();
        }
        notify();
      };
      w.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        failure ??= new Error(`extractParallel: worker failed: ${e.message}`);
        notify();
      };
      // a result that cannot be received would otherwise leave the pool waiting for it
      w.onmessageerror = () => {
        failure ??= new Error("extractParallel: a worker's result could not be received");
        notify();
      };
      w.postMessage({ type: "init", extract, sidecar, format, maxBytes });
      load.set(w, 0);
    }
    dispatch();
    while (nextYield < tasks.length) {
      if (failure) throw failure;
      const results = done.get(nextYield);
      if (!results) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      done.delete(nextYield);
      nextYield++;
      dispatch();
      yield* results;
    }
  } finally {
    _stop(pool);
  }
}
