/**
 * Extract the code cells of notebooks into `.ts` modules, so `deno check` and `deno lint` can read
 * them (they do not read `.ipynb`). Cells run in sequence in one kernel, so each notebook becomes
 * one module: its code cells in order, each preceded by a `// cell N` comment, under a reference to
 * Deno's unstable types (the kernel has `Deno.jupyter`, which notebooks use). Relative imports
 * (`../lib/mod.ts`) are rewritten to absolute `file://` URLs so the module can live anywhere.
 *
 * Usage: deno run --allow-read --allow-write tools/notebook_code.ts --out DIR [nb.ipynb ...]
 * (default: notebooks/*.ipynb). Prints the paths written, one a line.
 * @module
 */

/** One notebook's code cells as a TypeScript module. `dir` is the notebook's folder URL. */
export function _notebookModule(notebook: unknown, dir: URL, name = "notebook"): string {
  const cells = (notebook as { cells?: unknown })?.cells;
  if (!Array.isArray(cells)) {
    throw new TypeError(`${name}: expected a notebook with a "cells" array, found none`);
  }
  // The kernel (`deno jupyter`) has `Deno.jupyter`, whose types are among Deno's unstable ones.
  const parts = [
    `/// <reference lib="deno.unstable" />\n// Code cells of ${name}, extracted by tools/notebook_code.ts.\n`,
  ];
  cells.forEach((cell, i) => {
    if (cell?.cell_type !== "code") return;
    const tags: string[] = cell.metadata?.tags ?? [];
    if (tags.includes("injected-parameters")) return;
    const source = Array.isArray(cell.source) ? cell.source.join("") : String(cell.source ?? "");
    parts.push(`// cell ${i + 1}\n${_rewriteImports(source, dir)}\n`);
  });
  return parts.join("\n");
}

/** Rewrite relative module specifiers to absolute URLs resolved against `dir`. */
export function _rewriteImports(source: string, dir: URL): string {
  const abs = (spec: string) => new URL(spec, dir).href;
  return source
    .replace(
      /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.\.?\/[^"']*)\2/g,
      (_m, pre: string, q: string, spec: string) => `${pre}${q}${abs(spec)}${q}`,
    );
}

if (import.meta.main) {
  const args = [...Deno.args];
  const at = args.indexOf("--out");
  if (at < 0 || !args[at + 1]) {
    console.error("notebook_code: usage: notebook_code.ts --out DIR [notebook.ipynb ...]");
    Deno.exit(2);
  }
  const out = args[at + 1];
  args.splice(at, 2);
  const root = new URL("../", import.meta.url);
  let paths = args;
  if (paths.length === 0) {
    const dir = new URL("notebooks/", root);
    paths = [];
    for await (const e of Deno.readDir(dir)) {
      if (e.isFile && e.name.endsWith(".ipynb")) paths.push(new URL(e.name, dir).pathname);
    }
    paths.sort();
  }
  await Deno.mkdir(out, { recursive: true });
  for (const path of paths) {
    const file = new URL(path, `file://${Deno.cwd()}/`);
    const name = file.pathname.split("/").pop()!;
    let notebook: unknown;
    try {
      notebook = JSON.parse(await Deno.readTextFile(file));
    } catch (err) {
      console.error(`notebook_code: ${path}: not a readable notebook: ${(err as Error).message}`);
      Deno.exit(1);
    }
    const target = `${out}/${name.replace(/\.ipynb$/, "")}.ts`;
    await Deno.writeTextFile(target, _notebookModule(notebook, new URL("./", file), name));
    console.log(target);
  }
}
