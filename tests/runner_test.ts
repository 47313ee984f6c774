/**
 * The headless notebook runner (tools/run_notebooks.py): no output lost to the Deno kernel's
 * late-output race, parameters injected, cell errors fail loudly, HTML works offline, and notebook
 * 01's progress display (`progressHooks` in a real Deno kernel) reaches the outputs.
 * Needs the project venv and kernelspec (tools/setup.sh); fails, not skips, without them.
 */
import assert from "node:assert/strict";

import { notebook, PYTHON, ready, ROOT, RUNNER } from "./_runner_fixtures.ts";

const CELLS = 16;
const PER_CELL = 5;

/** Cells that each emit PER_CELL outputs quickly: streams, display_data and a result. */
function raceNotebook(): string {
  return notebook(Array.from({ length: CELLS }, (_, i) => ({
    source: [
      `console.log("tok-${i}-0");`,
      `Deno.jupyter.display({ "text/plain": "tok-${i}-1" }, { raw: true });`,
      `console.log("tok-${i}-2");`,
      `console.error("tok-${i}-3");`,
      `({ [Symbol.for("Jupyter.display")]: () => ({ "text/plain": "tok-${i}-4" }) });`,
    ].join("\n"),
  })));
}

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  const out = await new Deno.Command(PYTHON, {
    args: [RUNNER, ...args],
    stdout: "piped",
    stderr: "piped",
  })
    .output();
  return { code: out.code, stderr: new TextDecoder().decode(out.stderr) };
}

type Output = { output_type: string; text?: string | string[]; data?: Record<string, unknown> };
type Cell = { outputs: Output[]; metadata: { tags?: string[] }; source: string | string[] };

async function cells(path: string): Promise<Cell[]> {
  return JSON.parse(await Deno.readTextFile(path)).cells;
}

/** Tokens found in each cell's outputs, and the expected tokens missing or duplicated. */
function audit(list: Cell[]): { missing: string[]; misplaced: string[]; duplicated: string[] } {
  const missing: string[] = [], misplaced: string[] = [], duplicated: string[] = [];
  list.forEach((cell, i) => {
    const text = JSON.stringify(cell.outputs);
    for (let k = 0; k < PER_CELL; k++) {
      const token = `tok-${i}-${k}`;
      const n = text.split(token).length - 1;
      if (n === 0) missing.push(token);
      if (n > 1) duplicated.push(token);
    }
    for (const m of text.matchAll(/tok-(\d+)-\d/g)) {
      if (Number(m[1]) !== i) misplaced.push(`${m[0]} in cell ${i}`);
    }
  });
  return { missing, misplaced, duplicated };
}

Deno.test("audit() reports a lost, a misplaced and a duplicated output", () => {
  const full = (i: number): Output[] =>
    Array.from(
      { length: PER_CELL },
      (_, k) => ({ output_type: "stream", text: `tok-${i}-${k}\n` }),
    );
  const list: Cell[] = [0, 1].map((i) => ({ outputs: full(i), metadata: {}, source: "" }));
  assert.deepEqual(audit(list), { missing: [], misplaced: [], duplicated: [] });
  list[1].outputs.splice(2, 1); // lose tok-1-2
  list[0].outputs.push({ output_type: "stream", text: "tok-1-2\n" }); // ...it went to cell 0
  list[0].outputs.push({ output_type: "stream", text: "tok-0-3\n" });
  assert.deepEqual(audit(list), {
    missing: ["tok-1-2"],
    misplaced: ["tok-1-2 in cell 0"],
    duplicated: ["tok-0-3"],
  });
});

