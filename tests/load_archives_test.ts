/**
 * Archives as they come: nested folders (read by default, `recursive: false` / `--top-level` for
 * the top level) and gzipped files (good, corrupt, over the cap), through `loadArticles`,
 * `extractParallel` (in this thread and on workers) and the claims command.
 */
import assert from "node:assert/strict";
import { loadArticles } from "../lib/load/load_articles.ts";
import { extractParallel } from "../lib/run/extract_parallel.ts";
import { parseArticleFile } from "../lib/mod.ts";
import {
  assertSameAsSerial,
  claimsCommand,
  entryOf,
  gz,
  TEXT,
  withTemp,
} from "./_load_fixtures.ts";

const enc = new TextEncoder();

// --- nested folders --------------------------------------------------------------------------

const NESTED = {
  "top.txt": TEXT.a,
  "2025/11/outlet/b.txt": TEXT.b,
  "2025/12/c.txt": TEXT.c,
};

Deno.test("loadArticles() reads nested folders by default, depth first in name order", async () => {
  await withTemp(NESTED, async (dir) => {
    const r = await assertSameAsSerial(dir);
    assert.deepEqual(r.report.entries.map((e) => e.file.slice(dir.length + 1)), [
      "2025/11/outlet/b.txt",
      "2025/12/c.txt",
      "top.txt",
    ]);
    assert.deepEqual(r.articles.map((a) => a.id), ["b", "c", "top"]);
    assert.deepEqual(await loadArticles(dir, { recursive: true }), r);
  });
});

Deno.test("loadArticles({recursive: false}) stays at the top level and reports each sub-folder", async () => {
  await withTemp(NESTED, async (dir) => {
    const r = await assertSameAsSerial(dir, { recursive: false });
    assert.deepEqual(r.articles.map((a) => a.id), ["top"]);
    assert.deepEqual(entryOf(r, "2025"), {
      file: `${dir}/2025`,
      action: "skipped",
      articles: [],
      notes: ["folder not read (top level only: recursive: false, --top-level)"],
    });
  });
});

Deno.test("the claims command reads sub-folders by default, the top level only with --top-level or --no-recursive", async () => {
  await withTemp({ ...NESTED, "2025/12/d.txt.gz": gz(TEXT.b) }, async (dir) => {
    const deep = await claimsCommand(dir);
    assert.deepEqual(deep.articles, ["b", "c", "d", "top"]);
    assert.ok(deep.err.includes(`read ${dir}/2025/12/d.txt.gz: decompressed (gzip, `), deep.err);
    for (const flag of ["--top-level", "--no-recursive"]) {
      const flat = await claimsCommand(dir, flag);
      assert.deepEqual(flat.articles, ["top"], flag);
      assert.ok(
        flat.err.includes(`skipped ${dir}/2025: folder not read (top level only`),
        flat.err,
      );
    }
  });
});

// --- .gz -------------------------------------------------------------------------------------

const PAGE = "<html><head><title>Front</title></head><body><article><p>" +
  "The Russian Defence Ministry said its forces captured Myrnohrad.</p></article></body></html>";
const JSONL = [
  { id: "j1", text: TEXT.b.split("\n")[1], date: "2025-11-06" },
  { id: "j2", text: TEXT.c.split("\n")[1], date: "2025-11-07" },
].map((r) => JSON.stringify(r)).join("\n");

Deno.test("loadArticles() reads story.txt.gz, dump.jsonl.gz and page.html.gz as their content", async () => {
  await withTemp({
    "story.txt.gz": gz(TEXT.a),
    "dump.jsonl.gz": gz(JSONL),
    "page.html.gz": gz(PAGE),
    "plain/story.txt": TEXT.a,
    "plain/dump.jsonl": JSONL,
    "plain/page.html": PAGE,
  }, async (dir) => {
    const zipped = await loadArticles(dir, { recursive: false });
    const plain = await loadArticles(`${dir}/plain`);
    assert.deepEqual(zipped.articles.map((a) => a.id), ["j1", "j2", "page", "story"]);
    assert.deepEqual(
      zipped.articles.map((a) => ({ ...a, path: a.path.replace(/\.gz$/, "") })),
      plain.articles.map((a) => ({ ...a, path: a.path.replace("/plain/", "/") })),
    );
    const e = entryOf(zipped, "story.txt.gz");
    assert.equal(e.action, "read");
    assert.equal(
      e.notes.at(-1),
      `decompressed (gzip, ${gz(TEXT.a).length} bytes to ${TEXT.a.length})`,
    );
  });
});

