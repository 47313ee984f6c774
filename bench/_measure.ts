/**
 * One measurement in a fresh process (so peak RSS is this stage's alone), printed as one JSON
 * line on stdout. Used by `bench/run.ts`; also handy by hand:
 *
 * ```sh
 * deno run -A bench/_measure.ts stream  --input DIR --workers 0   # load+extract, streaming
 *                                          [--chunk N]                # files per worker task
 *                                          [--lines jsonl|csv]        # workers serialise records
 * deno run -A bench/_measure.ts serial  --input DIR               # loadArticles + extractClaims
 * deno run -A bench/_measure.ts gap     --claims 100000           # gap vs the DeepState series
 * deno run -A bench/_measure.ts charts  --claims 100000           # tabulate + plot
 * ```
 *
 * `stream` and `serial` also print `main_cpu_ms` (this thread's time on a CPU) and `cpu_ms`
 * (all threads: JIT compilers, GC): on a busy machine these compare runs where wall time cannot.
 * @module
 */
import { parseArgs } from "node:util";

/** Peak resident set size of this process in MB (Linux `VmHWM`), or null elsewhere. */
export function peakRssMB(): number | null {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(Deno.readTextFileSync("/proc/self/status"));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * CPU time in ms: `thread` is this thread's time on a CPU (Linux `schedstat`, nanoseconds),
 * `process` all threads' user + system time (`/proc/self/stat`, clock ticks, taken as 1/100 s);
 * null elsewhere. Unlike wall time, neither counts waiting for a CPU that other processes hold,
 * so they compare runs on a busy machine.
 */
export function cpuMs(): { thread: number | null; process: number | null } {
  let thread: number | null = null;
  let proc: number | null = null;
  try {
    thread = Number(Deno.readTextFileSync("/proc/thread-self/schedstat").split(" ")[0]) / 1e6;
  } catch { /* not Linux */ }
  try {
    // fields after the command name (which may hold spaces): utime and stime are 12th and 13th
    const f = Deno.readTextFileSync("/proc/self/stat").split(") ")[1].split(" ");
    proc = (Number(f[11]) + Number(f[12])) * 10;
  } catch { /* not Linux */ }
  return {
    thread: thread === null || !Number.isFinite(thread) ? null : thread,
    process: proc === null || !Number.isFinite(proc) ? null : proc,
  };
}

/** CPU ms since `c0` (see {@link cpuMs}), rounded, as the result fields `main_cpu_ms`, `cpu_ms`. */
function _cpuSince(
  c0: ReturnType<typeof cpuMs>,
): { main_cpu_ms: number | null; cpu_ms: number | null } {
  const c = cpuMs();
  const d = (a: number | null, b: number | null) =>
    a === null || b === null ? null : Math.round(a - b);
  return { main_cpu_ms: d(c.thread, c0.thread), cpu_ms: d(c.process, c0.process) };
}

function _ms(t0: number): number {
  return Math.round((performance.now() - t0) * 10) / 10;
}

async function stream(
  input: string,
  workers: number,
  chunkSize?: number,
  lines?: "jsonl" | "csv",
): Promise<Record<string, unknown>> {
  const { extractParallelStream } = await import("../lib/run/extract_parallel.ts");
  const t0 = performance.now();
  const c0 = cpuMs();
  let files = 0, articles = 0, claims = 0, bytes = 0, out = 0, skipped = 0;
  const enc = new TextEncoder();
  for await (const r of extractParallelStream(input, { workers, chunkSize, lines })) {
    files++;
    bytes += r.bytes;
    for (const e of r.entries) {
      articles += e.articles.length;
      if (e.action === "skipped") skipped++;
    }
    claims += r.claims.length + (r.lines?.length ?? 0);
    // One JSON line per record; with --lines, the lines the workers wrote (as the claims command).
    for (const c of r.claims) out += enc.encode(JSON.stringify(c)).length + 1;
    for (const l of r.lines ?? []) out += enc.encode(l).length + 1;
  }
  return {
    mode: "stream",
    workers,
    ...(lines ? { lines } : {}),
    files,
    articles,
    skipped,
    claims,
    bytes,
    jsonl_bytes: out,
    ms: _ms(t0),
    ..._cpuSince(c0),
  };
}

async function serial(input: string): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  const c0 = cpuMs();
  const { loadArticles } = await import("../lib/load/load_articles.ts");
  const { extractClaims } = await import("../lib/extract/mod.ts");
  const { articles, report } = await loadArticles(input);
  const tLoad = _ms(t0);
  const claims = extractClaims(articles);
  let bytes = 0;
  for (const a of articles) bytes += a.text.length;
  return {
    mode: "serial",
    files: report.entries.length,
    articles: articles.length,
    claims: claims.length,
    text_chars: bytes,
    load_ms: tLoad,
    ms: _ms(t0),
    ..._cpuSince(c0),
  };
}

