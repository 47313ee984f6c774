import { textAt } from "../lib/shared/offsets.ts";
import assert from "node:assert/strict";
import {
  type Article,
  formatLoadReport,
  loadArticles,
  type LoadEntry,
  type LoadResult,
  parseArticleFile,
} from "../lib/mod.ts";
import { testOrSkip } from "./_skip.ts";

const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const corpus = `${root}/data/articles`;
const fx = `${root}/tests/fixtures/load`;
const enc = new TextEncoder();

let _sample: LoadResult | undefined;
async function sample(): Promise<LoadResult> {
  _sample ??= await loadArticles(corpus);
  return _sample;
}

function byId(r: LoadResult, id: string): Article {
  const a = r.articles.find((x) => x.id === id || x.id.startsWith(`${id}_`));
  assert.ok(a, `article ${id} loaded`);
  return a;
}

function entry(r: LoadResult, name: string): LoadEntry {
  const e = r.report.entries.find((x) => x.file.endsWith(`/${name}`) || x.file === name);
  assert.ok(e, `report entry for ${name}`);
  return e;
}

function para(a: Article, i: number): string {
  return a.text.slice(a.paragraphs[i].start, a.paragraphs[i].end);
}

function kindsOf(a: Article, kind: string): string[] {
  return a.paragraphs.filter((p) => p.kind === kind).map((p) => a.text.slice(p.start, p.end));
}

/** Offsets invariant: spans are in order, non-overlapping, trimmed, non-empty, inside text. */
function assertOffsets(a: Article) {
  let last = 0;
  a.paragraphs.forEach((p, i) => {
    assert.ok(p.start >= last && p.start < p.end && p.end <= a.text.length, `${a.id} #${i}`);
    const s = a.text.slice(p.start, p.end);
    assert.equal(s, s.trim(), `${a.id} paragraph ${i} is trimmed`);
    last = p.end;
    if (p.kind === "repeat") {
      assert.ok(p.repeatOf !== undefined && p.repeatOf < i);
      assert.equal(
        s.replace(/\s+/g, " "),
        para(a, p.repeatOf).replace(/\s+/g, " "),
      );
    }
  });
}

