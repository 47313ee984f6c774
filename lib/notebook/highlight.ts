/**
 * Highlighting: each claim's quote with the claimant, the place and the claim words marked, as
 * escaped HTML (article text is data, never markup).
 *
 * @module
 */

import type { Claim } from "../shared/types.ts";
import { _escapeHtml } from "../shared/_escape.ts";
import { findActors } from "../lexicon/actors.ts";
import { findPlaces } from "../lexicon/find_places.ts";
import { findTriggers } from "../extract/mod.ts";
import { html } from "./display.ts";
import type { Displayable } from "./display.ts";

/** A span of a quote to highlight. */
export interface HighlightSpan {
  start: number;
  end: number;
  kind: "claimant" | "place" | "claim";
}

const _BACKREF =
  /(?<![\p{L}])(?:the|this|either|both)\s+(?:key\s+|embattled\s+|attacked\s+)?(?:city|town|village|settlement|region|location|hub)(?![\p{L}])/giu;

/**
 * Spans of `claim.quote` naming the claimant (or an actor of its side), the place (or a
 * reference back to it) and the claim words. Offsets are relative to the quote; sorted, no overlaps.
 */
export function claimSpans(claim: Claim): HighlightSpan[] {
  if (!claim || typeof claim.quote !== "string") {
    throw new TypeError(`claimSpans: expected a claim with a quote, found ${typeof claim}`);
  }
  const q = claim.quote;
  const spans: HighlightSpan[] = [];
  const actors = findActors(q);
  const exact = actors.filter((a) => a.canonical === claim.claimant);
  for (
    const a of exact.length
      ? exact
      : actors.filter((a) => a.side === claim.side && a.role === claim.role)
  ) {
    spans.push({ start: a.start, end: a.end, kind: "claimant" });
  }
  const places = findPlaces(q).filter((p) =>
    p.canonical === claim.place || p.candidates.some((c) => c.canonical === claim.place) ||
    p.text === claim.place
  );
  for (const p of places) spans.push({ start: p.start, end: p.end, kind: "place" });
  if (!places.length) {
    for (const m of q.matchAll(_BACKREF)) {
      spans.push({ start: m.index!, end: m.index! + m[0].length, kind: "place" });
    }
  }
  for (const t of findTriggers(q)) {
    if (!t.blocked) spans.push({ start: t.start, end: t.end, kind: "claim" });
  }
  spans.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const out: HighlightSpan[] = [];
  for (const s of spans) {
    if (!out.some((o) => o.start < s.end && s.start < o.end)) out.push(s);
  }
  return out;
}

/** The quote as HTML with `<mark class="cg-claimant|cg-place|cg-claim">` around the spans. */
export function highlightQuote(claim: Claim): string {
  const q = claim.quote;
  let pos = 0;
  let out = "";
  for (const s of claimSpans(claim)) {
    out += _escapeHtml(q.slice(pos, s.start));
    out += `<mark class="cg-${s.kind}">${_escapeHtml(q.slice(s.start, s.end))}</mark>`;
    pos = s.end;
  }
  return out + _escapeHtml(q.slice(pos));
}

/** Options of {@link highlightHtml}. */
export interface HighlightOptions {
  /** Show at most this many claims. @default 200 */
  limit?: number;
}

const _STYLE =
  `<style>.cg-quotes{font-family:sans-serif;font-size:13px}.cg-quotes li{margin:0 0 .6em}` +
  `.cg-quotes .cg-meta{color:#555;font-size:12px}mark.cg-claimant{background:#cfe3ff}` +
  `mark.cg-place{background:#ffe0a3}mark.cg-claim{background:#c9f0c9}</style>`;

/** An HTML list of claims: a line of who/what/where/when, then the highlighted quote. */
export function highlightHtml(claims: readonly Claim[], options: HighlightOptions = {}): string {
  if (!Array.isArray(claims)) {
    throw new TypeError(`highlightHtml: expected an array of claims, found ${typeof claims}`);
  }
  const limit = options.limit ?? 200;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`highlightHtml: expected limit as an integer >= 0, found ${limit}`);
  }
  const items = claims.slice(0, limit).map((c) =>
    `<li><div class="cg-meta">${_escapeHtml(c.article)} · <b>${_escapeHtml(c.claimant)}</b> (${
      _escapeHtml(c.side)
    }, ${_escapeHtml(c.role)}) · ${_escapeHtml(c.claim)} · ${_escapeHtml(c.place)}${
      c.area ? ` (${_escapeHtml(c.area)})` : ""
    } · status ${_escapeHtml(c.status)} · ${_escapeHtml(c.date ?? "no date")}</div>${
      highlightQuote(c)
    }</li>`
  );
  const more = claims.length > limit ? `<p>… ${claims.length - limit} more</p>` : "";
  return `${_STYLE}<ol class="cg-quotes">${items.join("")}</ol>${more}`;
}

/** {@link highlightHtml} as a Jupyter display object. */
export function highlightDisplay(
  claims: readonly Claim[],
  options: HighlightOptions = {},
): Displayable {
  return html(highlightHtml(claims, options), `${claims.length} claims`);
}
