/**
 * Scale abuse (opt-in, not a test): a 50 MB single article and a folder of 100,000 tiny files.
 * Each scenario runs in its own process, so the peak RSS (`VmHWM` of `/proc/self/status`) is that
 * scenario's alone. Reports time, peak RSS, progress calls and completeness; exits 1 when a
 * scenario crashed or lost a file.
 *
 * ```sh
 * ./node_modules/.bin/deno run -A bench/abuse.ts                       # both, full size
 * ./node_modules/.bin/deno run -A bench/abuse.ts --files 20000 --mb 10 # smaller
 * ./node_modules/.bin/deno run -A bench/abuse.ts --only folder         # one scenario
 * ./node_modules/.bin/deno run -A bench/abuse.ts --extract             # also run extractClaims
 * ./node_modules/.bin/deno run -A bench/abuse.ts --only folder --sidecar # with an articles.csv row each
 * ./node_modules/.bin/deno run -A bench/abuse.ts --only runon --runon-kb 270 # run-on sentence
 * ```
 * @module
 */
import { textAt } from "../lib/shared/offsets.ts";
import { parseArgs } from "node:util";

const SENTENCES = [
  "The Russian Defence Ministry said its forces captured Pokrovsk.",
  "Ukraine's General Staff said troops still hold Myrnohrad.",
  "DeepState said Russian units advanced in Toretsk.",
  "Officials in Kyiv denied that Kupiansk had fallen.",
];

