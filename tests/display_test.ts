import assert from "node:assert/strict";
import { _dedupeSvgAttributes } from "../lib/shared/_svg.ts";
import {
  dataFrameDisplay,
  dataFrameHtml,
  display,
  html,
  JUPYTER_DISPLAY,
  mimeBundle,
  outputsSent,
  svgDisplay,
  table,
  tableHtml,
} from "../lib/notebook/display.ts";
import { reportDisplay } from "../lib/notebook/report_display.ts";
import type { LoadReport } from "../lib/shared/types.ts";

const TD = '<td style="text-align:left">';
/** A long text cell: wrapped in a width-bounded block so that wide tables fit the page. */
const WRAP = '<div style="min-width:8em;max-width:26em;white-space:normal;overflow-wrap:anywhere">';
const TH = '<th style="text-align:left">';
const XSS = `<script>alert("x")</script><img src=x onerror='boom()'>&`;
const XSS_ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x " +
  "onerror=&#39;boom()&#39;&gt;&amp;";

Deno.test("table() escapes an XSS payload in cells and column names", () => {
  const bundle = mimeBundle(table([{ id: "a1", [XSS]: XSS }]));
  const markup = bundle["text/html"];
  assert.ok(markup.includes(`${TD}${WRAP}${XSS_ESCAPED}</div></td>`), markup);
  assert.ok(markup.includes(`${TH}${XSS_ESCAPED}</th>`), markup);
  assert.ok(!markup.includes("<script"), "no live script tag");
  assert.ok(!/<img/.test(markup), "no live img tag");
});

Deno.test("table() bundle has text/html and text/plain, columns in first-seen order", () => {
  const value = table([{ b: 1, a: "x" }, { c: null, a: "y" }]);
  const bundle = value[JUPYTER_DISPLAY]();
  assert.deepEqual(Object.keys(bundle).sort(), ["text/html", "text/plain"]);
  const heads = [...bundle["text/html"].matchAll(/<th style="text-align:left">([^<]*)<\/th>/g)].map(
    (m) => m[1],
  );
  assert.deepEqual(heads, ["b", "a", "c"]);
  assert.equal(bundle["text/plain"].split("\n")[0], "b\ta\tc");
  // null shows as an empty cell; numbers are right-aligned
  assert.ok(bundle["text/html"].includes('<td style="text-align:right">1</td>'));
  assert.ok(bundle["text/html"].includes(`${TD}y</td>${TD}</td>`));
});

Deno.test("tableHtml() keeps ISO dates on one line", () => {
  const markup = tableHtml([{ day: "2025-11-05", note: "2025-11-05 and later" }]);
  assert.ok(markup.includes('<td style="text-align:left;white-space:nowrap">2025-11-05</td>'));
  assert.ok(markup.includes(`${TD}2025-11-05 and later</td>`));
});

Deno.test("tableHtml() keeps only the columns asked for, in their order", () => {
  const markup = tableHtml([{ a: 1, b: 2, c: 3 }], { columns: ["c", "a"] });
  const heads = [...markup.matchAll(/<th style="text-align:left">([^<]*)<\/th>/g)].map((m) => m[1]);
  assert.deepEqual(heads, ["c", "a"]);
  assert.ok(!markup.includes(">2<"));
});

Deno.test("tableHtml() shows maxRows rows and says how many more there are", () => {
  const rows = Array.from({ length: 7 }, (_, i) => ({ n: i }));
  const markup = tableHtml(rows, { maxRows: 5 });
  assert.equal([...markup.matchAll(/<tr>/g)].length, 1 + 5);
  assert.ok(markup.includes("2 more rows (7 in all)"), markup);
});

Deno.test("tableHtml() rejects non-arrays with TypeError and bad maxRows with RangeError", () => {
  assert.throws(
    () => tableHtml("nope" as never),
    (e) =>
      e instanceof TypeError &&
      /rows: expected an array of plain objects, found "nope"/.test(e.message),
  );
  assert.throws(
    () => tableHtml([1 as never]),
    (e) =>
      e instanceof TypeError &&
      /rows\[0\]: expected a plain object, found number 1/.test(e.message),
  );
  assert.throws(
    () => tableHtml([{ a: 1 }], { maxRows: 0 }),
    (e) => e instanceof RangeError && /maxRows: expected 1 or more, found 0/.test(e.message),
  );
});

