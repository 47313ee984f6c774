/**
 * Named pipes, sockets and devices among the input files: reported skips, decided before any
 * opening, in `loadArticles`, `extractParallel` and the claims command. A pipe opened by mistake
 * would wait forever: a writer process feeds each pipe after two seconds, so that a regression
 * fails the assertions instead of hanging the run.
 */
import assert from "node:assert/strict";
import { _listInput } from "../lib/load/_list.ts";
import { loadArticles } from "../lib/load/load_articles.ts";
import { _readArticle, _readArticleSync } from "../lib/load/_read_article.ts";
import { extractParallel } from "../lib/run/extract_parallel.ts";
import { assertSameAsSerial, claimsCommand, entryOf, TEXT, withTemp } from "./_load_fixtures.ts";

const PIPE_NOTE = "not a regular file (a named pipe (FIFO)); not opened";

/** Whether `mkfifo` runs here (it is part of coreutils; the FIFO tests need it). */
async function _probeMkfifo(): Promise<boolean> {
  const dir = await Deno.makeTempDir();
  try {
    return (await new Deno.Command("mkfifo", { args: [`${dir}/p`] }).output()).success;
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return false;
    throw e;
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}
const HAVE_MKFIFO = await _probeMkfifo();
const NO_MKFIFO = HAVE_MKFIFO ? "" : " [ignored: mkfifo is not available]";

async function mkfifo(path: string): Promise<void> {
  const r = await new Deno.Command("mkfifo", { args: [path] }).output();
  assert.ok(r.success, `mkfifo ${path}`);
}

/**
 * A writer that opens `fifo` after two seconds, and again each time it is read to the end: if
 * the code under test opened the pipe, it gets this text and goes on (and the assertions fail)
 * instead of hanging the test run. When nothing reads the pipe, the writer waits on it until
 * {@link stopWriter} ends it.
 */
function unblocker(fifo: string): Deno.ChildProcess {
  return new Deno.Command("sh", {
    args: ["-c", 'sleep 2; while :; do printf "The pipe was opened." > "$1"; done', "sh", fifo],
    stdout: "null",
    stderr: "null",
  }).spawn();
}

async function stopWriter(child: Deno.ChildProcess): Promise<void> {
  try {
    child.kill("SIGKILL");
  } catch { /* already ended */ }
  await child.status;
}

// --- pipes, sockets, devices -----------------------------------------------------------------

Deno.test({
  name:
    `loadArticles() skips a named pipe called x.txt unopened, in a folder, a list or alone${NO_MKFIFO}`,
  ignore: !HAVE_MKFIFO,
  fn: () =>
    withTemp({ "a.txt": TEXT.a }, async (dir) => {
      await mkfifo(`${dir}/x.txt`);
      await Deno.symlink(`${dir}/x.txt`, `${dir}/y.txt`);
      const writer = unblocker(`${dir}/x.txt`);
      try {
        const r = await loadArticles(dir);
        assert.deepEqual(r.articles.map((a) => a.id), ["a"]);
        assert.deepEqual(entryOf(r, "x.txt"), {
          file: `${dir}/x.txt`,
          action: "skipped",
          articles: [],
          notes: [PIPE_NOTE],
        });
        assert.deepEqual(entryOf(r, "y.txt").notes, [PIPE_NOTE], "a link to a pipe");
        const list = await loadArticles([`${dir}/x.txt`, `${dir}/a.txt`]);
        assert.deepEqual(list.report.entries.map((e) => [e.action, e.notes[0] ?? ""]), [
          ["read", ""],
          ["skipped", PIPE_NOTE],
        ]);
        const alone = await loadArticles(`${dir}/x.txt`);
        assert.deepEqual(alone.report.entries.map((e) => e.notes), [[PIPE_NOTE]]);
      } finally {
        await stopWriter(writer);
      }
    }),
});

Deno.test({
  name:
    `_listInput() decides a pipe is skipped while listing, and the read refuses one too${NO_MKFIFO}`,
  ignore: !HAVE_MKFIFO,
  fn: () =>
    withTemp({ "a.txt": TEXT.a }, async (dir) => {
      await mkfifo(`${dir}/x.txt`);
      const writer = unblocker(`${dir}/x.txt`);
      try {
        const listing = await _listInput(dir, true, undefined, "test");
        assert.deepEqual(listing.files, [`${dir}/a.txt`, `${dir}/x.txt`]);
        assert.deepEqual([...listing.skipped.keys()], [`${dir}/x.txt`]);
        // A regular file replaced by a pipe after listing: the read checks again, unopened.
        assert.deepEqual(_readArticleSync(`${dir}/x.txt`), { reason: PIPE_NOTE });
        assert.deepEqual(await _readArticle(`${dir}/x.txt`), { reason: PIPE_NOTE });
      } finally {
        await stopWriter(writer);
      }
    }),
});

Deno.test({
  name: `extractParallel() and the claims command skip a named pipe unopened${NO_MKFIFO}`,
  ignore: !HAVE_MKFIFO,
  fn: () =>
    withTemp({ "a.txt": TEXT.a, "sub/b.txt": TEXT.b }, async (dir) => {
      await mkfifo(`${dir}/x.txt`);
      await mkfifo(`${dir}/sub/y.jsonl`);
      const writers = [unblocker(`${dir}/x.txt`), unblocker(`${dir}/sub/y.jsonl`)];
      try {
        const one = await assertSameAsSerial(dir, {}, true);
        assert.deepEqual(entryOf(one, "x.txt").notes, [PIPE_NOTE]);
        assert.deepEqual(entryOf(one, "y.jsonl").notes, [PIPE_NOTE]);
        const { err, articles } = await claimsCommand(dir);
        assert.ok(err.includes(`skipped ${dir}/x.txt: ${PIPE_NOTE}\n`), err);
        assert.ok(err.includes(`skipped ${dir}/sub/y.jsonl: ${PIPE_NOTE}\n`), err);
        assert.deepEqual(articles, ["a", "b"]);
      } finally {
        for (const w of writers) await stopWriter(w);
      }
    }),
});

Deno.test({
  name: `loadArticles() and extractParallel() report a sidecar that is a named pipe${NO_MKFIFO}`,
  ignore: !HAVE_MKFIFO,
  fn: () =>
    withTemp({ "a.txt": TEXT.a }, async (dir) => {
      await mkfifo(`${dir}/meta.csv`);
      const writer = unblocker(`${dir}/meta.csv`);
      try {
        const r = await loadArticles(dir, { sidecar: `${dir}/meta.csv` });
        const side = r.report.entries.at(-1)!;
        assert.deepEqual([side.file, side.action], [`${dir}/meta.csv`, "skipped"]);
        assert.deepEqual(side.notes, [`unreadable: ${PIPE_NOTE}`]);
        const par = await extractParallel(dir, { sidecar: `${dir}/meta.csv`, workers: 0 });
        assert.deepEqual(par.report.entries.at(-1), side);
      } finally {
        await stopWriter(writer);
      }
    }),
});

Deno.test("loadArticles() skips a socket and a device, naming the kind, without opening them", async () => {
  await withTemp({ "a.txt": TEXT.a }, async (dir) => {
    const listener = Deno.listen({ transport: "unix", path: `${dir}/s.txt` });
    try {
      const r = await loadArticles(dir);
      assert.deepEqual(entryOf(r, "s.txt").notes, ["not a regular file (a socket); not opened"]);
      const dev = await loadArticles(["/dev/null", `${dir}/a.txt`]);
      assert.deepEqual(entryOf(dev, "/dev/null"), {
        file: "/dev/null",
        action: "skipped",
        articles: [],
        notes: ["not a regular file (a character device); not opened"],
      });
    } finally {
      listener.close();
    }
  });
});
