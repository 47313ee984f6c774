/**
 * Summarise a V8 `.cpuprofile` (from `deno run --cpu-prof`): the functions with the most self
 * time, and the project functions with the most total (inclusive) time.
 *
 * ```sh
 * ./node_modules/.bin/deno run -A --cpu-prof --cpu-prof-dir=/tmp/prof SCRIPT.ts
 * ./node_modules/.bin/deno run -A bench/profile_top.ts /tmp/prof/CPU.*.cpuprofile [--top 20]
 * ```
 * @module
 */

interface _Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface _Profile {
  nodes: _Node[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Rows of self and total time (ms) per function, sorted by self time. */
export function summariseProfile(profile: _Profile): {
  totalMs: number;
  self: { fn: string; ms: number; pct: number }[];
  inclusive: { fn: string; ms: number; pct: number }[];
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Time per node from samples and deltas (more precise than hitCount).
  const nodeMs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    nodeMs.set(samples[i], (nodeMs.get(samples[i]) ?? 0) + dt);
  }
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const name = (n: _Node) => {
    const f = n.callFrame;
    const url = f.url
      .replace(
        /^file:\/\/.*\/(?:node_modules|registry\.npmjs\.org)\/(?:\.deno\/[^/]+\/node_modules\/)?/,
        "npm:",
      )
      .replace(/^file:\/\/.*?\/(lib|bench|tools|tests)\//, "$1/");
    const short = url.length > 70 ? "…" + url.slice(-69) : url;
    return `${f.functionName || "(anonymous)"} ${short ? `${short}:${f.lineNumber + 1}` : ""}`
      .trim();
  };
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  for (const [id, ms] of nodeMs) {
    const n = byId.get(id)!;
    self.set(name(n), (self.get(name(n)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + ms);
    }
  }
  const rows = (m: Map<string, number>) =>
    [...m].map(([fn, ms]) => ({ fn, ms, pct: (100 * ms) / totalMs })).sort((a, b) => b.ms - a.ms);
  return { totalMs, self: rows(self), inclusive: rows(incl) };
}

if (import.meta.main) {
  const args = [...Deno.args];
  const ti = args.indexOf("--top");
  const top = ti >= 0 ? Number(args.splice(ti, 2)[1]) : 20;
  for (const file of args) {
    const s = summariseProfile(JSON.parse(await Deno.readTextFile(file)));
    console.log(`# ${file}: ${s.totalMs.toFixed(0)} ms`);
    console.log("## self time");
    for (const r of s.self.slice(0, top)) {
      console.log(`${r.ms.toFixed(0).padStart(7)} ms ${r.pct.toFixed(1).padStart(5)}%  ${r.fn}`);
    }
    console.log("## total time (project code)");
    for (const r of s.inclusive.filter((r) => / (lib|bench|tools)\//.test(r.fn)).slice(0, top)) {
      console.log(`${r.ms.toFixed(0).padStart(7)} ms ${r.pct.toFixed(1).padStart(5)}%  ${r.fn}`);
    }
  }
}
