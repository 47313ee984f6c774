/**
 * The runner as an analyst calls it (issue 13, points 5 and 9): relative `-p` paths resolve from
 * the folder the command runs in, a missing one is named with its resolved path before any kernel
 * starts, no page of an earlier run stays beside the new index, an error shared by two notebooks
 * is printed once, and `-p` runs print no nbformat MissingIDFieldWarning.
 * Needs the project venv and kernelspec (tools/setup.sh); fails, not skips, without them.
 */
import assert from "node:assert/strict";

import { notebook, PYTHON, ready, RUNNER } from "./_runner_fixtures.ts";

async function run(args: string[], cwd: string): Promise<{ code: number; stderr: string }> {
  const out = await new Deno.Command(PYTHON, { args: [RUNNER, ...args], cwd, stderr: "piped" })
    .output();
  return { code: out.code, stderr: new TextDecoder().decode(out.stderr) };
}

/** A notebook with a path parameter that prints the path it was given and whether it exists. */
const PATH_NB = notebook([
  { source: 'const corpus = "../data/articles";\nconst label = "x";', tags: ["parameters"] },
  { source: "console.log(`corpus=${corpus} exists=${Deno.statSync(corpus).isDirectory}`);" },
]);

Deno.test({
  name:
    "run_notebooks.py resolves a relative -p path from the caller's folder, names a missing one with its resolved path, and warns of nothing",
  sanitizeResources: false,
  fn: async () => {
    await ready();
    const dir = await Deno.makeTempDir({ prefix: "claimgap-paths-" });
    try {
      await Deno.mkdir(`${dir}/nbs`);
      await Deno.mkdir(`${dir}/work/articles`, { recursive: true });
      await Deno.writeTextFile(`${dir}/nbs/01_p.ipynb`, PATH_NB);
      const missing = await run(
        ["--out", `${dir}/out`, "-p", "corpus", "nope/articles", `${dir}/nbs/01_p.ipynb`],
        `${dir}/work`,
      );
      assert.equal(missing.code, 2, missing.stderr);
      assert.match(
        missing.stderr,
        new RegExp(`-p corpus nope/articles: no such file or folder: ${dir}/work/nope/articles`),
      );
      assert.doesNotMatch(missing.stderr, /01_p\.ipynb \.\.\./, "no notebook started");
      const ok = await run(
        [
          "--out",
          `${dir}/out`,
          "-p",
          "corpus",
          "articles",
          "-p",
          "label",
          "y",
          `${dir}/nbs/01_p.ipynb`,
        ],
        `${dir}/work`,
      );
      assert.equal(ok.code, 0, ok.stderr);
      assert.doesNotMatch(ok.stderr, /MissingIDFieldWarning/);
      const nb = await Deno.readTextFile(`${dir}/out/01_p.ipynb`);
      assert.ok(nb.includes(`corpus=${dir}/work/articles exists=true`), nb);
      assert.ok(nb.includes('"id": "injected-parameters"'), "the injected cell has a fixed id");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "run_notebooks.py leaves no page of an earlier run beside the new index, and prints an error two notebooks share once",
  sanitizeResources: false,
  fn: async () => {
    await ready();
    const dir = await Deno.makeTempDir({ prefix: "claimgap-stale-" });
    try {
      const out = `${dir}/out`;
      await Deno.mkdir(out);
      for (const f of ["01_f.html", "01_f.ipynb", "02_g.html", "03_old.ipynb"]) {
        await Deno.writeTextFile(`${out}/${f}`, "earlier run");
      }
      await Deno.writeTextFile(`${out}/claims.csv`, "not a page");
      const failing = notebook([{ source: 'throw new Error("same-4712");' }]);
      await Deno.writeTextFile(`${dir}/01_f.ipynb`, failing);
      await Deno.writeTextFile(`${dir}/02_g.ipynb`, failing);
      const res = await run(
        ["--out", out, "--jobs", "2", `${dir}/01_f.ipynb`, `${dir}/02_g.ipynb`],
        dir,
      );
      assert.equal(res.code, 1, res.stderr);
      const left = [...Deno.readDirSync(out)].map((e) => e.name).filter((n) => !n.startsWith("."))
        .sort();
      assert.deepEqual(left, [
        "01_f.html",
        "01_f.ipynb",
        "claims.csv",
        "index.html",
        "timings.json",
      ]);
      assert.notEqual(await Deno.readTextFile(`${out}/01_f.html`), "earlier run");
      assert.match(res.stderr, /removed 2 page\(s\) of an earlier run/);
      assert.equal(res.stderr.split("same-4712").length - 1 <= 3, true, res.stderr);
      assert.equal((res.stderr.match(/Traceback|cell error\n/g) ?? []).length, 1, res.stderr);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
