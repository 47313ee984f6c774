/**
 * A terminal progress bar for long loads and extractions, on stderr by default.
 *
 * On a terminal it redraws one line in place (`\r` + erase-to-end), at most every `intervalMs`.
 * When the stream is not a terminal, or `CI=true` is set, it stays silent until
 * {@link ProgressBar.finish}, which writes one summary line (count, bytes, time, rates), so logs
 * stay clean.
 *
 * @example
 * ```ts
 * import { progressBar } from "../lib/mod.ts";
 * const bar = progressBar(paths.length, { label: "extract", unit: "files" });
 * for await (const r of extractParallelStream(paths)) bar.update(r.index + 1, { bytes: r.bytes });
 * bar.finish();
 * ```
 *
 * @module
 */
import { _describe, _number, _oneOf } from "../shared/_validate.ts";
import { _escapeHtml } from "../shared/_escape.ts";
import { outputsSent } from "./display.ts";

/** Where the bar is written: anything with `writeSync` (Deno.stderr, Deno.stdout, a test sink). */
export interface ProgressStream {
  writeSync(p: Uint8Array): number;
  isTerminal?(): boolean;
}

/** How the bar shows itself. `auto`: `bar` on a terminal outside CI, else `summary`. */
export type ProgressMode = "auto" | "bar" | "summary" | "silent";
export const PROGRESS_MODES: readonly ProgressMode[] = ["auto", "bar", "summary", "silent"];

export interface ProgressOptions {
  /** @default Deno.stderr */
  stream?: ProgressStream;
  /** Text before the bar and the summary. @default "progress" */
  label?: string;
  /** What is counted. @default "files" */
  unit?: string;
  /** @default "auto" */
  mode?: ProgressMode;
  /** Minimum milliseconds between redraws on a terminal. @default 100 */
  intervalMs?: number;
  /** Width of the bar in characters. @default 30 */
  width?: number;
  /** Clock in milliseconds (for tests). @default performance.now */
  now?: () => number;
  /** Running under CI (then `auto` never draws a bar). @default the `CI` environment variable */
  ci?: boolean;
}

/** Extra figures shown beside the count. */
export interface ProgressExtra {
  /** Bytes processed so far (gives MB and MB/s). */
  bytes?: number;
  /** Another running count to show, e.g. `{ claims: 1200 }`. */
  [counter: string]: number | undefined;
}

export interface ProgressBar {
  /** Set the number done (and optional running totals). Redraws when due. */
  update(done: number, extra?: ProgressExtra): void;
  /** Add `n` (default 1) to the number done. */
  tick(n?: number, extra?: ProgressExtra): void;
  /** End: clears the bar line and writes the summary line (in every mode but `silent`). */
  finish(note?: string): void;
  /** The summary line that `finish` writes (without newline). */
  summary(note?: string): string;
}

function _ciFromEnv(): boolean {
  try {
    const v = Deno.env.get("CI");
    return v !== undefined && v !== "" && v !== "0" && v.toLowerCase() !== "false";
  } catch {
    return false; // no --allow-env: treat as unset
  }
}

function _isTerminal(stream: ProgressStream): boolean {
  try {
    return typeof stream.isTerminal === "function" && stream.isTerminal();
  } catch {
    return false;
  }
}

function _fmtSeconds(s: number): string {
  if (!Number.isFinite(s)) return "?";
  if (s < 60) return `${s.toFixed(s < 10 ? 1 : 0)}s`;
  const m = Math.floor(s / 60);
  return `${m}m${String(Math.round(s - m * 60)).padStart(2, "0")}s`;
}

