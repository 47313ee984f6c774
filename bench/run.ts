/**
 * The benchmark table: throughput and memory of load+extract at archive scale, gap and chart
 * times for 100k claims, notebook and report wall times. Every figure is measured in a fresh
 * child process (`bench/_measure.ts`), so peak RSS is that stage's own.
 *
 * ```sh
 * deno task bench                       # sizes 1k,10k
 * deno task bench --sizes 1k,10k,50k    # the full table (50k ≈ 260 MB of generated articles)
 * deno task bench --sizes 1k --no-notebooks --claims 20000
 * ```
 *
 * Flags: `--sizes` (article counts, `k` = 1000), `--seed` (corpus seed, default 1), `--workers`
 * (all-cores run, default `navigator.hardwareConcurrency`), `--claims` (for gap and charts,
 * default 100000), `--dir` (where generated corpora are kept and reused, default
 * `/tmp/claimgap-bench`), `--no-serial` (skip the hold-everything reference run),
 * `--no-notebooks`, `--no-gap`, `--no-charts`, `--no-report` (skip timing `tools/report.sh`),
 * `--profile` (CPU-profile each stage and print the top costs: load+extract as the table's
 * "stream, 1 core" row, on the first size, at most 1k articles; gap and charts unless skipped),
 * `--json FILE` (also write the figures as JSON).
 *
 * @module
 */
import { parseArgs } from "node:util";
import { CORPUS_FORMATS, parsePlacesCsv, writeCorpus } from "./_corpus.ts";
import { exists, PLACES_CSV } from "./_claims.ts";
import { summariseProfile } from "./profile_top.ts";