async function withTemp(
  files: Record<string, Uint8Array | string>,
  fn: (dir: string) => Promise<void>,
) {
  const dir = await Deno.makeTempDir({ prefix: "claimgap_load_" });
  try {
    for (const [name, body] of Object.entries(files)) {
      const path = `${dir}/${name}`;
      await Deno.mkdir(path.slice(0, path.lastIndexOf("/")), { recursive: true });
      await Deno.writeFile(path, typeof body === "string" ? enc.encode(body) : body);
    }
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

// --- .txt on the sample corpus ---------------------------------------------------------------

Deno.test("loadArticles() reads the five sample articles sorted by name with stable ids", async () => {
  const r = await sample();
  assert.deepEqual(r.articles.map((a) => a.id.slice(0, 3)), ["000", "001", "002", "003", "004"]);
  assert.equal(r.articles[0].id, "000_bfdbc586fe7f5f88");
  assert.ok(r.articles.every((a) => a.format === "txt"));
  assert.deepEqual(r.report.entries.map((e) => e.action), ["read", "read", "read", "read", "read"]);
  assert.deepEqual(r.report.entries.map((e) => e.articles), r.articles.map((a) => [a.id]));
});

Deno.test("loadArticles() keeps Article.text equal to the file content and every offset valid", async () => {
  const r = await sample();
  for (const a of r.articles) {
    assert.equal(a.text, await Deno.readTextFile(a.path));
    assert.ok(a.paragraphs.length > 3);
    assertOffsets(a);
  }
});

Deno.test("loadArticles() parses the ' date YYYY-MM-DD  Outlet' header line", async () => {
  const a = byId(await sample(), "000");
  assert.equal(a.date, "2025-11-05");
  assert.equal(a.outlet, "Japan Today");
  assert.equal(a.paragraphs[0].kind, "header");
  assert.equal(para(a, 0), "date 2025-11-05  Japan Today");
  assert.equal(a.title, "Russian and Ukrainian troops battle in ruins of Pokrovsk");
  assert.equal(kindsOf(a, "headline").length, 1);
});

Deno.test("loadArticles() splits a header followed by one space and body text (sample 004)", async () => {
  const a = byId(await sample(), "004");
  assert.equal(a.date, "2024-09-07");
  assert.equal(a.outlet, null);
  assert.equal(a.paragraphs[0].kind, "header");
  assert.equal(para(a, 0), "date 2024-09-07");
  assert.equal(a.paragraphs[1].kind, "body");
  assert.ok(para(a, 1).startsWith("On Saturday Russia's defense ministry"));
  assert.equal(a.title, null, "the rest of the header line is not a headline");
});

Deno.test("loadArticles() marks the widget junk after a header date as boilerplate (sample 001)", async () => {
  const a = byId(await sample(), "001");
  assert.equal(a.date, "2025-12-11");
  assert.equal(a.outlet, null);
  assert.equal(a.paragraphs[1].kind, "boilerplate");
  assert.equal(para(a, 1), "+ ↺ − 16 px");
  assert.ok(a.paragraphs.slice(2).every((p) => p.kind === "body"));
});

Deno.test("loadArticles() takes a first short line as headline without a header (sample 003)", async () => {
  const a = byId(await sample(), "003");
  assert.equal(a.date, null);
  assert.equal(a.paragraphs[0].kind, "headline");
  assert.equal(a.title, "Russia builds fortifications to stop Ukrainian invasion");
  // A mid-article subheading stays body: only the first candidate line can be the headline.
  assert.equal(kindsOf(a, "headline").length, 1);
});

Deno.test("loadArticles() gives no headline when the first line is a long sentence (sample 002)", async () => {
  const a = byId(await sample(), "002");
  assert.equal(a.title, null);
  assert.equal(a.paragraphs[0].kind, "body");
  assert.equal(a.paragraphs[0].start, 0);
});

Deno.test("loadArticles() marks FILE PHOTO captions and Reuters credits in sample 000", async () => {
  const a = byId(await sample(), "000");
  const caps = kindsOf(a, "caption");
  assert.equal(caps.length, 2);
  assert.ok(caps.every((c) => c.startsWith("FILE PHOTO:")));
  assert.match(caps[1], /REUTERS\/Anatolii Stepanov/);
  assert.ok(!kindsOf(a, "body").some((b) => b.includes("FILE PHOTO")));
});

Deno.test("loadArticles() marks 'Via AFP' credit line as caption (sample 004)", async () => {
  const a = byId(await sample(), "004");
  assert.deepEqual(kindsOf(a, "caption"), ["Via AFP"]);
});

Deno.test("loadArticles() marks the reader comments after the body of sample 000", async () => {
  const r = await sample();
  const a = byId(r, "000");
  const comments = kindsOf(a, "comment");
  assert.equal(comments.length, 4);
  assert.ok(comments[0].startsWith("Seems to be something brewing"));
  // Every paragraph after the first comment is a comment; the article body ends just before.
  const first = a.paragraphs.findIndex((p) => p.kind === "comment");
  assert.ok(a.paragraphs.slice(first).every((p) => p.kind === "comment"));
  assert.ok(para(a, first - 1).startsWith("Zelenskyy"));
  assert.equal(a.paragraphs[first - 1].kind, "body");
  assert.ok(entry(r, `${a.id}.txt`).notes.some((n) => /4 reader-comment paragraphs/.test(n)));
  // No other sample gets comments.
  for (const b of r.articles.filter((x) => x !== a)) assert.equal(kindsOf(b, "comment").length, 0);
});

Deno.test("loadArticles() keeps sample 002's repeated paragraphs once and reports the count", async () => {
  const r = await sample();
  const a = byId(r, "002");
  const repeats = a.paragraphs.filter((p) => p.kind === "repeat");
  assert.equal(repeats.length, 10);
  for (const p of repeats) {
    assert.equal(a.text.slice(p.start, p.end), para(a, p.repeatOf!));
    assert.notEqual(a.paragraphs[p.repeatOf!].kind, "repeat");
  }
  const kept = a.paragraphs.filter((p) => p.kind !== "repeat").map((p) =>
    a.text.slice(p.start, p.end)
  );
  assert.equal(new Set(kept).size, kept.length, "each text kept once");
  assert.equal(kept.length, 11);
  assert.ok(entry(r, `${a.id}.txt`).notes.some((n) => /^10 repeated paragraphs kept once/.test(n)));
  // The trailing blank lines add no paragraphs.
  assert.equal(a.paragraphs.length, 21);
});

Deno.test("loadArticles() marks sample 004's embedded tweets with their own dates", async () => {
  const a = byId(await sample(), "004");
  const tweets = a.paragraphs.filter((p) => p.kind === "tweet");
  assert.equal(tweets.length, 2);
  assert.deepEqual(tweets.map((t) => t.date), ["2024-09-06", "2024-09-07"]);
  assert.match(a.text.slice(tweets[0].start, tweets[0].end), /\(@distant_earth83\) September 6/);
  assert.match(a.text.slice(tweets[1].start, tweets[1].end), /pic\.twitter\.com/);
  // Body paragraphs have no date of their own.
  assert.ok(a.paragraphs.filter((p) => p.kind === "body").every((p) => p.date === undefined));
});

const goldPath = new URL("../../shared/gold/seeds.jsonl", import.meta.url).pathname;
const goldExists = (() => {
  try {
    return Deno.statSync(goldPath).isFile;
  } catch {
    return false;
  }
})();

testOrSkip({
  name: "loadArticles() leaves every gold claim of the seeds inside one paragraph",
  shared: true,
  skip: goldExists ? null : "../shared/gold/seeds.jsonl is absent",
  async fn() {
    const r = await sample();
    for (const line of (await Deno.readTextFile(goldPath)).trim().split("\n")) {
      const c = JSON.parse(line);
      const a = byId(r, c.article);
      assert.equal(textAt(a.text, c.start, c.end), c.quote);
      const p = a.paragraphs.find((x) => x.start <= c.start && c.end <= x.end);
      assert.ok(p, `claim ${c.start}-${c.end} of ${c.article} inside one paragraph`);
      assert.equal(p.kind === "comment", c.claimant === "reader comment");
    }
  },
});

// --- .txt rules on small texts ---------------------------------------------------------------

function txt(s: string, name = "t.txt") {
  return parseArticleFile(enc.encode(s), name);
}

Deno.test("parseArticleFile() reports a bad header date, keeps the outlet and leaves date null", () => {
  for (const bad of ["2025-02-30", "2025-13-01", "someday"]) {
    const { articles: [a], entry: e } = txt(` date ${bad}  Lake Post\n\nThe ferry left on time.\n`);
    assert.equal(a.date, null);
    assert.equal(a.outlet, "Lake Post");
    assert.equal(e.action, "repaired");
    assert.equal(e.line, 1);
    assert.match(e.notes[0], new RegExp(`bad date in header .*${bad}`));
  }
});

Deno.test("parseArticleFile() takes the day of an ISO timestamp in the header", () => {
  const { articles: [a], entry: e } = txt(
    " date 2025-11-05T10:00:00Z  Lake Post\n\nThe ferry left.\n",
  );
  assert.equal(a.date, "2025-11-05");
  assert.equal(e.action, "read");
});

Deno.test("parseArticleFile() handles CRLF line ends and joins hard-wrapped lines", () => {
  const s =
    " date 2025-04-01  Lake Post\r\n\r\nPark benches\r\n\r\nThe city painted all the benches in the old park\r\ngreen again this spring.\r\n";
  const { articles: [a] } = txt(s);
  assert.equal(a.outlet, "Lake Post");
  assert.equal(a.title, "Park benches");
  assert.deepEqual(a.paragraphs.map((p) => p.kind), ["header", "headline", "body"]);
  assert.equal(
    para(a, 2),
    "The city painted all the benches in the old park\r\ngreen again this spring.",
  );
  assertOffsets(a);
});

Deno.test("parseArticleFile() treats a lone CR as a line end (old Mac files)", () => {
  const { articles: [a] } = txt(
    " date 2025-04-01  Lake Post\rPark benches\r\rThe benches are green.\r",
  );
  assert.deepEqual([a.date, a.outlet, a.title], ["2025-04-01", "Lake Post", "Park benches"]);
  assert.deepEqual(a.paragraphs.map((p) => p.kind), ["header", "headline", "body"]);
  assert.equal(para(a, 2), "The benches are green.");
  const md = parseArticleFile(enc.encode("---\rdate: 2025-04-02\r---\r# Benches\r"), "m.md");
  assert.equal(md.articles[0].date, "2025-04-02");
});

Deno.test("parseArticleFile() marks boilerplate lines and an explicit comment marker", () => {
  const s = [
    "Quiet harbour",
    "",
    "The harbour was calm all week.",
    "",
    "Advertisement",
    "",
    "Boats stayed in port because of fog.",
    "",
    "Read more: other harbour stories",
    "",
    "12 Comments",
    "",
    "The fog was thick here too.",
    "",
    "Reply",
  ].join("\n");
  const { articles: [a], entry: e } = txt(s);
  assert.deepEqual(a.paragraphs.map((p) => p.kind), [
    "headline",
    "body",
    "boilerplate",
    "body",
    "boilerplate",
    "comment",
    "comment",
    "comment",
  ]);
  assert.ok(
    e.notes.some((n) => /3 reader-comment paragraphs marked from line 11 \(marker/.test(n)),
  );
});

Deno.test("parseArticleFile() finds a comment tail without a marker from its user lines", () => {
  const s = [
    "The new bridge opened to traffic on Monday.",
    "The council said the work cost less than planned.",
    "Buses will use the bridge from next week.",
    "The old crossing will close for repairs.",
    "river_fan",
    "2 hours ago",
    "Great news for the town!!",
    "Reply",
    "old_miller",
    "Looks like the buses will be late again lol",
  ].join("\n");
  const { articles: [a] } = txt(s);
  assert.deepEqual(
    a.paragraphs.map((p) => p.kind),
    ["body", "body", "body", "body", ...Array(6).fill("comment")],
  );
});

Deno.test("parseArticleFile() marks repeats that differ only in white space, in line order", () => {
  // Paragraphs 1, 2, 4 and 7 share their first and last words; only 4 and 7 repeat 1.
  const s = "Alpha beta gamma.\n\nAlpha  delta gamma.\n\nWord\n\nAlpha beta\tgamma.\n\n" +
    "Word\n\nZeta eta.\n\nAlpha beta gamma.\n";
  const { articles: [a], entry } = txt(s);
  assert.deepEqual(a.paragraphs.map((p) => [p.kind, p.repeatOf]), [
    ["body", undefined],
    ["body", undefined],
    ["body", undefined],
    ["repeat", 0],
    ["repeat", 2],
    ["body", undefined],
    ["repeat", 0],
  ]);
  assert.deepEqual(entry.notes, [
    '3 repeated paragraphs kept once (marked "repeat" at lines 7-9, 13)',
  ]);
});

Deno.test("parseArticleFile() does not mark a body with one opinion word as comments", () => {
  const s = [
    "The bakery opened at six.",
    "Customers queued in the rain.",
    "The owner said it was obviously worth the wait.",
    "Bread sold out by noon.",
    "The bakery will open again tomorrow.",
  ].join("\n");
  const { articles: [a] } = txt(s);
  assert.equal(kindsOf(a, "comment").length, 0);
});

Deno.test("parseArticleFile() marks a tweet signature line and the tweet text above it", () => {
  const s = [
    "The river rose overnight.",
    "",
    "Water reached the bridge this morning.",
    "— River Watch (@riverwatch) March 3, 2025",
    "",
    "Officials closed the road.",
  ].join("\n");
  const { articles: [a] } = txt(s);
  assert.deepEqual(a.paragraphs.map((p) => [p.kind, p.date ?? null]), [
    ["body", null],
    ["tweet", "2025-03-03"],
    ["tweet", "2025-03-03"],
    ["body", null],
  ]);
});

Deno.test("parseArticleFile() gives a tweet with an impossible date a null date", () => {
  const { articles: [a] } = txt(
    "Snow fell.\n\nLook at this pic.twitter.com/abc — Snow Desk (@snowdesk) February 30, 2025\n",
  );
  const t = a.paragraphs.find((p) => p.kind === "tweet");
  assert.ok(t);
  assert.equal(t.date, null);
});

// --- encodings and bad bytes ---------------------------------------------------------------

function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const v = new DataView(out.buffer);
  let o = 0;
  if (bom) {
    v.setUint16(0, 0xfeff, le);
    o = 2;
  }
  for (let i = 0; i < s.length; i++) v.setUint16(o + i * 2, s.charCodeAt(i), le);
  return out;
}

function cp1251(s: string): Uint8Array {
  // Cyrillic А..я are U+0410..U+044F → 0xC0..0xFF; ASCII unchanged.
  return Uint8Array.from([...s].map((c) => {
    const u = c.charCodeAt(0);
    if (u >= 0x410 && u <= 0x44f) return u - 0x410 + 0xc0;
    assert.ok(u < 0x80, `test helper handles ${c}`);
    return u;
  }));
}

const HEADER_TEXT = " date 2025-03-01  Lake Post\n\nThe ferry left on time.\n";

Deno.test("parseArticleFile() decodes UTF-8 with a BOM and removes only the BOM", () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(HEADER_TEXT)]);
  const { articles: [a], entry: e } = parseArticleFile(bytes, "bom.txt");
  assert.equal(a.text, HEADER_TEXT);
  assert.equal(a.date, "2025-03-01");
  assert.equal(e.action, "read");
  assert.ok(e.notes.some((n) => /BOM removed/.test(n)));
});

