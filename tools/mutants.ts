/**
 * Mutation check (`deno task mutants`): do the tests notice when lib/ is broken?
 *
 * Takes: `--n N` mutants (default 100), `--seed S` (default 1), `--timeout SECONDS` per mutant
 * (default 120), `--files lib/a.ts,lib/b.ts` (default every .ts file under lib/),
 * `--tests "t1 t2"` (default every tests/*_test.ts but {@link SLOW_TESTS}), `--only 3,17` (run
 * only these of the chosen mutants, numbered as printed), `--all-tests` (run every test whose
 * module graph holds the mutated file, not only those whose coverage reaches the mutated line),
 * `--list` (print the chosen mutants and stop).
 * Gives: one line per mutant (killed / SURVIVED / timeout, the tests run, seconds), then the killed
 * share, the time taken and the survivors with their diffs. Exit status 0 (a benchmark-like tool,
 * not a CI step).
 *
 * Mutants: tools/_mutants_make.ts (the same seed and sources give the same mutants). The tests run
 * in a temporary copy of the repository (lib/, tests/, data/, tools/, bench/, deno.json; node_modules
 * symlinked; no ../shared, so tests needing it skip), once each with coverage first: that run must
 * pass (the baseline), and gives each test file's duration and the lines of lib/ it executes. A
 * mutant then runs, in one `deno test --fail-fast --no-check` (a mutant that does not type-check
 * is still a mutant for the runtime), the test files that execute its line, fastest first; none
 * executing it, it survives unrun. Files that no test executes in its own process (code run only
 * in workers or subprocesses, which the coverage does not see) run every test whose module graph
 * holds them. The mutated file is restored after each mutant.
 * @module
 */
import { _candidates, _pick, type Mutant } from "./_mutants_make.ts";

/**
 * Left out of the default tests: the notebook runner's (a Jupyter kernel in a subprocess, 40 s,
 * no lib/ line the coverage sees), the report export's (tools/report.d's scripts, Python and DuckDB
 * from .venv, the notebooks), the layout check's (tools/ only) and the development-score test
 * (needs ../shared, absent from the copy).
 */
export const SLOW_TESTS = [
  "tests/runner_test.ts",
  "tests/runner_paths_test.ts",
  "tests/report_export_test.ts",
  "tests/check_layout_test.ts",
  "tests/dev_score_test.ts",
];

/** Per test file: its duration (s) and, per lib/ file it loads, the hit count of each line. */
interface Coverage {
  seconds: number;
  hits: Map<string, Map<number, number>>;
}

const _DENO = "node_modules/.bin/deno";

function _arg(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}

async function _copy(from: string, to: string): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for await (const e of Deno.readDir(from)) {
    if (e.isDirectory) await _copy(`${from}/${e.name}`, `${to}/${e.name}`);
    else if (e.isFile) await Deno.copyFile(`${from}/${e.name}`, `${to}/${e.name}`);
  }
}

/** The heap each mutant's test run may use, in MB. */
const _HEAP_MB = 3072;

/** Runs the tests in `dir`; "pass", "fail" or "timeout". */
async function _run(
  dir: string,
  tests: string[],
  timeoutS: number,
  extra: string[] = [],
): Promise<string> {
  const child = new Deno.Command(`${dir}/${_DENO}`, {
    // a heap cap: a mutant that allocates without end (a loop whose exit was flipped) fails its
    // tests instead of taking the machine's memory (during mutation runs a Deno process here once
    // reached 23 GB before the kernel's OOM killer stopped it)
    args: [
      "test",
      "-A",
      "--no-check",
      "--fail-fast",
      `--v8-flags=--max-old-space-size=${_HEAP_MB}`,
      ...extra,
      ...tests,
    ],
    cwd: dir,
    env: { CI: "", UPDATE_GOLDEN: "", NO_COLOR: "1" },
    stdout: "null",
    stderr: "null",
  }).spawn();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      child.kill("SIGKILL");
    } catch { /* already gone */ }
  }, timeoutS * 1000);
  const status = await child.status;
  clearTimeout(timer);
  return timedOut ? "timeout" : status.success ? "pass" : "fail";
}

/**
 * Line hits per lib/ file from lcov text, paths made relative to `dir`. A line's hits are its `DA`
 * count, or, when that is 0, the largest count of a branch taken on it (`BRDA`): Deno gives a line
 * the count of the least run code on it, so `if (a > 5) x = 1;` counts 0 when `a > 5` was tested
 * but never held.
 */
