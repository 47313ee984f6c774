import assert from "node:assert/strict";
import { article } from "./_assert_fixtures.ts";
import { loadArticles } from "../lib/load/load_articles.ts";
import { plantedCopies, writeCorpus } from "../bench/_corpus.ts";
import { findSyndication, syndicationNotes } from "../lib/tables/syndication.ts";
import { syndicationHtml } from "../lib/notebook/assertions_view.ts";
import { SYNDICATION_COLUMNS, writeAssertionFiles } from "../lib/mod.ts";

// Sentences of our own: a story about an invented ferry, and an unrelated one about a bakery.
const STORY = [
  "The river ferry at Lomkivka resumed crossings on a cold grey morning after a week of repairs.",
  "Engineers replaced two rusted hinges on the loading ramp and tested the winch for an hour.",
  "The harbour master said twelve trucks and forty cars crossed before noon without any delay.",
  "Farmers on the eastern bank had waited for days to bring their grain to the rail depot.",
  "A spokesman for the regional council called the repair quick work by a small local crew.",
  "Night crossings remain suspended until new floodlights arrive from the city warehouse.",
];
const OTHER = [
  "A bakery in the old market square doubled its bread output to feed a crowded shelter nearby.",
  "Volunteers carried flour sacks up a narrow staircase while the ovens ran through the night.",
  "The owner said the shelter needed three hundred loaves a day until the cold spell ends.",
  "Neighbours brought spare jars of honey and a few crates of apples to the back door.",
  "The town council promised to pay for extra firewood before the end of the month.",
  "A spokesman for the regional council called the repair quick work by a small local crew.",
];

Deno.test("findSyndication() marks a reprint with a changed headline as a copy of the earlier article", () => {
  const a = article("w1", "2025-03-02", ["Ferry back in service at Lomkivka", ...STORY], "Wire");
  const b = article(
    "w2",
    "2025-03-03",
    ["Lomkivka crossing reopens after repairs", ...STORY],
    "Site",
  );
  const c = article("w3", "2025-03-02", ["Bakery feeds a shelter", ...OTHER], "Paper");
  const s = findSyndication([b, c, a]);
  assert.equal(s.rows.length, 1);
  assert.equal(s.rows[0].article, "w2");
  assert.equal(s.rows[0].original, "w1");
  assert.ok(s.rows[0].shared > 0.85 && s.rows[0].shared < 1, String(s.rows[0].shared));
  assert.deepEqual(s.groups, [{ original: "w1", articles: ["w1", "w2"] }]);
  assert.equal(s.originalOf.get("w2"), "w1");
  assert.equal(s.originalOf.has("w3"), false);
  assert.match(syndicationNotes(s)[0], /^w2 reprints w1: (8\d|9\d)% of its text shared$/);
});

Deno.test("findSyndication() does not take a shared quote alone for a copy", () => {
  // Both articles quote the same council sentence (the last of each list), nothing else in common.
  const a = article("q1", "2025-03-02", ["Ferry", ...STORY]);
  const b = article("q2", "2025-03-02", ["Bakery", ...OTHER]);
  const s = findSyndication([a, b]);
  assert.deepEqual(s.rows, []);
  assert.deepEqual(s.groups, []);
});

Deno.test("findSyndication() finds a copy that adds its own lead and drops the last paragraph", () => {
  const a = article("t1", "2025-03-04", ["Ferry", ...STORY]);
  const lead = "Our correspondent adds that the queue on the western bank stretched for a mile.";
  const b = article("t2", "2025-03-04", ["Ferry returns", lead, ...STORY.slice(0, -1)]);
  const s = findSyndication([a, b]);
  assert.deepEqual(s.rows.map((r) => [r.article, r.original]), [["t2", "t1"]]);
  assert.ok(s.rows[0].shared >= 0.7, String(s.rows[0].shared));
});

Deno.test("findSyndication() names the earliest article the original; undated articles come last", () => {
  const text = ["Ferry", ...STORY];
  const s = findSyndication([
    article("z9", "2025-03-01", text),
    article("a1", null, text),
    article("m5", "2025-03-02", text),
  ]);
  assert.deepEqual(s.groups, [{ original: "z9", articles: ["z9", "m5", "a1"] }]);
  assert.deepEqual(s.rows.map((r) => [r.article, r.original, r.shared]), [
    ["m5", "z9", 1],
    ["a1", "z9", 1],
  ]);
});

Deno.test("findSyndication() gives the same result in any input order", () => {
  const arts = [
    article("b", "2025-03-02", ["One", ...STORY]),
    article("a", "2025-03-02", ["Two", ...STORY]),
    article("c", "2025-03-02", ["Three", ...OTHER]),
    article("d", "2025-03-05", ["Four", ...OTHER.slice(1)]),
  ];
  const first = findSyndication(arts);
  const again = findSyndication([...arts].reverse());
  assert.deepEqual(again.rows, first.rows);
  assert.deepEqual(again.groups, first.groups);
  assert.deepEqual(first.groups.map((g) => g.original), ["a", "c"]);
});

