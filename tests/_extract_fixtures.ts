/**
 * Short articles of our own for the extraction tests: `art()` builds an article from paragraphs,
 * `run()` extracts its claims as sorted `claimant|side|role|place|claim|status` lines.
 */
import assert from "node:assert/strict";
import { extractClaims } from "../lib/extract/mod.ts";
import type { Article } from "../lib/shared/types.ts";

/** An article of body paragraphs (a `[kind, text]` pair for another kind). */
export function art(paras: (string | [Article["paragraphs"][number]["kind"], string])[]): Article {
  let text = "";
  const paragraphs: Article["paragraphs"] = [];
  for (const p of paras) {
    const [kind, t] = typeof p === "string" ? ["body" as const, p] : p;
    const start = text.length;
    text += t;
    paragraphs.push({ start, end: text.length, kind });
    text += "\n\n";
  }
  return {
    id: "a1",
    path: "a1.txt",
    format: "txt",
    outlet: "Daily Test",
    date: "2025-11-05",
    title: null,
    url: null,
    text,
    paragraphs,
  };
}

/** `claimant|side|role|place|claim|status` of each record, sorted. */
export function run(...paras: Parameters<typeof art>[0]): string[] {
  return extractClaims(art(paras)).map((c) =>
    `${c.claimant}|${c.side}|${c.role}|${c.place}|${c.claim}|${c.status}`
  ).sort();
}

/**
 * One test per case of a table: the paragraphs (one string, or several) and the records they
 * give (`claimant|side|role|place|claim|status`, sorted).
 */
export function caseTests(cases: readonly [string, string | string[], string[]][]): void {
  for (const [name, text, records] of cases) {
    Deno.test(name, () => assert.deepEqual(run(...[text].flat()), records));
  }
}