export function _parseLcov(lcov: string, dir: string): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  let lines: Map<number, number> | null = null;
  for (const row of lcov.split("\n")) {
    if (row.startsWith("SF:")) {
      const path = row.slice(3);
      lines = path.startsWith(`${dir}/lib/`) ? new Map() : null;
      if (lines) out.set(path.slice(dir.length + 1), lines);
    } else if (lines && row.startsWith("DA:")) {
      const [line, count] = row.slice(3).split(",").map(Number);
      lines.set(line, Math.max(lines.get(line) ?? 0, count));
    } else if (lines && row.startsWith("BRDA:")) {
      const f = row.slice(5).split(",");
      const taken = f[3] === "-" ? 0 : Number(f[3]);
      lines.set(Number(f[0]), Math.max(lines.get(Number(f[0])) ?? 0, taken));
    }
  }
  return out;
}

/** Runs one test file with coverage in `dir` (the baseline: it must pass). */
async function _cover(dir: string, test: string, timeoutS: number): Promise<Coverage> {
  const cov = `${dir}.cov`;
  await Deno.remove(cov, { recursive: true }).catch(() => {});
  const t0 = performance.now();
  const r = await _run(dir, [test], timeoutS, [`--coverage=${cov}`]);
  const seconds = (performance.now() - t0) / 1000;
  if (r !== "pass") throw new Error(`${test} does not pass unmutated (${r})`);
  const out = await new Deno.Command(`${dir}/${_DENO}`, {
    args: ["coverage", "--lcov", cov],
    cwd: dir,
    stdout: "piped",
    stderr: "null",
  }).output();
  return { seconds, hits: _parseLcov(new TextDecoder().decode(out.stdout), dir) };
}

/**
 * The tests to run against `m`, fastest first: those executing one of its lines; every test
 * loading its file (every test, when none does) when no test executes any line of that file; none
 * when its lines run nowhere.
 */
export function _testsFor(m: Mutant, cover: Map<string, Coverage>, all: boolean): string[] {
  const last = m.line + (m.from.match(/\n/g)?.length ?? 0);
  const loaded = [...cover].filter(([, c]) => c.hits.has(m.file));
  const loading = loaded.length ? loaded : [...cover];
  const runs = (c: Coverage, from: number, to: number) =>
    [...c.hits.get(m.file) ?? []].some(([l, n]) => l >= from && l <= to && n > 0);
  const seen = loading.filter(([, c]) => runs(c, 1, Infinity));
  const chosen = all || !seen.length ? loading : seen.filter(([, c]) => runs(c, m.line, last));
  return chosen.sort((a, b) => a[1].seconds - b[1].seconds).map(([t]) => t);
}

async function _targets(root: string, files: string[]): Promise<string[]> {
  if (files.length) return files.sort();
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    for await (const e of Deno.readDir(`${root}/${rel}`)) {
      const path = `${rel}/${e.name}`;
      if (e.isDirectory) await walk(path);
      else if (e.isFile && e.name.endsWith(".ts")) out.push(path);
    }
  };
  await walk("lib");
  return out.sort();
}

async function _defaultTests(root: string): Promise<string[]> {
  const out: string[] = [];
  for await (const e of Deno.readDir(`${root}/tests`)) {
    const t = `tests/${e.name}`;
    if (e.isFile && e.name.endsWith("_test.ts") && !SLOW_TESTS.includes(t)) out.push(t);
  }
  return out.sort();
}

/** A temporary copy of the repository (`dir`, in `tmp`), readable by all (a test runs as `nobody`). */
async function _sandbox(root: string): Promise<{ tmp: string; dir: string }> {
  const tmp = await Deno.makeTempDir({ prefix: "claimgap-mutants-" });
  await Deno.chmod(tmp, 0o755);
  const dir = `${tmp}/repo`;
  for (const d of ["lib", "tests", "data", "tools", "bench"]) {
    await _copy(`${root}/${d}`, `${dir}/${d}`);
  }
  await Deno.copyFile(`${root}/deno.json`, `${dir}/deno.json`);
  await Deno.symlink(await Deno.realPath(`${root}/node_modules`), `${dir}/node_modules`);
  return { tmp, dir };
}

