/**
 * Hostile HTML articles: scripts, inline event handlers, iframes, remote images, stylesheets,
 * preloads and meta refresh. Nothing may run, nothing may be fetched, and the article text must
 * come out clean (visible prose only).
 *
 * "Nothing fetched" is checked two ways: `globalThis.fetch` is replaced by a recorder, and every
 * remote URL in the documents points at a counting HTTP server on 127.0.0.1, so a request made by
 * jsdom's own resource loader (which does not use fetch) is counted too. "Nothing runs": every
 * script and handler would call that server, write a file, or set a global if it ran.
 */
import assert from "node:assert/strict";
import { loadArticles } from "../lib/load/load_articles.ts";
import { parseArticleFile } from "../lib/load/parse_file.ts";

interface Bait {
  server: Deno.HttpServer;
  base: string;
  hits: string[];
}

function startBait(): Bait {
  const hits: string[] = [];
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    (req) => {
      hits.push(new URL(req.url).pathname);
      return new Response("/* bait */", { headers: { "content-type": "text/plain" } });
    },
  );
  const addr = server.addr as Deno.NetAddr;
  return { server, base: `http://127.0.0.1:${addr.port}`, hits };
}

/** A hostile article. `B` is the bait server's base URL; `F` a file a script would write. */
function hostileHtml(B: string, F: string): string {
  return `<!DOCTYPE html>
<html>
<head>
  <title>Front line update</title>
  <meta http-equiv="refresh" content="0; url=${B}/meta-refresh">
  <meta property="article:published_time" content="2025-11-05T10:00:00Z">
  <link rel="stylesheet" href="${B}/style.css">
  <link rel="preload" href="${B}/preload.js" as="script">
  <link rel="prefetch" href="${B}/prefetch">
  <link rel="icon" href="${B}/favicon.ico">
  <style>@import url("${B}/import.css"); body { background: url("${B}/bg.png"); }</style>
  <script src="${B}/external.js"></script>
  <script>
    globalThis.__claimgap_pwned = "head-script";
    try { Deno.writeTextFileSync(${JSON.stringify(F)}, "pwned"); } catch (_) {}
    new Image().src = "${B}/script-ran";
    var x = new XMLHttpRequest(); x.open("GET", "${B}/xhr-from-script"); x.send();
  </script>
  <base href="${B}/base/">
</head>
<body onload="new Image().src='${B}/onload'; globalThis.__claimgap_pwned='onload'">
<article>
  <h1>Defenders hold Siversk</h1>
  <p>Ukraine's General Staff said its troops still hold Siversk on Tuesday.</p>
  <script>SCRIPT_TEXT_MUST_NOT_APPEAR; new Image().src = "${B}/inline-in-article";</script>
  <img src="${B}/remote.jpg" onerror="new Image().src='${B}/onerror'" alt="">
  <img src="x" onerror="new Image().src='${B}/onerror-x'">
  <iframe src="${B}/iframe.html">IFRAME_TEXT_MUST_NOT_APPEAR</iframe>
  <p onclick="new Image().src='${B}/onclick'" onmouseover="alert(1)">Russian forces advanced near Siversk, the ministry said.</p>
  <noscript>NOSCRIPT_TEXT_MUST_NOT_APPEAR</noscript>
  <object data="${B}/object.swf">OBJECT_TEXT</object>
  <embed src="${B}/embed.swf">
  <video src="${B}/video.mp4" poster="${B}/poster.jpg"></video>
  <audio src="${B}/audio.mp3" autoplay></audio>
  <svg><image href="${B}/svg-image.png"/><script>new Image().src='${B}/svg-script'</script></svg>
  <template><p>TEMPLATE_TEXT_MUST_NOT_APPEAR</p><img src="${B}/template.png"></template>
  <a href="javascript:new Image().src='${B}/js-link'">a link</a>
  <form action="${B}/form"><input value="INPUT_TEXT" autofocus onfocus="new Image().src='${B}/onfocus'"></form>
  <style>STYLE_TEXT_MUST_NOT_APPEAR { color: red }</style>
  <p>DeepState said the north of Siversk is contested.</p>
</article>
<script>document.write('<img src="${B}/document-write">')</script>
</body>
</html>`;
}

