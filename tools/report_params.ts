/**
 * The report's parameters as the notebooks see them, for the export hook: takes the arguments
 * given to `tools/run_notebooks.py` and the notebooks folder; gives the corpus, mapping folder and
 * window the pages were made with, and the output folder.
 *
 * Defaults come from the notebooks' cells tagged `parameters` (`const corpus = "../data/articles";`,
 * values that parse as JSON); two notebooks that declare one name with different defaults are an
 * error. Overrides as the runner takes them: `--params FILE` (a JSON object), then every
 * `-p/--param NAME VALUE` (JSON when it parses, else the string). Given paths are relative to
 * `--cwd DIR` (the folder the report was run in, as the runner takes them); defaults to the
 * notebooks folder, as in the notebooks (the kernel runs there).
 * @module
 */

/** What {@link runnerParams} gives. */
export interface RunnerParams {
  /** Corpus path, resolved against the notebooks folder. */
  corpus: string;
  /** Mapping-data folder resolved likewise, or null when the parameter is empty or null. */
  mapping: string | null;
  windowDays: number;
  /** Output folder (`--out`, default `out`). */
  out: string;
  /** Every parameter, as the notebooks see it (defaults, then overrides). */
  params: Record<string, unknown>;
}

/** Runner options that take one value (skipped: they do not change what is computed). */
const _VALUE_OPTIONS = new Set(["--late-ms", "--timeout", "--kernel", "-j", "--jobs"]);
const _FLAGS = new Set(["--no-html"]);

/** Defaults of the `parameters` cells of `dir/NN_*.ipynb`, by name. */
export async function notebookDefaults(dir: string): Promise<Record<string, unknown>> {
  const names = [...Deno.readDirSync(dir)].map((e) => e.name).filter((n) =>
    /^\d\d_.+\.ipynb$/.test(n)
  ).sort();
  const out: Record<string, unknown> = {};
  const from: Record<string, string> = {};
  for (const name of names) {
    const nb = JSON.parse(await Deno.readTextFile(`${dir}/${name}`));
    for (const cell of nb.cells ?? []) {
      if (cell.cell_type !== "code" || !(cell.metadata?.tags ?? []).includes("parameters")) {
        continue;
      }
      const src = Array.isArray(cell.source) ? cell.source.join("") : String(cell.source);
      for (const m of src.matchAll(/^const\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(.+?);\s*$/gm)) {
        let v: unknown;
        try {
          v = JSON.parse(m[2]);
        } catch {
          continue; // not a plain value (`[] as string[]`): the export does not use it
        }
        if (m[1] in out && JSON.stringify(out[m[1]]) !== JSON.stringify(v)) {
          throw new SyntaxError(
            `${dir}/${name}: parameter ${m[1]} defaults to ${m[2]}, but ${from[m[1]]} to ${
              JSON.stringify(out[m[1]])
            }: the exports cannot follow both`,
          );
        }
        out[m[1]] = v;
        from[m[1]] = `${dir}/${name}`;
      }
    }
  }
  return out;
}

function _value(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function _resolve(dir: string, p: string): string {
  return p.startsWith("/") ? p : `${dir.replace(/\/+$/, "")}/${p}`;
}

/**
 * The parameters of a runner command line (see the module documentation), or an error message.
 */
export async function runnerParams(
  args: readonly string[],
  defaults: Readonly<Record<string, unknown>>,
  dir: string,
): Promise<RunnerParams | string> {
  // given paths are relative to the folder the report was run in (`--cwd`, as the runner makes
  // them), defaults to the notebooks folder
  let cwd = dir;
  const params: Record<string, unknown> = { ...defaults };
  const given: Record<string, unknown> = {};
  let out = "out";
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [opt, inline] = a.startsWith("--") && a.includes("=")
      ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]
      : [a, undefined];
    const next = () => inline ?? args[++i];
    if (opt === "-p" || opt === "--param") {
      if (args[i + 2] === undefined) return `${opt} needs a NAME and a VALUE`;
      given[args[i + 1]] = _value(args[i + 2]);
      i += 2;
    } else if (opt === "--params") {
      const file = next();
      if (file === undefined) return "--params needs a file";
      const loaded = JSON.parse(await Deno.readTextFile(file));
      if (loaded === null || typeof loaded !== "object" || Array.isArray(loaded)) {
        return `${file}: expected a JSON object of parameters`;
      }
      Object.assign(params, loaded);
    } else if (opt === "--cwd") {
      const v = next();
      if (v === undefined) return "--cwd needs a folder";
      cwd = v;
    } else if (opt === "--out") {
      const v = next();
      if (v === undefined) return "--out needs a folder";
      out = v;
    } else if (_VALUE_OPTIONS.has(opt)) {
      if (next() === undefined) return `${opt} needs a value`;
    } else if (opt.startsWith("-") && !_FLAGS.has(opt)) {
      return `unknown runner option ${a}`;
    } // else a notebook path: every notebook shares the corpus
  }
  Object.assign(params, given);
  const corpus = params.corpus;
  if (typeof corpus !== "string" || corpus === "") {
    return `parameter corpus: expected a folder or file path, found ${JSON.stringify(corpus)}`;
  }
  const m = params.mappingData ?? null;
  if (m !== null && typeof m !== "string") {
    return `parameter mappingData: expected a folder path, found ${JSON.stringify(m)}`;
  }
  const w = params.windowDays ?? 7;
  if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
    return `parameter windowDays: expected a number of days >= 0, found ${JSON.stringify(w)}`;
  }
  const base = (name: string) => (name in given ? cwd : dir);
  return {
    corpus: _resolve(base("corpus"), corpus),
    mapping: m ? _resolve(base("mappingData"), m) : null,
    windowDays: w,
    out,
    params,
  };
}