Deno.test("findSyndication() compares prose only: comments and a shared header line do not make copies", () => {
  const a = article("h1", "2025-03-02", ["Ferry", ...STORY.slice(0, 2), [
    "comment",
    OTHER.join(" "),
  ]]);
  const b = article("h2", "2025-03-02", ["Bakery", ...STORY.slice(3), [
    "comment",
    OTHER.join(" "),
  ]]);
  assert.deepEqual(findSyndication([a, b]).rows, []);
  // Too short to judge: fewer shingles than minShingles.
  const short = findSyndication([
    article("s1", "2025-03-02", ["Ferry back in service today"]),
    article("s2", "2025-03-02", ["Ferry back in service today"]),
  ]);
  assert.deepEqual(short.rows, []);
});

Deno.test("findSyndication() leaves out text more than commonDocs articles share: three with one text are copies, unless commonDocs is 2", () => {
  const list = [
    article("f1", "2025-03-02", ["Ferry", ...STORY]),
    article("f2", "2025-03-03", ["Ferry again", ...STORY]),
    article("f3", "2025-03-04", ["Ferry once more", ...STORY]),
  ];
  assert.deepEqual(findSyndication(list).rows.map((r) => [r.article, r.original]), [
    ["f2", "f1"],
    ["f3", "f1"],
  ]);
  assert.deepEqual(findSyndication(list, { commonDocs: 2 }).rows, []);
  assert.equal(findSyndication(list, { commonDocs: 3 }).rows.length, 2);
});

Deno.test("findSyndication() rejects bad input with the expected error", () => {
  assert.throws(() => findSyndication("x" as never), {
    name: "TypeError",
    message: /findSyndication: articles: expected an array of articles, found "x"/,
  });
  assert.throws(() => findSyndication([{ id: 1 } as never]), {
    name: "TypeError",
    message: /articles\[0\]: expected an article with id, text and paragraphs/,
  });
  assert.throws(() => findSyndication([], { threshold: 2 }), {
    name: "RangeError",
    message: /options.threshold: expected a number from 0 to 1, found 2/,
  });
  assert.throws(() => findSyndication([], { bands: 2.5 }), {
    name: "RangeError",
    message: /options.bands: expected a whole number, found 2.5/,
  });
  const a = article("x", null, ["Ferry", ...STORY]);
  assert.throws(() => findSyndication([a, a]), {
    name: "TypeError",
    message: /article id x appears twice/,
  });
});

Deno.test("findSyndication() finds the copies gen_corpus --copies plants, and nothing else", async () => {
  const dir = await Deno.makeTempDir({ prefix: "claimgap-copies-" });
  try {
    await writeCorpus(dir, 200, { seed: 3, copies: 0.2, formats: ["txt"] });
    const truth = plantedCopies(200, 3, 0.2);
    assert.ok(truth.size >= 20, `planted ${truth.size}`);
    const { articles } = await loadArticles(dir);
    const s = findSyndication(articles);
    const root = (id: string) => truth.get(id) ?? id;
    for (const r of s.rows) assert.equal(root(r.article), root(r.original), r.article);
    for (const [copy, first] of truth) {
      assert.ok(s.originalOf.has(copy), `${copy} found`);
      assert.equal(s.originalOf.get(copy), s.originalOf.get(first), `${copy} with ${first}`);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("syndicationHtml() shows the notes with article ids as text, never markup", () => {
  const bad = '<img src=x onerror="window.__xss=1">';
  const a = article("w1", "2025-03-02", ["Ferry back in service at Lomkivka", ...STORY], "Wire");
  const b = article(bad, "2025-03-03", ["Lomkivka crossing reopens", ...STORY], "Site");
  const html = syndicationHtml(findSyndication([a, b]));
  assert.ok(!html.includes("<img"), html);
  assert.match(html, /&lt;img src=x onerror=&quot;window\.__xss=1&quot;&gt; reprints w1/);
  assert.equal(syndicationHtml(findSyndication([a])), "<p>No syndicated copies found.</p>");
});

Deno.test("SYNDICATION_COLUMNS are a copy row's fields, and syndication.csv is written with them", async () => {
  assert.deepEqual(SYNDICATION_COLUMNS, ["article", "original", "shared"]);
  const text = ["Ferry", ...STORY];
  const s = findSyndication([article("z9", "2025-03-01", text), article("m5", "2025-03-02", text)]);
  assert.deepEqual(s.rows.map((r) => Object.keys(r)), [[...SYNDICATION_COLUMNS]]);
  const dir = await Deno.makeTempDir();
  try {
    const files = await writeAssertionFiles(dir, { assertions: [], syndication: s });
    assert.equal(files[3], `${dir}/syndication.csv`);
    assert.equal(await Deno.readTextFile(files[3]), "article,original,shared\r\nm5,z9,1\r\n");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
