/**
 * Writes are atomic: `_writeAtomic` (every report file and exported table goes through it) writes a
 * temporary file beside the target and renames it over, so a failed or interrupted write never
 * leaves a half-written file under the target's name, and never a temporary file on success.
 */
import assert from "node:assert/strict";
import { _writeAtomic } from "../lib/shared/_write.ts";
import { writeReportFiles } from "../lib/tables/export.ts";
import type { Claim } from "../lib/shared/types.ts";
import { testOrSkip } from "./_skip.ts";

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "claimgap-write-" });
  try {
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

async function names(dir: string): Promise<string[]> {
  const out: string[] = [];
  for await (const e of Deno.readDir(dir)) out.push(e.name);
  return out.sort();
}

Deno.test("_writeAtomic() writes text and bytes, replaces the old content, leaves no temp file", async () => {
  await withDir(async (dir) => {
    const target = `${dir}/report.csv`;
    await _writeAtomic(target, "old\r\n");
    await _writeAtomic(target, "new content, ünïcode, Покровськ\r\n");
    assert.equal(await Deno.readTextFile(target), "new content, ünïcode, Покровськ\r\n");
    const bytes = new Uint8Array([0, 1, 2, 255]);
    await _writeAtomic(`${dir}/b.bin`, bytes);
    assert.deepEqual(await Deno.readFile(`${dir}/b.bin`), bytes);
    assert.deepEqual(await names(dir), ["b.bin", "report.csv"], "no temporary file left");
  });
});

Deno.test("_writeAtomic() onto a path that is a directory fails, leaves the directory and no temp file", async () => {
  await withDir(async (dir) => {
    const target = `${dir}/gap.csv`;
    await Deno.mkdir(target);
    await Deno.writeTextFile(`${target}/keep.txt`, "keep");
    await assert.rejects(() => _writeAtomic(target, "x".repeat(10_000)));
    assert.ok((await Deno.stat(target)).isDirectory);
    assert.equal(await Deno.readTextFile(`${target}/keep.txt`), "keep");
    assert.deepEqual(await names(dir), ["gap.csv"], "no temporary file left");
  });
});

Deno.test("_writeAtomic() into a missing folder or under a file fails without creating anything", async () => {
  await withDir(async (dir) => {
    await assert.rejects(() => _writeAtomic(`${dir}/missing/x.csv`, "data"), Deno.errors.NotFound);
    await Deno.writeTextFile(`${dir}/plain`, "original");
    await assert.rejects(() => _writeAtomic(`${dir}/plain/x.csv`, "data"));
    assert.equal(await Deno.readTextFile(`${dir}/plain`), "original");
    assert.deepEqual(await names(dir), ["plain"]);
  });
});

/** Whether `setpriv` can run a command as another user here (root with util-linux). */
const SETPRIV = (() => {
  try {
    return new Deno.Command("setpriv", { args: ["--version"], stdout: "null", stderr: "null" })
      .outputSync().success;
  } catch {
    return false;
  }
})();
const NOBODY = 65534;

/**
 * `_writeAtomic(target, "replacement")` as a user without root's override of permissions: in
 * this process when it is not root, else in a child run as `nobody` through `setpriv`. Returns
 * the error's name, or "ok" when the write succeeded.
 */
async function writeAsNonRoot(target: string): Promise<string> {
  if (Deno.uid() !== 0) {
    return await _writeAtomic(target, "replacement").then(() => "ok", (e) => e.name);
  }
  const writer = new URL("../lib/shared/_write.ts", import.meta.url).href;
  const code = `import { _writeAtomic } from ${JSON.stringify(writer)};
    await _writeAtomic(${JSON.stringify(target)}, "replacement").then(
      () => console.log("ok"), (e) => console.log(e.name));`;
  const out = await new Deno.Command("setpriv", {
    args: [
      `--reuid=${NOBODY}`,
      `--regid=${NOBODY}`,
      "--clear-groups",
      Deno.execPath(),
      "eval",
      "--quiet",
      code,
    ],
    env: { DENO_DIR: `${Deno.env.get("TMPDIR") ?? "/tmp"}/claimgap-nobody-deno`, HOME: "/tmp" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const err = new TextDecoder().decode(out.stderr);
  assert.equal(out.code, 0, `child as nobody failed: ${err}`);
  return new TextDecoder().decode(out.stdout).trim();
}

testOrSkip({
  name:
    "_writeAtomic() in a read-only folder fails with PermissionDenied and keeps the original (as nobody when root)",
  skip: Deno.uid() === 0 && !SETPRIV
    ? "running as root (which ignores folder permissions) and setpriv is missing"
    : null,
  fn: async () => {
    await withDir(async (dir) => {
      const target = `${dir}/claims.csv`;
      await Deno.writeTextFile(target, "original");
      if (Deno.uid() === 0) {
        // the folder and file belong to nobody, who then writes: only the mode stops it
        await Deno.chmod(dir, 0o755);
        await Deno.chown(dir, NOBODY, NOBODY);
        await Deno.chown(target, NOBODY, NOBODY);
      }
      await Deno.chmod(dir, 0o555);
      let result: string;
      try {
        result = await writeAsNonRoot(target);
      } finally {
        await Deno.chmod(dir, 0o755);
      }
      assert.equal(result, "PermissionDenied");
      assert.equal(await Deno.readTextFile(target), "original");
      assert.deepEqual(await names(dir), ["claims.csv"]);
    });
  },
});

Deno.test("_writeAtomic() killed mid-write leaves the old file intact (never a half file)", async () => {
  await withDir(async (dir) => {
    const target = `${dir}/claims.jsonl`;
    const old = "old complete content\n";
    await Deno.writeTextFile(target, old);
    const size = 64 * 1024 * 1024;
    const writer = new URL("../lib/shared/_write.ts", import.meta.url).href;
    // A child process writes 64 MB through _writeAtomic in 1 MB pieces... and is killed mid-way.
    const code = `
      import { _writeAtomic } from ${JSON.stringify(writer)};
      const data = new Uint8Array(${size}).fill(120);
      console.log("start");
      await _writeAtomic(${JSON.stringify(target)}, data);
      console.log("done");
    `;
    const child = new Deno.Command(Deno.execPath(), {
      args: ["eval", "--quiet", code],
      stdout: "piped",
      stderr: "null",
    }).spawn();
    const reader = child.stdout.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    assert.match(first, /start/);
    // Kill as soon as the temporary file exists and is partly written.
    const deadline = Date.now() + 10_000;
    let partial = false;
    while (Date.now() < deadline) {
      const tmp = (await names(dir)).find((n) => n.endsWith(".tmp"));
      if (tmp) {
        const st = await Deno.stat(`${dir}/${tmp}`).catch(() => null);
        if (st && st.size > 0 && st.size < size) {
          partial = true;
          break;
        }
      }
      await new Promise((r) => setTimeout(r, 1));
    }
    child.kill("SIGKILL");
    await child.status;
    reader.releaseLock();
    await child.stdout.cancel().catch(() => {});
    const now = await Deno.readFile(target);
    // Either the old content (killed before rename) or the complete new one: never a mix.
    if (now.length !== size) assert.equal(new TextDecoder().decode(now), old);
    else assert.ok(now.every((b) => b === 120));
    // What a kill can leave is a hidden *.tmp file: never something named like the target.
    for (const n of await names(dir)) {
      assert.ok(n === "claims.jsonl" || (n.startsWith(".claims.jsonl.") && n.endsWith(".tmp")), n);
    }
    if (!partial) console.warn("note: the write finished before a partial temp file was seen");
  });
});

Deno.test("_writeAtomic() with concurrent writers: the target is one complete version", async () => {
  await withDir(async (dir) => {
    const target = `${dir}/gap.csv`;
    const versions = Array.from({ length: 12 }, (_, i) => `v${i},`.repeat(20_000 + i));
    await Promise.all(versions.map((v) => _writeAtomic(target, v)));
    const now = await Deno.readTextFile(target);
    assert.ok(versions.includes(now), "target equals one whole version");
    assert.deepEqual(await names(dir), ["gap.csv"]);
  });
});

Deno.test("writeReportFiles() when gap.csv is a folder: the error surfaces, written files are complete", async () => {
  await withDir(async (dir) => {
    await Deno.mkdir(`${dir}/gap.csv`);
    const claim: Claim = {
      article: "a1",
      claimant: "Russian Defence Ministry",
      side: "russia",
      role: "official",
      place: "Siversk",
      area: null,
      claim: "captured",
      status: "russia",
      date: "2025-11-05",
      reported: "2025-11-05",
      quote: 'Troops, "they said", took Siversk.',
      start: 0,
      end: 33,
    };
    await assert.rejects(() => writeReportFiles(dir, { claims: [claim, claim] }));
    const csv = await Deno.readTextFile(`${dir}/claims.csv`);
    assert.equal(csv.split("\r\n").length, 4, "header + 2 rows + final CRLF");
    assert.ok(csv.endsWith("\r\n"));
    const jsonl = await Deno.readTextFile(`${dir}/claims.jsonl`);
    assert.equal(jsonl.trimEnd().split("\n").map((l) => JSON.parse(l).quote).length, 2);
    assert.ok((await Deno.stat(`${dir}/gap.csv`)).isDirectory);
    assert.deepEqual(await names(dir), ["claims.csv", "claims.jsonl", "gap.csv"], "no temp file");
  });
});
