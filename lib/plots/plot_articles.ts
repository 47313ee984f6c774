/**
 * Articles over time: the corpus at a glance. One dot per article on its publication day, one row
 * per outlet (`"dots"`), or the number of articles per day, week or month (`"count"`, for large
 * corpora). Articles without a date cannot be placed: the caption names them.
 *
 * The result is a self-contained `<svg>` string (title and caption drawn inside it), so it shows
 * in a notebook, in rendered HTML and as a standalone file, and converts to PNG with rsvg-convert.
 *
 * @example
 * ```ts
 * import { loadArticles, plotArticles, svgDisplay } from "../lib/mod.ts";
 * const { articles } = await loadArticles("../data/articles");
 * svgDisplay(plotArticles(articles));
 * ```
 * @module
 */
import type { Article } from "../shared/types.ts";
import { _renderPlot, Plot } from "../shared/_dom.ts";
import { _describe, _number, _oneOf } from "../shared/_validate.ts";
import { _dedupeSvgAttributes } from "../shared/_svg.ts";
import { _marginFor, FONT_FAMILY, PLOT_STYLE } from "./_style.ts";

/** How articles are drawn. */
export type ArticlePlotMode = "auto" | "dots" | "count";
export const ARTICLE_PLOT_MODES: readonly ArticlePlotMode[] = ["auto", "dots", "count"];
/** Bin width of the `"count"` mode. */
export type ArticleInterval = "auto" | "day" | "week" | "month";
export const ARTICLE_INTERVALS: readonly ArticleInterval[] = ["auto", "day", "week", "month"];

/** Options of {@link plotArticles}. */
export interface PlotArticlesOptions {
  /** @default "Articles over time" */
  title?: string;
  /** `"dots"`: one dot per article, a row per outlet; `"count"`: bars of articles per interval;
   * `"auto"`: dots up to `maxDots` dated articles, else count. @default "auto" */
  mode?: ArticlePlotMode;
  /** Most dated articles drawn as dots in `"auto"` mode. @default 120 */
  maxDots?: number;
  /** Bin width in `"count"` mode (`"auto"`: day up to 60 days, week up to 400, else month).
   * @default "auto" */
  interval?: ArticleInterval;
  /** Label each dot with its article id's prefix (up to the first `_`). @default true when
   * there are 30 dated articles or fewer */
  labels?: boolean;
  /** Width in pixels. @default 760 */
  width?: number;
}

/** The label of articles without an outlet. */
export const NO_OUTLET = "(no outlet)";

const DAY = 86_400_000;

function _day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function _cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The short form of an id: up to the first `_` (`000_bfdb…` → `000`), at most 12 characters. */
export function _shortId(id: string): string {
  const cut = id.indexOf("_");
  const head = cut > 0 ? id.slice(0, cut) : id;
  return head.length > 12 ? head.slice(0, 11) + "…" : head;
}

/** A padded time domain: a day each side (at least 3 days), a week around a single day. */
function _domain(times: readonly number[]): [Date, Date] {
  const lo = Math.min(...times), hi = Math.max(...times);
  const pad = Math.max(3 * DAY, Math.round((hi - lo) * 0.04 / DAY) * DAY);
  return [new Date(lo - pad), new Date(hi + pad)];
}

function _checkArticles(articles: unknown): readonly Article[] {
  if (!Array.isArray(articles)) {
    throw new TypeError(`articles: expected an array of articles, found ${_describe(articles)}`);
  }
  articles.forEach((a, i) => {
    if (a === null || typeof a !== "object" || typeof a.id !== "string") {
      throw new TypeError(`articles[${i}]: expected an article with an id, found ${_describe(a)}`);
    }
    if (a.date !== null && (typeof a.date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(a.date))) {
      throw new TypeError(
        `articles[${i}] (${a.id}): expected date YYYY-MM-DD or null, found ${_describe(a.date)}`,
      );
    }
  });
  return articles;
}