Deno.test("loadArticles() reports corrupt, truncated, empty and not-gzip .gz files as skipped", async () => {
  const good = gz(TEXT.a);
  const badCrc = good.slice();
  badCrc[badCrc.length - 6] ^= 0xff;
  await withTemp({
    "crc.txt.gz": badCrc,
    "cut.txt.gz": good.subarray(0, good.length - 10),
    "empty.txt.gz": new Uint8Array(),
    "plain.txt.gz": "The ferry left on time.",
    "ok.txt.gz": good,
  }, async (dir) => {
    const r = await loadArticles(dir);
    assert.deepEqual(r.articles.map((a) => a.id), ["ok"]);
    const why = (n: string) => [entryOf(r, n).action, ...entryOf(r, n).notes];
    assert.deepEqual(why("crc.txt.gz"), ["skipped", "corrupt gzip data: incorrect data check"]);
    assert.deepEqual(why("cut.txt.gz"), ["skipped", "corrupt gzip data: unexpected end of file"]);
    assert.deepEqual(why("empty.txt.gz"), [
      "skipped",
      "not gzip data (expected the bytes 1f 8b at the start, found an empty file)",
    ]);
    assert.deepEqual(why("plain.txt.gz"), [
      "skipped",
      "not gzip data (expected the bytes 1f 8b at the start, found 54 68)",
    ]);
  });
});

Deno.test("loadArticles() skips a .gz file over maxDecompressedBytes and reads one at the cap", async () => {
  const text = TEXT.a;
  await withTemp({ "big.txt.gz": gz(text + "x"), "fit.txt.gz": gz(text) }, async (dir) => {
    const r = await assertSameAsSerial(dir, { maxDecompressedBytes: text.length });
    assert.deepEqual(r.articles.map((a) => a.id), ["fit"]);
    assert.deepEqual(entryOf(r, "big.txt.gz").notes, [
      `decompressed size over the cap: more than ${text.length} bytes (maxDecompressedBytes)`,
    ]);
    const all = await loadArticles(dir);
    assert.deepEqual(all.articles.map((a) => a.id), ["big", "fit"], "the default cap is larger");
  });
});

Deno.test("loadArticles() and extractParallel() check maxDecompressedBytes", async () => {
  for (const bad of [0, 2 ** 30 + 1, 1.5]) {
    await assert.rejects(
      () => loadArticles(".", { maxDecompressedBytes: bad }),
      { name: "RangeError", message: new RegExp(`^maxDecompressedBytes: expected .*${bad}$`) },
    );
    await assert.rejects(
      () => extractParallel(".", { maxDecompressedBytes: bad }),
      { name: "RangeError", message: /^extractParallel: maxDecompressedBytes: expected/ },
    );
  }
  await assert.rejects(
    () => loadArticles(".", { maxDecompressedBytes: "1e6" as unknown as number }),
    { name: "TypeError", message: 'maxDecompressedBytes: expected a finite number, found "1e6"' },
  );
});

Deno.test("loadArticles() names an unknown extension inside .gz and does not decompress it", async () => {
  await withTemp({ "x.tar.gz": "not even gzip", "notes.gz": "nor this" }, async (dir) => {
    const r = await loadArticles(dir);
    assert.match(
      entryOf(r, "x.tar.gz").notes[0],
      /^unknown extension \.tar inside \.gz \(expected/,
    );
    assert.match(entryOf(r, "notes.gz").notes[0], /^no file extension inside \.gz \(expected/);
  });
});

Deno.test("parseArticleFile() refuses still-compressed bytes for a .gz path", () => {
  const { articles, entry } = parseArticleFile(gz(TEXT.a), "story.txt.gz");
  assert.equal(articles.length, 0);
  assert.deepEqual(entry.notes, [
    "still gzip-compressed (expected the decompressed content of the .gz file)",
  ]);
  const plain = parseArticleFile(enc.encode(TEXT.a), "story.txt.gz");
  assert.deepEqual(plain.articles.map((a) => [a.id, a.format]), [["story", "txt"]]);
});

Deno.test("extractParallel() on workers reads nested, gzipped, corrupt and oversized input as loadArticles() + extractClaims()", async () => {
  await withTemp({
    ...NESTED,
    "2025/11/dump.jsonl.gz": gz(JSONL),
    "2025/page.html.gz": gz(PAGE),
    "2025/bad.txt.gz": gz(TEXT.a).subarray(0, 20),
    "2025/huge.txt.gz": gz(TEXT.a + "More words follow here.\n".repeat(200)),
  }, async (dir) => {
    const r = await assertSameAsSerial(dir, { maxDecompressedBytes: 2000 }, true);
    // Depth first in name order: 2025/11/dump.jsonl.gz comes before 2025/11/outlet/b.txt.
    assert.deepEqual(r.articles.map((a) => a.id), ["j1", "j2", "b", "c", "page", "top"]);
    assert.match(entryOf(r, "bad.txt.gz").notes[0], /^corrupt gzip data: /);
    assert.match(
      entryOf(r, "huge.txt.gz").notes[0],
      /^decompressed size over the cap: more than 2000/,
    );
  });
});
