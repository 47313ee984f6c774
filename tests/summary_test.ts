import assert from "node:assert/strict";
import {
  _countWords,
  ARTICLE_SUMMARY_COLUMNS,
  articleSummary,
  articleSummaryFrame,
} from "../lib/tables/summary.ts";
import type { Article, Paragraph } from "../lib/shared/types.ts";

/** An article from [kind, text] pairs joined by blank lines, with exact offsets. */
function article(id: string, parts: [Paragraph["kind"], string][]): Article {
  let text = "";
  const paragraphs: Paragraph[] = [];
  for (const [kind, body] of parts) {
    if (text) text += "\n\n";
    paragraphs.push({ start: text.length, end: text.length + body.length, kind });
    text += body;
  }
  return {
    id,
    path: `${id}.txt`,
    format: "txt",
    outlet: "Test Post",
    date: "2025-01-02",
    title: null,
    url: null,
    text,
    paragraphs,
  };
}

Deno.test("articleSummary() counts words of prose only, body paragraphs, comments and repeats", () => {
  const a = article("a1", [
    ["header", " date 2025-01-02  Test Post"],
    ["headline", "Bridge reopens"],
    ["caption", "Photo: a bridge at dawn"],
    ["body", "Traffic crossed the river again today."],
    ["body", "Drivers were relieved."],
    ["repeat", "Traffic crossed the river again today."],
    ["comment", "Great news for us all"],
    ["comment", "Finally"],
  ]);
  assert.deepEqual(articleSummary([a]), [{
    id: "a1",
    outlet: "Test Post",
    date: "2025-01-02",
    words: 2 + 6 + 3,
    paragraphs: 2,
    comments: 2,
    repeats: 1,
  }]);
});

Deno.test("articleSummary() keeps input order and counts the whole text without paragraphs", () => {
  const bare = { ...article("z9", []), text: "one two three" };
  const rows = articleSummary([bare, article("b2", [["body", "x y"]])]);
  assert.deepEqual(rows.map((r) => [r.id, r.words]), [["z9", 3], ["b2", 2]]);
  assert.deepEqual(Object.keys(rows[0]), [...ARTICLE_SUMMARY_COLUMNS]);
});

Deno.test("_countWords() joins inner apostrophes and hyphens, counts Cyrillic and digits", () => {
  assert.equal(_countWords("Kyiv's front-line units — 3 brigades."), 5);
  assert.equal(_countWords("Войска заняли село"), 3);
  assert.equal(_countWords("  "), 0);
});

Deno.test("articleSummary() rejects what is not an article list with TypeError", () => {
  assert.throws(
    () => articleSummary({} as never),
    (e) =>
      e instanceof TypeError &&
      /articles: expected an array of articles, found an object/.test(e.message),
  );
  assert.throws(
    () => articleSummary([{ id: "x" } as never]),
    (e) =>
      e instanceof TypeError &&
      /articles\[0\]: expected an article with id, text and paragraphs/.test(e.message),
  );
  // a null in the list is named as such, not read as an object
  assert.throws(() => articleSummary([null as never]), {
    name: "TypeError",
    message: "articles[0]: expected an article with id, text and paragraphs, found null",
  });
});

Deno.test("articleSummaryFrame() builds a danfojs DataFrame with the summary columns", async () => {
  const df = await articleSummaryFrame([article("c3", [["body", "a b c d"]])]);
  assert.deepEqual(df.columns, [...ARTICLE_SUMMARY_COLUMNS]);
  assert.deepEqual(df.values, [["c3", "Test Post", "2025-01-02", 4, 1, 0, 0]]);
});
