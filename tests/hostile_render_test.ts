/**
 * Everything claimgap renders escapes article text: tables, load reports, highlighted quotes,
 * chart titles and tooltips, exports. Claims, articles and report entries carry XSS payloads in
 * every text field; the rendered markup must hold them only as text.
 *
 * How "only as text" is checked: the markup (and every SVG inside a data-URL `<img>`) is parsed
 * by jsdom with scripts off, and must contain no `<script>`, no `on*` attribute, no `<iframe>`, no
 * `javascript:` URL and no `<img src=x>`; the literal payload never appears unescaped in the
 * string; and the payload does appear as text (so it was escaped, not silently dropped).
 */
import assert from "node:assert/strict";
import { JSDOM } from "npm:jsdom@26.1.0";
import type { Article, Claim, LoadReport } from "../lib/shared/types.ts";
import {
  dataFrameHtml,
  mimeBundle,
  svgDisplay,
  table,
  tableHtml,
} from "../lib/notebook/display.ts";
import { reportDisplay } from "../lib/notebook/report_display.ts";
import { plotTimeline } from "../lib/plots/plot_timeline.ts";
import { plotGap } from "../lib/plots/plot_gap.ts";
import { plotMap } from "../lib/plots/plot_map.ts";
import { plotLag } from "../lib/plots/plot_lag.ts";
import { plotArticles } from "../lib/plots/plot_articles.ts";
import { articleSummary } from "../lib/tables/summary.ts";
import { CLAIM_COLUMNS, toCsv, toJsonl } from "../lib/tables/export.ts";
import { _escapeHtml } from "../lib/shared/_escape.ts";
import { claimsToCsv } from "../lib/run/extract_claims_format.ts";
import { highlightDisplay, highlightHtml, highlightQuote } from "../lib/notebook/highlight.ts";
import {
  gapChart,
  gapTable,
  lagChart,
  prepareReport,
  reportStatusHtml,
} from "../lib/report/report_data.ts";

const IMG = `<img src=x onerror=alert(1)>`;
const END_SCRIPT = `</script><script>alert(2)</script>`;
const ATTR = `"><svg onload=alert(3)>`;
const SQ = `' onmouseover='alert(4)`;
const PAYLOADS = [IMG, END_SCRIPT, ATTR, SQ];

/** Raw markup fragments that must never appear in rendered output. */
const RAW = ["<img src=x", "<script", "</script>", "<svg onload"];

function hostileClaim(i: number): Claim {
  return {
    article: `a${i}${IMG}`,
    claimant: `Ministry ${IMG}${SQ}`,
    side: (["russia", "ukraine", "independent"] as const)[i % 3],
    role: (["official", "mapping", "official"] as const)[i % 3],
    place: `Pokrovsk${END_SCRIPT}${i % 2}`,
    area: null,
    claim: "captured",
    status: (["russia", "contested", "ukraine"] as const)[i % 3],
    date: `2025-11-0${(i % 5) + 1}`,
    reported: "2025-11-06",
    quote: `${ATTR} said ${IMG} and ${END_SCRIPT}`,
    start: 0,
    end: 10,
    id: `a${i}:0:${i}${ATTR}`,
  };
}

const CLAIMS = [0, 1, 2, 3, 4, 5].map(hostileClaim);

/** Every SVG carried in a data-URL image of `doc`, decoded. */
function dataSvgs(doc: Document): string[] {
  const out: string[] = [];
  for (const img of doc.querySelectorAll("img")) {
    const src = img.getAttribute("src") ?? "";
    const m = /^data:image\/svg\+xml;base64,(.*)$/.exec(src);
    if (m) {
      const bytes = Uint8Array.from(atob(m[1]), (c) => c.charCodeAt(0));
      out.push(new TextDecoder().decode(bytes));
    }
  }
  return out;
}

/** Asserts `markup` is inert; returns its text content (data-URL SVGs included). */
function assertInert(markup: string, where: string): string {
  for (const raw of RAW) {
    assert.ok(
      !markup.includes(raw),
      `${where}: raw ${JSON.stringify(raw)} in markup:\n${markup.slice(0, 2000)}`,
    );
  }
  const dom = new JSDOM(`<!DOCTYPE html><body>${markup}</body>`);
  const doc = dom.window.document;
  assert.equal(doc.querySelectorAll("script").length, 0, `${where}: <script> element`);
  assert.equal(doc.querySelectorAll("iframe, object, embed").length, 0, `${where}: embedded frame`);
  for (const el of doc.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      assert.ok(!/^on/i.test(attr.name), `${where}: <${el.tagName} ${attr.name}="${attr.value}">`);
      assert.ok(!/^\s*javascript:/i.test(attr.value), `${where}: javascript: URL in ${attr.name}`);
    }
    if (el.tagName === "IMG") {
      assert.ok(
        /^data:image\//.test(el.getAttribute("src") ?? ""),
        `${where}: <img> with src ${el.getAttribute("src")}`,
      );
    }
  }
  let text = doc.body.textContent ?? "";
  for (const svg of dataSvgs(doc)) {
    // An SVG image never runs script, but its text must still be escaped (well-formed XML).
    text += "\n" + assertInertSvg(svg, `${where} (data-URL SVG)`);
  }
  dom.window.close();
  return text;
}

