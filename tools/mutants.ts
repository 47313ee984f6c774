/**
 * Mutation check (`deno task mutants`): do the tests notice when lib/ is broken?
 *
 * Takes: `--n N` mutants (default 100), `--seed S` (default 1), `--timeout SECONDS` per mutant
 * (default 120), `--files lib/a.ts,lib/b.ts` (default every .ts file under lib/ but the extractor, lib/extract/,
 * and the worker pool, lib/run/, whose tests are slow), `--tests "t1 t2"` (default {@link FAST_TESTS}), `--list` (print the chosen
 * mutants and stop).
 * Gives: one line per mutant (killed / SURVIVED / timeout), then the killed share and the
 * survivors with their diffs. Exit status 0 (a benchmark-like tool, not a CI step).
 *
 * Mutations (small, each alone): flip a comparison, `&&` ↔ `||`, drop a `.filter()` condition,
 * negate an `if`, return early (`if (…) return` always taken), `-` → `+`, `true` ↔ `false`, and
 * swap two values of one enum (`"russia"` ↔ `"ukraine"`). Candidates are found outside comments,
 * strings and regular expressions, sorted, and picked by a seeded shuffle: the same seed and
 * sources give the same mutants. Each mutant runs the tests (of `--tests`) whose module graph
 * holds the mutated file, with --fail-fast and without type checking, in a temporary copy of the repository (lib/, tests/,
 * data/, tools/, deno.json; node_modules symlinked; no ../shared, so tests needing it skip).
 * @module
 */

/** Unit tests that run in seconds and cover lib/ (no CLI, notebook, scale or browser tests). */
export const FAST_TESTS = [
  "actors",
  "check_notebook_outputs",
  "claims_format",
  "dates",
  "display",
  "export",
  "gap",
  "geo",
  "highlight",
  "hostile_errors",
  "hostile_html",
  "hostile_render",
  "load_articles",
  "places",
  "plot_articles",
  "plot_gap",
  "plot_lag",
  "plot_map",
  "plot_timeline",
  "progress",
  "regex_source",
  "report_data",
  "sentences",
  "summary",
  "tabulate",
].map((n) => `tests/${n}_test.ts`);

/**
 * Left out of the default targets: the extractor (being replaced) and the worker pool, whose
 * tests (tests/shard_test.ts, tests/breathe_test.ts) start workers and the CLI: too slow per mutant.
 */
const _NOT_DEFAULT = ["lib/extract", "lib/run"];

/** One mutation: replace `from` at `start` of `file` by `to`. */
export interface Mutant {
  file: string;
  start: number;
  from: string;
  to: string;
  kind: string;
  line: number;
}

const _ENUMS = [
  ["russia", "ukraine", "independent", "contested"],
  ["official", "mapping", "blogger", "media", "commenter"],
  ["captured", "advancing", "encircled", "holding", "repelled", "denied", "recaptured"],
  ["north", "south", "east", "west", "centre"],
];

/**
 * `src` with comments, string/template contents and regular expression literals blanked (same
 * length), and the spans of plain string literals (without quotes).
 */
