/**
 * Scale abuse, CI-sized: a folder of 2,000 tiny files (some broken) and a 5 MB single article.
 * Asserts completeness (every file accounted for, progress reported for each), never time:
 * timings and peak memory at full size (100,000 files, 50 MB) are measured by `bench/abuse.ts`.
 */
import { textAt } from "../lib/shared/offsets.ts";
import assert from "node:assert/strict";
import { loadArticles } from "../lib/load/load_articles.ts";
import { parseArticleFile } from "../lib/load/parse_file.ts";
import { extractClaims } from "../lib/extract/mod.ts";

const SENTENCES = [
  "The Russian Defence Ministry said its forces captured Pokrovsk.",
  "Ukraine's General Staff said troops still hold Myrnohrad.",
  "DeepState said Russian units advanced in Toretsk.",
  "Officials in Kyiv denied that Kupiansk had fallen.",
];

Deno.test("loadArticles() on 2,000 tiny files: every file accounted for, one progress call each", async () => {
  const dir = await Deno.makeTempDir({ prefix: "claimgap-scale-" });
  try {
    const n = 2000;
    const expected = new Map<string, "article" | "skip">();
    for (let i = 0; i < n; i++) {
      const id = String(i).padStart(5, "0");
      let name = `${id}.txt`;
      let body: string | Uint8Array = ` date 2025-11-${
        String((i % 28) + 1).padStart(2, "0")
      }  Outlet ${i % 7}\n${SENTENCES[i % 4]}\n`;
      let kind: "article" | "skip" = "article";
      if (i % 97 === 0) [body, kind] = ["", "skip"]; // empty file
      else if (i % 101 === 0) {
        [body, kind] = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), "skip"];
      } else if (i % 89 === 0) [name, kind] = [`${id}.docx`, "skip"];
      else if (i % 83 === 0) name = `${id}.md`;
      else if (i % 79 === 0) {
        [name, body] = [`${id}.json`, JSON.stringify({ id: `j${id}`, text: SENTENCES[0] })];
      }
      expected.set(`${dir}/${name}`, kind);
      if (typeof body === "string") await Deno.writeTextFile(`${dir}/${name}`, body);
      else await Deno.writeFile(`${dir}/${name}`, body);
    }
    const calls: [number, number][] = [];
    const { articles, report } = await loadArticles(dir, {
      onProgress: (done, total) => calls.push([done, total]),
    });
    assert.equal(report.entries.length, n, "one entry per file");
    const byFile = new Map(report.entries.map((e) => [e.file, e]));
    for (const [file, kind] of expected) {
      const e = byFile.get(file);
      assert.ok(e, `${file}: no report entry`);
      if (kind === "skip") {
        assert.equal(e.action, "skipped", `${file}: ${JSON.stringify(e)}`);
        assert.ok(e.notes.length > 0, `${file}: skip without a reason`);
      } else assert.equal(e.articles.length, 1, `${file}: ${JSON.stringify(e)}`);
    }
    const wantArticles = [...expected.values()].filter((k) => k === "article").length;
    assert.equal(articles.length, wantArticles);
    assert.equal(calls.length, n, "one progress call per file");
    calls.forEach(([done, total], i) => {
      assert.equal(done, i + 1);
      assert.equal(total, n);
    });
    // The extractor gets through all of them, quotes exact.
    const claims = extractClaims(articles);
    const byId = new Map(articles.map((a) => [a.id, a]));
    assert.ok(claims.length >= articles.length / 2, `${claims.length} claims`);
    for (const c of claims) {
      assert.equal(c.quote, textAt(byId.get(c.article)!.text, c.start, c.end));
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("parseArticleFile() and extractClaims() on a 5 MB article: complete, offsets exact", () => {
  const parts: string[] = [" date 2025-11-05  Kyiv Post\nA very long article\n"];
  let size = parts[0].length;
  let i = 0;
  while (size < 5 * 1024 * 1024) {
    // Paragraphs of claim sentences, with a single 200 KB line now and then.
    const p = i % 500 === 499
      ? "word ".repeat(40_000) + "\n\n"
      : `Update ${i}. ${SENTENCES[i % 4]} ${SENTENCES[(i + 1) % 4]}\n\n`; // unique: not a repeat
    parts.push(p);
    size += p.length;
    i++;
  }
  const text = parts.join("");
  const r = parseArticleFile(new TextEncoder().encode(text), "big.txt");
  assert.notEqual(r.entry.action, "skipped", JSON.stringify(r.entry));
  const a = r.articles[0];
  assert.equal(a.text, text, "whole text kept");
  assert.ok(a.paragraphs.length >= i, `${a.paragraphs.length} paragraphs for ${i} written`);
  const last = a.paragraphs[a.paragraphs.length - 1];
  assert.ok(
    last.end <= text.length && last.end >= text.trimEnd().length,
    "last paragraph reaches the end",
  );
  const claims = extractClaims([a]);
  assert.ok(claims.length >= i / 2, `${claims.length} claims from ${i} paragraphs`);
  for (const c of claims) assert.equal(c.quote, textAt(text, c.start, c.end));
});

/**
 * Spread arguments (`out.push(...list)`) live on the call stack: with ~125,000 items they throw
 * "Maximum call stack size exceeded" at the default stack size. A child process with a stack of
 * 80 KB (limit near 10,000 items) checks 12,000 files and 12,000 claims cheaply, standing in for
 * the full-size 150,000.
 */
Deno.test("loadArticles() and extractClaims() have no call-stack limit on files or claims (12k at an 80 KB stack)", async () => {
  const root = await Deno.makeTempDir({ prefix: "claimgap-stack-" });
  try {
    const n = 12_000;
    await Deno.mkdir(`${root}/sub`);
    for (let i = 0; i < n; i++) {
      await Deno.writeTextFile(`${root}/sub/${String(i).padStart(5, "0")}.txt`, `Note ${i}.\n`);
    }
    const lib = new URL("../lib/", import.meta.url).href;
    const code = `
      import { loadArticles } from "${lib}load/load_articles.ts";
      import { extractClaims } from "${lib}extract/mod.ts";
      const out = {};
      const run = async (name, f) => {
        try { out[name] = await f(); } catch (e) { out[name] = String(e.stack ?? e).slice(0, 300); }
      };
      await run("recursive", async () => (await loadArticles(${
      JSON.stringify(root)
    }, { recursive: true })).report.entries.length);
      await run("list", async () => (await loadArticles([${
      JSON.stringify(`${root}/sub`)
    }])).report.entries.length);
      await run("claims", () => {
        const text = "The Russian Defence Ministry said its forces captured Pokrovsk. ".repeat(${n});
        const a = { id: "many", path: "many.txt", format: "txt", outlet: null, date: "2025-11-05",
          title: null, url: null, text, paragraphs: [{ start: 0, end: text.length - 1, kind: "body" }] };
        return extractClaims([a]).length;
      });
      console.log(JSON.stringify(out));
    `;
    const r = await new Deno.Command(Deno.execPath(), {
      args: ["eval", "--quiet", "--v8-flags=--stack-size=80", code],
      stdout: "piped",
      stderr: "piped",
    }).output();
    const stdout = new TextDecoder().decode(r.stdout).trim();
    assert.ok(r.success, `child failed: ${new TextDecoder().decode(r.stderr).slice(-1500)}`);
    const out = JSON.parse(stdout.split("\n").pop()!);
    // Each value is the count, or the error the child caught.
    assert.deepEqual(out, { recursive: n, list: n, claims: n });
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});