async function gapRun(n: number): Promise<Record<string, unknown>> {
  const { benchPlaces, syntheticClaims, DEEPSTATE_DIR, exists } = await import("./_claims.ts");
  const { gap } = await import("../lib/gap/gap.ts");
  const { confirmationLag } = await import("../lib/gap/lag.ts");
  const { loadMappingData } = await import("../lib/gap/mapping_data.ts");
  const bp = await benchPlaces();
  if (!bp) {
    return { mode: "gap", skipped: "no place table (data/places.csv or reference gazetteer)" };
  }
  const claims = syntheticClaims(n, bp.places.map((p) => p.name));
  let t = performance.now();
  const text = gap(claims);
  const textMs = _ms(t);
  if (!exists(DEEPSTATE_DIR)) {
    return {
      mode: "gap",
      claims: n,
      rows: text.length,
      text_ms: textMs,
      skipped: "no DeepState series",
    };
  }
  t = performance.now();
  const mapping = await loadMappingData(DEEPSTATE_DIR);
  const loadMs = _ms(t);
  t = performance.now();
  const rows = gap(claims, { mapping, places: bp.places });
  const gapMs = _ms(t);
  t = performance.now();
  const rows2 = gap(claims, { mapping, places: bp.places });
  const warmMs = _ms(t);
  let lagMs: number | null = null;
  if (typeof confirmationLag === "function") {
    t = performance.now();
    confirmationLag(claims, mapping, bp.places);
    lagMs = _ms(t);
  }
  return {
    mode: "gap",
    claims: n,
    places: bp.places.length,
    places_from: bp.from,
    snapshots: mapping.snapshots.length,
    rows: rows.length,
    assessed_map: rows.filter((r) => r.assessed_map !== null).length,
    same_again: rows2.length === rows.length,
    text_ms: textMs,
    load_mapping_ms: loadMs,
    gap_map_ms: gapMs,
    gap_map_warm_ms: warmMs,
    lag_ms: lagMs,
    total_ms: Math.round((loadMs + gapMs) * 10) / 10,
  };
}

