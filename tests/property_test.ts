/**
 * Property-based tests (fast-check) of the loader and the extractor on hostile text: arbitrary
 * Unicode, very long lines, NUL bytes, CR/CRLF/LF mixes, Cyrillic and right-to-left text,
 * zero-width characters, unbalanced quotes, impossible header dates and junk headers, plus
 * sentences assembled from claim-like fragments so the extractor really produces claims.
 *
 * Invariants: no throw (parseArticleFile documents only TypeError on wrong argument types); every
 * paragraph is a span inside the text; every claim's quote is `text.slice(start, end)`; every
 * input file ends as articles or as a reported skip; same input → same output.
 *
 * Fixed seeds, so a failure reproduces; the counterexample is printed by fast-check.
 */
import { textAt } from "../lib/shared/offsets.ts";
import assert from "node:assert/strict";
import fc from "npm:fast-check@4.3.0";
import { loadArticles } from "../lib/load/load_articles.ts";
import { parseArticleFile } from "../lib/load/parse_file.ts";
import { extractClaims } from "../lib/extract/mod.ts";
import { highlightQuote } from "../lib/notebook/highlight.ts";
import { tableHtml } from "../lib/notebook/display.ts";
import type { Article, Claim, LoadEntry } from "../lib/shared/types.ts";
import { CLAIM_KINDS, ROLES, SIDES, STATUSES } from "../lib/shared/types.ts";

const SEED = 42;

// ---------------------------------------------------------------------------------------------
// Generators

/** Pieces that break naive text handling. */
const NASTY = [
  "\0",
  "\r",
  "\n",
  "\r\n",
  "\n\n",
  "\r\n\r\n",
  "\t",
  "\u200b", // zero-width space
  "\u200c",
  "\u200d",
  "\u2060",
  "\ufeff", // BOM in the middle
  "\u202e", // right-to-left override
  "\u2066",
  "\u00ad", // soft hyphen
  '"',
  "“",
  "«",
  "'",
  "‘",
  "(",
  "[",
  "</p>",
  "<b>",
  "&amp;",
  "\ud83d\ude80", // astral (surrogate pair)
  "\ud800", // lone surrogate
  "e\u0301", // combining accent
  "Покровськ",
  "Мирноград узято.",
  "Минобороны России заявило",
  "חדשות",
  "الجيش الأوكراني",
  "...",
  "?!",
  " date 2025-02-30  Outlet",
  " date 2025-13-01",
  " date 0000-00-00  X",
  " date yesterday  Daily Planet",
  "date",
  "---",
  "# ",
  "FILE PHOTO: ",
  "Advertisement",
];

/** Claim-like fragments (my own words), so the extractor has something to find. */
const ACTORS = [
  "The Russian Defence Ministry",
  "Ukraine's General Staff",
  "DeepState",
  "ISW",
  "Rybar",
  "Ukrainian forces",
  "Russian troops",
  "Volodymyr Zelenskyy",
  "Vladimir Putin",
  "Officials in Kyiv",
];
const VERBS = [
  "said its forces captured",
  "claimed full control of",
  "denied the fall of",
  "reported fighting in",
  "said troops repelled attacks near",
  "said Russian units advanced in",
  "said defenders still hold",
  "reported that troops were encircled in",
  "said its units recaptured",
  "said the grey zone now covers",
];
const PLACES = [
  "Pokrovsk",
  "Myrnohrad",
  "Toretsk",
  "Krasnohorivka",
  "Kupiansk",
  "Chasiv Yar",
  "Kurakhove",
  "Vuhledar",
  "Avdiivka",
  "Siversk",
];
const WHEN = ["", " on Tuesday", " on 3 March", " last week", " on 2025-02-30", " yesterday"];

const claimSentence = fc
  .tuple(
    fc.constantFrom(...ACTORS),
    fc.constantFrom(...VERBS),
    fc.constantFrom(...PLACES),
    fc.constantFrom(...WHEN),
    fc.constantFrom(".", "!", "", ".”", '."', " …"),
  )
  .map(([a, v, p, w, end]) => `${a} ${v} ${p}${w}${end}`);

/** A long line: one token repeated (up to ~60 KB). */
const longLine = fc
  .tuple(
    fc.constantFrom("word ", "Покровськ ", "x", "\u200b", "a,", "«"),
    fc.integer({ min: 200, max: 6000 }),
  )
  .map(([t, n]) => t.repeat(n));

const piece = fc.oneof(
  { weight: 4, arbitrary: claimSentence },
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(" ", "  ", "\n", "\r\n", "\r", "\n\n") },
  { weight: 1, arbitrary: longLine },
);

