/** The extractor's trace from the command line (`--explain`) and in a notebook (`traceDisplay()`). */
import assert from "node:assert/strict";
import { loadArticles, mimeBundle, traceDisplay } from "../lib/mod.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const TEXT = " date 2025-11-05  Test Daily\nHeadline <b>here</b>\n\n" +
  "DeepState said Russian troops entered Lyman.\n\nRussia is trying to capture Kostiantynivka.\n";

Deno.test("traceDisplay() shows each sentence with a claim word, its records and why another gave none, escaped", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/t1.txt`, TEXT);
    const { articles } = await loadArticles(dir);
    const bundle = mimeBundle(traceDisplay(articles[0]));
    assert.match(bundle["text/html"], /2 sentences with a claim word, 1 records/);
    assert.match(bundle["text/html"], /DeepState \| Lyman \| advancing \| contested/);
    assert.match(bundle["text/html"], /every claim word is blocked/);
    assert.doesNotMatch(bundle["text/html"], /<b>here/);
    assert.match(bundle["text/plain"], /^t1 \d+-\d+: DeepState said/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("the claims command with --explain prints the trace of each article instead of records", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/t1.txt`, TEXT);
    const out = await new Deno.Command(`${ROOT}/node_modules/.bin/deno`, {
      args: ["run", "--allow-read", "--allow-env", `${ROOT}/tools/claims.ts`, dir, "--explain"],
      stdout: "piped",
      stderr: "piped",
    }).output();
    const text = new TextDecoder().decode(out.stdout);
    assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
    assert.match(text, /speakers: DeepState: "DeepState … said"/);
    assert.match(text, /→ DeepState \| Lyman \| advancing \| contested/);
    assert.match(text, /capture \(captured, attempt\)/);
    assert.doesNotMatch(text, /^\{"article"/m);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("traceDisplay()'s text lists a sentence's actors, and gives no actors line to a sentence without one", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(
      `${dir}/t1.txt`,
      " date 2025-11-05  Test Daily\n\nDeepState said Russian troops entered Lyman.\n\n" +
        "Troops entered Siversk.\n",
    );
    const { articles } = await loadArticles(dir);
    const [first, second] = mimeBundle(traceDisplay(articles[0]))["text/plain"].split(/\n(?=t1 )/);
    assert.match(
      first,
      /^ {2}actors: {3}DeepState → DeepState \(ukraine, mapping\); Russian troops/m,
    );
    assert.match(second, /^t1 \d+-\d+: Troops entered Siversk\./);
    assert.doesNotMatch(second, /actors:/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