async function charts(n: number, which: string[]): Promise<Record<string, unknown>> {
  const { benchPlaces, syntheticClaims } = await import("./_claims.ts");
  const bp = await benchPlaces();
  const names = bp ? bp.places.map((p) => p.name) : ["Pokrovsk", "Myrnohrad", "Kupiansk"];
  const claims = syntheticClaims(n, names);
  const out: Record<string, unknown> = { mode: "charts", claims: n };
  const time = async (label: string, f: () => unknown) => {
    const t = performance.now();
    const r = await f();
    out[`${label}_ms`] = _ms(t);
    if (typeof r === "string") out[`${label}_bytes`] = r.length;
    return r;
  };
  const t0 = performance.now();
  let tableMs = 0;
  if (which.includes("tabulate")) {
    const { claimsTableRows, claimsFrame } = await import("../lib/tables/tabulate.ts");
    const t = performance.now();
    for (const k of ["side-date", "place-side", "claimant"] as const) {
      await time(`rows_${k}`, () => claimsTableRows(claims, k));
    }
    await time("frame_first", () => claimsFrame(claims, "side-date"));
    await time("frame_warm", () => claimsFrame(claims, "place-side"));
    tableMs = performance.now() - t;
  }
  const { gap } = await import("../lib/gap/gap.ts");
  const rows = gap(claims);
  const tPlots = performance.now();
  if (which.includes("timeline")) {
    const { plotTimeline } = await import("../lib/plots/plot_timeline.ts");
    await time("timeline", () => plotTimeline(claims));
  }
  if (which.includes("gapchart")) {
    const { plotGap } = await import("../lib/plots/plot_gap.ts");
    await time("gapchart", () => plotGap(rows));
  }
  if (which.includes("map") && bp) {
    const { plotMap, mapPoints } = await import("../lib/plots/plot_map.ts");
    const coords = bp.places.map((p) => ({ place: p.name, lon: p.lon, lat: p.lat }));
    await time("map", () => plotMap(mapPoints(rows, coords).points));
  }
  if (which.includes("lag")) {
    try {
      const mod = await import("../lib/plots/plot_lag.ts") as Record<string, unknown>;
      const fn = Object.entries(mod).find(([k, v]) => /^plot/.test(k) && typeof v === "function");
      if (fn) await time("lag", () => (fn[1] as (r: unknown[]) => string)([]));
    } catch { /* optional */ }
  }
  out.plots_ms = _ms(tPlots);
  out.tabulate_ms = Math.round(tableMs * 10) / 10;
  out.total_ms = _ms(t0);
  return out;
}

/** Cold start of a notebook: importing the kit, then the first danfojs import. */
async function coldstart(): Promise<Record<string, unknown>> {
  let t = performance.now();
  const mod = await import("../lib/mod.ts");
  const importMs = _ms(t);
  const out: Record<string, unknown> = { mode: "coldstart", import_mod_ms: importMs };
  out.rss_after_import_mb = peakRssMB();
  t = performance.now();
  const { _loadDanfo } = await import("../lib/tables/tabulate.ts");
  await _loadDanfo();
  out.danfo_first_import_ms = _ms(t);
  out.rss_after_danfo_mb = peakRssMB();
  t = performance.now();
  await mod.loadArticles(new URL("../data/articles", import.meta.url).pathname);
  out.load_sample_ms = _ms(t);
  return out;
}

if (import.meta.main) {
  const { positionals, values } = parseArgs({
    args: Deno.args,
    allowPositionals: true,
    options: {
      input: { type: "string" },
      workers: { type: "string", default: String(navigator.hardwareConcurrency || 1) },
      chunk: { type: "string" },
      lines: { type: "string" },
      claims: { type: "string", default: "100000" },
      only: { type: "string", default: "tabulate,timeline,gapchart,map" },
    },
  });
  const mode = positionals[0];
  const t0 = performance.now();
  let r: Record<string, unknown>;
  switch (mode) {
    case "stream":
      r = await stream(
        values.input!,
        Number(values.workers),
        values.chunk === undefined ? undefined : Number(values.chunk),
        values.lines as "jsonl" | "csv" | undefined,
      );
      break;
    case "serial":
      r = await serial(values.input!);
      break;
    case "gap":
      r = await gapRun(Number(values.claims));
      break;
    case "coldstart":
      r = await coldstart();
      break;
    case "charts":
      r = await charts(Number(values.claims), values.only.split(","));
      break;
    default:
      console.error(
        "usage: _measure.ts stream|serial|gap|charts|coldstart [--input DIR] [--workers N] [--chunk N] [--lines jsonl|csv]",
      );
      Deno.exit(2);
  }
  r.process_ms = _ms(t0);
  r.peak_rss_mb = peakRssMB();
  console.log(JSON.stringify(r));
}
