/** Shared by the runner tests: the runner's paths, a readiness check, and a notebook from cells. */
import assert from "node:assert/strict";

export const ROOT = new URL("../", import.meta.url).pathname;
export const PYTHON = `${ROOT}.venv/bin/python`;
export const RUNNER = `${ROOT}tools/run_notebooks.py`;

/** Fails (naming the file) when the runner's Python or the Deno kernelspec is missing. */
export async function ready(): Promise<void> {
  for (const path of [PYTHON, `${ROOT}.jupyter/kernels/deno/kernel.json`]) {
    try {
      await Deno.stat(path);
    } catch {
      assert.fail(`${path} is missing: run "bash tools/setup.sh" first`);
    }
  }
}

/** A Deno notebook (nbformat 4.5) of code cells, as JSON text. */
export function notebook(cells: { source: string; tags?: string[] }[]): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: "deno", display_name: "Deno", language: "typescript" } },
    cells: cells.map((c, i) => ({
      cell_type: "code",
      id: `c${i}`,
      metadata: c.tags ? { tags: c.tags } : {},
      execution_count: null,
      outputs: [],
      source: c.source,
    })),
  });
}