export function _mask(src: string): { code: string; strings: [number, number][] } {
  const out = src.split("");
  const strings: [number, number][] = [];
  const blank = (a: number, b: number) => {
    for (let k = a; k < b; k++) if (out[k] !== "\n") out[k] = " ";
  };
  let i = 0;
  let prev = ""; // last significant code character, to tell a regex from a division
  while (i < src.length) {
    const c = src[i];
    if (c === "/" && src[i + 1] === "/") {
      const e = src.indexOf("\n", i);
      const end = e < 0 ? src.length : e;
      blank(i, end);
      i = end;
    } else if (c === "/" && src[i + 1] === "*") {
      const end = src.indexOf("*/", i + 2) + 2;
      blank(i, end);
      i = end;
    } else if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === "\\" ? 2 : 1;
      if (c !== "`") strings.push([i + 1, j]);
      blank(i + 1, j);
      i = j + 1;
      prev = c;
    } else if (c === "/" && (prev === "" || /[(,=:[!&|?{};]/.test(prev))) {
      let j = i + 1;
      let cls = false;
      while (j < src.length && (cls || src[j] !== "/") && src[j] !== "\n") {
        if (src[j] === "\\") j++;
        else if (src[j] === "[") cls = true;
        else if (src[j] === "]") cls = false;
        j++;
      }
      blank(i + 1, j);
      i = j + 1;
      prev = "/";
    } else {
      if (!/\s/.test(c)) prev = c;
      i++;
    }
  }
  return { code: out.join(""), strings };
}

/** The index just past the parenthesis closing the one at `open` in masked code. */
function _close(code: string, open: number): number {
  let depth = 0;
  for (let k = open; k < code.length; k++) {
    if (code[k] === "(") depth++;
    else if (code[k] === ")" && --depth === 0) return k + 1;
  }
  return -1;
}

/** Every mutation candidate of one file, in source order. */
export function _candidates(file: string, src: string): Mutant[] {
  const { code, strings } = _mask(src);
  const out: Mutant[] = [];
  const lineAt = (p: number) => src.slice(0, p).split("\n").length;
  const add = (start: number, from: string, to: string, kind: string) =>
    out.push({ file, start, from, to, kind, line: lineAt(start) });
  const flips: Record<string, string> = {
    " <= ": " > ",
    " >= ": " < ",
    " < ": " >= ",
    " > ": " <= ",
    " === ": " !== ",
    " !== ": " === ",
    " && ": " || ",
    " || ": " && ",
    " - ": " + ",
  };
  for (const m of code.matchAll(/ (?:<=|>=|<|>|===|!==|&&|\|\||-) /g)) {
    const kind = m[0].trim() === "-"
      ? "invert sign"
      : /&|\|/.test(m[0])
      ? "swap and/or"
      : "flip comparison";
    add(m.index!, m[0], flips[m[0]], kind);
  }
  for (const m of code.matchAll(/\b(true|false)\b/g)) {
    add(m.index!, m[0], m[0] === "true" ? "false" : "true", "flip boolean");
  }
  for (const m of code.matchAll(/\.filter\(\(?\w*(?:, \w+)?\)? => /g)) {
    const open = m.index! + 7;
    const end = _close(code, open);
    const body = m.index! + m[0].length;
    if (end > body) add(body, src.slice(body, end - 1), "true", "drop filter condition");
  }
  for (const m of code.matchAll(/\bif \(/g)) {
    const open = m.index! + 3;
    const end = _close(code, open);
    if (end < 0) continue;
    const cond = src.slice(open, end);
    add(open, cond, `(!${cond})`, "negate if");
    if (/^\s*return\b/.test(code.slice(end))) add(open, cond, "(true)", "return early");
  }
  for (const [a, b] of strings) {
    const v = src.slice(a, b);
    const e = _ENUMS.find((g) => g.includes(v));
    if (!e) continue;
    const other = e[(e.indexOf(v) + 1) % e.length];
    add(a, v, other, "swap enum value");
  }
  return out;
}

/** A seeded PRNG (mulberry32): the same seed, the same sequence. */
function _random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` of `all`, chosen by a seeded shuffle (deterministic for the same seed and candidates). */
export function _pick(all: readonly Mutant[], n: number, seed: number): Mutant[] {
  const xs = [...all];
  const r = _random(seed);
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs.slice(0, n).sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
}

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

/** Runs the tests in `dir`; "pass", "fail" or "timeout". */
async function _run(dir: string, tests: string[], timeoutS: number): Promise<string> {
  const child = new Deno.Command(`${dir}/node_modules/.bin/deno`, {
    args: ["test", "-A", "--no-check", "--fail-fast", ...tests],
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

/** For each test file, the lib/ files of its module graph (`deno info --json`). */
async function _graphs(root: string, tests: string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  for (const t of tests) {
    const r = await new Deno.Command(`${root}/node_modules/.bin/deno`, {
      args: ["info", "--json", t],
      cwd: root,
      stdout: "piped",
      stderr: "null",
    }).output();
    const info = JSON.parse(new TextDecoder().decode(r.stdout)) as {
      modules: { specifier: string }[];
    };
    const prefix = `file://${root}/`;
    out.set(
      t,
      new Set(
        info.modules.map((m) => m.specifier).filter((s) => s.startsWith(prefix))
          .map((s) => s.slice(prefix.length)),
      ),
    );
  }
  return out;
}

async function _main(args: string[]): Promise<void> {
  const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
  const n = Number(_arg(args, "--n", "100"));
  const seed = Number(_arg(args, "--seed", "1"));
  const timeoutS = Number(_arg(args, "--timeout", "120"));
  const tests = _arg(args, "--tests", FAST_TESTS.join(" ")).split(/\s+/).filter(Boolean);
  const files = _arg(args, "--files", "").split(",").filter(Boolean);
  if (!files.length) {
    const walk = async (rel: string): Promise<void> => {
      for await (const e of Deno.readDir(`${root}/${rel}`)) {
        const path = `${rel}/${e.name}`;
        if (e.isDirectory && !_NOT_DEFAULT.includes(path)) await walk(path);
        else if (e.isFile && e.name.endsWith(".ts")) files.push(path);
      }
    };
    await walk("lib");
  }
  files.sort();
  const sources = new Map<string, string>();
  const all: Mutant[] = [];
  for (const f of files) {
    sources.set(f, await Deno.readTextFile(`${root}/${f}`));
    all.push(..._candidates(f, sources.get(f)!));
  }
  const chosen = _pick(all, n, seed);
  console.log(
    `mutants: ${chosen.length} of ${all.length} candidates in ${files.length} files (seed ${seed})`,
  );
  if (args.includes("--list")) {
    for (const m of chosen) console.log(`${m.file}:${m.line} ${m.kind}: ${m.from} -> ${m.to}`);
    return;
  }
  const tmp = await Deno.makeTempDir({ prefix: "claimgap-mutants-" });
  const dir = `${tmp}/repo`;
  try {
    for (const d of ["lib", "tests", "data", "tools"]) await _copy(`${root}/${d}`, `${dir}/${d}`);
    await Deno.copyFile(`${root}/deno.json`, `${dir}/deno.json`);
    await Deno.symlink(await Deno.realPath(`${root}/node_modules`), `${dir}/node_modules`);
    const t0 = performance.now();
    const base = await _run(dir, tests, timeoutS * 3);
    if (base !== "pass") throw new Error(`the tests do not pass unmutated (${base})`);
    console.log(`baseline: the tests pass in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // each mutant runs the tests whose module graph holds its file
    const graphs = await _graphs(root, tests);
    const survivors: Mutant[] = [];
    let killed = 0;
    for (const [i, m] of chosen.entries()) {
      const src = sources.get(m.file)!;
      await Deno.writeTextFile(
        `${dir}/${m.file}`,
        src.slice(0, m.start) + m.to + src.slice(m.start + m.from.length),
      );
      const mine = tests.filter((t) => graphs.get(t)!.has(m.file));
      const r = mine.length ? await _run(dir, mine, timeoutS) : "pass";
      await Deno.writeTextFile(`${dir}/${m.file}`, src);
      if (r === "pass") survivors.push(m);
      else killed++;
      console.log(
        `${i + 1}/${chosen.length} ${
          r === "pass" ? "SURVIVED" : r === "timeout" ? "timeout (killed)" : "killed"
        }  ${m.file}:${m.line} ${m.kind}`,
      );
    }
    const share = chosen.length ? killed / chosen.length : 1;
    console.log(`\nkilled ${killed} of ${chosen.length} (${(share * 100).toFixed(1)}%)`);
    if (survivors.length) console.log("survivors:");
    for (const m of survivors) {
      console.log(
        `  ${m.file}:${m.line} ${m.kind}: ${JSON.stringify(m.from)} -> ${JSON.stringify(m.to)}`,
      );
    }
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
}

if (import.meta.main) await _main(Deno.args);
