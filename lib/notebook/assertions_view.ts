/**
 * Assertions for the reader: a chart of assertions by place and day whose marks are sized by
 * independent reports, and one assertion's reports side by side with their quotes highlighted.
 * Takes {@link Assertion}s; gives HTML strings (article text escaped, never markup).
 * @module
 */
import type { Claim } from "../shared/types.ts";
import { SIDES } from "../shared/types.ts";
import type { Assertion } from "../tables/assertions.ts";
import { _renderPlot, Plot } from "../shared/_dom.ts";
import { _marginFor, _styleFigure, PLOT_STYLE, SIDE_COLORS } from "../plots/_style.ts";
import { _describe, _number } from "../shared/_validate.ts";
import { _escapeHtml } from "../shared/_escape.ts";
import { highlightQuote } from "./highlight.ts";
import { type Syndication, syndicationNotes } from "../tables/syndication.ts";

/** Options of {@link plotAssertions}. */
export interface AssertionChartOptions {
  /** @default "Assertions by place and day" */
  title?: string;
  /** Only these places (empty: the most-asserted ones). @default [] */
  places?: readonly string[];
  /** At most this many places when `places` is empty. @default 30 */
  maxPlaces?: number;
  /** Width in pixels. @default 860 */
  width?: number;
}

/**
 * Dated assertions by place (rows) and day (x), coloured by side; a mark's area grows with the
 * assertion's independent reports, and a number beside it gives them when more than one.
 */
export function plotAssertions(
  list: readonly Assertion[],
  options: AssertionChartOptions = {},
): string {
  if (!Array.isArray(list)) {
    throw new TypeError(
      `plotAssertions: expected an array of assertions, found ${_describe(list)}`,
    );
  }
  const width = _number("plotAssertions: options.width", options.width ?? 860, 200, 4000);
  const maxPlaces = _number("plotAssertions: options.maxPlaces", options.maxPlaces ?? 30, 1);
  const dated = list.filter((a) => a.date !== null);
  const counts = new Map<string, number>();
  for (const a of dated) counts.set(a.place, (counts.get(a.place) ?? 0) + 1);
  const places = options.places?.length
    ? options.places.filter((p) => counts.has(p))
    : [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1))
      .slice(0, maxPlaces);
  const keep = new Set(places);
  const data = dated.filter((a) => keep.has(a.place)).map((a) => ({
    x: new Date(`${a.date}T00:00:00Z`),
    place: a.place,
    side: a.side,
    independent: a.independent,
    label: a.independent > 1 ? String(a.independent) : "",
    title: `${a.claimant}: ${a.claim} ${a.place}${a.area ? ` (${a.area})` : ""}, ${a.date}\n` +
      `${a.reports} report(s), ${a.outlets} outlet(s), ${a.independent} independent`,
  }));
  const notes = [
    `${data.length} dated assertion(s) about ${places.length} place(s)`,
    "a mark's area grows with its independent reports (syndicated copies count once)",
  ];
  const hidden = dated.length - data.length;
  if (hidden) notes.push(`${hidden} about other places not shown`);
  const undated = list.length - dated.length;
  if (undated) notes.push(`${undated} without a day not shown`);
  const maxIndependent = data.reduce((m, d) => Math.max(m, d.independent), 1);
  const sides = SIDES.filter((s) => data.some((d) => d.side === s));
  return _styleFigure(_renderPlot({
    title: options.title ?? "Assertions by place and day",
    subtitle: notes.join("; ") + ".",
    width,
    height: Math.max(120, places.length * 32 + 60),
    marginLeft: _marginFor(places),
    style: PLOT_STYLE,
    x: { type: "utc", label: null },
    y: { domain: places, label: null },
    r: { domain: [0, maxIndependent], range: [0, Math.min(14, 4 + 2 * maxIndependent)] },
    color: {
      domain: sides,
      range: sides.map((s) => SIDE_COLORS[s]),
      legend: sides.length > 0,
    },
    marks: [
      Plot.gridY({ stroke: "#eee", strokeOpacity: 1 }),
      Plot.dot(data, {
        x: "x",
        y: "place",
        r: "independent",
        fill: "side",
        fillOpacity: 0.75,
        stroke: "white",
        title: "title",
      }),
      Plot.text(data, { x: "x", y: "place", text: "label", dx: 10, dy: -8, fontSize: 10 }),
    ],
  }));
}

/**
 * One assertion's reports side by side: day reported, outlet, article (with the story it copies,
 * if any) and the quote with claimant, place and claim words highlighted.
 */
export function assertionReportsHtml(a: Assertion): string {
  if (!a || !Array.isArray(a.reportList)) {
    throw new TypeError(
      `assertionReportsHtml: expected an assertion (from assertions()), found ${_describe(a)}`,
    );
  }
  const e = _escapeHtml;
  const cells = a.reportList.map((r) => {
    const claim: Claim = {
      article: r.article,
      claimant: a.claimant,
      side: a.side,
      role: a.role,
      place: a.place,
      area: a.area,
      claim: a.claim,
      status: a.status,
      date: r.date,
      reported: r.reported,
      quote: r.quote,
      start: r.start,
      end: r.end,
      id: r.claim,
      hedged: r.hedged,
    };
    const copy = r.story !== r.article ? ` · copy of ${e(r.story)}` : "";
    return `<td style="vertical-align: top; text-align: left; padding: 6px 8px; border: 1px solid #ddd; min-width: 180px;"><div class="cg-meta">${
      e(r.reported ?? "no date")
    } · <b>${e(r.outlet ?? "unknown outlet")}</b><br>${e(r.article)}${copy}${
      r.hedged ? " · hedged" : ""
    }</div><div>${highlightQuote(claim)}</div></td>`;
  });
  const head = `<p style="margin: 4px 0;"><b>${e(a.claimant)}</b> (${e(a.side)}, ${e(a.role)}): ${
    e(a.claim)
  } ${e(a.place)}${a.area ? ` (${e(a.area)})` : ""}, status ${e(a.status)}, day ${
    e(a.date ?? "unknown")
  } · ${a.reports} report(s), ${a.outlets} outlet(s), ${a.independent} independent · ${
    e(a.assertion)
  }</p>`;
  return `<div class="cg-quotes" style="font: 13px DejaVu Sans, sans-serif; overflow-x: auto;">${head}<style>.cg-meta{color:#555;font-size:12px;margin-bottom:4px}mark.cg-claimant{background:#cfe3ff}mark.cg-place{background:#ffe0a3}mark.cg-claim{background:#c9f0c9}</style><table style="border-collapse: collapse;"><tr>${
    cells.join("")
  }</tr></table></div>`;
}

/**
 * The syndication notes ("w2 reprints w1: 96% of its text shared") as HTML, article ids escaped
 * (ids come from file names and records: article text, never markup).
 */
export function syndicationHtml(s: Syndication): string {
  const notes = syndicationNotes(s);
  return `<p>${
    notes.length ? notes.map(_escapeHtml).join("<br>") : "No syndicated copies found."
  }</p>`;
}
