import assert from "node:assert/strict";
import { plotArticles } from "../lib/plots/plot_articles.ts";
import type { Article } from "../lib/shared/types.ts";

const GOLDEN = new URL("./output/plot_articles.svg", import.meta.url);
const CHANGED = new URL("./output/plot_articles-changed.svg", import.meta.url);

function article(id: string, date: string | null, outlet: string | null): Article {
  return {
    id,
    path: `${id}.txt`,
    format: "txt",
    outlet,
    date,
    title: `Report ${id}`,
    url: null,
    text: "Some words here.",
    paragraphs: [{ start: 0, end: 16, kind: "body" }],
  };
}

const ARTICLES: Article[] = [
  article("010_aaaa", "2025-03-02", "Kyiv Daily"),
  article("011_bbbb", "2025-03-02", "Kyiv Daily"),
  article("012_cccc", "2025-03-20", "Moscow Wire"),
  article("013_dddd", null, "Kyiv Daily"),
  article("014_eeee", "2025-04-11", null),
  article("015_ffff", null, null),
];

Deno.test("plotArticles() matches the golden SVG (UPDATE_GOLDEN=1 rewrites it)", async () => {
  const svg = plotArticles(ARTICLES);
  if (Deno.env.get("UPDATE_GOLDEN") === "1") {
    await Deno.mkdir(new URL("./output/", import.meta.url), { recursive: true });
    await Deno.writeTextFile(GOLDEN, svg);
  }
  let golden = "";
  try {
    golden = await Deno.readTextFile(GOLDEN);
  } catch {
    // missing golden: the comparison below fails and writes the changed file
  }
  if (svg !== golden) {
    await Deno.writeTextFile(CHANGED, svg);
    assert.fail(
      `plotArticles() output differs from ${GOLDEN.pathname}; new output written to ` +
        `${CHANGED.pathname} (look at it; UPDATE_GOLDEN=1 accepts it)`,
    );
  }
  await Deno.remove(CHANGED).catch(() => {});
});

Deno.test("plotArticles() is a well-formed standalone SVG with one dot per outlet and day", () => {
  const svg = plotArticles(ARTICLES);
  assert.ok(svg.startsWith("<svg "));
  const root = /^<svg[^>]*>/.exec(svg)![0];
  assert.equal([...root.matchAll(/\sxmlns="/g)].length, 1, "xmlns exactly once");
  assert.equal([...svg.matchAll(/<circle /g)].length, 3);
  assert.ok(svg.includes(">010, 011<"), "same-day articles share one label");
  for (const label of ["Kyiv Daily", "Moscow Wire", "(no outlet)", "Articles over time"]) {
    assert.ok(svg.includes(`>${label}<`), `label ${label}`);
  }
});

Deno.test("plotArticles() names the undated articles in its caption", () => {
  const svg = plotArticles(ARTICLES);
  assert.ok(svg.includes("4 dated articles shown; 2 without a date not shown (013, 015)."), svg);
  const all = plotArticles(ARTICLES.filter((a) => a.date));
  assert.ok(all.includes(">4 dated articles shown.<"));
});

Deno.test("plotArticles() gives the same bytes whatever the input order", () => {
  assert.equal(plotArticles([...ARTICLES].reverse()), plotArticles(ARTICLES));
});

Deno.test("plotArticles() counts articles per interval in count mode", () => {
  const many = Array.from(
    { length: 9 },
    (_, i) => article(`a${i}`, `2025-05-0${1 + (i % 3)}`, "Kyiv Daily"),
  );
  const svg = plotArticles(many, { mode: "count" });
  assert.ok(svg.includes("Bars: articles per day. 9 dated articles shown."), svg);
  assert.equal([...svg.matchAll(/<rect /g)].length, 3);
  assert.equal([...svg.matchAll(/<circle /g)].length, 0);
  // auto mode switches to counts above maxDots
  assert.ok(plotArticles(many, { maxDots: 5 }).includes("Bars: articles per day."));
});

Deno.test("plotArticles() rejects bad options and bad articles with TypeError/RangeError", () => {
  assert.throws(
    () => plotArticles(ARTICLES, { mode: "pie" as never }),
    (e) =>
      e instanceof TypeError &&
      /options.mode: expected one of "auto", "dots", "count", found "pie"/.test(e.message),
  );
  assert.throws(
    () => plotArticles(ARTICLES, { width: 10 }),
    (e) =>
      e instanceof RangeError &&
      /options.width: expected a number from 240 to 4000/.test(e.message),
  );
  assert.throws(
    () => plotArticles([{ ...ARTICLES[0], date: "3 May" }]),
    (e) =>
      e instanceof TypeError &&
      /articles\[0\] \(010_aaaa\): expected date YYYY-MM-DD/.test(e.message),
  );
  assert.throws(() => plotArticles("x" as never), TypeError);
});
