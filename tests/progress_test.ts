import assert from "node:assert/strict";
import { progressBar, progressHooks, type ProgressStream } from "../lib/notebook/progress.ts";

function sink(terminal: boolean): ProgressStream & { text(): string } {
  const chunks: Uint8Array[] = [];
  return {
    writeSync(p: Uint8Array) {
      chunks.push(p.slice());
      return p.length;
    },
    isTerminal: () => terminal,
    text: () => new TextDecoder().decode(new Uint8Array(chunks.flatMap((c) => [...c]))),
  };
}

function clock(step: number) {
  let t = 0;
  return () => (t += step);
}

Deno.test("progressBar() redraws one line in place on a terminal and ends with a summary", () => {
  const s = sink(true);
  const bar = progressBar(4, {
    stream: s,
    mode: "auto",
    intervalMs: 0,
    now: clock(250),
    label: "x",
    ci: false,
  });
  for (let i = 1; i <= 4; i++) bar.update(i, { bytes: i * 1_000_000, claims: i * 3 });
  bar.finish();
  const out = s.text();
  // Every redraw starts with a carriage return and no newline appears before the summary.
  assert.equal(out.split("\r").length - 1 >= 4, true);
  assert.equal(out.indexOf("\n"), out.length - 1);
  assert.match(out, /x ░+ 0% 0\/4|x █+░* 25% 1\/4 files/);
  assert.match(out, /100% 4\/4 files/);
  assert.match(
    out,
    /x: 4\/4 files, 4\.0 MB, 12 claims in [\d.]+ s \(\d+ files\/s, [\d.]+ MB\/s\)\n$/,
  );
});

Deno.test("progressBar() writes only the summary line when the stream is not a terminal", () => {
  const s = sink(false);
  const bar = progressBar(3, { stream: s, intervalMs: 0, now: clock(1000), label: "load" });
  bar.tick();
  bar.tick();
  assert.equal(s.text(), "");
  bar.tick(1, { bytes: 3_000_000 });
  bar.finish("(2 skipped)");
  assert.equal(s.text().includes("\r"), false);
  assert.match(
    s.text(),
    /^load: 3\/3 files, 3\.0 MB in [\d.]+ s \(\d+ files\/s, [\d.]+ MB\/s\) \(2 skipped\)\n$/,
  );
});

Deno.test("progressBar() with mode 'summary' stays quiet on a terminal (as under CI=true)", () => {
  const s = sink(true);
  const bar = progressBar(2, { stream: s, mode: "summary", intervalMs: 0, now: clock(10) });
  bar.update(1);
  assert.equal(s.text(), "");
  bar.update(2);
  bar.finish();
  assert.equal(s.text().split("\n").length, 2);
});

Deno.test("progressBar() in auto mode is quiet on a terminal when CI=true is set", () => {
  const before = Deno.env.get("CI");
  Deno.env.set("CI", "true");
  try {
    const s = sink(true);
    const bar = progressBar(2, { stream: s, intervalMs: 0, now: clock(10) });
    bar.update(1);
    assert.equal(s.text(), "");
    bar.finish();
    assert.equal(s.text().includes("\r"), false);
  } finally {
    if (before === undefined) Deno.env.delete("CI");
    else Deno.env.set("CI", before);
  }
});

Deno.test("progressBar() throttles redraws to intervalMs", () => {
  const s = sink(true);
  const bar = progressBar(1000, { stream: s, mode: "bar", intervalMs: 100, now: clock(10) });
  for (let i = 1; i < 1000; i++) bar.update(i);
  const redraws = s.text().split("\r").length - 1;
  // 999 updates, 10 ms apart: about one redraw per 100 ms.
  assert.ok(redraws >= 90 && redraws <= 110, `redraws: ${redraws}`);
});

Deno.test("progressBar() with mode 'silent' writes nothing, even on finish", () => {
  const s = sink(true);
  const bar = progressBar(1, { stream: s, mode: "silent" });
  bar.update(1);
  bar.finish();
  assert.equal(s.text(), "");
});