Deno.test({
  name: "run_notebooks.py keeps every output the Deno kernel sends after idle (2 runs)",
  sanitizeResources: false,
  fn: async () => {
    await ready();
    const dir = await Deno.makeTempDir({ prefix: "claimgap-race-" });
    try {
      await Deno.writeTextFile(`${dir}/race_a.ipynb`, raceNotebook());
      await Deno.writeTextFile(`${dir}/race_b.ipynb`, raceNotebook());
      // Stock nbclient behaviour (no late reads): expected to lose some outputs; reported only,
      // because the race is timing-dependent.
      const stock = await run([
        "--no-html",
        "--late-ms",
        "0",
        "--out",
        `${dir}/stock`,
        `${dir}/race_a.ipynb`,
      ]);
      assert.equal(stock.code, 0, stock.stderr);
      const lost = audit(await cells(`${dir}/stock/race_a.ipynb`)).missing.length;
      console.log(`stock nbclient lost ${lost} of ${CELLS * PER_CELL} outputs`);
      // With the fix: every output, once, in its own cell, on every run; two kernels at a time
      // (as the report runs them).
      const fixed = await run([
        "--no-html",
        "--jobs",
        "2",
        "--out",
        `${dir}/fixed`,
        `${dir}/race_a.ipynb`,
        `${dir}/race_b.ipynb`,
      ]);
      assert.equal(fixed.code, 0, fixed.stderr);
      for (const name of ["race_a", "race_b"]) {
        const found = audit(await cells(`${dir}/fixed/${name}.ipynb`));
        assert.deepEqual(
          found,
          { missing: [], misplaced: [], duplicated: [] },
          `${name}: ${JSON.stringify(found)}`,
        );
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "run_notebooks.py injects --params and -p values after the cell tagged parameters",
  sanitizeResources: false,
  fn: async () => {
    await ready();
    const dir = await Deno.makeTempDir({ prefix: "claimgap-params-" });
    try {
      await Deno.writeTextFile(
        `${dir}/01_p.ipynb`,
        notebook([
          { source: 'const place = "Nowhere";\nconst days = 7;', tags: ["parameters"] },
          { source: "console.log(`place=${place} days=${days + 1}`);" },
        ]),
      );
      // A JSON file gives both; -p overrides one of them.
      await Deno.writeTextFile(
        `${dir}/params.json`,
        JSON.stringify({ place: "Kupiansk", days: 3 }),
      );
      const ok = await run([
        "--out",
        `${dir}/out`,
        "--params",
        `${dir}/params.json`,
        "-p",
        "days",
        "20",
        `${dir}/01_p.ipynb`,
      ]);
      assert.equal(ok.code, 0, ok.stderr);
      const list = await cells(`${dir}/out/01_p.ipynb`);
      assert.equal(list.length, 3);
      assert.deepEqual(list[1].metadata.tags, ["injected-parameters"]);
      assert.ok(
        JSON.stringify(list[2].outputs).includes("place=Kupiansk days=21"),
        JSON.stringify(list[2].outputs),
      );
      const index = await Deno.readTextFile(`${dir}/out/index.html`);
      assert.ok(index.includes('href="01_p.html"'), index);
      const html = await Deno.readTextFile(`${dir}/out/01_p.html`);
      assert.ok(html.includes("place=Kupiansk days=21"));
      assert.ok(!/<script[^>]+src="https?:/.test(html), "no CDN script in the HTML");

      const unknown = await run(["--out", `${dir}/out2`, "-p", "dayz", "3", `${dir}/01_p.ipynb`]);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /parameter\(s\) dayz declared by no 'parameters' cell/);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "run_notebooks.py exits 1 naming the cell and error when a cell throws",
  sanitizeResources: false,
  fn: async () => {
    await ready();
    const dir = await Deno.makeTempDir({ prefix: "claimgap-fail-" });
    try {
      await Deno.writeTextFile(
        `${dir}/01_f.ipynb`,
        notebook([
          { source: 'console.log("before");' },
          { source: 'throw new RangeError("boom-4711");' },
          { source: 'console.log("never");' },
        ]),
      );
      await Deno.writeTextFile(
        `${dir}/02_g.ipynb`,
        notebook([{ source: 'console.log("second");' }]),
      );
      // One by one, and two at a time (02_g then runs alongside 01_f but must not be written).
      for (const jobs of ["1", "2"]) {
        const out = `${dir}/out${jobs}`;
        const res = await run([
          "--out",
          out,
          "--jobs",
          jobs,
          `${dir}/01_f.ipynb`,
          `${dir}/02_g.ipynb`,
        ]);
        assert.equal(res.code, 1, res.stderr);
        assert.match(res.stderr, /01_f\.ipynb: cell error/);
        assert.match(res.stderr, /boom-4711/);
        assert.match(res.stderr, /run_notebooks: FAILED/);
        const list = await cells(`${out}/01_f.ipynb`);
        assert.ok(JSON.stringify(list[1].outputs).includes("boom-4711"));
        assert.equal(list[2].outputs.length, 0, "no cell runs after the error");
        await assert.rejects(Deno.stat(`${out}/02_g.ipynb`), "later notebooks are not written");
        const timings = JSON.parse(await Deno.readTextFile(`${out}/timings.json`));
        assert.deepEqual(timings.notebooks.map((n: { notebook: string }) => n.notebook), [
          "01_f.ipynb",
        ]);
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "notebooks/01_articles.ipynb, run headless: the load cell shows progressHooks' Jupyter display, updated to done, in the notebook and its HTML",
  sanitizeResources: false,
  fn: async () => {
    await ready();
    const dir = await Deno.makeTempDir({ prefix: "claimgap-progress-" });
    try {
      const res = await run(["--out", dir, `${ROOT}notebooks/01_articles.ipynb`]);
      assert.equal(res.code, 0, res.stderr);
      const text = (v: unknown) => [v ?? ""].flat().join("");
      const load = (await cells(`${dir}/01_articles.ipynb`)).find((c) =>
        text(c.source).includes("onProgress: progress.load")
      );
      assert.ok(load, "no cell of 01_articles.ipynb passes progress.load to loadArticles");
      // One display (the kernel's updates replace it in place), in its final state: no elapsed
      // time, so the saved notebook and its HTML are the same on every run.
      const shown = load.outputs.filter((o) =>
        o.output_type === "display_data" &&
        text(o.data?.["text/html"]).includes('<div class="claimgap-progress"><progress value="')
      );
      assert.equal(shown.length, 1, JSON.stringify(load.outputs));
      assert.match(text(shown[0].data?.["text/plain"]), /^load: (\d+)\/\1 files done$/);
      const html = await Deno.readTextFile(`${dir}/01_articles.html`);
      assert.match(html, /<div class="claimgap-progress"><progress [^>]*><\/progress> load: /);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("_notebookModule() joins code cells in order, skips injected ones, rewrites ../ imports", async () => {
  const { _notebookModule } = await import("../tools/notebook_code.ts");
  const nb = {
    cells: [
      { cell_type: "markdown", source: "# Title" },
      { cell_type: "code", source: ['import { x } from "../lib/mod.ts";\n', "x;"] },
      { cell_type: "code", source: "const n = 1;", metadata: { tags: ["parameters"] } },
      { cell_type: "code", source: "const n = 2;", metadata: { tags: ["injected-parameters"] } },
      { cell_type: "code", source: 'const m = await import("./local.ts");' },
    ],
  };
  const code = _notebookModule(nb, new URL("file:///repo/notebooks/"), "01_x.ipynb");
  assert.ok(code.includes('// cell 2\nimport { x } from "file:///repo/lib/mod.ts";\nx;'), code);
  assert.ok(code.includes("// cell 3\nconst n = 1;"));
  assert.ok(!code.includes("const n = 2;"), "injected parameters are runner output, not source");
  assert.ok(code.includes('import("file:///repo/notebooks/local.ts")'));
  assert.ok(!code.includes("# Title"));
  assert.ok(code.startsWith('/// <reference lib="deno.unstable" />\n'), "Deno.jupyter is typed");
  assert.throws(
    () => _notebookModule({}, new URL("file:///r/"), "bad.ipynb"),
    (e) =>
      e instanceof TypeError &&
      /bad.ipynb: expected a notebook with a "cells" array/.test(e.message),
  );
});

Deno.test("check_notebooks.py fails on outputs and execution counts, passes clean notebooks", async () => {
  const dir = await Deno.makeTempDir({ prefix: "claimgap-check-" });
  try {
    await Deno.writeTextFile(`${dir}/clean.ipynb`, notebook([{ source: "1" }]));
    const dirty = JSON.parse(notebook([{ source: "1" }, { source: "2" }]));
    dirty.cells[1].execution_count = 3;
    dirty.cells[1].outputs = [{ output_type: "stream", name: "stdout", text: "2" }];
    await Deno.writeTextFile(`${dir}/dirty.ipynb`, JSON.stringify(dirty));
    const check = async (name: string) => {
      const out = await new Deno.Command("python3", {
        args: [`${ROOT}tools/check_notebooks.py`, `${dir}/${name}`],
        stderr: "piped",
      }).output();
      return { code: out.code, stderr: new TextDecoder().decode(out.stderr) };
    };
    assert.equal((await check("clean.ipynb")).code, 0);
    const bad = await check("dirty.ipynb");
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /dirty\.ipynb: cell 2: has 1 output\(s\)/);
    assert.match(bad.stderr, /dirty\.ipynb: cell 2: has execution_count 3/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
