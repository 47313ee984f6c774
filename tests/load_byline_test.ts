/**
 * Byline dates: a text pasted from a web page, without a header date, takes its publication day
 * from a short line near the top that is only a date. Short texts of our own.
 */
import assert from "node:assert/strict";
import { parseArticleFile } from "../lib/mod.ts";

const enc = new TextEncoder();
const read = (s: string, name = "t.txt") => parseArticleFile(enc.encode(s), name);

Deno.test("parseArticleFile() reads a .txt file's date from a byline line 'November 12, 2025 4:31 PM'", () => {
  const { articles: [a], entry } = read(
    "Ferry resumes service\n\nby Staff Reporter\nNovember 12, 2025 4:31 PM\n\n" +
      "The ferry left the harbour on time on Tuesday, its operator said.\n",
  );
  assert.equal(a.date, "2025-11-12");
  const p = a.paragraphs.find((q) => a.text.slice(q.start, q.end).startsWith("November"));
  assert.equal(p?.kind, "header");
  assert.ok(entry.notes.some((n) => /line 4: date 2025-11-12 read from the byline/.test(n)));
});

Deno.test("parseArticleFile() reads a labelled byline date 'Published: 12 March 2025 | Updated ...'", () => {
  const { articles: [a] } = read(
    "Ferry resumes service\n\nPublished: 12 March 2025 | Updated 13 March 2025\n\n" +
      "The ferry left the harbour on time.\n",
  );
  assert.equal(a.date, "2025-03-12");
});

Deno.test("parseArticleFile() never reads a byline date from a sentence", () => {
  const { articles: [a] } = read(
    "Ferry resumes service\n\nOn 12 March 2025 the ferry left the harbour on time.\n",
  );
  assert.equal(a.date, null);
});

Deno.test("parseArticleFile() keeps a header date over a later byline line", () => {
  const { articles: [a] } = read(
    " date 2025-01-02  Lake Post\nFerry resumes service\n\nNovember 12, 2025\n\nThe ferry left.\n",
  );
  assert.equal(a.date, "2025-01-02");
});

Deno.test("parseArticleFile() stops looking for a byline at the first long body paragraph", () => {
  const { articles: [a] } = read(
    "Ferry resumes service\n\nThe ferry left the harbour on time on Tuesday after a week of " +
      "storms kept it in port, its operator said.\n\nNovember 12, 2025\n",
  );
  assert.equal(a.date, null);
});

Deno.test("parseArticleFile() reads a Markdown file's byline date when its front matter has none", () => {
  const { articles: [a] } = read(
    "---\ntitle: Ferry\n---\n# Ferry resumes service\n\nNov. 12, 2025\n\nThe ferry left.\n",
    "t.md",
  );
  assert.equal(a.date, "2025-11-12");
});