function assertInertSvg(svg: string, where: string): string {
  for (const raw of RAW) assert.ok(!svg.includes(raw), `${where}: raw ${JSON.stringify(raw)}`);
  const dom = new JSDOM("");
  const doc = new dom.window.DOMParser().parseFromString(svg, "image/svg+xml");
  assert.equal(doc.getElementsByTagName("parsererror").length, 0, `${where}: not well-formed XML`);
  assert.equal(doc.getElementsByTagName("script").length, 0, `${where}: <script>`);
  for (const el of doc.getElementsByTagName("*")) {
    for (const attr of el.attributes) assert.ok(!/^on/i.test(attr.name), `${where}: ${attr.name}`);
  }
  const text = doc.documentElement.textContent ?? "";
  dom.window.close();
  return text;
}

/** The payload shows as text: present (escaped) in the rendered text. */
function assertShown(text: string, payload: string, where: string): void {
  assert.ok(
    text.includes(payload),
    `${where}: payload ${JSON.stringify(payload)} not shown as text`,
  );
}

Deno.test("tableHtml()/table() escape every cell, column name and caption", () => {
  const rows = CLAIMS.map((c) => ({
    ...c,
    [`col${IMG}`]: SQ,
    list: [IMG, END_SCRIPT],
    obj: { k: ATTR },
  }));
  const markup = tableHtml(rows, { caption: `Claims ${END_SCRIPT}` });
  const text = assertInert(markup, "tableHtml");
  for (const p of PAYLOADS) assertShown(text, p, "tableHtml");
  const bundle = mimeBundle(table(rows, { caption: IMG }));
  assertShown(assertInert(bundle["text/html"], "table() text/html"), IMG, "table()");
  assert.ok(!("application/javascript" in bundle), "no script MIME type");
});

Deno.test("reportDisplay() escapes file names, notes and article ids of a load report", () => {
  const report: LoadReport = {
    entries: [
      { file: `dir/${IMG}.txt`, action: "skipped", articles: [], notes: [`bad ${END_SCRIPT}`] },
      { file: `dir/${ATTR}.html`, action: "read", articles: [`id${SQ}`], notes: [], line: 3 },
    ],
  };
  const html = mimeBundle(reportDisplay(report))["text/html"];
  const text = assertInert(html, "reportDisplay");
  for (const p of PAYLOADS) assertShown(text, p, "reportDisplay");
});

Deno.test("dataFrameHtml() escapes values, columns and index", () => {
  const df = { columns: [`c${IMG}`, "b"], values: [[END_SCRIPT, ATTR], [SQ, 1]], index: [IMG, 2] };
  const text = assertInert(dataFrameHtml(df, { showIndex: true }), "dataFrameHtml");
  for (const p of PAYLOADS) assertShown(text, p, "dataFrameHtml");
});

Deno.test("plotTimeline() escapes places, claimants (tooltips) and the title", () => {
  const svg = plotTimeline(CLAIMS, { title: `Timeline ${IMG}` });
  const text = assertInert(svg, "plotTimeline");
  assertShown(text, IMG, "plotTimeline title/tooltip");
  assertShown(text, `Pokrovsk${END_SCRIPT}0`, "plotTimeline place label");
  // Displayed in a notebook: the same holds for every MIME type.
  const b = mimeBundle(svgDisplay(svg));
  for (const [mime, v] of Object.entries(b)) {
    if (mime === "text/plain") continue;
    if (mime === "image/svg+xml") assertInertSvg(v, `svgDisplay ${mime}`);
    else assertInert(v, `svgDisplay ${mime}`);
  }
});

Deno.test("plotGap() escapes places, claimants, map label and title", () => {
  const rows = CLAIMS.map((c, i) => ({
    ...c,
    asserted: 1,
    assessed_text: i % 2 ? 0.5 : null,
    assessed_map: i % 3 ? 0 : null,
  }));
  const markup = plotGap(rows, {
    title: `Gap ${IMG}`,
    mapLabel: `Map ${END_SCRIPT}`,
    assessment: [{ place: CLAIMS[0].place, date: "2025-11-01", value: 0.5 }],
  });
  const text = assertInert(markup, "plotGap");
  assertShown(text, `Gap ${IMG}`, "plotGap title");
  assertShown(text, `Map ${END_SCRIPT}`, "plotGap legend");
  const b = mimeBundle(svgDisplay(markup));
  assertInert(b["text/html"], "svgDisplay(plotGap)");
});