/** The caption: how many articles are drawn, and which undated ones are not. */
function _caption(dated: number, undated: readonly string[]): string {
  const parts = [`${dated} dated article${dated === 1 ? "" : "s"} shown`];
  if (undated.length) {
    const names = undated.slice(0, 6).map(_shortId).join(", ") +
      (undated.length > 6 ? ` and ${undated.length - 6} more` : "");
    parts.push(
      `${undated.length} without a date not shown (${names})`,
    );
  }
  return parts.join("; ") + ".";
}

/** The dated articles as dots' data, by date, outlet and id. */
function _datedArticles(list: readonly Article[]) {
  return list
    .filter((a) => a.date !== null)
    .map((a) => ({
      x: _day(a.date!),
      outlet: a.outlet ?? NO_OUTLET,
      label: _shortId(a.id),
      tip: `${a.id}\n${a.outlet ?? NO_OUTLET}, ${a.date}${a.title ? `\n${a.title}` : ""}`,
      id: a.id,
    }))
    .sort((a, b) => a.x.getTime() - b.x.getTime() || _cmp(a.outlet, b.outlet) || _cmp(a.id, b.id));
}

/** A line of text in the chart's frame: the title (bold) or the caption. */
function _textMark(
  s: string,
  anchor: "top-left" | "bottom-left",
  dx: number,
  dy: number,
  bold: boolean,
) {
  return Plot.text([s], {
    text: (d: string) => d,
    frameAnchor: anchor,
    textAnchor: "start",
    lineAnchor: "middle",
    dx,
    dy,
    fontSize: bold ? 15 : 11,
    fontWeight: bold ? "bold" : "normal",
    fill: bold ? "#111" : "#555",
  });
}

/** The dots chart: one row per outlet, one dot per outlet and day. */
function _dotsPlot(
  dated: ReturnType<typeof _datedArticles>,
  o: {
    title: string;
    caption: string;
    width: number;
    domain: Date[];
    labels: boolean;
    marginTop: number;
    marginBottom: number;
  },
): string {
  const { title, caption, width, domain, labels, marginTop, marginBottom } = o;
  const outlets = _outletOrder(dated);
  const groups = _groupDots(dated);
  const marginLeft = _marginFor(outlets.length ? outlets : [NO_OUTLET], 11, 60);
  const rowHeight = 34;
  const height = marginTop + marginBottom + Math.max(1, outlets.length) * rowHeight;
  return _dedupeSvgAttributes(_renderPlot({
    ariaLabel: title,
    width,
    height,
    marginTop,
    marginBottom,
    marginLeft,
    marginRight: 24,
    style: { ...PLOT_STYLE, fontFamily: FONT_FAMILY },
    x: { type: "utc", domain, label: "publication date", grid: true },
    r: { type: "identity" },
    y: {
      type: "band",
      domain: outlets.length ? outlets : [NO_OUTLET],
      label: null,
      tickSize: 0,
    },
    marks: [
      Plot.frame({ stroke: "#ddd" }),
      Plot.dot(groups, {
        x: "x",
        y: "outlet",
        r: "r",
        fill: "#1f63b5",
        fillOpacity: 0.8,
        stroke: "white",
        title: "tip",
      }),
      ...(labels
        ? [Plot.text(groups, {
          x: "x",
          y: "outlet",
          text: "label",
          dy: -(Math.max(5, ...groups.map((g) => g.r)) + 6),
          fontSize: 10,
        })]
        : []),
      _textMark(title, "top-left", 6 - marginLeft, 14 - marginTop, true),
      _textMark(caption, "bottom-left", 6 - marginLeft, marginBottom - 10, false),
    ],
  }));
}

/**
 * Render articles over time as a self-contained SVG string (see {@link PlotArticlesOptions}).
 * Deterministic: the same articles give the same bytes, whatever their order.
 */