Deno.test("svgDisplay() of an <svg> gives image/svg+xml and a base64 <img> that decodes back", () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">` +
    `<text>Ü &amp; é</text></svg>`;
  const bundle = mimeBundle(svgDisplay(svg));
  assert.equal(bundle["image/svg+xml"], svg);
  const m = /<img src="data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)" width="40" height="20"/
    .exec(bundle["text/html"]);
  assert.ok(m, bundle["text/html"]);
  const bytes = Uint8Array.from(atob(m[1]), (c) => c.charCodeAt(0));
  assert.equal(new TextDecoder().decode(bytes), svg);
  assert.ok(bundle["text/plain"].startsWith("[chart"));
});

Deno.test("svgDisplay() of a <figure> gives text/html with every inner svg as an image", () => {
  const fig = `<figure><h2>Title &lt;x&gt;</h2><svg xmlns="http://www.w3.org/2000/svg" ` +
    `width="10" height="10"></svg><svg xmlns="http://www.w3.org/2000/svg" width="5" height="5">` +
    `</svg></figure>`;
  const bundle = mimeBundle(svgDisplay(fig));
  assert.equal(bundle["image/svg+xml"], undefined);
  assert.equal([...bundle["text/html"].matchAll(/<img src="data:image\/svg\+xml/g)].length, 2);
  assert.ok(!bundle["text/html"].includes("<svg"));
  assert.ok(bundle["text/html"].includes('alt="Title &lt;x&gt;"'), bundle["text/html"]);
});

Deno.test("svgDisplay() rejects markup that is neither svg nor figure with SyntaxError", () => {
  assert.throws(
    () => svgDisplay("<p>hi</p>"),
    (e) =>
      e instanceof SyntaxError && /expected markup starting with <svg or <figure/.test(e.message),
  );
  assert.throws(() => svgDisplay(42 as never), TypeError);
});

Deno.test("_dedupeSvgAttributes() drops a repeated xmlns from svg start tags only", () => {
  const ns = 'xmlns="http://www.w3.org/2000/svg"';
  const out = _dedupeSvgAttributes(`<svg ${ns} width="3" ${ns}><g a="1" a="1"></g></svg>`);
  assert.equal(out, `<svg ${ns} width="3"><g a="1" a="1"></g></svg>`);
});

Deno.test("html() passes trusted markup through and display() copies its bundle", () => {
  assert.equal(mimeBundle(html("<b>x</b>"))["text/html"], "<b>x</b>");
  const source = { "text/plain": "a" };
  const shown = display(source);
  source["text/plain"] = "changed";
  assert.equal(mimeBundle(shown)["text/plain"], "a");
  assert.throws(() => mimeBundle({} as never), TypeError);
});

Deno.test("dataFrameHtml() renders a DataFrame-like object escaped, with optional index", () => {
  const df = { columns: ["id", "note"], values: [["a", XSS], ["b", 2]], index: [0, 1] };
  const markup = dataFrameHtml(df);
  assert.ok(markup.includes(`${TD}${WRAP}${XSS_ESCAPED}</div></td>`));
  assert.ok(!markup.includes(`${TH}0</th>`));
  assert.ok(dataFrameHtml(df, { showIndex: true }).includes(`${TH}0</th>`));
  const bundle = mimeBundle(dataFrameDisplay(df));
  assert.equal(bundle["text/plain"].split("\n")[0], "id\tnote");
  assert.throws(
    () => dataFrameHtml({ rows: [] } as never),
    (e) => e instanceof TypeError && /expected a danfojs DataFrame/.test(e.message),
  );
});

Deno.test("dataFrameDisplay() renders a real danfojs DataFrame as an HTML table", async () => {
  const dfd = await import("npm:danfojs@1.1.2");
  const df = new dfd.DataFrame({ id: ["x", "y"], words: [3, 40] }, { columns: ["id", "words"] });
  const markup = mimeBundle(dataFrameDisplay(df))["text/html"];
  assert.ok(markup.includes(`${TH}id</th>${TH}words</th>`), markup);
  assert.ok(
    markup.includes('<td style="text-align:left">y</td><td style="text-align:right">40</td>'),
    markup,
  );
});

Deno.test("reportDisplay() summarises actions and escapes file names and notes", () => {
  const report: LoadReport = {
    entries: [
      { file: "a.txt", action: "read", articles: ["a"], notes: [] },
      { file: `${XSS}.txt`, action: "skipped", articles: [], notes: ["empty file"], line: 3 },
      { file: "c.txt", action: "repaired", articles: ["c"], notes: ["bad date <x>"] },
    ],
  };
  const bundle = mimeBundle(reportDisplay(report));
  assert.ok(bundle["text/html"].includes("3 files: 1 read, 1 repaired, 1 skipped"));
  assert.ok(bundle["text/html"].includes(`${TD}${WRAP}${XSS_ESCAPED}.txt</div></td>`));
  assert.ok(bundle["text/html"].includes(`${TD}bad date &lt;x&gt;</td>`));
  assert.ok(bundle["text/plain"].includes("skipped  " + XSS + ".txt:3  (empty file)"));
  assert.throws(() => reportDisplay({} as never), TypeError);
});

Deno.test("importing lib/mod.ts loads danfojs (TensorFlow.js) only through dynamic imports", async () => {
  const mod = new URL("../lib/mod.ts", import.meta.url);
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["info", "--json", mod.pathname],
    stdout: "piped",
    stderr: "null",
  }).output();
  assert.equal(out.code, 0, "deno info failed");
  type Dep = { specifier: string; code?: { specifier: string }; isDynamic?: boolean };
  const info = JSON.parse(new TextDecoder().decode(out.stdout)) as {
    modules: { specifier: string; dependencies?: Dep[] }[];
  };
  const bySpec = new Map(info.modules.map((m) => [m.specifier, m]));
  const seen = new Set<string>();
  const staticNpm = new Set<string>();
  const stack = [mod.href];
  while (stack.length) {
    const spec = stack.pop()!;
    if (seen.has(spec)) continue;
    seen.add(spec);
    for (const dep of bySpec.get(spec)?.dependencies ?? []) {
      if (dep.isDynamic) continue;
      if (dep.specifier.startsWith("npm:")) staticNpm.add(dep.specifier.replace(/@[^@]*$/, ""));
      else if (dep.code?.specifier) stack.push(dep.code.specifier);
    }
  }
  assert.ok(
    seen.has(new URL("../lib/notebook/display.ts", import.meta.url).href),
    "display.ts is reached",
  );
  assert.ok(staticNpm.has("npm:jsdom"), `static npm imports: ${[...staticNpm]}`);
  assert.ok(!staticNpm.has("npm:danfojs"), `danfojs is imported statically: ${[...staticNpm]}`);
});

Deno.test("table() wraps long text cells and scrolls a wide table in its own box, never cut off", () => {
  const quote = "a long quote of many words that would stretch its column across the page";
  const markup = tableHtml([{ place_name: "A", quote, n: 1 }]);
  assert.ok(markup.includes(`${TD}${WRAP}${quote}</div></td>`), markup);
  assert.ok(markup.includes(`${TD}A</td>`), "short cells stay as they are");
  assert.match(
    markup,
    /^<div class="cg-scroll" style="overflow-x:auto;max-width:100%"><table class="cg-table" style="table-layout:auto">/,
  );
  assert.ok(markup.includes(">place_<wbr>name</th>"), "headers break after underscores");
  const wide = Object.fromEntries(Array.from({ length: 12 }, (_v, i) => [`c${i}`, i]));
  assert.match(
    tableHtml([wide]),
    /<table class="cg-table" style="table-layout:auto;font-size:11px">/,
  );
  assert.doesNotMatch(markup, /font-size/, "narrow tables keep the page's font");
});

Deno.test("outputsSent() resolves only after the event loop has run what was already queued", async () => {
  const order: string[] = [];
  setTimeout(() => order.push("queued timer"), 0);
  queueMicrotask(() => order.push("microtask"));
  await outputsSent();
  order.push("after");
  assert.deepEqual(order, ["microtask", "queued timer", "after"]);
});