Deno.test("plotMap() escapes place labels, tooltips, source and title", () => {
  const points = CLAIMS.slice(0, 3).map((c, i) => ({
    place: c.place + i,
    lon: 37 + i / 10,
    lat: 48 + i / 10,
    gap: i === 2 ? null : 0.5,
    date: c.date,
    claimant: c.claimant,
  }));
  const markup = plotMap(points, { title: `Map ${IMG}`, source: `Src ${ATTR}` });
  const text = assertInert(markup, "plotMap");
  assertShown(text, `Map ${IMG}`, "plotMap title");
  assertShown(text, CLAIMS[0].claimant, "plotMap tooltip");
  assertInert(mimeBundle(svgDisplay(markup))["text/html"], "svgDisplay(plotMap)");
});

Deno.test("plotLag() escapes places, claimants, source and title", () => {
  const points = CLAIMS.map((c, i) => ({
    side: c.side,
    place: c.place,
    date: c.date,
    claimant: c.claimant,
    lag_days: i % 2 ? null : i * 3 - 4,
  }));
  const markup = plotLag(points, { title: `Lag ${END_SCRIPT}`, source: `Src ${IMG}` });
  const text = assertInert(markup, "plotLag");
  assertShown(text, `Lag ${END_SCRIPT}`, "plotLag title");
  assertInert(mimeBundle(svgDisplay(markup))["text/html"], "svgDisplay(plotLag)");
});

function hostileArticle(i: number): Article {
  const text = `${IMG} Troops hold ${END_SCRIPT} the town. ${ATTR}`;
  return {
    id: `00${i}_${IMG}`,
    path: `x/${IMG}.txt`,
    format: "txt",
    outlet: i % 2 ? `Outlet ${END_SCRIPT}` : `Outlet ${SQ}`,
    date: `2025-11-0${i + 1}`,
    title: `Title ${ATTR}`,
    url: `javascript:alert(5)`,
    text,
    paragraphs: [{ start: 0, end: text.length, kind: "body" }],
  };
}

Deno.test("plotArticles() escapes outlets, ids and titles (labels and tooltips)", () => {
  const articles = [0, 1, 2, 3].map(hostileArticle);
  for (const mode of ["dots", "count"] as const) {
    const svg = plotArticles(articles, { mode, title: `Articles ${IMG}` });
    const text = assertInert(svg, `plotArticles ${mode}`);
    assertShown(text, `Articles ${IMG}`, `plotArticles ${mode} title`);
    if (mode === "dots") assertShown(text, `Outlet ${END_SCRIPT}`, "plotArticles outlet");
    const b = mimeBundle(svgDisplay(svg));
    assertInert(b["text/html"], `svgDisplay(plotArticles ${mode})`);
    if (b["image/svg+xml"]) assertInertSvg(b["image/svg+xml"], `plotArticles ${mode} svg`);
  }
});

Deno.test("articleSummary() rows render escaped in a table (javascript: url stays text)", () => {
  const rows = articleSummary([0, 1].map(hostileArticle));
  const markup = tableHtml(rows as unknown as Record<string, unknown>[]);
  const text = assertInert(markup, "articleSummary table");
  assertShown(text, `Outlet ${SQ}`, "summary outlet");
  assert.equal(new JSDOM(markup).window.document.querySelectorAll("a").length, 0, "no links");
});

Deno.test("highlightHtml()/highlightQuote()/highlightDisplay() escape quotes, claimants and places", () => {
  // A quote that is really the article text at its offsets, with a place and a claim word in it.
  const article = hostileArticle(0);
  const quote = `Russian troops captured Pokrovsk ${IMG} and ${END_SCRIPT} ${ATTR}.`;
  const c: Claim = { ...hostileClaim(0), article: article.id, quote, start: 0, end: quote.length };
  const q = highlightQuote(c);
  const qt = assertInert(q, "highlightQuote");
  assertShown(qt, IMG, "highlightQuote");
  assertShown(qt, END_SCRIPT, "highlightQuote");
  const list = highlightHtml([c, { ...c, place: `Pokrovsk`, claimant: `Ministry ${SQ}` }]);
  const lt = assertInert(list, "highlightHtml");
  for (const p of PAYLOADS) assertShown(lt, p, "highlightHtml");
  assert.ok(/<mark\b/.test(list), "highlights are marked (the test sees real spans)");
  assertInert(mimeBundle(highlightDisplay([c]))["text/html"], "highlightDisplay");
});