export function plotArticles(
  articles: readonly Article[],
  options: PlotArticlesOptions = {},
): string {
  const list = _checkArticles(articles);
  const title = options.title ?? "Articles over time";
  if (typeof title !== "string") {
    throw new TypeError(`options.title: expected a string, found ${_describe(title)}`);
  }
  let mode = _oneOf("options.mode", options.mode ?? "auto", ARTICLE_PLOT_MODES);
  const maxDots = _number("options.maxDots", options.maxDots ?? 120, 1, 100_000);
  let interval = _oneOf("options.interval", options.interval ?? "auto", ARTICLE_INTERVALS);
  const width = _number("options.width", options.width ?? 760, 240, 4000);

  const dated = _datedArticles(list);
  const undated = list.filter((a) => a.date === null).map((a) => a.id).sort(_cmp);
  if (mode === "auto") mode = dated.length <= maxDots ? "dots" : "count";
  const labels = options.labels ?? dated.length <= 30;
  const caption = _caption(dated.length, undated);
  const domain = dated.length
    ? _domain(dated.map((d) => d.x.getTime()))
    : [_day("2024-01-01"), _day("2024-01-08")];

  const marginTop = 44;
  const marginBottom = 52;
  if (mode === "dots") {
    return _dotsPlot(dated, { title, caption, width, domain, labels, marginTop, marginBottom });
  }

  if (interval === "auto") {
    const span = dated.length ? dated[dated.length - 1].x.getTime() - dated[0].x.getTime() : 0;
    interval = span <= 60 * DAY ? "day" : span <= 400 * DAY ? "week" : "month";
  }
  const height = marginTop + marginBottom + 220;
  return _dedupeSvgAttributes(_renderPlot({
    ariaLabel: title,
    width,
    height,
    marginTop,
    marginBottom,
    marginLeft: 50,
    marginRight: 24,
    style: { ...PLOT_STYLE, fontFamily: FONT_FAMILY },
    x: { type: "utc", label: "publication date" },
    y: { label: null, grid: true },
    marks: [
      Plot.rectY(dated, { ...Plot.binX({ y: "count" }, { x: "x", interval }), fill: "#1f63b5" }),
      Plot.ruleY([0]),
      _textMark(title, "top-left", -44, 14 - marginTop, true),
      _textMark(
        `Bars: articles per ${interval}. ${caption}`,
        "bottom-left",
        -44,
        marginBottom - 10,
        false,
      ),
    ],
  }));
}

/** Articles of one outlet on one day: one dot (bigger for more), one label, one tooltip. */
function _groupDots(
  rows: readonly { x: Date; outlet: string; label: string; tip: string }[],
): { x: Date; outlet: string; r: number; label: string; tip: string }[] {
  const groups = new Map<string, { x: Date; outlet: string; labels: string[]; tips: string[] }>();
  for (const row of rows) {
    const key = `${row.x.getTime()}\u0000${row.outlet}`;
    const g = groups.get(key) ?? { x: row.x, outlet: row.outlet, labels: [], tips: [] };
    g.labels.push(row.label);
    g.tips.push(row.tip);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({
    x: g.x,
    outlet: g.outlet,
    r: Math.min(11, 5 + 2 * Math.sqrt(g.labels.length - 1)),
    label: g.labels.length <= 3
      ? g.labels.join(", ")
      : `${g.labels.slice(0, 2).join(", ")} +${g.labels.length - 2}`,
    tip: g.tips.join("\n\n"),
  }));
}

/** Outlets ordered by their first article's date, ties by name. */
function _outletOrder(rows: readonly { x: Date; outlet: string }[]): string[] {
  const first = new Map<string, number>();
  for (const r of rows) {
    const t = r.x.getTime();
    if (!first.has(r.outlet) || t < first.get(r.outlet)!) first.set(r.outlet, t);
  }
  return [...first.keys()].sort((a, b) => first.get(a)! - first.get(b)! || _cmp(a, b));
}
