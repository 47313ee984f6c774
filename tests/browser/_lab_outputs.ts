/**
 * "Restart Kernel and Run All" in JupyterLab, repeated, with each cell's outputs compared to the
 * headless runner's: takes a running JupyterLab (base URL and token), a browser, a notebook path
 * (relative to JupyterLab's root) and the outputs expected per code cell; gives, per run, the
 * cells whose outputs differ. Used by browser_test.ts (issue 13, point 1: with the pinned Deno
 * kernel an output could land under the next cell).
 *
 * An output's kind is what a reader sees: "display text/html,text/plain" (display_data and
 * execute_result alike), "stream stdout", "error". Streams count once per cell (the kernel may
 * split a print into chunks).
 * @module
 */
import type { Browser, Page } from "npm:playwright-core@1.56.1";

/** Outputs of one code cell, in order, as kinds (see the module doc). */
export type CellKinds = string[];

/** Kinds of a list of nbformat outputs. */
export function outputKinds(outputs: readonly Record<string, unknown>[]): CellKinds {
  const kinds: string[] = [];
  for (const o of outputs) {
    const t = o.output_type;
    const kind = t === "display_data" || t === "execute_result"
      ? `display ${Object.keys((o.data ?? {}) as object).sort().join(",")}`
      : t === "stream"
      ? `stream ${o.name}`
      : String(t);
    if (kind.startsWith("stream") && kinds.includes(kind)) continue;
    kinds.push(kind);
  }
  return kinds;
}

/** Expected kinds per code cell, from an executed notebook file (the headless runner's). */
export async function expectedKinds(executed: string): Promise<CellKinds[]> {
  const nb = JSON.parse(await Deno.readTextFile(executed));
  return nb.cells
    .filter((c: { cell_type: string; metadata?: { tags?: string[] } }) =>
      c.cell_type === "code" && !(c.metadata?.tags ?? []).includes("injected-parameters")
    )
    .map((c: { outputs: Record<string, unknown>[] }) => outputKinds(c.outputs));
}

/** One run's cells whose outputs differ from the expected ones. */
export interface RunDiff {
  run: number;
  seconds: number;
  cells: { cell: number; expected: CellKinds; found: CellKinds }[];
}

/**
 * Open `relPath`, then `runs` times: clear all outputs, Restart Kernel and Run All (the command
 * behind the Kernel menu's item, its dialog accepted), wait until every code cell has run and the
 * kernel has stayed idle for a second, and compare each code cell's outputs with `expected`.
 */
export async function restartRunAll(
  browser: Browser,
  lab: { base: string; token: string },
  relPath: string,
  expected: readonly CellKinds[],
  runs: number,
): Promise<RunDiff[]> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1600 } });
  const page = await context.newPage();
  page.on("dialog", (d) => d.dismiss().catch(() => {}));
  await _installLabHelpers(page);
  const diffs: RunDiff[] = [];
  try {
    await page.goto(`${lab.base}/lab/tree/${relPath}?reset&token=${lab.token}`, {
      waitUntil: "domcontentloaded",
      timeout: 90_000,
    });
    await page.waitForSelector(".jp-Notebook .jp-Cell", { timeout: 90_000 });
    await page.waitForFunction(() => _kernelStatus() === "idle", undefined, {
      timeout: 90_000,
      polling: 250,
    });
    for (let run = 1; run <= runs; run++) {
      const t0 = performance.now();
      await page.evaluate(() => _app().commands.execute("notebook:clear-all-cell-outputs"));
      await page.evaluate(() => {
        _app().commands.execute("notebook:restart-run-all");
      });
      await page.click(".jp-Dialog .jp-mod-accept", { timeout: 30_000 });
      await _waitRunDone(page, relPath);
      const found: CellKinds[] = await page.evaluate(() => {
        const cells = _app().shell.currentWidget.content.model.cells;
        const out: string[][] = [];
        for (let i = 0; i < cells.length; i++) {
          const c = cells.get(i);
          if (c.type === "code") out.push(c.outputs.toJSON());
        }
        return out;
      }).then((cells) => cells.map((o) => outputKinds(o as unknown as Record<string, unknown>[])));
      const cells = expected.flatMap((want, i) =>
        JSON.stringify(want) === JSON.stringify(found[i] ?? [])
          ? []
          : [{ cell: i, expected: [...want], found: found[i] ?? [] }]
      );
      if (found.length !== expected.length) {
        cells.push({
          cell: -1,
          expected: [`${expected.length} code cells`],
          found: [`${found.length}`],
        });
      }
      diffs.push({ run, seconds: Math.round((performance.now() - t0) / 100) / 10, cells });
    }
  } finally {
    await context.close();
  }
  return diffs;
}