const ROOT = new URL("../", import.meta.url).pathname.replace(/\/$/, "");
const DENO = Deno.execPath();
// deno-lint-ignore no-control-regex -- strips colour codes from a child's error output
const _ANSI = /\x1b\[[0-9;]*m/g;

/** Articles in the corpus `--profile` runs load+extract on (the first size, at most this). */
const PROFILE_ARTICLES = 1000;

/** Parse `1k,10k,50k` → [1000, 10000, 50000]. */
export function parseSizes(s: string): number[] {
  return s.split(",").map((x) => x.trim()).filter(Boolean).map((x) => {
    const m = /^(\d+(?:\.\d+)?)([kK]?)$/.exec(x);
    if (!m) {
      throw new TypeError(`--sizes: expected numbers like 1k,10k,50k, found ${JSON.stringify(x)}`);
    }
    const n = Math.round(Number(m[1]) * (m[2] ? 1000 : 1));
    if (n < 1) throw new RangeError(`--sizes: expected sizes >= 1, found ${x}`);
    return n;
  });
}

function _label(n: number): string {
  return n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

async function _child(
  args: string[],
  denoFlags: string[] = [],
): Promise<{ json: Record<string, unknown>; wallMs: number; error?: string }> {
  const t0 = performance.now();
  const out = await new Deno.Command(DENO, {
    args: ["run", "-A", ...denoFlags, `${ROOT}/bench/_measure.ts`, ...args],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
    env: { CI: "true" },
  }).output();
  const wallMs = performance.now() - t0;
  const stdout = new TextDecoder().decode(out.stdout).trim().split("\n").pop() ?? "";
  if (!out.success) {
    const err = new TextDecoder().decode(out.stderr).trim().replace(_ANSI, "");
    const first = err.split("\n").find((l) => /error/i.test(l)) ?? err.split("\n")[0] ?? "";
    console.error(
      `bench: child ${args.join(" ")} failed:\n${err.split("\n").slice(0, 12).join("\n")}`,
    );
    return { json: {}, wallMs, error: first.slice(0, 160) };
  }
  return { json: JSON.parse(stdout), wallMs };
}

async function _corpus(
  dir: string,
  n: number,
  seed: number,
): Promise<{ path: string; bytes: number }> {
  const places = exists(PLACES_CSV)
    ? parsePlacesCsv(await Deno.readTextFile(PLACES_CSV), PLACES_CSV)
    : null;
  const tag = `n${n}-s${seed}-p${places?.length ?? 0}`;
  const path = `${dir}/corpus-${tag}`;
  if (exists(`${path}.complete`)) {
    return { path, bytes: JSON.parse(await Deno.readTextFile(`${path}.complete`)).bytes };
  }
  await Deno.remove(path, { recursive: true }).catch(() => {});
  const t0 = performance.now();
  const r = await writeCorpus(path, n, {
    seed,
    formats: CORPUS_FORMATS,
    places: places ?? undefined,
  });
  await Deno.writeTextFile(`${path}.complete`, JSON.stringify(r));
  console.error(
    `bench: generated ${r.articles} articles, ${(r.bytes / 1e6).toFixed(1)} MB in ${
      ((performance.now() - t0) / 1000).toFixed(1)
    } s → ${path}`,
  );
  return { path, bytes: r.bytes };
}

function _f(x: unknown, digits = 1): string {
  return typeof x === "number" && Number.isFinite(x) ? x.toFixed(digits) : "–";
}

/** The machine, for the README. */
export async function machine(): Promise<string> {
  let cpu = "unknown CPU";
  let mem = "";
  try {
    const info = await Deno.readTextFile("/proc/cpuinfo");
    cpu = /model name\s*:\s*(.+)/.exec(info)?.[1]?.trim() ?? cpu;
  } catch { /* not Linux */ }
  try {
    const m = /MemTotal:\s+(\d+)/.exec(await Deno.readTextFile("/proc/meminfo"));
    if (m) mem = `${(Number(m[1]) / 1024 / 1024).toFixed(0)} GB RAM`;
  } catch { /* not Linux */ }
  return `${navigator.hardwareConcurrency} cores (${cpu}), ${mem}, ${Deno.build.os}/${Deno.build.arch}, Deno ${Deno.version.deno}`;
}

async function _notebooks(outDir: string, report: boolean): Promise<
  | {
    per: Record<string, number>;
    runnerTotal: number | null;
    wallMs: number;
    reportMs: number | null;
  }
  | { skipped: string }
> {
  const py = `${ROOT}/.venv/bin/python`;
  const runner = `${ROOT}/tools/run_notebooks.py`;
  if (!exists(py) || !exists(runner)) return { skipped: "no .venv or tools/run_notebooks.py" };
  await Deno.remove(outDir, { recursive: true }).catch(() => {});
  const t0 = performance.now();
  const r = await new Deno.Command(py, {
    args: [runner, "--out", outDir],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const wallMs = performance.now() - t0;
  if (!r.success) {
    const err = new TextDecoder().decode(r.stderr).trim().split("\n").slice(-8).join("\n");
    return { skipped: `runner failed: ${err}` };
  }
  const per: Record<string, number> = {};
  let runnerTotal: number | null = null;
  try {
    const t = JSON.parse(await Deno.readTextFile(`${outDir}/timings.json`));
    runnerTotal = typeof t.total_seconds === "number" ? t.total_seconds : null;
    for (const nb of (t.notebooks ?? []) as { notebook: string; seconds: number }[]) {
      per[nb.notebook] = nb.seconds;
    }
  } catch { /* no timings */ }
  let reportMs: number | null = null;
  if (report && exists(`${ROOT}/tools/report.sh`)) {
    const t1 = performance.now();
    const rr = await new Deno.Command("bash", {
      args: [`${ROOT}/tools/report.sh`],
      cwd: ROOT,
      stdout: "piped",
      stderr: "piped",
    }).output();
    reportMs = rr.success ? performance.now() - t1 : null;
  }
  return { per, runnerTotal, wallMs, reportMs };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      sizes: { type: "string", default: "1k,10k" },
      seed: { type: "string", default: "1" },
      workers: { type: "string", default: String(navigator.hardwareConcurrency || 1) },
      claims: { type: "string", default: "100000" },
      dir: { type: "string", default: "/tmp/claimgap-bench" },
      json: { type: "string" },
      "no-serial": { type: "boolean", default: false },
      "no-notebooks": { type: "boolean", default: false },
      "no-gap": { type: "boolean", default: false },
      "no-charts": { type: "boolean", default: false },
      "no-report": { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
    },
  });
  const sizes = parseSizes(values.sizes);
  const seed = Number(values.seed);
  const workers = Number(values.workers);
  const nClaims = Number(values.claims);
  await Deno.mkdir(values.dir, { recursive: true });
  const figures: Record<string, unknown> = { machine: await machine(), sizes, seed, workers };
  const lines: string[] = [];
  const say = (s = "") => {
    lines.push(s);
    console.log(s);
  };
  say(`Machine: ${figures.machine}`);
  const load = () => {
    try {
      return Deno.readTextFileSync("/proc/loadavg").split(" ").slice(0, 3).join(" ");
    } catch {
      return "n/a";
    }
  };
  say(`Load average at start: ${load()} (1/5/15 min)`);
  say(`Corpus: generated by tools/gen_corpus.ts (seed ${seed}, all formats, ~5 KB/article)`);
  say();
  say("| articles | MB | run | workers | s | articles/s | MB/s | claims | peak RSS MB |");
  say("|---:|---:|---|---:|---:|---:|---:|---:|---:|");
  const runs: Record<string, unknown>[] = [];
  for (const n of sizes) {
    const { path: dir, bytes: corpusBytes } = await _corpus(values.dir, n, seed);
    const plan: [string, string[]][] = [
      // As the claims command runs: records streamed out as JSON Lines, written by the workers.
      ["stream, 1 core", ["stream", "--input", dir, "--workers", "0", "--lines", "jsonl"]],
      [`stream, ${workers} workers`, [
        "stream",
        "--input",
        dir,
        "--workers",
        String(workers),
        "--lines",
        "jsonl",
      ]],
    ];
    if (!values["no-serial"] && n <= 10_000) {
      plan.push(["loadArticles+extractClaims (all in memory)", ["serial", "--input", dir]]);
    }
    for (const [label, args] of plan) {
      const { json, wallMs, error } = await _child(args);
      if (error) {
        runs.push({ n, label, error });
        say(`| ${_label(n)} | – | ${label} | – | failed: ${error} | | | | |`);
        continue;
      }
      const s = (json.ms as number) / 1000;
      const mb = corpusBytes / 1e6;
      runs.push({ n, label, wall_ms: wallMs, corpus_bytes: corpusBytes, ...json });
      say(
        `| ${_label(n)} | ${_f(mb)} | ${label} | ${
          args.includes("--workers") ? args[args.indexOf("--workers") + 1] : "0"
        } | ${_f(s, 2)} | ${_f((json.articles as number) / s, 0)} | ${
          _f(mb / s)
        } | ${json.claims} | ${_f(json.peak_rss_mb, 0)} |`,
      );
    }
  }
  figures.load_extract = runs;

  if (!values["no-gap"]) {
    say();
    const { json, error } = await _child(["gap", "--claims", String(nClaims)]);
    figures.gap = error ? { error } : json;
    if (error) say(`Gap: failed: ${error}`);
    else if (json.skipped && json.gap_map_ms === undefined) {
      say(
        `Gap (${nClaims} claims): skipped (${json.skipped}); text-only gap ${
          _f(json.text_ms, 0)
        } ms`,
      );
    } else {
      say(
        `Gap, ${nClaims} claims (${json.places} places from ${json.places_from}) vs DeepState (${json.snapshots} snapshots):`,
      );
      say(
        `  load series ${_f(json.load_mapping_ms, 0)} ms + gap ${_f(json.gap_map_ms, 0)} ms = ${
          _f(json.total_ms, 0)
        } ms (warm cache ${_f(json.gap_map_warm_ms, 0)} ms; text-only ${_f(json.text_ms, 0)} ms; ` +
          `confirmation lag ${_f(json.lag_ms, 0)} ms); peak RSS ${_f(json.peak_rss_mb, 0)} MB`,
      );
    }
  }
  if (!values["no-charts"]) {
    say();
    const { json, error } = await _child(["charts", "--claims", String(nClaims)]);
    figures.charts = error ? { error } : json;
    if (error) say(`Tabulate + plot: failed: ${error}`);
    else {
      say(
        `Tabulate + plot, ${nClaims} claims: total ${_f(json.total_ms, 0)} ms, peak RSS ${
          _f(json.peak_rss_mb, 0)
        } MB`,
      );
      const parts = Object.entries(json)
        .filter(([k]) => k.endsWith("_ms") && !["total_ms", "process_ms"].includes(k))
        .map(([k, v]) => `${k.replace(/_ms$/, "")} ${_f(v, 0)} ms`);
      say(`  ${parts.join(", ")}`);
    }
  }
  {
    say();
    const { json, wallMs, error } = await _child(["coldstart"]);
    figures.coldstart = error ? { error } : { ...json, wall_ms: wallMs };
    if (error) say(`Cold start: failed: ${error}`);
    else {
      say(
        `Cold start (fresh process): import lib/mod.ts ${_f(json.import_mod_ms, 0)} ms (RSS ${
          _f(json.rss_after_import_mb, 0)
        } MB); first danfojs import ${_f(json.danfo_first_import_ms, 0)} ms (RSS ${
          _f(json.rss_after_danfo_mb, 0)
        } MB); load the 5 sample articles ${_f(json.load_sample_ms, 0)} ms; process wall ${
          _f(wallMs, 0)
        } ms`,
      );
    }
  }
  if (!values["no-notebooks"]) {
    say();
    const nb = await _notebooks(`${values.dir}/notebooks-out`, !values["no-report"]);
    figures.notebooks = nb;
    if ("skipped" in nb) say(`Notebooks: skipped (${nb.skipped})`);
    else {
      const per = Object.entries(nb.per).map(([k, v]) => `${k} ${_f(v, 1)} s`).join(", ");
      say(`Notebooks, each from a fresh kernel: ${per || "(no timings.json)"}`);
      say(
        `  runner, all notebooks: ${_f(nb.runnerTotal, 1)} s (runner's own total), ${
          _f(nb.wallMs / 1000, 1)
        } s wall with Python start-up`,
      );
      if (!values["no-report"]) {
        say(
          `  whole report (tools/report.sh): ${
            nb.reportMs === null ? "not run or failed" : `${_f(nb.reportMs / 1000, 1)} s wall`
          }`,
        );
      }
    }
  }
  if (values.profile) {
    // Where a target is missed, profile that stage and print the top costs. Load+extract is
    // profiled as the table's "stream, 1 core" row runs it, on the first size (at most 1k).
    const small = await _corpus(values.dir, Math.min(PROFILE_ARTICLES, sizes[0]), seed);
    const jobs: [string, string[]][] = [
      ["load+extract, 1 core", [
        "stream",
        "--input",
        small.path,
        "--workers",
        "0",
        "--lines",
        "jsonl",
      ]],
    ];
    if (!values["no-gap"]) jobs.push(["gap", ["gap", "--claims", String(nClaims)]]);
    if (!values["no-charts"]) {
      jobs.push(["tabulate + plot", ["charts", "--claims", String(Math.min(nClaims, 20_000))]]);
    }
    for (const [label, args] of jobs) {
      const dir = await Deno.makeTempDir({ prefix: "claimgap-prof-" });
      await _child(args, ["--cpu-prof", `--cpu-prof-dir=${dir}`]);
      const file = [...Deno.readDirSync(dir)].find((e) => e.name.endsWith(".cpuprofile"));
      if (file) {
        const prof = summariseProfile(JSON.parse(await Deno.readTextFile(`${dir}/${file.name}`)));
        say();
        say(`Profile, ${label} (${args.join(" ").replace(values.dir, "…")}): top self time`);
        for (const r of prof.self.slice(0, 10)) {
          say(
            `  ${_f(r.ms, 0).padStart(6)} ms ${_f(r.pct, 1).padStart(5)}%  ${r.fn.slice(0, 110)}`,
          );
        }
        say("  project functions, total time:");
        for (
          const r of prof.inclusive.filter((r) => / (lib)\//.test(r.fn)).slice(0, 8)
        ) {
          say(
            `  ${_f(r.ms, 0).padStart(6)} ms ${_f(r.pct, 1).padStart(5)}%  ${r.fn.slice(0, 110)}`,
          );
        }
      }
      await Deno.remove(dir, { recursive: true });
    }
  }
  say();
  say(`Load average at end: ${load()} (1/5/15 min)`);
  if (values.json) await Deno.writeTextFile(values.json, JSON.stringify(figures, null, 2) + "\n");
  return 0;
}

if (import.meta.main) Deno.exit(await main());