function peakRssMB(): number | null {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(Deno.readTextFileSync("/proc/self/status"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

const sec = (t0: number) => Math.round((performance.now() - t0) / 10) / 100;

/** Child: load (and optionally extract) a folder of `n` tiny files. */
async function folder(
  n: number,
  extract: boolean,
  sidecar: boolean,
): Promise<Record<string, unknown>> {
  const { loadArticles } = await import("../lib/load/load_articles.ts");
  const dir = await Deno.makeTempDir({ prefix: "claimgap-abuse-" });
  try {
    const t0 = performance.now();
    let broken = 0;
    for (let i = 0; i < n; i++) {
      const id = String(i).padStart(6, "0");
      if (i % 1000 === 999) {
        await Deno.writeFile(`${dir}/${id}.txt`, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0]));
        broken++;
      } else {
        await Deno.writeTextFile(
          `${dir}/${id}.txt`,
          ` date 2025-11-${String((i % 28) + 1).padStart(2, "0")}  Outlet\nNote ${i}. ${
            SENTENCES[i % 4]
          }\n`,
        );
      }
    }
    if (sidecar) {
      // One sidecar row per article (outlet override): the sidecar path of loadArticles at scale.
      const rows = ["id,date,outlet,url,title"];
      for (let i = 0; i < n; i++) {
        if (i % 1000 !== 999) rows.push(`${String(i).padStart(6, "0")},,Sidecar outlet,,`);
      }
      await Deno.writeTextFile(`${dir}/articles.csv`, rows.join("\n") + "\n");
    }
    const writeS = sec(t0);
    const t1 = performance.now();
    let calls = 0;
    let lastDone = 0;
    let monotonic = true;
    const { articles, report } = await loadArticles(dir, {
      onProgress: (done, total) => {
        calls++;
        if (done !== lastDone + 1 || total !== n) monotonic = false;
        lastDone = done;
        if (done % Math.max(1, Math.floor(n / 10)) === 0) {
          console.error(`  folder: ${done}/${total} files (${sec(t1)} s)`);
        }
      },
    });
    const loadS = sec(t1);
    const skipped = report.entries.filter((e) => e.action === "skipped").length;
    const out: Record<string, unknown> = {
      scenario: "folder",
      files: n,
      write_s: writeS,
      load_s: loadS,
      entries: report.entries.length,
      articles: articles.length,
      skipped,
      expected_skipped: broken,
      progress_calls: calls,
      progress_monotonic: monotonic,
      sidecar,
      complete: report.entries.length === n + (sidecar ? 1 : 0) &&
        articles.length + skipped === n &&
        skipped === broken && calls === n,
    };
    if (extract) {
      const { extractClaims } = await import("../lib/extract/mod.ts");
      const t2 = performance.now();
      out.claims = extractClaims(articles).length;
      out.extract_s = sec(t2);
    }
    out.peak_rss_mb = peakRssMB();
    return out;
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** Child: load (and optionally extract) one article of `mb` megabytes. */
async function big(mb: number, extract: boolean): Promise<Record<string, unknown>> {
  const { loadArticles } = await import("../lib/load/load_articles.ts");
  const dir = await Deno.makeTempDir({ prefix: "claimgap-abuse-" });
  try {
    const file = `${dir}/big.txt`;
    const f = await Deno.open(file, { write: true, create: true });
    const enc = new TextEncoder();
    let size = 0;
    let paragraphs = 0;
    const head = enc.encode(" date 2025-11-05  Kyiv Post\nA very long article\n");
    await f.write(head);
    size += head.length;
    const target = mb * 1024 * 1024;
    while (size < target) {
      // Unique paragraphs (not repeats), with a 1 MB single line every 2,000 paragraphs.
      const p = paragraphs % 2000 === 1999
        ? "word ".repeat(200_000) + "\n\n"
        : `Update ${paragraphs}. ${SENTENCES[paragraphs % 4]} ${
          SENTENCES[(paragraphs + 1) % 4]
        }\n\n`;
      const b = enc.encode(p);
      let off = 0;
      while (off < b.length) off += await f.write(b.subarray(off));
      size += b.length;
      paragraphs++;
    }
    f.close();
    const t0 = performance.now();
    let calls = 0;
    const { articles, report } = await loadArticles(dir, { onProgress: () => calls++ });
    const out: Record<string, unknown> = {
      scenario: "big",
      mb: Math.round(size / 1024 / 1024),
      load_s: sec(t0),
      articles: articles.length,
      paragraphs_written: paragraphs,
      paragraphs_found: articles[0]?.paragraphs.length ?? 0,
      text_complete: articles[0]?.text.length === size, // ASCII: bytes = UTF-16 units
      progress_calls: calls,
      action: report.entries[0]?.action,
    };
    out.peak_rss_after_load_mb = peakRssMB();
    if (extract) {
      const { extractClaims } = await import("../lib/extract/mod.ts");
      const t1 = performance.now();
      const claims = extractClaims(articles);
      out.extract_s = sec(t1);
      out.claims = claims.length;
      out.quotes_exact = claims.every((c) => textAt(articles[0].text, c.start, c.end) === c.quote);
    }
    out.complete = articles.length === 1 && out.text_complete === true && calls === 1;
    out.peak_rss_mb = peakRssMB();
    return out;
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/**
 * Child: one run-on "sentence" of `kb` KB (comma-separated claims, no full stop), as a scraped
 * list or a minified blob gives. Measures how extraction time grows with sentence length.
 */
async function runon(kb: number): Promise<Record<string, unknown>> {
  const { parseArticleFile } = await import("../lib/load/parse_file.ts");
  const { extractClaims } = await import("../lib/extract/mod.ts");
  const unit = "Russian forces captured Pokrovsk, ";
  const out: Record<string, unknown> = { scenario: "runon" };
  for (const size of [kb / 4, kb / 2, kb]) {
    const text = unit.repeat(Math.max(1, Math.round((size * 1024) / unit.length)));
    const r = parseArticleFile(new TextEncoder().encode(text), "runon.txt");
    const t0 = performance.now();
    const claims = extractClaims(r.articles);
    out[`extract_${Math.round(text.length / 1024)}kb_s`] = sec(t0);
    out.claims = claims.length;
  }
  out.complete = true;
  out.peak_rss_mb = peakRssMB();
  return out;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      files: { type: "string", default: "100000" },
      mb: { type: "string", default: "50" },
      only: { type: "string" },
      extract: { type: "boolean", default: false },
      sidecar: { type: "boolean", default: false },
      "runon-kb": { type: "string", default: "270" },
      child: { type: "string" },
    },
  });
  const files = Number(values.files);
  const mb = Number(values.mb);
  if (!Number.isInteger(files) || files < 1) {
    throw new RangeError(`--files: expected a whole number ≥ 1, found ${values.files}`);
  }
  if (!Number.isFinite(mb) || mb <= 0) {
    throw new RangeError(`--mb: expected a number > 0, found ${values.mb}`);
  }
  if (values.child) {
    if (values.child === "runon") {
      console.log(JSON.stringify(await runon(Number(values["runon-kb"]))));
      return 0;
    }
    const r = values.child === "folder"
      ? await folder(files, values.extract!, values.sidecar!)
      : await big(mb, values.extract!);
    console.log(JSON.stringify(r));
    return 0;
  }
  const scenarios = values.only ? [values.only] : ["big", "folder", "runon"];
  let failed = 0;
  for (const s of scenarios) {
    if (!["big", "folder", "runon"].includes(s)) {
      throw new TypeError(`--only: expected "big", "folder" or "runon", found ${s}`);
    }
    const what = s === "big"
      ? `${mb} MB article`
      : s === "folder"
      ? `${files} files`
      : `${values["runon-kb"]} KB run-on sentence`;
    console.error(`abuse: ${s} (${what})...`);
    const t0 = performance.now();
    const args = [
      "run",
      "-A",
      new URL(import.meta.url).pathname,
      "--child",
      s,
      "--files",
      String(files),
      "--mb",
      String(mb),
      "--runon-kb",
      String(values["runon-kb"]),
    ];
    if (values.extract) args.push("--extract");
    if (values.sidecar) args.push("--sidecar");
    const r = await new Deno.Command(Deno.execPath(), { args, stdout: "piped", stderr: "inherit" })
      .output();
    const line = new TextDecoder().decode(r.stdout).trim().split("\n").pop() ?? "";
    if (!r.success) {
      console.log(
        JSON.stringify({
          scenario: s,
          crashed: true,
          code: r.code,
          signal: r.signal,
          wall_s: sec(t0),
        }),
      );
      failed++;
      continue;
    }
    const out = JSON.parse(line);
    out.wall_s = sec(t0);
    console.log(JSON.stringify(out));
    if (!out.complete) failed++;
  }
  return failed ? 1 : 0;
}

if (import.meta.main) Deno.exit(await main());
