/**
 * Worker of {@link extractParallel}. Messages in: `{type: "init", extract, sidecar}` once, then
 * `{type: "task", id, start, paths}`; out: `{id, results}` (claims and load entries per file,
 * never article texts) or `{id, error}`.
 * @module
 */
import type { ArticleMeta } from "./load_articles.ts";
import { _processFile } from "./_extract_job.ts";

type _Message =
  | { type: "init"; extract: Record<string, unknown>; sidecar: Map<string, ArticleMeta> | null }
  | { type: "task"; id: number; start: number; paths: string[] };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<_Message>) => void) | null;
  postMessage: (m: unknown) => void;
};

let extract: Record<string, unknown> = {};
let sidecar: Map<string, ArticleMeta> | null = null;

scope.onmessage = async (e: MessageEvent<_Message>) => {
  const m = e.data;
  if (m.type === "init") {
    extract = m.extract;
    sidecar = m.sidecar;
    return;
  }
  try {
    const results = [];
    for (let i = 0; i < m.paths.length; i++) {
      results.push(await _processFile(m.paths[i], m.start + i, extract, sidecar));
    }
    scope.postMessage({ id: m.id, results });
  } catch (err) {
    scope.postMessage({ id: m.id, error: (err as Error).message });
  }
};