/** An optional header line (valid, impossible or junk), then pieces. */
const header = fc.oneof(
  fc.constant(""),
  fc.constantFrom(
    " date 2025-11-05  Kyiv Post\n",
    " date 2025-02-30  Kyiv Post\n",
    " date 2024-02-29  Daily Planet\r\n",
    " date 2023-02-29 Outlet with one space\n",
    " date 2025-11-05\n",
    " date ½½½  \u202eRTL outlet\n",
    "date\n",
    " date \0\0  Nul Outlet\n",
    "---\ndate: 2025-02-30\ntitle: «unbalanced\n---\n",
    '---\ndate: 2025-11-05\noutlet: "Bad\n',
  ),
  fc.string({ unit: "binary", maxLength: 30 }).map((s) => ` date ${s}  ${s}\n`),
);

const articleText = fc
  .tuple(header, fc.array(piece, { minLength: 0, maxLength: 25 }))
  .map(([h, ps]) => h + ps.join(""));

const EXTENSIONS = [".txt", ".txt", ".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv", ""];

/** JSON / JSONL bodies built from generated texts (some broken). */
function jsonBody(ext: string, texts: string[], broken: boolean): string {
  const recs = texts.map((t, i) => ({
    id: `r${i}`,
    date: i % 2 ? "2025-02-30" : "2025-11-05",
    text: t,
  }));
  let s = ext === ".json"
    ? JSON.stringify(recs)
    : recs.map((r) => JSON.stringify(r)).join(texts.length % 2 ? "\r\n" : "\n");
  if (broken) s = s.slice(0, Math.max(1, Math.floor(s.length / 2)));
  return s;
}