Deno.test("parseArticleFile() decodes UTF-16 LE and BE, with BOM or by NUL pattern", () => {
  for (const [le, bom] of [[true, true], [false, true], [true, false], [false, false]]) {
    const { articles: [a], entry: e } = parseArticleFile(utf16(HEADER_TEXT, le, bom), "u16.txt");
    assert.equal(a.text, HEADER_TEXT, `le=${le} bom=${bom}`);
    assert.equal(a.outlet, "Lake Post");
    assert.equal(e.action, "repaired");
    assert.match(e.notes[0], new RegExp(`UTF-16${le ? "LE" : "BE"}`));
  }
});

Deno.test("parseArticleFile() decodes Windows-1251 Cyrillic text", () => {
  const s = " date 2025-03-01  Вести\n\nПаром отошёл вовремя.\n".replace("ё", "е");
  const { articles: [a], entry: e } = parseArticleFile(cp1251(s), "ru.txt");
  assert.equal(a.text, s);
  assert.equal(a.outlet, "Вести");
  assert.equal(e.action, "repaired");
  assert.match(e.notes[0], /Windows-1251/);
});

Deno.test("parseArticleFile() skips undecodable, binary and empty files with the reason", () => {
  const cases: [Uint8Array, RegExp][] = [
    [new Uint8Array([0x41, 0x42, 0xff, 0xfe, 0x43, 0x80, 0x81, 0x20, 0x61]), /^undecodable/],
    [
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      /^binary: .*PNG/,
    ],
    [enc.encode("%PDF-1.7\n%âãÏÓ\n"), /^binary: .*PDF/],
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), /^binary: .*ZIP/],
    [
      new Uint8Array([0x41, 0, 0, 0x42, 0x43, 0x44, 0, 0x45, 0x01, 0x02, 0x03]),
      /^binary: NUL byte/,
    ],
    [new Uint8Array(), /^empty/],
    [enc.encode(" \n\t\r\n  "), /^empty/],
  ];
  for (const [bytes, reason] of cases) {
    const { articles, entry: e } = parseArticleFile(bytes, "bad.txt");
    assert.equal(articles.length, 0);
    assert.equal(e.action, "skipped");
    assert.equal(e.file, "bad.txt");
    assert.match(e.notes[0], reason);
  }
});