/** Every non-empty code cell has an execution count, no "[*]", kernel idle: twice, 0.5 s apart. */
async function _waitRunDone(page: Page, relPath: string): Promise<void> {
  // The restart clears the counts first; wait for that before looking for the end.
  await page.waitForFunction(() => _pending() > 0, undefined, { timeout: 60_000, polling: 100 });
  let stable = 0;
  const deadline = Date.now() + 300_000;
  while (stable < 2) {
    if (Date.now() > deadline) throw new Error(`${relPath}: Run All not finished after 300 s`);
    await page.waitForTimeout(500);
    const done = await page.evaluate(() => _pending() === 0 && _kernelStatus() === "idle");
    stable = done ? stable + 1 : 0;
  }
}

// Page helpers: playwright sends the callbacks' source to the page, so what they call must exist
// there; _installLabHelpers defines these globals in the page before it loads.
declare function _app(): {
  commands: { execute(id: string): Promise<unknown> };
  // deno-lint-ignore no-explicit-any
  shell: { currentWidget: any };
};
declare function _pending(): number;
declare function _kernelStatus(): string | undefined;

/** Installs the page helpers `_app`, `_pending` and `_kernelStatus` in `page`. */
async function _installLabHelpers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const g = globalThis as unknown as Record<string, unknown>;
    // deno-lint-ignore no-explicit-any
    g._app = () => (globalThis as any).jupyterapp;
    g._kernelStatus = () =>
      // deno-lint-ignore no-explicit-any
      (globalThis as any).jupyterapp?.shell?.currentWidget?.sessionContext?.session?.kernel
        ?.status;
    g._pending = () => {
      // deno-lint-ignore no-explicit-any
      const nb = (globalThis as any).jupyterapp?.shell?.currentWidget;
      if (!nb?.content?.model) return -1;
      const cells = nb.content.model.cells;
      let pending = 0;
      for (let i = 0; i < cells.length; i++) {
        const c = cells.get(i);
        if (
          c.type === "code" && c.sharedModel.getSource().trim() !== "" && c.executionCount == null
        ) {
          pending++;
        }
      }
      const busy = [...nb.node.querySelectorAll(".jp-InputPrompt")].some((p: Element) =>
        (p.textContent ?? "").includes("*")
      );
      return pending + (busy ? 1 : 0);
    };
  });
}

/** Restart-and-Run-All runs per notebook (`CLAIMGAP_LAB_RUNS`). @default 10 */
export const LAB_RUNS = Number(Deno.env.get("CLAIMGAP_LAB_RUNS") ?? "10");

/**
 * The browser test's step: the headless runner executes the notebook copies in `nbDir` once (the
 * expected outputs per cell), then each notebook gets {@link LAB_RUNS} Restart-and-Run-All runs in
 * JupyterLab; throws naming every run and cell whose outputs are not the expected ones.
 */
export async function checkRestartRunAll(
  browser: Browser,
  lab: { base: string; token: string },
  root: string,
  nbDir: string,
  notebooks: readonly string[],
  tmp: string,
): Promise<void> {
  const ref = `${tmp}/headless`;
  const r = await new Deno.Command(`${root}/.venv/bin/python`, {
    args: [
      `${root}/tools/run_notebooks.py`,
      "--out",
      ref,
      "--no-html",
      ...notebooks.map((n) => `${nbDir}/${n}`),
    ],
    cwd: root,
    stdout: "piped",
    stderr: "piped",
    env: { JUPYTER_PATH: `${root}/.jupyter` },
  }).output();
  if (!r.success) {
    throw new Error(`run_notebooks.py failed:\n${new TextDecoder().decode(r.stderr).slice(-3000)}`);
  }
  const problems: string[] = [];
  for (const n of notebooks) {
    const expected = await expectedKinds(`${ref}/${n}`);
    const rel = `${nbDir.slice(root.length + 1)}/${n}`;
    const runs = await restartRunAll(browser, lab, rel, expected, LAB_RUNS);
    const bad = runs.filter((d) => d.cells.length);
    console.log(
      `  ${n}: ${LAB_RUNS} x Restart and Run All, ${expected.length} code cells, ` +
        `${bad.length} run(s) with an output elsewhere than its cell; ` +
        `${runs.map((d) => d.seconds).join(" ")} s`,
    );
    for (const d of bad) {
      for (const c of d.cells) {
        problems.push(
          `${n} run ${d.run} cell ${c.cell}: expected [${c.expected}], found [${c.found}]`,
        );
      }
    }
  }
  if (problems.length) {
    throw new Error(`outputs not under their own cell:\n${problems.join("\n")}`);
  }
}