function _fmtMB(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** The extra counters (all but bytes) as "N name". */
function _counters(extra: ProgressExtra): string[] {
  return Object.entries(extra)
    .filter(([k, v]) => k !== "bytes" && typeof v === "number")
    .map(([k, v]) => `${v} ${k}`);
}

/** The bar's line after `elapsed` seconds: bar, share, count, rate, counters, eta or time. */
function _barLine(
  elapsed: number,
  done: number,
  total: number,
  width: number,
  label: string,
  unit: string,
  extra: ProgressExtra,
): string {
  const frac = total > 0 ? Math.min(1, done / total) : 1;
  const full = Math.round(frac * width);
  const bar = "█".repeat(full) + "░".repeat(width - full);
  const parts = [`${label} ${bar} ${Math.floor(frac * 100)}% ${done}/${total} ${unit}`];
  if (extra.bytes !== undefined && elapsed > 0) {
    parts.push(`${_fmtMB(extra.bytes)} ${(extra.bytes / 1e6 / elapsed).toFixed(1)} MB/s`);
  }
  parts.push(..._counters(extra));
  const eta = done > 0 && done < total ? ((total - done) * elapsed) / done : NaN;
  parts.push(done >= total ? _fmtSeconds(elapsed) : `eta ${_fmtSeconds(eta)}`);
  return parts.join("  ");
}

/** The summary line after `elapsed` seconds: count, bytes, counters, time and rates, note. */
function _summaryLine(
  elapsed: number,
  done: number,
  total: number,
  label: string,
  unit: string,
  extra: ProgressExtra,
  note?: string,
): string {
  const rate = elapsed > 0 ? done / elapsed : 0;
  let s = `${label}: ${done}/${total} ${unit}`;
  if (extra.bytes !== undefined) s += `, ${_fmtMB(extra.bytes)}`;
  for (const c of _counters(extra)) s += `, ${c}`;
  s += ` in ${elapsed.toFixed(1)} s (${rate.toFixed(0)} ${unit}/s`;
  if (extra.bytes !== undefined && elapsed > 0) {
    s += `, ${(extra.bytes / 1e6 / elapsed).toFixed(1)} MB/s`;
  }
  s += ")";
  if (note) s += ` ${note}`;
  return s;
}

/** A progress bar for `total` items (see the module doc for when it draws). */
export function progressBar(total: number, options: ProgressOptions = {}): ProgressBar {
  _number("progressBar: total", total, 0);
  const stream = options.stream ?? Deno.stderr;
  if (!stream || typeof stream.writeSync !== "function") {
    throw new TypeError(
      `progressBar: stream: expected an object with writeSync(), found ${_describe(stream)}`,
    );
  }
  const label = options.label ?? "progress";
  const unit = options.unit ?? "files";
  const requested = _oneOf("progressBar: mode", options.mode ?? "auto", PROGRESS_MODES);
  const interval = _number("progressBar: intervalMs", options.intervalMs ?? 100, 0);
  const width = _number("progressBar: width", options.width ?? 30, 1, 500);
  const now = options.now ?? (() => performance.now());
  const mode: Exclude<ProgressMode, "auto"> = requested !== "auto"
    ? requested
    : _isTerminal(stream) && !(options.ci ?? _ciFromEnv())
    ? "bar"
    : "summary";

  const enc = new TextEncoder();
  const write = (s: string) => {
    const data = enc.encode(s);
    let off = 0;
    while (off < data.length) off += stream.writeSync(data.subarray(off));
  };
  const t0 = now();
  let done = 0;
  let extra: ProgressExtra = {};
  let last = -Infinity;
  let drawn = false;
  let finished = false;

  const draw = (force: boolean) => {
    if (mode !== "bar" || finished) return;
    const t = now();
    if (!force && t - last < interval) return;
    last = t;
    drawn = true;
    write(`\r${_barLine((t - t0) / 1000, done, total, width, label, unit, extra)}\x1b[K`);
  };

  const summary = (note?: string): string =>
    _summaryLine((now() - t0) / 1000, done, total, label, unit, extra, note);

  const setExtra = (e?: ProgressExtra) => {
    if (e === undefined) return;
    if (e === null || typeof e !== "object") {
      throw new TypeError(
        `progressBar: extra: expected an object of numbers, found ${_describe(e)}`,
      );
    }
    extra = { ...extra, ...e };
  };

  return {
    update(n: number, e?: ProgressExtra) {
      _number("progressBar.update: done", n, 0);
      done = n;
      setExtra(e);
      draw(done >= total);
    },
    tick(n = 1, e?: ProgressExtra) {
      _number("progressBar.tick: n", n, 0);
      done += n;
      setExtra(e);
      draw(done >= total);
    },
    finish(note?: string) {
      if (finished) return;
      finished = true;
      if (mode === "silent") return;
      write((drawn ? "\r\x1b[K" : "") + summary(note) + "\n");
    },
    summary,
  };
}

/** Sends a Jupyter message on the kernel's iopub channel (`Deno.jupyter.broadcast`). */
export type JupyterBroadcast = (
  msgType: string,
  content: Record<string, unknown>,
) => Promise<void>;

/** Options of {@link progressHooks}. */
export interface ProgressHooksOptions extends ProgressOptions {
  /**
   * Where to show progress inside a Jupyter kernel: `true` (or a broadcast function, for tests)
   * shows an updating HTML display in the cell's output instead of the stderr bar; `false` keeps
   * the stderr bar/summary.
   * @default true inside `deno jupyter`, false elsewhere
   */
  jupyter?: boolean | JupyterBroadcast;
}

/** Callbacks that drive one progress display from `loadArticles` or `extractParallel` progress. */
export interface ProgressHooks {
  /** For `loadArticles(input, { onProgress })`: `(done, total, file)`. */
  load(done: number, total: number, file?: string): void;
  /** For `extractParallel(input, { onProgress })`: files, total, bytes and claims so far. */
  parallel(p: { files: number; total: number; bytes: number; claims: number }): void;
  /**
   * Close the display with the summary line (nothing when no progress was ever reported). In
   * Jupyter, await it so the last update is sent before the cell ends.
   */
  finish(note?: string): Promise<void>;
}

/** `Deno.jupyter.broadcast` when running inside `deno jupyter`, else null. */
export function _kernelBroadcast(): JupyterBroadcast | null {
  try {
    const j = (Deno as unknown as { jupyter?: { broadcast?: JupyterBroadcast } }).jupyter;
    return typeof j?.broadcast === "function" ? j.broadcast.bind(j) : null;
  } catch {
    return null; // Deno.jupyter throws outside the kernel
  }
}

let _displays = 0;

/** An updating HTML display in a Jupyter cell (`display_data`, then `update_display_data`). */
function _jupyterHooks(broadcast: JupyterBroadcast, options: ProgressOptions): ProgressHooks {
  const label = options.label ?? "progress";
  const unit = options.unit ?? "files";
  const interval = _number("progressHooks: intervalMs", options.intervalMs ?? 250, 0);
  const now = options.now ?? (() => performance.now());
  const id = `claimgap-progress-${Deno.pid}-${++_displays}`;
  const t0 = now();
  let shown = false;
  let last = -Infinity;
  let chain: Promise<void> = Promise.resolve();
  let state = {
    done: 0,
    total: 0,
    bytes: undefined as number | undefined,
    claims: undefined as number | undefined,
  };
  const send = (final: string | null) => {
    const { done, total, bytes, claims } = state;
    const parts = [`${done}/${total} ${unit}`];
    if (bytes !== undefined) parts.push(`${(bytes / 1e6).toFixed(1)} MB`);
    if (claims !== undefined) parts.push(`${claims} claims`);
    // Live updates show the time; the final state does not, so a saved notebook is the same
    // bytes on every run.
    if (final === null) parts.push(`${((now() - t0) / 1000).toFixed(1)} s`);
    const text = `${label}: ${parts.join(", ")}${final ? ` ${final}` : ""}`;
    const html = `<div class="claimgap-progress"><progress value="${done}" max="${
      Math.max(total, 1)
    }" style="width:18em;vertical-align:middle"></progress> ${_escapeHtml(text)}</div>`;
    const content = {
      data: { "text/plain": text, "text/html": html },
      metadata: {},
      transient: { display_id: id },
    };
    const type = shown ? "update_display_data" : "display_data";
    shown = true;
    chain = chain.then(() => broadcast(type, content)).catch(() => {});
  };
  const update = (next: typeof state) => {
    state = next;
    const t = now();
    if (shown && next.done < next.total && t - last < interval) return;
    last = t;
    send(null);
  };
  return {
    load(done, total) {
      update({ ...state, done, total });
    },
    parallel(p) {
      update({ done: p.files, total: p.total, bytes: p.bytes, claims: p.claims });
    },
    finish(note) {
      if (shown) send(note ?? "done");
      // the final update is sent while the cell still runs (see outputsSent)
      return chain.then(outputsSent);
    },
  };
}

/**
 * One progress display whose total is learnt from the first progress call, for wiring a stage's
 * `onProgress` in one line. In a terminal: the stderr bar of {@link progressBar} (a summary line
 * when not a TTY or under CI); inside `deno jupyter`: an updating HTML display in the cell.
 *
 * ```ts
 * const progress = progressHooks({ label: "claims" });
 * const { claims, report } = await extractParallel(input, { onProgress: progress.parallel });
 * await progress.finish();
 * ```
 */
export function progressHooks(options: ProgressHooksOptions = {}): ProgressHooks {
  const j = options.jupyter ?? true;
  const broadcast = typeof j === "function" ? j : j ? _kernelBroadcast() : null;
  if (broadcast) return _jupyterHooks(broadcast, options);
  let bar: ProgressBar | undefined;
  const get = (total: number) => (bar ??= progressBar(total, options));
  return {
    load(done, total) {
      get(total).update(done);
    },
    parallel(p) {
      get(p.total).update(p.files, { bytes: p.bytes, claims: p.claims });
    },
    finish(note) {
      bar?.finish(note);
      return Promise.resolve();
    },
  };
}