Deno.test("prepareReport() on a hostile corpus: status, tables, charts and highlights render inert", async () => {
  const dir = await Deno.makeTempDir({ prefix: "claimgap-xss-" });
  try {
    // File names, header outlet and body carry payloads; the sentences carry real claims.
    await Deno.writeTextFile(
      `${dir}/n1${IMG}.txt`,
      ` date 2025-11-05  Kyiv Post\nTroops ${IMG} hold\n\n` +
        `The Russian Defence Ministry said its forces captured Pokrovsk ${IMG} on Tuesday.\n\n` +
        `Ukraine's General Staff denied the fall of Pokrovsk ${END_SCRIPT} on Wednesday.\n\n` +
        `DeepState said Russian troops advanced in Pokrovsk ${ATTR} on Monday.\n`,
    );
    await Deno.writeTextFile(
      `${dir}/h2.html`,
      `<html><head><title>T ${_escapeHtml(IMG)}</title>` +
        `<meta property="og:site_name" content="${
          _escapeHtml(END_SCRIPT)
        }"></head><body><article>` +
        `<p>ISW said Russian forces captured Myrnohrad ${
          _escapeHtml(IMG)
        } on 3 November 2025.</p>` +
        `<script>window.__xss = 8</script></article></body></html>`,
    );
    await Deno.writeTextFile(`${dir}/bad${SQ}.bin`, "x");
    const data = await prepareReport(dir, { mapping: null });
    assert.ok(data.claims.length > 0, "the hostile corpus gives claims");
    assert.ok(data.claims.some((c) => c.quote.includes(IMG)), "a quote carries the payload");
    const status = assertInert(reportStatusHtml(data), "reportStatusHtml");
    assert.ok(status.length > 0);
    assertInert(gapChart(data), "gapChart");
    assertInert(lagChart(data), "lagChart");
    assertInert(
      tableHtml(gapTable(data.gapRows) as unknown as Record<string, unknown>[]),
      "gapTable",
    );
    const hl = assertInert(highlightHtml(data.claims), "highlightHtml(prepareReport)");
    assertShown(hl, IMG, "highlightHtml(prepareReport)");
    assertInert(plotTimeline(data.claims), "plotTimeline(prepareReport)");
    const rep = assertInert(
      mimeBundle(reportDisplay(data.loadReport))["text/html"],
      "reportDisplay",
    );
    assertShown(rep, `n1${IMG}.txt`, "reportDisplay file name");
    assertShown(rep, `bad${SQ}.bin`, "reportDisplay skipped file name");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

/** Minimal RFC 4180 reader for the round-trip check. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || (ch === "\r" && text[i + 1] === "\n")) {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      if (ch === "\r") i++;
    } else cell += ch;
    i++;
  }
  return rows;
}

Deno.test("toCsv()/toJsonl() keep hostile and formula-like text exactly (data, not markup)", () => {
  const formula = [`=HYPERLINK("http://x","y")`, "+1+1", "-2", "@SUM(A1)", "\t=1", "a\r\nb", `"q"`];
  const claims = CLAIMS.map((c, i) => ({ ...c, quote: formula[i] ?? c.quote }));
  const csv = toCsv(claims as unknown as Record<string, unknown>[], CLAIM_COLUMNS);
  const rows = parseCsv(csv);
  assert.deepEqual(rows[0], [...CLAIM_COLUMNS]);
  const qi = CLAIM_COLUMNS.indexOf("quote");
  const pi = CLAIM_COLUMNS.indexOf("place");
  claims.forEach((c, i) => {
    assert.equal(rows[i + 1][qi], c.quote, `row ${i + 1} quote round-trips`);
    assert.equal(rows[i + 1][pi], c.place, `row ${i + 1} place round-trips`);
  });
  // The extractor's own CSV writer (LF line ends) keeps them exactly too.
  const rows2 = parseCsv(claimsToCsv(claims as unknown as Claim[]));
  const qi2 = rows2[0].indexOf("quote");
  claims.forEach((c, i) => assert.equal(rows2[i + 1][qi2], c.quote, `claimsToCsv row ${i + 1}`));
  // JSONL: each line is one JSON object; `</script>` inside strings is harmless there, and the
  // values come back exactly.
  const back = toJsonl(claims).trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(back.map((o) => o.quote), claims.map((c) => c.quote));
});

Deno.test("_escapeHtml() escapes the five HTML-significant characters and nothing else", () => {
  assert.equal(
    _escapeHtml(`<a href="x" title='y'>&amp;</a>`),
    "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
  );
  assert.equal(_escapeHtml("Покровськ \u202e\u200b"), "Покровськ \u202e\u200b");
  assert.equal(_escapeHtml(null), "");
});