const FORBIDDEN = [
  "SCRIPT_TEXT_MUST_NOT_APPEAR",
  "IFRAME_TEXT_MUST_NOT_APPEAR",
  "NOSCRIPT_TEXT_MUST_NOT_APPEAR",
  "TEMPLATE_TEXT_MUST_NOT_APPEAR",
  "STYLE_TEXT_MUST_NOT_APPEAR",
  "INPUT_TEXT",
  "new Image",
  "globalThis",
  "onerror",
  "onclick",
  "@import",
  "Deno.writeTextFileSync",
  "document.write",
  "<",
];

async function settle(ms = 400): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

Deno.test("parseArticleFile() on hostile HTML runs no script, fetches nothing, keeps only prose", async () => {
  const bait = startBait();
  const dir = await Deno.makeTempDir({ prefix: "claimgap-html-" });
  const marker = `${dir}/pwned.txt`;
  const realFetch = globalThis.fetch;
  const fetched: string[] = [];
  globalThis.fetch = ((input: RequestInfo | URL) => {
    fetched.push(String(input instanceof Request ? input.url : input));
    return Promise.reject(new Error("fetch blocked by test"));
  }) as typeof fetch;
  try {
    const html = hostileHtml(bait.base, marker);
    const r = parseArticleFile(new TextEncoder().encode(html), `${dir}/hostile.html`);
    await settle();
    assert.deepEqual(fetched, [], "no fetch() call");
    assert.deepEqual(bait.hits, [], "no request reached the network (jsdom resources off)");
    assert.equal((globalThis as Record<string, unknown>).__claimgap_pwned, undefined);
    await assert.rejects(() => Deno.stat(marker), Deno.errors.NotFound, "no file written");

    assert.notEqual(r.entry.action, "skipped", JSON.stringify(r.entry));
    const a = r.articles[0];
    for (const bad of FORBIDDEN) {
      assert.ok(!a.text.includes(bad), `article text contains ${JSON.stringify(bad)}:\n${a.text}`);
    }
    assert.match(a.text, /still hold Siversk on Tuesday/);
    assert.match(a.text, /Russian forces advanced near Siversk/);
    assert.match(a.text, /north of Siversk is contested/);
    assert.equal(a.date, "2025-11-05");
    for (const p of a.paragraphs) {
      assert.ok(0 <= p.start && p.start <= p.end && p.end <= a.text.length);
      assert.ok(!/IMAGE|SCRIPT|<\/?\w/.test(a.text.slice(p.start, p.end)));
    }
    // Title, outlet and url are metadata from the document: never script text either.
    for (const v of [a.title, a.outlet, a.url]) {
      assert.ok(v === null || !/script|Image|onerror/i.test(v), `metadata ${JSON.stringify(v)}`);
    }
  } finally {
    globalThis.fetch = realFetch;
    await bait.server.shutdown();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("loadArticles() on a folder of hostile .html/.htm files fetches nothing and runs nothing", async () => {
  const bait = startBait();
  const dir = await Deno.makeTempDir({ prefix: "claimgap-html-" });
  const marker = `${dir}/pwned.txt`;
  const realFetch = globalThis.fetch;
  let fetches = 0;
  globalThis.fetch = (() => {
    fetches++;
    return Promise.reject(new Error("fetch blocked by test"));
  }) as typeof fetch;
  try {
    await Deno.writeTextFile(`${dir}/a.html`, hostileHtml(bait.base, marker));
    await Deno.writeTextFile(
      `${dir}/b.htm`,
      `<html><body onload="new Image().src='${bait.base}/b-onload'">` +
        `<iframe srcdoc="<script>parent.__claimgap_pwned=1</script>"></iframe>` +
        `<p>Rybar said Russian troops entered Toretsk.</p>` +
        `<img src=x onerror="new Image().src='${bait.base}/b-onerror'"></body></html>`,
    );
    // Unclosed script: everything after it is script text, not prose.
    await Deno.writeTextFile(
      `${dir}/c.html`,
      `<p>ISW said Kupiansk is contested.</p><script>new Image().src='${bait.base}/c';UNCLOSED_SCRIPT`,
    );
    // Markup-looking text in a .txt is just text, never parsed as HTML.
    await Deno.writeTextFile(
      `${dir}/d.txt`,
      ` date 2025-11-05  Kyiv Post\n<script>alert(1)</script>\n\n<img src=${bait.base}/d onerror=alert(1)> Siversk holds.\n`,
    );
    const { articles, report } = await loadArticles(dir);
    await settle();
    assert.equal(fetches, 0, "no fetch() call");
    assert.deepEqual(bait.hits, [], "no request reached the network");
    assert.equal((globalThis as Record<string, unknown>).__claimgap_pwned, undefined);
    await assert.rejects(() => Deno.stat(marker), Deno.errors.NotFound);
    assert.deepEqual(report.entries.map((e) => e.file).sort(), [
      `${dir}/a.html`,
      `${dir}/b.htm`,
      `${dir}/c.html`,
      `${dir}/d.txt`,
    ]);
    const byId = new Map(articles.map((a) => [a.id, a]));
    assert.match(byId.get("b")!.text, /Rybar said Russian troops entered Toretsk/);
    assert.ok(!/onerror|Image|script/i.test(byId.get("b")!.text), byId.get("b")!.text);
    assert.match(byId.get("c")!.text, /Kupiansk is contested/);
    assert.ok(!byId.get("c")!.text.includes("UNCLOSED_SCRIPT"), byId.get("c")!.text);
    // The .txt keeps its text verbatim (it is data): the renderers must escape it.
    assert.ok(byId.get("d")!.text.includes("<script>alert(1)</script>"));
  } finally {
    globalThis.fetch = realFetch;
    await bait.server.shutdown();
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("parseArticleFile() on HTML with entity-encoded markup keeps it as literal text", () => {
  const html = `<article><p>He wrote &lt;script&gt;alert(1)&lt;/script&gt; about Toretsk.</p>` +
    `<p>&lt;img src=x onerror=alert(1)&gt;</p></article>`;
  const r = parseArticleFile(new TextEncoder().encode(html), "ent.html");
  const t = r.articles[0].text;
  // Decoded entities are text (the renderers must escape them again), not elements.
  assert.ok(t.includes("<script>alert(1)</script>"), t);
  assert.ok(t.includes("<img src=x onerror=alert(1)>"), t);
});

Deno.test("parseArticleFile() on HTML nested 20,000 deep (also by unclosed <b>): a reported skip naming the depth, not a crash", () => {
  const html = "<div>".repeat(20_000) + "<p>Russian forces captured Pokrovsk.</p>" +
    "</div>".repeat(20_000);
  const r = parseArticleFile(new TextEncoder().encode(html), "deep.html");
  assert.equal(r.articles.length, 0);
  assert.equal(r.entry.action, "skipped");
  assert.match(r.entry.notes.join(" "), /nested|deep/i);
  // Unclosed inline tags nest just as deep.
  const r2 = parseArticleFile(new TextEncoder().encode("<b>".repeat(20_000) + "text"), "b.html");
  assert.equal(r2.entry.action, "skipped", JSON.stringify(r2.entry));
  assert.match(r2.entry.notes.join(" "), /nested at most 1000 deep, found about 20000/);
});

Deno.test("parseArticleFile() leaves out text marked hidden, aria-hidden or display:none, keeps the rest", () => {
  const html = `<html><body><p>Troops held the line, the army said.</p>` +
    `<p hidden>alpha hidden</p><p aria-hidden="true">bravo aria</p>` +
    `<p style="display: none">charlie none</p><p aria-hidden="false">delta shown</p></body></html>`;
  const t = parseArticleFile(new TextEncoder().encode(html), "h.html").articles[0].text;
  for (const gone of ["alpha", "bravo", "charlie"]) assert.ok(!t.includes(gone), `${gone}: ${t}`);
  assert.ok(t.includes("delta shown") && t.includes("Troops held the line"), t);
});