Deno.test("parseArticleFile() skips an unknown extension naming it", () => {
  const { entry: e } = parseArticleFile(enc.encode("a,b\n1,2\n"), "table.csv");
  assert.equal(e.action, "skipped");
  assert.match(e.notes[0], /unknown extension \.csv/);
});

Deno.test("parseArticleFile() checks its argument shapes", () => {
  assert.throws(
    () => parseArticleFile("text" as unknown as Uint8Array, "a.txt"),
    { name: "TypeError", message: /bytes expected a Uint8Array, found "text"/ },
  );
  assert.throws(() => parseArticleFile(new Uint8Array(), ""), TypeError);
});

// --- bad inputs in a folder --------------------------------------------------------------

Deno.test("loadArticles() reports every bad file of a folder as repaired or skipped", async () => {
  const r = await loadArticles(`${fx}/bad`);
  const got = Object.fromEntries(
    r.report.entries.map((e) => [e.file.split("/").pop(), [e.action, e.notes[0]]]),
  );
  assert.equal(got["README"][0], "skipped");
  assert.match(got["README"][1], /no file extension/);
  assert.deepEqual(got["empty.txt"], ["skipped", "empty: the file has no bytes"]);
  assert.match(got["spaces.txt"][1], /^empty: .*whitespace/);
  assert.match(got["table.csv"][1], /unknown extension \.csv/);
  for (const f of ["feb30.txt", "month13.txt", "junk.txt"]) {
    assert.equal(got[f][0], "repaired");
    assert.match(got[f][1], /line 1: bad date in header/);
  }
  assert.equal(r.articles.length, 3);
  assert.ok(r.articles.every((a) => a.date === null && a.outlet === "Kyiv Desk"));
  assert.equal(r.report.entries.length, 7, "nothing silently dropped");
});

