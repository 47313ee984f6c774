/**
 * claimSpans() and highlightQuote() on short hand-written quotes: the claimant, the place (or a
 * reference back to it) and the claim words are marked, sorted, without overlaps.
 * @module
 */
import assert from "node:assert/strict";
import { type Claim, claimSpans, highlightHtml, highlightQuote } from "../lib/mod.ts";
import { claim } from "./_charts_fixtures.ts";

function quoted(quote: string, over: Partial<Claim> = {}): Claim {
  return claim({ place: "Pokrovsk", quote, start: 0, end: quote.length, ...over });
}

const spanText = (c: Claim) => claimSpans(c).map((s) => [s.kind, c.quote.slice(s.start, s.end)]);

Deno.test("claimSpans() marks the claimant named in the quote and the place it is about", () => {
  const c = quoted("Russia's Defence Ministry said its forces captured Pokrovsk.");
  const got = spanText(c);
  assert.deepEqual(got.filter(([k]) => k !== "claim"), [
    ["claimant", "Russia's Defence Ministry"],
    ["place", "Pokrovsk"],
  ]);
  assert.ok(got.some(([k, t]) => k === "claim" && t === "captured"), JSON.stringify(got));
});

Deno.test("claimSpans() marks an actor of the claimant's side and role when the claimant is not named", () => {
  const c = quoted("Russia's Defence Ministry said its forces captured Pokrovsk.", {
    claimant: "A Russian official not in the quote",
  });
  const claimants = spanText(c).filter(([k]) => k === "claimant").map(([, t]) => t);
  assert.deepEqual(claimants, ["Russia's Defence Ministry", "its forces"]);
  // another side's actor is not the claimant
  const other = quoted("Ukraine's General Staff said Russian forces attacked Pokrovsk.", {
    claimant: "Ukrainian General Staff",
    side: "ukraine",
  });
  assert.deepEqual(spanText(other).filter(([k]) => k === "claimant"), [
    ["claimant", "Ukraine's General Staff"],
  ]);
});

Deno.test("claimSpans() marks neither another side's actor nor its side's actor in another role when the claimant is not named", () => {
  const c = quoted(
    "Ukraine's General Staff said Russian forces attacked Pokrovsk, DeepState said.",
    {
      claimant: "A Ukrainian official not in the quote",
      side: "ukraine",
      role: "official",
    },
  );
  assert.deepEqual(spanText(c).filter(([k]) => k === "claimant"), [
    ["claimant", "Ukraine's General Staff"],
  ]);
});

Deno.test("claimSpans() marks 'the city' as the place when the quote does not name it", () => {
  const c = quoted("The ministry said the city was taken.", { claimant: "Nobody Known" });
  assert.deepEqual(spanText(c).filter(([k]) => k === "place"), [["place", "the city"]]);
  // a named place wins over the reference back to it
  const named = quoted("Russian forces captured Pokrovsk, the city in the east.");
  assert.deepEqual(spanText(named).filter(([k]) => k === "place"), [["place", "Pokrovsk"]]);
});

Deno.test("claimSpans() returns sorted spans inside the quote that do not overlap", () => {
  const c = quoted(
    "Russia's Defence Ministry said its forces captured Pokrovsk; Ukraine's General Staff denied it.",
  );
  const spans = claimSpans(c);
  assert.ok(spans.length >= 3);
  for (let i = 0; i < spans.length; i++) {
    assert.ok(
      spans[i].start >= 0 && spans[i].end <= c.quote.length && spans[i].start < spans[i].end,
    );
    if (i) assert.ok(spans[i - 1].end <= spans[i].start, JSON.stringify(spans));
  }
  assert.throws(() => claimSpans({} as Claim), { name: "TypeError" });
});

Deno.test("highlightQuote() wraps the spans in <mark> and escapes the rest of the quote", () => {
  const c = quoted("Russia's Defence Ministry said <b>its</b> forces captured Pokrovsk.");
  const h = highlightQuote(c);
  assert.ok(h.startsWith(`<mark class="cg-claimant">Russia&#39;s Defence Ministry</mark>`), h);
  assert.ok(h.includes(`<mark class="cg-place">Pokrovsk</mark>`), h);
  assert.ok(h.includes("&lt;b&gt;"), h);
  assert.ok(!h.includes("<b>"), h);
  // nothing lost: removing the marks and unescaping gives the quote back
  const plain = h.replace(/<\/?mark[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
    .replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  assert.equal(plain, c.quote);
  assert.equal((highlightHtml([c, c], { limit: 1 }).match(/<li>/g) ?? []).length, 1);
});
