/** The extractor's trace from the command line (`--explain`) and in a notebook (`traceDisplay()`). */
import assert from "node:assert/strict";
import {
  formatTrace,
  loadArticles,
  mimeBundle,
  type SentenceTrace,
  traceDisplay,
} from "../lib/mod.ts";

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

/** A sentence trace of our own, with only what a case needs filled in. */
function sentence(over: Partial<SentenceTrace>): SentenceTrace {
  return {
    start: 0,
    end: 10,
    text: "",
    places: [],
    actors: [],
    frames: [],
    voice: "the article (unknown, media)",
    triggers: [],
    records: [],
    none: null,
    ...over,
  };
}

Deno.test("formatTrace() writes each sentence with a claim word or a record, and skips the others", () => {
  const trace = [
    sentence({ start: 0, end: 20, text: "Snow fell on Lomkivka." }),
    sentence({
      start: 21,
      end: 60,
      text: "The ministry said troops took Lomkivka.",
      places: [{ text: "Lomkivka", place: "Lomkivka", role: "settlement" }],
      actors: ["The ministry → Russian Defence Ministry (russia, official)"],
      frames: ['Russian Defence Ministry: "The ministry … said"'],
      triggers: [{ text: "took", kind: "captured", blocked: null }],
      records: ["Russian Defence Ministry | Lomkivka | captured | russia"],
    }),
    sentence({
      start: 61,
      end: 90,
      text: "Troops tried to take Terny.",
      triggers: [{ text: "take", kind: "captured", blocked: "attempt" }],
      none: "every claim word is blocked (attempt, negation or hypothesis)",
    }),
  ];
  assert.equal(
    formatTrace("w1", trace),
    [
      "w1 21-60: The ministry said troops took Lomkivka.",
      "  places:   Lomkivka → Lomkivka (settlement)",
      "  actors:   The ministry → Russian Defence Ministry (russia, official)",
      '  speakers: Russian Defence Ministry: "The ministry … said"',
      "  claim words: took (captured)",
      "  → Russian Defence Ministry | Lomkivka | captured | russia",
      "w1 61-90: Troops tried to take Terny.",
      "  speakers: none; voice the article (unknown, media)",
      "  claim words: take (captured, attempt)",
      "  no record: every claim word is blocked (attempt, negation or hypothesis)",
    ].join("\n"),
  );
  assert.equal(formatTrace("w1", [trace[0]]), "", "no sentence with a claim word: empty");
});