Deno.test("loadArticles() reports binary, UTF-16, cp1251 and unreadable files in a folder", async () => {
  await withTemp({
    "a.txt": utf16(HEADER_TEXT, true, true),
    "b.txt": cp1251("Паром отошел вовремя."),
    "c.txt": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
    "d.md": new Uint8Array([0x61, 0xff, 0x62]),
  }, async (dir) => {
    await Deno.symlink(`${dir}/missing-target.txt`, `${dir}/e.txt`);
    const r = await loadArticles(dir);
    const acts = r.report.entries.map((e) => `${e.file.split("/").pop()} ${e.action}`);
    assert.deepEqual(acts, [
      "a.txt repaired",
      "b.txt repaired",
      "c.txt skipped",
      "d.md skipped",
      "e.txt skipped",
    ]);
    assert.match(entry(r, "e.txt").notes[0], /^unreadable: /);
    assert.match(entry(r, "d.md").notes[0], /^undecodable: invalid UTF-8 at byte 1/);
    assert.deepEqual(r.articles.map((a) => a.id), ["a", "b"]);
  });
});

Deno.test("loadArticles() throws NotFound naming a missing top-level path", async () => {
  await assert.rejects(
    () => loadArticles(`${fx}/no-such-folder`),
    (e: Error) => e instanceof Deno.errors.NotFound && e.message.includes("no-such-folder"),
  );
});

Deno.test("loadArticles() reports a missing file in a list as a skip and loads the rest", async () => {
  const r = await loadArticles([`${fx}/md/plain.md`, `${fx}/nope.txt`]);
  assert.equal(r.articles.length, 1);
  assert.deepEqual(entry(r, "nope.txt").notes, ["not found"]);
  assert.equal(entry(r, "nope.txt").action, "skipped");
});

Deno.test("loadArticles() checks input and option shapes", async () => {
  await assert.rejects(() => loadArticles(42 as unknown as string), {
    name: "TypeError",
    message: /input expected a path or an array of paths, found number 42/,
  });
  await assert.rejects(() => loadArticles(corpus, { limit: -1 }), RangeError);
  await assert.rejects(() => loadArticles(corpus, { limit: 1.5 }), RangeError);
  await assert.rejects(() => loadArticles(corpus, { limit: "2" as unknown as number }), TypeError);
  await assert.rejects(
    () => loadArticles(corpus, { recursive: "yes" as unknown as boolean }),
    { name: "TypeError", message: /recursive: expected true or false, found "yes"/ },
  );
});

// --- options ---------------------------------------------------------------------------------

Deno.test("loadArticles() stops at limit and reports the files not read", async () => {
  const r = await loadArticles(corpus, { limit: 2 });
  assert.equal(r.articles.length, 2);
  assert.deepEqual(r.report.entries.map((e) => e.action), [
    "read",
    "read",
    "skipped",
    "skipped",
    "skipped",
  ]);
  assert.match(r.report.entries[4].notes[0], /limit reached \(limit: 2\)/);
});

Deno.test("loadArticles() calls onProgress once per file in order", async () => {
  const seen: string[] = [];
  await loadArticles(corpus, {
    onProgress: (d, t, f) => seen.push(`${d}/${t} ${f.slice(-24, -21)}`),
  });
  assert.deepEqual(seen, ["1/5 000", "2/5 001", "3/5 002", "4/5 003", "5/5 004"]);
});