/** `file:line:column` of a mutant. */
function _where(m: Mutant, sources: Map<string, string>): string {
  const before = sources.get(m.file)!.slice(0, m.start);
  return `${m.file}:${m.line}:${m.start - before.lastIndexOf("\n")}`;
}

/** Runs each mutant of `chosen` numbered in `which`; returns the survivors. */
async function _mutate(
  dir: string,
  chosen: Mutant[],
  which: number[],
  sources: Map<string, string>,
  cover: Map<string, Coverage>,
  opts: { timeoutS: number; all: boolean },
): Promise<Mutant[]> {
  const survivors: Mutant[] = [];
  for (const k of which) {
    const m = chosen[k - 1];
    const src = sources.get(m.file)!;
    const mine = _testsFor(m, cover, opts.all);
    const t0 = performance.now();
    await Deno.writeTextFile(
      `${dir}/${m.file}`,
      src.slice(0, m.start) + m.to + src.slice(m.start + m.from.length),
    );
    const r = mine.length ? await _run(dir, mine, opts.timeoutS) : "pass";
    await Deno.writeTextFile(`${dir}/${m.file}`, src);
    if (r === "pass") survivors.push(m);
    const verdict = r === "pass"
      ? mine.length ? "SURVIVED" : "SURVIVED (no test runs it)"
      : r === "timeout"
      ? "timeout (killed)"
      : "killed";
    const s = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(
      `${k}/${chosen.length} ${verdict}  ${
        _where(m, sources)
      } ${m.kind}  (${mine.length} tests, ${s} s)`,
    );
  }
  return survivors;
}

async function _main(args: string[]): Promise<void> {
  const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
  const n = Number(_arg(args, "--n", "100"));
  const seed = Number(_arg(args, "--seed", "1"));
  const timeoutS = Number(_arg(args, "--timeout", "120"));
  const testArg = _arg(args, "--tests", "").split(/\s+/).filter(Boolean);
  const tests = testArg.length ? testArg : await _defaultTests(root);
  const files = await _targets(root, _arg(args, "--files", "").split(",").filter(Boolean));
  const sources = new Map<string, string>();
  const all: Mutant[] = [];
  for (const f of files) {
    sources.set(f, await Deno.readTextFile(`${root}/${f}`));
    all.push(..._candidates(f, sources.get(f)!));
  }
  const chosen = _pick(all, n, seed);
  const only = _arg(args, "--only", "").split(",").filter(Boolean).map(Number);
  const which = only.length ? only : chosen.map((_, i) => i + 1);
  const bad = which.filter((k) => !Number.isInteger(k) || k < 1 || k > chosen.length);
  if (bad.length) {
    throw new RangeError(
      `--only: expected numbers from 1 to ${chosen.length}, found ${bad.join(", ")}`,
    );
  }
  console.log(
    `mutants: ${chosen.length} of ${all.length} candidates in ${files.length} files (seed ${seed})`,
  );
  if (args.includes("--list")) {
    for (const [i, m] of chosen.entries()) {
      console.log(`${i + 1} ${_where(m, sources)} ${m.kind}: ${m.from} -> ${m.to}`);
    }
    return;
  }
  const t0 = performance.now();
  const { tmp, dir } = await _sandbox(root);
  try {
    const cover = new Map<string, Coverage>();
    for (const t of tests) cover.set(t, await _cover(dir, t, timeoutS * 3));
    const base = [...cover.values()].reduce((s, c) => s + c.seconds, 0);
    console.log(`baseline: ${tests.length} test files pass, ${base.toFixed(0)} s with coverage`);
    const all = args.includes("--all-tests");
    const survivors = await _mutate(dir, chosen, which, sources, cover, { timeoutS, all });
    const killed = which.length - survivors.length;
    const share = which.length ? killed / which.length : 1;
    const min = ((performance.now() - t0) / 60000).toFixed(1);
    console.log(
      `\nkilled ${killed} of ${which.length} (${(share * 100).toFixed(1)}%) in ${min} min`,
    );
    if (survivors.length) console.log("survivors:");
    for (const m of survivors) {
      const k = chosen.indexOf(m) + 1;
      console.log(
        `  ${k} ${_where(m, sources)} ${m.kind}: ${JSON.stringify(m.from)} -> ${
          JSON.stringify(m.to)
        }`,
      );
    }
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
}

if (import.meta.main) await _main(Deno.args);