Deno.test("progressBar() rejects a bad mode, a negative total and a stream without writeSync", () => {
  assert.throws(
    () => progressBar(1, { mode: "loud" as "bar" }),
    (e: unknown) =>
      e instanceof TypeError &&
      /mode: expected one of .*"bar".*found "loud"/.test((e as Error).message),
  );
  assert.throws(
    () => progressBar(-1),
    (e: unknown) => e instanceof RangeError && /total/.test((e as Error).message),
  );
  assert.throws(
    () => progressBar(1, { stream: {} as ProgressStream }),
    (e: unknown) => e instanceof TypeError && /writeSync/.test((e as Error).message),
  );
});

Deno.test("progressHooks() learns the total from the first call and drives one bar", () => {
  const s = sink(true);
  const hooks = progressHooks({
    stream: s,
    mode: "bar",
    intervalMs: 0,
    now: clock(100),
    label: "claims",
  });
  hooks.parallel({ files: 1, total: 2, bytes: 500_000, claims: 4 });
  hooks.parallel({ files: 2, total: 2, bytes: 1_000_000, claims: 9 });
  hooks.finish();
  assert.match(s.text(), /claims █+ 100% 2\/2 files/);
  assert.match(s.text(), /claims: 2\/2 files, 1\.0 MB, 9 claims in/);
  const quiet = sink(true);
  progressHooks({ stream: quiet }).finish();
  assert.equal(quiet.text(), "");
});

Deno.test("progressHooks() in Jupyter shows one display and updates it, escaping the label", async () => {
  const sent: { type: string; content: Record<string, unknown> }[] = [];
  const hooks = progressHooks({
    jupyter: (type, content) => {
      sent.push({ type, content });
      return Promise.resolve();
    },
    label: "<b>claims</b>",
    intervalMs: 0,
    now: clock(50),
  });
  hooks.parallel({ files: 1, total: 3, bytes: 1000, claims: 2 });
  hooks.parallel({ files: 3, total: 3, bytes: 3000, claims: 5 });
  await hooks.finish();
  assert.deepEqual(sent.map((m) => m.type), [
    "display_data",
    "update_display_data",
    "update_display_data",
  ]);
  const ids = new Set(sent.map((m) => (m.content.transient as { display_id: string }).display_id));
  assert.equal(ids.size, 1);
  const last = sent.at(-1)!.content.data as Record<string, string>;
  // Live updates show the elapsed time; the final state has none (the same text on every run).
  const first = sent[0].content.data as Record<string, string>;
  assert.match(first["text/plain"], /^<b>claims<\/b>: 1\/3 files, 0\.0 MB, 2 claims, [\d.]+ s$/);
  assert.equal(last["text/plain"], "<b>claims</b>: 3/3 files, 0.0 MB, 5 claims done");
  assert.match(last["text/html"], /<progress value="3" max="3"/);
  assert.ok(last["text/html"].includes("&lt;b&gt;claims&lt;/b&gt;"));
  assert.ok(!last["text/html"].includes("<b>"));
});

Deno.test("progressHooks() outside a kernel falls back to the stderr bar", async () => {
  const s = sink(false);
  const hooks = progressHooks({ stream: s, now: clock(10) });
  hooks.load(1, 1);
  await hooks.finish();
  assert.match(s.text(), /^progress: 1\/1 files in/);
});

Deno.test("progressBar() in auto mode under CI writes only the summary, even on a terminal", () => {
  const s = sink(true);
  const bar = progressBar(2, { stream: s, mode: "auto", intervalMs: 0, now: clock(10), ci: true });
  bar.update(1);
  bar.update(2);
  bar.finish();
  const out = s.text();
  assert.equal(out.includes("\r"), false);
  assert.match(out, /2\/2 files/);
  assert.equal(out.split("\n").length, 2);
});