Deno.test("loadArticles() descends into sub-folders by default, and not with recursive: false", async () => {
  const deep = await loadArticles(`${fx}/nested`);
  assert.deepEqual(deep.articles.map((a) => a.id), ["deep", "top"]);
  assert.deepEqual(await loadArticles(`${fx}/nested`, { recursive: true }), deep);
  const flat = await loadArticles(`${fx}/nested`, { recursive: false });
  assert.deepEqual(flat.articles.map((a) => a.id), ["top"]);
  assert.equal(entry(flat, "sub").action, "skipped");
  assert.match(entry(flat, "sub").notes[0], /^folder not read \(top level only: recursive: false/);
});

Deno.test("loadArticles() is deterministic", async () => {
  const a = await loadArticles(`${fx}/json`);
  const b = await loadArticles(`${fx}/json`);
  assert.deepEqual(a, b);
});

// --- .md -------------------------------------------------------------------------------------

Deno.test("loadArticles() reads markdown front matter, headline, caption and comments", async () => {
  const r = await loadArticles([`${fx}/md/front.md`]);
  const a = r.articles[0];
  assert.equal(a.format, "md");
  assert.equal(a.id, "front");
  assert.equal(a.title, "River ferry service restarts");
  assert.equal(a.date, "2025-03-14");
  assert.equal(a.outlet, "Harbour Gazette");
  assert.equal(a.url, "https://example.org/ferry");
  assert.equal(a.text, await Deno.readTextFile(`${fx}/md/front.md`));
  assert.deepEqual(a.paragraphs.map((p) => p.kind), [
    "header",
    "headline",
    "caption",
    "body",
    "body",
    "boilerplate",
    "comment",
    "comment",
    "comment",
  ]);
  assert.ok(para(a, 0).startsWith("---") && para(a, 0).endsWith("---"));
  assert.match(para(a, 3), /^The ferry between .*\nafter a winter break of four months\.$/s);
  assertOffsets(a);
});

Deno.test("loadArticles() takes a markdown '# Title' and reports a bad front-matter date", async () => {
  const r = await loadArticles([`${fx}/md/plain.md`, `${fx}/md/baddate.md`]);
  assert.equal(byId(r, "plain").title, "Market hall reopens");
  const bad = byId(r, "baddate");
  assert.equal(bad.date, null);
  assert.equal(bad.title, "A calendar mistake");
  const e = entry(r, "baddate.md");
  assert.equal(e.action, "repaired");
  assert.equal(e.line, 3);
  assert.match(e.notes[0], /bad date in front matter \("2025-13-01" is not a real calendar day\)/);
});

// --- .html -----------------------------------------------------------------------------------

Deno.test("loadArticles() extracts HTML text and metadata through parse5 without running scripts", async () => {
  const r = await loadArticles(`${fx}/html`);
  const a = byId(r, "page");
  assert.equal(a.format, "html");
  assert.equal(a.title, "Bridge repairs finish early");
  assert.equal(a.outlet, "Valley Times");
  assert.equal(a.date, "2025-11-05");
  assert.equal(a.url, "https://example.org/bridge");
  assert.ok(!a.text.includes("SCRIPT RAN"), "scripts never run");
  for (
    const hidden of ["color: red", "enable scripts", "Hidden template", "Hidden paragraph", "Home"]
  ) {
    assert.ok(!a.text.includes(hidden), `no ${hidden}`);
  }
  assert.ok(!a.text.includes("Copyright notice"), "text comes from <article>");
  assert.deepEqual(a.paragraphs.map((p) => p.kind), [
    "headline",
    "caption",
    "body",
    "body",
    "tweet",
    "boilerplate",
    "comment",
    "comment",
  ]);
  assert.equal(para(a, 2), "Crews finished work on the old stone bridge two weeks ahead of plan.");
  assert.equal(para(a, 3), "The council said traffic would return on Monday.");
  assert.equal(a.paragraphs[4].date, "2025-11-04");
  assert.match(para(a, 4), /walkers\. — Town Desk \(@towndesk\)/);
  assert.match(a.text, /plan\.\n\nThe council/);
  assertOffsets(a);
  assert.ok(
    entry(r, "page.html").notes.some((n) => /offsets point into the extracted text/.test(n)),
  );
});

Deno.test("parseArticleFile() finds HTML metadata as a browser's querySelector does", () => {
  const meta = (html: string) => {
    const a = parseArticleFile(enc.encode(html), "m.html").articles[0];
    return { title: a.title, url: a.url, date: a.date, text: a.text };
  };
  // The first <h1> of the document, inside an <article> or not; an SVG <title> counts as <title>.
  assert.equal(
    meta("<h1>Outside</h1><article><h1>Inside</h1><p>Body.</p></article>").title,
    "Outside",
  );
  assert.equal(meta("<svg><title>Icon</title></svg><title>Page</title><p>Body.</p>").title, "Icon");
  // rel is a whitespace-separated list compared without case; the first match wins.
  assert.equal(
    meta('<link rel="Canonical alternate" href="/a"><link rel="canonical" href="/b"><p>x</p>').url,
    "/a",
  );
  assert.equal(meta('<link rel="canonicalx" href="/a"><p>x</p>').url, null);
  // og:title compares its value with case; an empty one falls through to the next source.
  assert.equal(meta('<meta property="OG:TITLE" content="Upper"><h1>H</h1><p>x</p>').title, "H");
  assert.equal(
    meta('<time>no</time><time datetime=" 2024-01-02 ">x</time><p>Body text.</p>').date,
    "2024-01-02",
  );
  // Template content is not part of the document; the longest <article> (first of equals) wins.
  const t = meta(
    "<template><article>Hidden template text</article></template><main><p>Main.</p></main>",
  );
  assert.equal(t.text, "Main.");
  assert.equal(
    meta("<article>aa</article><article>bbb</article><article>ccc</article>").text,
    "bbb",
  );
  // Scripting is off: <noscript> content is markup, and skipped.
  assert.equal(meta("<body><noscript><p>Enable JS</p></noscript><p>Body.</p>").text, "Body.");
});

Deno.test("parseArticleFile() matches cue patterns with Unicode case folding (ſ reads as s)", () => {
  // "Imageſ" matches the caption credit "Getty Images" only under Unicode case folding (the
  // patterns' u flag): the faster matching without it must not be used for such a text.
  for (const [credit, kind] of [["Getty Imageſ", "caption"], ["Getty Imagez", "body"]] as const) {
    const text =
      `Kyiv said its forces held the line near Pokrovsk.\nThe bridge at dawn. ${credit}\n`;
    const a = parseArticleFile(enc.encode(text), "f.txt").articles[0];
    assert.equal(a.paragraphs[1].kind, kind, credit);
  }
});

Deno.test("loadArticles() reads .htm with an h1 title and reports a bad meta date", async () => {
  const r = await loadArticles(`${fx}/html`);
  const a = byId(r, "bare");
  assert.equal(a.title, "Night trains");
  assert.equal(a.date, null);
  const e = entry(r, "bare.htm");
  assert.equal(e.action, "repaired");
  assert.match(e.notes[0], /bad date in <meta name="date"> \("2025-02-30"/);
});

Deno.test("parseArticleFile() skips an HTML file without visible text", () => {
  const { entry: e } = parseArticleFile(
    enc.encode("<html><head><title>x</title></head><body><script>1</script></body></html>"),
    "blank.html",
  );
  assert.equal(e.action, "skipped");
  assert.match(e.notes[0], /no visible text/);
});

Deno.test("parseArticleFile() skips an HTML document nested too deeply, with the reason", () => {
  const html = "<div>".repeat(1500) + "Deep text." + "</div>".repeat(1500);
  const { articles, entry: e } = parseArticleFile(enc.encode(html), "deep.html");
  assert.equal(articles.length, 0);
  assert.equal(e.action, "skipped");
  assert.match(e.notes[0], /could not parse as html: expected elements nested at most 1000 deep/);
});

Deno.test("parseArticleFile() honours a legacy charset an HTML page declares", () => {
  const head = enc.encode('<html><head><meta charset="windows-1252"></head><body><p>Caf');
  const bytes = new Uint8Array([...head, 0xe9, ...enc.encode(" opens at noon.</p></body></html>")]);
  const { articles: [a], entry: e } = parseArticleFile(bytes, "cafe.html");
  assert.equal(a.text, "Café opens at noon.");
  assert.equal(e.action, "repaired");
  assert.match(e.notes[0], /re-decoded as windows-1252 \(declared in the document/);
  // The same bytes as .txt have no declaration to rely on.
  assert.equal(parseArticleFile(bytes, "cafe.txt").entry.action, "skipped");
});

// --- .json / .jsonl --------------------------------------------------------------------------

Deno.test("loadArticles() reads JSON records and reports records without text", async () => {
  const r = await loadArticles([`${fx}/json/records.json`]);
  assert.deepEqual(r.articles.map((a) => a.id), ["rec-a", "rec-b", "records-4"]);
  const [a, b, c] = r.articles;
  assert.deepEqual([a.date, a.outlet, a.url, a.title], [
    "2025-05-02",
    "Coast News",
    "https://example.org/pier",
    "Pier painted",
  ]);
  assert.equal(a.paragraphs.length, 2);
  assert.deepEqual([b.date, b.outlet, b.format], ["2025-05-03", "Metro Daily", "json"]);
  assert.equal(b.text, "A new bus line starts in June.");
  assert.equal(c.date, null);
  const e = entry(r, "records.json");
  assert.equal(e.action, "repaired");
  assert.equal(e.line, 3);
  assert.match(e.notes[0], /^record 3: record has no text/);
  assert.match(e.notes[1], /^record 4: bad date \("2025-02-29"/);
  r.articles.forEach(assertOffsets);
});

Deno.test("loadArticles() reads {articles: [...]} and single-record JSON files", async () => {
  const r = await loadArticles([`${fx}/json/wrapped.json`, `${fx}/json/single.json`]);
  assert.deepEqual(r.articles.map((a) => a.id), ["one", "wrap-1"]);
});

Deno.test("loadArticles() skips unparsable JSON with the parser message and line", async () => {
  const r = await loadArticles([`${fx}/json/broken.json`]);
  const e = entry(r, "broken.json");
  assert.equal(e.action, "skipped");
  assert.equal(e.line, 2);
  assert.match(e.notes[0], /^unparsable JSON at line 2: /);
});

Deno.test("loadArticles() reads JSONL, reporting bad lines and renaming a duplicate id", async () => {
  const r = await loadArticles([`${fx}/json/lines.jsonl`]);
  assert.deepEqual(r.articles.map((a) => a.id), ["l-1", "l-1~2"]);
  assert.equal(r.articles[0].format, "jsonl");
  const e = entry(r, "lines.jsonl");
  assert.equal(e.action, "repaired");
  assert.deepEqual(e.articles, ["l-1", "l-1~2"]);
  assert.match(e.notes[0], /^line 3: record has no text/);
  assert.match(e.notes[1], /^line 4: unparsable JSON/);
  assert.match(e.notes[2], /^line 5: duplicate id "l-1" renamed "l-1~2"/);
});

Deno.test("loadArticles() makes duplicate ids across files unique and reports them", async () => {
  await withTemp({
    "a/same.txt": "The first copy of the story.",
    "b/same.txt": "The second copy of the story.",
  }, async (dir) => {
    const r = await loadArticles(dir, { recursive: true });
    assert.deepEqual(r.articles.map((a) => a.id), ["same", "same~2"]);
    const e = r.report.entries[1];
    assert.equal(e.action, "repaired");
    assert.match(
      e.notes.join(" "),
      /duplicate id "same" \(first in .*a\/same\.txt\) renamed "same~2"/,
    );
  });
});

Deno.test("parseArticleFile() applies the .txt header rules to a record's text", () => {
  const rec = { id: "h1", text: " date 2025-07-04  Bay Radio\n\nThe beach reopened.\n" };
  const { articles: [a] } = parseArticleFile(enc.encode(JSON.stringify(rec)), "h.json");
  assert.deepEqual([a.date, a.outlet], ["2025-07-04", "Bay Radio"]);
  assert.deepEqual(a.paragraphs.map((p) => p.kind), ["header", "body"]);
  const withDate = { ...rec, date: "2025-07-05", outlet: "Bay TV" };
  const { articles: [b] } = parseArticleFile(enc.encode(JSON.stringify(withDate)), "h.json");
  assert.deepEqual([b.date, b.outlet], ["2025-07-05", "Bay TV"], "record fields win");
});

Deno.test("parseArticleFile() rejects a JSON value that holds no records", () => {
  const { entry: e } = parseArticleFile(enc.encode('"just a string"'), "s.json");
  assert.equal(e.action, "skipped");
  assert.match(e.notes[0], /expected an array of records/);
});

// --- sidecar ---------------------------------------------------------------------------------

Deno.test("loadArticles() applies the articles.csv sidecar and reports its bad rows", async () => {
  const r = await loadArticles(`${fx}/sidecar`);
  assert.deepEqual(r.articles.map((a) => a.id), ["alpha", "beta", "gamma"]);
  const [alpha, beta, gamma] = r.articles;
  assert.equal(alpha.date, "2025-01-11", "sidecar overrides the header date");
  assert.equal(alpha.outlet, "Outlet, Corrected");
  assert.equal(alpha.url, "https://example.org/alpha");
  assert.equal(beta.date, "2025-01-15", "sidecar fills a missing date");
  assert.equal(beta.title, 'Harvest "record" year');
  assert.equal(gamma.date, "2025-01-12", "a bad sidecar date does not override");
  assert.equal(gamma.outlet, "Third Outlet", "an empty cell does not override");
  const e = entry(r, "articles.csv");
  assert.equal(e.action, "repaired");
  assert.equal(e.line, 4);
  assert.ok(e.notes.some((n) => /^line 4: bad date for "gamma"/.test(n)));
  assert.ok(e.notes.some((n) => /^line 5: unknown id "ghost"/.test(n)));
  assert.ok(
    entry(r, "alpha.txt").notes.some((n) => /articles\.csv line 2: date, outlet, url/.test(n)),
  );
  assert.equal(r.report.entries.filter((x) => x.file.endsWith(".csv")).length, 1);
});

Deno.test("loadArticles() reports a malformed sidecar with its line and still loads", async () => {
  await withTemp({
    "one.txt": "The pool reopened.",
    "articles.csv": 'id,date,outlet,url,title\none,2025-01-01,"Pool News,,\n',
  }, async (dir) => {
    const r = await loadArticles(dir);
    assert.equal(r.articles.length, 1);
    assert.equal(r.articles[0].outlet, null);
    const e = entry(r, "articles.csv");
    assert.equal(e.action, "skipped");
    assert.equal(e.line, 2);
    assert.match(e.notes[0], /malformed CSV: .*articles\.csv line 2: expected a closing quote/);
  });
});

Deno.test("loadArticles() takes an explicit sidecar path and throws when it is missing", async () => {
  await withTemp({
    "one.txt": "The pool reopened.",
    "meta/list.csv": "id,outlet\none,Pool News\n",
  }, async (dir) => {
    const r = await loadArticles(`${dir}/one.txt`, { sidecar: `${dir}/meta/list.csv` });
    assert.equal(r.articles[0].outlet, "Pool News");
    await assert.rejects(
      () => loadArticles(`${dir}/one.txt`, { sidecar: `${dir}/nope.csv` }),
      (e: Error) => e instanceof Deno.errors.NotFound && e.message.includes("nope.csv"),
    );
  });
});

Deno.test("loadArticles() notes a sidecar's unknown columns by name, and nothing when every column is known", async () => {
  await withTemp({
    "one.txt": "The pool reopened.",
    "articles.csv": "id,outlet,rating\none,Pool News,5\n",
  }, async (dir) => {
    const r = await loadArticles(dir);
    assert.equal(r.articles[0].outlet, "Pool News");
    assert.deepEqual(entry(r, "articles.csv").notes, [
      "sidecar applied to 1 article",
      "line 1: unknown column rating ignored",
    ]);
  });
  await withTemp({
    "one.txt": "The pool reopened.",
    "articles.csv": "id,date,outlet,url,title\none,2025-01-01,Pool News,,\n",
  }, async (dir) => {
    const e = entry(await loadArticles(dir), "articles.csv");
    assert.deepEqual([e.action, e.notes], ["read", ["sidecar applied to 1 article"]]);
  });
});

Deno.test("loadArticles() given the folder's articles.csv as the sidecar under another spelling reads it once, as the sidecar", async () => {
  await withTemp({
    "one.txt": "The pool reopened.",
    "articles.csv": "id,outlet\none,Pool News\n",
  }, async (dir) => {
    const r = await loadArticles(dir, { sidecar: `${dir}/./articles.csv` });
    assert.equal(r.articles[0].outlet, "Pool News");
    assert.deepEqual(r.report.entries.map((e) => e.file.split("/").pop()).sort(), [
      "articles.csv",
      "one.txt",
    ]);
  });
});

// --- report ------------------------------------------------------------------------------------

Deno.test("formatLoadReport() prints one line per file with action, file, line and reason", async () => {
  const r = await loadArticles(`${fx}/bad`);
  const out = formatLoadReport(r.report).split("\n");
  assert.equal(out.length, r.report.entries.length + 1);
  assert.ok(out.some((l) => /^skipped +\S*bad\/empty\.txt: empty: the file has no bytes$/.test(l)));
  assert.ok(
    out.some((l) => /^repaired +\S*bad\/feb30\.txt:1 \(1 article\): line 1: bad date/.test(l)),
  );
  assert.equal(out.at(-1), "7 files: 0 read, 3 repaired, 4 skipped; 3 articles");
  assert.throws(() => formatLoadReport({} as never), TypeError);
});

Deno.test("loadArticles({recursive}) reads a folder reached twice through a symlink once, reporting the link", async () => {
  await withTemp({
    "a/story.txt": "The bridge reopened on Monday.",
    "b/other.txt": "The ferry ran late again.",
  }, async (dir) => {
    await Deno.symlink(`${dir}/a`, `${dir}/c`); // a second way into a/, not a loop
    const r = await loadArticles(dir, { recursive: true });
    assert.deepEqual(r.articles.map((a) => a.id), ["story", "other"]);
    const link = r.report.entries.find((e) => e.file === `${dir}/c`);
    assert.ok(link, r.report.entries.map((e) => e.file).join(", "));
    assert.equal(link.action, "skipped");
    assert.match(link.notes[0], /symlink to a folder already read: leads to ".*\/a"/);
    assert.doesNotMatch(link.notes[0], /loop/);
  });
});

Deno.test("parseArticleFile() starts the comments at a forum user's header line ('user on May 20th, 2023 at 17:00 UTC »')", () => {
  const text = [
    "Russian forces entered Lyman, DeepState said.",
    "",
    "user_42 on May 20th, 2023 at 17:00 UTC »",
    "",
    "Okay, this claim seems legit.",
    "",
    "Another reader said the town is gone.",
  ].join("\n");
  const [article] = txt(text, "forum.txt").articles;
  assert.deepEqual(kindsOf(article, "body"), ["Russian forces entered Lyman, DeepState said."]);
  assert.deepEqual(kindsOf(article, "comment"), [
    "user_42 on May 20th, 2023 at 17:00 UTC »",
    "Okay, this claim seems legit.",
    "Another reader said the town is gone.",
  ]);
});