/** HTML built around generated text (text is escaped or not: both must be safe). */
function htmlBody(text: string, raw: boolean): string {
  const body = raw ? text : text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<!DOCTYPE html><html><head><title>${body.slice(0, 30)}</title>` +
    `<meta name="date" content="2025-02-30"></head><body><article><h1>T</h1>` +
    body.split(/\n\n+/).map((p) => `<p>${p}</p>`).join("") + `</article></body></html>`;
}

/** One generated input file: its name and bytes. */
const inputFile = fc
  .record({
    ext: fc.constantFrom(...EXTENSIONS),
    text: articleText,
    more: fc.array(articleText, { maxLength: 3 }),
    mode: fc.constantFrom(
      "utf8",
      "utf8",
      "utf8",
      "raw",
      "bom",
      "utf16le",
      "json-broken",
      "html-raw",
    ),
    rawBytes: fc.uint8Array({ maxLength: 300 }),
    name: fc.stringMatching(/^[a-z0-9_][a-z0-9_.-]{0,12}$/),
  })
  .map(({ ext, text, more, mode, rawBytes, name }) => {
    const path = `in/${name}${ext}`;
    let content = text;
    if (ext === ".json" || ext === ".jsonl") {
      content = jsonBody(ext, [text, ...more], mode === "json-broken");
    } else if (ext === ".html" || ext === ".htm") {
      content = htmlBody(text, mode === "html-raw");
    }
    let bytes: Uint8Array;
    if (mode === "raw") bytes = rawBytes;
    else if (mode === "bom") bytes = new TextEncoder().encode("\ufeff" + content);
    else if (mode === "utf16le") {
      bytes = new Uint8Array(2 + content.length * 2);
      bytes[0] = 0xff;
      bytes[1] = 0xfe;
      for (let i = 0; i < content.length; i++) {
        const c = content.charCodeAt(i);
        bytes[2 + 2 * i] = c & 0xff;
        bytes[3 + 2 * i] = c >> 8;
      }
    } else bytes = new TextEncoder().encode(content);
    return { path, bytes, content, mode, ext };
  });

// ---------------------------------------------------------------------------------------------
// Invariant checks

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(d: string): boolean {
  if (!ISO.test(d)) return false;
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}

function checkArticle(a: Article, where: string): void {
  assert.equal(typeof a.text, "string", `${where}: text`);
  assert.ok(typeof a.id === "string" && a.id !== "", `${where}: id ${JSON.stringify(a.id)}`);
  assert.ok(a.date === null || isRealDay(a.date), `${where}: date ${JSON.stringify(a.date)}`);
  assert.ok(Array.isArray(a.paragraphs), `${where}: paragraphs`);
  let prevEnd = 0;
  a.paragraphs.forEach((p, i) => {
    const w = `${where}: paragraph ${i} [${p.start}, ${p.end}) of ${a.text.length}`;
    assert.ok(Number.isInteger(p.start) && Number.isInteger(p.end), `${w}: integer offsets`);
    assert.ok(0 <= p.start && p.start <= p.end && p.end <= a.text.length, `${w}: inside text`);
    assert.ok(p.start >= prevEnd, `${w}: overlaps the previous paragraph (ended ${prevEnd})`);
    prevEnd = p.end;
    if (p.repeatOf !== undefined) {
      assert.ok(
        Number.isInteger(p.repeatOf) && p.repeatOf >= 0 && p.repeatOf < i,
        `${w}: repeatOf ${p.repeatOf}`,
      );
    }
    if (p.date !== undefined && p.date !== null) {
      assert.ok(isRealDay(p.date), `${w}: paragraph date ${JSON.stringify(p.date)}`);
    }
  });
}

function checkEntry(
  r: { articles: Article[]; entry: LoadEntry },
  path: string,
): void {
  const { articles, entry } = r;
  assert.equal(entry.file, path, "entry names the file");
  assert.ok(["read", "repaired", "skipped"].includes(entry.action), `action ${entry.action}`);
  if (entry.action === "skipped") {
    assert.equal(articles.length, 0, "a skipped file gives no article");
    assert.ok(entry.notes.length > 0 && entry.notes.every((n) => n.trim() !== ""), "skip reason");
  } else {
    assert.ok(articles.length > 0, `a ${entry.action} file gives articles`);
    assert.deepEqual(entry.articles, articles.map((a) => a.id), "entry lists the article ids");
  }
  if (entry.action === "repaired") assert.ok(entry.notes.length > 0, "repair is explained");
  if (entry.line !== undefined) assert.ok(Number.isInteger(entry.line) && entry.line >= 1);
  articles.forEach((a, i) => checkArticle(a, `${path} article ${i}`));
}

function checkClaims(claims: Claim[], articles: Article[]): void {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const ids = new Set<string>();
  claims.forEach((c, i) => {
    const a = byId.get(c.article);
    const w = `claim ${i} (${c.article}:${c.start}-${c.end})`;
    assert.ok(a, `${w}: names a loaded article`);
    assert.ok(
      Number.isInteger(c.start) && Number.isInteger(c.end) && 0 <= c.start &&
        c.start <= c.end && c.end <= a.text.length,
      `${w}: offsets inside the text (${a.text.length})`,
    );
    assert.equal(c.quote, textAt(a.text, c.start, c.end), `${w}: quote is the text at its offsets`);
    assert.ok(c.quote.trim() !== "", `${w}: quote not blank`);
    assert.ok(SIDES.includes(c.side), `${w}: side ${c.side}`);
    assert.ok(ROLES.includes(c.role), `${w}: role ${c.role}`);
    assert.ok(CLAIM_KINDS.includes(c.claim), `${w}: claim ${c.claim}`);
    assert.ok(STATUSES.includes(c.status), `${w}: status ${c.status}`);
    assert.ok(c.date === null || isRealDay(c.date), `${w}: date ${JSON.stringify(c.date)}`);
    assert.ok(
      c.reported === null || isRealDay(c.reported),
      `${w}: reported ${JSON.stringify(c.reported)}`,
    );
    assert.ok(typeof c.place === "string" && c.place !== "", `${w}: place`);
    assert.ok(typeof c.claimant === "string" && c.claimant !== "", `${w}: claimant`);
    if (c.id !== undefined) {
      assert.ok(!ids.has(c.id), `${w}: id ${c.id} unique`);
      ids.add(c.id);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Properties

Deno.test("parseArticleFile() never throws on hostile bytes: every file is articles or a skip", () => {
  let read = 0, repaired = 0, skipped = 0;
  fc.assert(
    fc.property(inputFile, ({ path, bytes }) => {
      const r = parseArticleFile(bytes, path);
      checkEntry(r, path);
      if (r.entry.action === "read") read++;
      else if (r.entry.action === "repaired") repaired++;
      else skipped++;
    }),
    { seed: SEED, numRuns: 1000 },
  );
  // The generator must exercise every outcome, or the property proves little.
  assert.ok(
    read > 50 && repaired > 20 && skipped > 50,
    `read ${read} repaired ${repaired} skipped ${skipped}`,
  );
});

Deno.test("parseArticleFile() keeps .txt/.md text unaltered, so offsets point into the source", () => {
  fc.assert(
    fc.property(
      fc.tuple(articleText, fc.constantFrom(".txt", ".md")),
      ([text, ext]) => {
        const r = parseArticleFile(new TextEncoder().encode(text), `a${ext}`);
        if (r.entry.action === "skipped") return;
        // Valid UTF-8 without a BOM and without NUL decodes as itself.
        if (text.startsWith("\ufeff") || text.includes("\0")) return;
        if (text.includes("\ud800")) return; // lone surrogate: encoded as U+FFFD, not itself
        assert.equal(r.articles[0].text, text);
      },
    ),
    { seed: SEED, numRuns: 600 },
  );
});

Deno.test("parseArticleFile() is deterministic: same bytes, same articles and entry", () => {
  fc.assert(
    fc.property(inputFile, ({ path, bytes }) => {
      const a = parseArticleFile(bytes, path);
      const b = parseArticleFile(new Uint8Array(bytes), path);
      assert.deepEqual(b, a);
    }),
    { seed: SEED + 1, numRuns: 300 },
  );
});

Deno.test("parseArticleFile() reports an impossible header date (2025-02-30) and keeps the text", () => {
  fc.assert(
    fc.property(
      fc.constantFrom("2025-02-30", "2025-13-01", "2023-02-29", "2025-04-31", "0000-00-00"),
      fc.constantFrom("\n", "\r\n"),
      claimSentence,
      (day, eol, s) => {
        const text = ` date ${day}  Kyiv Post${eol}${s}${eol}${eol}${s}${eol}`;
        const r = parseArticleFile(new TextEncoder().encode(text), "x.txt");
        checkEntry(r, "x.txt");
        assert.equal(r.entry.action, "repaired", JSON.stringify(r.entry));
        assert.equal(r.articles[0].date, null);
        assert.ok(r.entry.notes.some((n) => n.includes(day)), r.entry.notes.join(" | "));
      },
    ),
    { seed: SEED, numRuns: 100 },
  );
});

Deno.test("parseArticleFile() reads the header of a file with CR-only (old Mac) line ends", () => {
  const text =
    " date 2025-11-05  Kyiv Post\rTroops hold the line\r\rDefenders still hold Siversk.\r";
  const r = parseArticleFile(new TextEncoder().encode(text), "mac.txt");
  checkEntry(r, "mac.txt");
  const a = r.articles[0];
  // Either the header is read like with LF/CRLF, or the report says why it was not.
  if (a.date === null) {
    assert.ok(
      r.entry.notes.some((n) => /\bCR\b|line end|carriage/i.test(n)),
      `header date silently lost: ${JSON.stringify({ entry: r.entry, paragraphs: a.paragraphs })}`,
    );
  } else {
    assert.equal(a.date, "2025-11-05");
    assert.equal(a.outlet, "Kyiv Post");
    assert.ok(a.paragraphs.length >= 3, JSON.stringify(a.paragraphs));
  }
});

Deno.test("parseArticleFile() rejects wrong argument types with TypeError naming the argument", () => {
  for (const bad of [null, "text", [1, 2], 42]) {
    assert.throws(
      () => parseArticleFile(bad as unknown as Uint8Array, "a.txt"),
      (e: unknown) => e instanceof TypeError && /bytes expected a Uint8Array/.test(e.message),
    );
  }
  assert.throws(
    () => parseArticleFile(new Uint8Array([65]), "" as string),
    (e: unknown) => e instanceof TypeError && /path expected a non-empty string/.test(e.message),
  );
});

Deno.test("extractClaims() on hostile articles: no throw, quote === text.slice(start, end)", () => {
  let total = 0;
  fc.assert(
    fc.property(
      fc.array(inputFile, { minLength: 1, maxLength: 4 }),
      (files) => {
        const articles: Article[] = [];
        files.forEach(({ path, bytes }, i) => {
          const r = parseArticleFile(bytes, `f${i}_${path.replace(/^in\//, "")}`);
          for (const a of r.articles) {
            if (!articles.some((b) => b.id === a.id)) articles.push(a);
          }
        });
        const claims = extractClaims(articles);
        checkClaims(claims, articles);
        total += claims.length;
        const again = extractClaims(articles.map((a) => structuredClone(a)));
        assert.deepEqual(again, claims, "same articles, same claims");
      },
    ),
    { seed: SEED, numRuns: 250 },
  );
  assert.ok(total > 100, `the generated sentences gave ${total} claims (expected > 100)`);
});

