/**
 * Worker of {@link extractParallel}. Messages in: `{type: "init", extract, sidecar, format,
 * maxBytes}` once, then `{type: "task", id, start, paths}`; out: `{id, results}` (claims, or
 * their serialised lines with `format`, and load entries per file, never article texts) or
 * `{id, error}`.
 * @module
 */
import type { ArticleMeta } from "../load/_options.ts";
import { type _LineFormat, _processFile } from "./_extract_job.ts";

type _Message =
  | {
    type: "init";
    extract: Record<string, unknown>;
    sidecar: Map<string, ArticleMeta> | null;
    format: _LineFormat | null;
    maxBytes: number;
  }
  | { type: "task"; id: number; start: number; paths: string[] };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<_Message>) => void) | null;
  postMessage: (m: unknown) => void;
};

let extract: Record<string, unknown> = {};
let sidecar: Map<string, ArticleMeta> | null = null;
let format: _LineFormat | null = null;
let maxBytes: number | undefined;

/** Tasks run one after the other, in the order they came (the pool sends the next ahead). */
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (e: MessageEvent<_Message>) => {
  const m = e.data;
  if (m.type === "init") {
    extract = m.extract;
    sidecar = m.sidecar;
    format = m.format;
    maxBytes = m.maxBytes;
    return;
  }
  queue = queue.then(() => _run(m));
};

async function _run(m: Extract<_Message, { type: "task" }>): Promise<void> {
  try {
    const results = [];
    for (let i = 0; i < m.paths.length; i++) {
      results.push(await _processFile(m.paths[i], m.start + i, extract, sidecar, format, maxBytes));
    }
    scope.postMessage({ id: m.id, results });
  } catch (err) {
    scope.postMessage({ id: m.id, error: (err as Error).message });
  }
}