Deno.test("extractClaims() on assembled claim sentences with line-ending mixes and invisible characters", () => {
  let total = 0;
  const sep = fc.constantFrom(
    " ",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    " \u200b",
    "\u00a0",
    "\u202e ",
    "\t",
  );
  fc.assert(
    fc.property(
      fc.array(fc.tuple(claimSentence, sep), { minLength: 1, maxLength: 12 }),
      fc.constantFrom(" date 2025-11-05  Kyiv Post\n\n", " date 2025-02-30  X\r\n", ""),
      (parts, head) => {
        const text = head + parts.map(([s, e]) => s + e).join("");
        const r = parseArticleFile(new TextEncoder().encode(text), "s.txt");
        if (r.entry.action === "skipped") return;
        const before = structuredClone(r.articles);
        const claims = extractClaims(r.articles);
        assert.deepEqual(r.articles, before, "extractClaims() does not mutate its input");
        checkClaims(claims, r.articles);
        total += claims.length;
      },
    ),
    { seed: SEED, numRuns: 400 },
  );
  assert.ok(total > 200, `assembled sentences gave ${total} claims (expected > 200)`);
});

Deno.test("loadArticles() on a temp folder of hostile files: every file is accounted for, twice the same", async () => {
  const dir = await Deno.makeTempDir({ prefix: "claimgap-prop-" });
  try {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(inputFile, {
          minLength: 1,
          maxLength: 8,
          selector: (f) => f.path.toLowerCase(),
        }),
        async (files) => {
          const sub = await Deno.makeTempDir({ dir });
          try {
            for (const f of files) await Deno.writeFile(`${sub}/${f.path.slice(3)}`, f.bytes);
            const progress: number[] = [];
            const a = await loadArticles(sub, { onProgress: (done) => progress.push(done) });
            const b = await loadArticles(sub);
            assert.deepEqual(b, a, "same folder, same result");
            const named = new Set(a.report.entries.map((e) => e.file));
            for (const f of files) {
              const p = `${sub}/${f.path.slice(3)}`;
              assert.ok(named.has(p), `${p} has a report entry`);
            }
            // Ids produced are exactly the articles loaded.
            const fromEntries = a.report.entries.flatMap((e) => e.articles);
            assert.deepEqual(fromEntries, a.articles.map((x) => x.id));
            assert.equal(new Set(fromEntries).size, fromEntries.length, "article ids unique");
            for (const e of a.report.entries) {
              if (e.action === "skipped") assert.ok(e.notes.length > 0, `${e.file}: reason`);
            }
            a.articles.forEach((x) => checkArticle(x, x.path));
            assert.equal(progress.length, a.report.entries.length, "one progress call per file");
          } finally {
            await Deno.remove(sub, { recursive: true });
          }
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

/** Undo the five entities `_escapeHtml` writes. */
function unescapeHtml(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_m, n: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[n]!,
  );
}

const hostileString = fc.oneof(
  claimSentence,
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.array(
    fc.oneof(
      claimSentence,
      fc.constantFrom(...NASTY, "<img src=x onerror=alert(1)>", "</script>", "&lt;", "<mark>"),
    ),
    { maxLength: 6 },
  ).map((xs) => xs.join(" ")),
);

Deno.test("highlightQuote() of any quote: only <mark> tags, and the text is the quote exactly", () => {
  fc.assert(
    fc.property(hostileString, fc.constantFrom(...PLACES), (quote, place) => {
      const c: Claim = {
        article: "a",
        claimant: "Russian Defence Ministry",
        side: "russia",
        role: "official",
        place,
        area: null,
        claim: "captured",
        status: "russia",
        date: null,
        reported: null,
        quote,
        start: 0,
        end: quote.length,
      };
      const h = highlightQuote(c);
      const tags = h.match(/<[^>]*>/g) ?? [];
      for (const t of tags) assert.match(t, /^<(mark class="cg-(claimant|place|claim)"|\/mark)>$/);
      assert.equal(unescapeHtml(h.replace(/<[^>]*>/g, "")), quote);
    }),
    { seed: SEED, numRuns: 400 },
  );
});

Deno.test("tableHtml() of any cell text: only table markup, and each cell's text comes back exactly", () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(hostileString, hostileString), { minLength: 1, maxLength: 5 }),
      (cells) => {
        const rows = cells.map(([a, b]) => ({ quote: a, place: b }));
        const h = tableHtml(rows);
        for (const t of h.match(/<[^>]*>/g) ?? []) {
          // A wide table scrolls in a div; a long cell's text wraps in one.
          assert.match(
            t,
            /^<\/?(table|thead|tbody|tr|th|td|caption|div|wbr)( [a-z]+="[^"<>]*")*>$/,
            t,
          );
        }
        const tds = [...h.matchAll(/<td[^>]*>(?:<div [^>]*>)?([^<]*)(?:<\/div>)?<\/td>/g)].map((
          m,
        ) => unescapeHtml(m[1]));
        assert.deepEqual(tds, rows.flatMap((r) => [r.quote, r.place]));
      },
    ),
    { seed: SEED, numRuns: 300 },
  );
});
