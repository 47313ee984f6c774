/**
 * Jupyter display objects: what a notebook cell evaluates to so that its result shows as an HTML
 * table, a chart or a report, in JupyterLab, in the executed `.ipynb` and in the rendered HTML.
 *
 * Each function returns a plain object with a `[Symbol.for("Jupyter.display")]()` method that
 * returns a MIME bundle (the Deno kernel calls it when the object is a cell's value). Library code
 * never calls `Deno.jupyter` (it throws outside the kernel), so all of this is testable.
 *
 * All text is escaped with `_escapeHtml`: article text is data, never markup. Only `html(markup)`
 * and `svgDisplay(svg)` take markup, and they are meant for markup built by claimgap itself.
 *
 * @example
 * ```ts
 * import { table } from "../lib/mod.ts";
 * table([{ id: "000", outlet: "Japan Today" }]); // last expression of a cell: shows a table
 * ```
 * @module
 */
import { _escapeHtml } from "../shared/_escape.ts";
import { _dedupeSvgAttributes } from "../shared/_svg.ts";
import { _describe } from "../shared/_validate.ts";

/** MIME type → content, as the Jupyter protocol sends it. */
export type MimeBundle = Record<string, string>;

/** The symbol the Deno kernel looks for on a cell's value. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display");

/** Anything the Deno kernel can display (and {@link mimeBundle} can read). */
export interface Displayable {
  [JUPYTER_DISPLAY](): MimeBundle;
}

/** Wrap a MIME bundle as a display object (the bundle is copied: later edits don't leak in). */
export function display(bundle: MimeBundle): Displayable {
  if (bundle === null || typeof bundle !== "object") {
    throw new TypeError(
      `bundle: expected an object of MIME type → string, found ${_describe(bundle)}`,
    );
  }
  const copy = { ...bundle };
  return {
    [JUPYTER_DISPLAY]: () => ({ ...copy }),
    toString: () => copy["text/plain"] ?? copy["text/html"] ?? "",
  } as Displayable;
}

/**
 * Resolves once the event loop has turned twice (two zero-delay timers) and 25 ms have passed. For notebook cells that
 * show output with `Deno.jupyter.display(x)`: with the pinned Deno kernel (2.9.5) that call
 * queues the message without waiting for it to be sent, and the message takes the parent (the
 * cell it belongs to) from whichever request the kernel is running when the queued send first
 * runs. Awaited before the cell ends, it makes that happen while the cell is still the current
 * one, so JupyterLab shows the output under its own cell, not the next one (README, "Outputs in
 * JupyterLab").
 */
export async function outputsSent(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
  // and a short real wait: on loaded cores the queued send may run a little later (a browser run
  // of Restart-and-Run-All once filed the load cell's last display under the next cell)
  await new Promise<void>((resolve) => setTimeout(resolve, _SEND_MS));
}

/** Milliseconds {@link outputsSent} waits after the event loop has turned. */
const _SEND_MS = 25;

/** The MIME bundle of a display object (for tests and exports). */
export function mimeBundle(value: Displayable): MimeBundle {
  const fn = (value as unknown as Record<symbol, unknown>)?.[JUPYTER_DISPLAY];
  if (typeof fn !== "function") {
    throw new TypeError(`value: expected a display object, found ${_describe(value)}`);
  }
  return fn.call(value) as MimeBundle;
}

/** Show trusted HTML (built by claimgap) as a cell result. `text` is the plain-text fallback. */
export function html(markup: string, text = "[HTML]"): Displayable {
  if (typeof markup !== "string") {
    throw new TypeError(`markup: expected an HTML string, found ${_describe(markup)}`);
  }
  return display({ "text/html": markup, "text/plain": text });
}

/** UTF-8 → base64, without std (jsr: imports are unavailable here). */
function _base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** An `<img>` with the SVG as a data URL: survives HTML sanitising of untrusted notebooks. */
export function _svgImg(svg: string, alt: string): string {
  const size = /^<svg\b[^>]*?\bwidth="([\d.]+)"[^>]*?\bheight="([\d.]+)"/.exec(svg);
  const dims = size ? ` width="${size[1]}" height="${size[2]}"` : "";
  return `<img src="data:image/svg+xml;base64,${_base64(_dedupeSvgAttributes(svg))}"${dims} alt="${
    _escapeHtml(alt)
  }" style="max-width:100%;height:auto">`;
}

function _altText(markup: string, fallback = "chart"): string {
  const heading = /<h2[^>]*>([^<]*)<\/h2>/.exec(markup)?.[1];
  const aria = /^<svg\b[^>]*?\baria-label="([^"]*)"/.exec(markup)?.[1];
  const found = heading ?? aria;
  if (found === undefined) return fallback;
  return found.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_e, n: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[n] ?? n,
  );
}

/**
 * Show a chart: an `<svg>` string (as `image/svg+xml`, plus `text/html` with the SVG as a base64
 * data-URL image so a headless-executed, untrusted notebook still shows it), or a Plot `<figure>`
 * with a legend or title (as `text/html`, every inner `<svg>` turned into such an image).
 */
export function svgDisplay(svg: string): Displayable {
  if (typeof svg !== "string") {
    throw new TypeError(`svg: expected an SVG or <figure> string, found ${_describe(svg)}`);
  }
  const markup = _dedupeSvgAttributes(svg.trim());
  const alt = _altText(markup);
  if (markup.startsWith("<svg")) {
    return display({
      "image/svg+xml": markup,
      "text/html": _svgImg(markup, alt),
      "text/plain": `[chart: ${alt}]`,
    });
  }
  if (markup.startsWith("<figure") || markup.startsWith("<div")) {
    const inlined = markup.replace(/<svg\b[\s\S]*?<\/svg>/g, (s) => _svgImg(s, _altText(s, alt)));
    return display({ "text/html": inlined, "text/plain": `[chart: ${alt}]` });
  }
  throw new SyntaxError(
    `svg: expected markup starting with <svg or <figure, found ${_describe(markup)}`,
  );
}

/** Options of {@link table} and {@link tableHtml}. */
export interface TableOptions {
  /** Columns to show, in order. @default every key of the rows, in order of first appearance */
  columns?: readonly string[];
  /** Caption above the table. @default undefined (none) */
  caption?: string;
  /** Rows shown at most; a note says how many more there are. @default 500 */
  maxRows?: number;
  /**
   * A table of more rows than this is folded: a `<details>` element whose one-line summary
   * gives the caption and the row count; a click (or a link to a row inside) unfolds it. No
   * script: the page still opens offline. @default Infinity (never folded)
   */
  foldAfter?: number;
  /**
   * Give the first row of each value of `column` the id `prefix` + a slug of the value (see
   * `placeAnchor()`), so that a summary can link down to it. @default none
   */
  anchor?: { column: string; prefix: string };
}

/** Text of one cell: null/undefined empty, arrays joined, objects as JSON, numbers as is. */
function _cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(_cellText).join(", ");
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function _columnsOf(rows: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

function _checkRows(rows: unknown): readonly Record<string, unknown>[] {
  if (!Array.isArray(rows)) {
    throw new TypeError(`rows: expected an array of plain objects, found ${_describe(rows)}`);
  }
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || Array.isArray(r)) {
      throw new TypeError(`rows[${i}]: expected a plain object, found ${_describe(r)}`);
    }
  });
  return rows;
}

function _maxRows(value: unknown): number {
  if (value === undefined) return 500;
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new TypeError(`maxRows: expected an integer, found ${_describe(value)}`);
  }
  if (value < 1) throw new RangeError(`maxRows: expected 1 or more, found ${value}`);
  return value;
}

/** Cells with more characters than this wrap within a bounded width. */
const LONG_CELL = 40;
/** Tables with this many columns or more use a smaller font (the gap table has 17). */
const WIDE_TABLE = 12;

/** Shared renderer: header, body rows (numbers right-aligned), caption, "n more rows" note. */
function _tableMarkup(
  columns: readonly string[],
  body: readonly (readonly unknown[])[],
  options: {
    caption?: string;
    maxRows?: number;
    index?: readonly unknown[];
    foldAfter?: number;
    anchorIds?: readonly (string | null)[];
  },
): string {
  const max = _maxRows(options.maxRows);
  const shown = body.slice(0, max);
  const idx = options.index;
  const head = (idx ? ['<th style="text-align:left"></th>'] : []).concat(
    // Headers break after underscores (assessed_<wbr>map), so narrow number columns stay narrow.
    columns.map((c) =>
      `<th style="text-align:left">${_escapeHtml(c).replaceAll("_", "_<wbr>")}</th>`
    ),
  ).join("");
  const lines = shown.map((cells, r) => {
    const tds = cells.map((v) => {
      const text = _cellText(v);
      // ISO dates never wrap at their hyphens.
      const align = typeof v === "number"
        ? ' style="text-align:right"'
        : /^\d{4}-\d{2}-\d{2}$/.test(text)
        ? ' style="text-align:left;white-space:nowrap"'
        : ' style="text-align:left"';
      // Long text (quotes, notes) wraps within a bounded width, so a wide table still fits the
      // page (a table cell's own max-width is ignored by browsers; a block inside it is not).
      const inner = text.length > LONG_CELL
        ? `<div style="min-width:8em;max-width:26em;white-space:normal;overflow-wrap:anywhere">${
          _escapeHtml(text)
        }</div>`
        : _escapeHtml(text);
      return `<td${align}>${inner}</td>`;
    });
    const th = idx ? `<th style="text-align:left">${_escapeHtml(_cellText(idx[r]))}</th>` : "";
    const id = options.anchorIds?.[r];
    return `<tr${id ? ` id="${_escapeHtml(id)}"` : ""}>${th}${tds.join("")}</tr>`;
  });
  const caption = options.caption ? `<caption>${_escapeHtml(options.caption)}</caption>` : "";
  const more = body.length > shown.length
    ? `<p class="cg-more">… ${body.length - shown.length} more rows (${body.length} in all)</p>`
    : "";
  // JupyterLab's stylesheet fixes table layout (column widths from the header) and hides what
  // overflows an output: automatic layout lets long cells wrap, and a table still wider than the
  // page scrolls sideways in its own box instead of losing its last columns.
  const markup = `<div class="cg-scroll" style="overflow-x:auto;max-width:100%">` +
    `<table class="cg-table" style="table-layout:auto${
      columns.length >= WIDE_TABLE ? ";font-size:11px" : ""
    }">${caption}<thead><tr>${head}</tr></thead>` +
    `<tbody>${lines.join("")}</tbody></table></div>${more}`;
  const fold = options.foldAfter ?? Infinity;
  if (typeof fold !== "number" || !(fold >= 0)) {
    throw new RangeError(`foldAfter: expected a number 0 or more, found ${_describe(fold)}`);
  }
  if (body.length <= fold) return markup;
  const label = `${
    options.caption ? `${options.caption}: ` : ""
  }${body.length} rows (click to unfold)`;
  return `<details class="cg-fold"><summary>${_escapeHtml(label)}</summary>${markup}</details>`;
}

/** Anchor id of a value, e.g. a place (`prefix` + a lower-case ASCII slug), for links down. */
export function placeAnchor(prefix: string, place: string): string {
  const slug = place.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `${prefix}${slug || "place"}`;
}

/**
 * Markup folded under a one-line summary (`<details>`; escaped summary, markup as given): a long
 * list stays one click away, every item reachable, without a script.
 */
export function foldHtml(markup: string, summary: string, open = false): string {
  if (typeof markup !== "string" || typeof summary !== "string") {
    throw new TypeError(
      `foldHtml: expected markup and summary strings, found ${_describe(markup)}, ${
        _describe(summary)
      }`,
    );
  }
  return `<details class="cg-fold"${open ? " open" : ""}><summary>${
    _escapeHtml(summary)
  }</summary>${markup}</details>`;
}

/** Row ids for {@link TableOptions.anchor}: the first row of each value gets one. */
function _anchorIds(
  rows: readonly Record<string, unknown>[],
  anchor: TableOptions["anchor"],
): (string | null)[] | undefined {
  if (!anchor) return undefined;
  const seen = new Set<string>();
  return rows.map((r) => {
    const v = _cellText(r[anchor.column]);
    if (seen.has(v)) return null;
    seen.add(v);
    return placeAnchor(anchor.prefix, v);
  });
}

function _tablePlain(columns: readonly string[], body: readonly (readonly unknown[])[]): string {
  const lines = [columns.join("\t"), ...body.slice(0, 20).map((r) => r.map(_cellText).join("\t"))];
  if (body.length > 20) lines.push(`… ${body.length - 20} more rows`);
  return lines.join("\n");
}

/** An escaped HTML `<table>` of plain-object rows. */
export function tableHtml<T extends object>(
  rows: readonly T[],
  options: TableOptions = {},
): string {
  const checked = _checkRows(rows);
  const columns = options.columns ?? _columnsOf(checked);
  return _tableMarkup(columns, checked.map((r) => columns.map((c) => r[c])), {
    ...options,
    anchorIds: _anchorIds(checked, options.anchor),
  });
}

/** Show plain-object rows as an HTML table (see {@link TableOptions}). */
export function table<T extends object>(
  rows: readonly T[],
  options: TableOptions = {},
): Displayable {
  const html = tableHtml(rows, options);
  const checked = _checkRows(rows);
  const columns = options.columns ?? _columnsOf(checked);
  const plain = _tablePlain(columns, checked.map((r) => columns.map((c) => r[c])));
  return display({ "text/html": html, "text/plain": plain });
}

/**
 * What {@link dataFrameHtml} reads from a danfojs DataFrame (structural, so importing this module
 * never loads danfojs and TensorFlow.js).
 */
export interface DataFrameLike {
  columns: string[];
  values: unknown[][] | unknown[];
  index: (string | number)[];
}

function _frameParts(df: DataFrameLike): { columns: string[]; body: unknown[][] } {
  if (
    df === null || typeof df !== "object" || !Array.isArray(df.columns) ||
    !Array.isArray(df.values)
  ) {
    throw new TypeError(
      `df: expected a danfojs DataFrame (columns and values), found ${_describe(df)}`,
    );
  }
  const columns = df.columns.map(String);
  // A one-column frame (or a Series) may give flat values.
  const body = (df.values as unknown[]).map((row) => Array.isArray(row) ? row : [row]);
  return { columns, body };
}

/** Options of {@link dataFrameHtml}. */
export interface DataFrameHtmlOptions extends Omit<TableOptions, "columns"> {
  /** Show the DataFrame's index as a first header column. @default false */
  showIndex?: boolean;
}

/** An escaped HTML `<table>` of a danfojs DataFrame. */
export function dataFrameHtml(df: DataFrameLike, options: DataFrameHtmlOptions = {}): string {
  const { columns, body } = _frameParts(df);
  const at = options.anchor ? columns.indexOf(options.anchor.column) : -1;
  const rows = at < 0 ? undefined : body.map((r) => ({ [options.anchor!.column]: r[at] }));
  return _tableMarkup(columns, body, {
    ...options,
    index: options.showIndex ? df.index : undefined,
    anchorIds: rows && _anchorIds(rows, options.anchor),
  });
}

/** Show a danfojs DataFrame as an HTML table (a bare DataFrame would dump its internals). */
export function dataFrameDisplay(
  df: DataFrameLike,
  options: DataFrameHtmlOptions = {},
): Displayable {
  const html = dataFrameHtml(df, options);
  const { columns, body } = _frameParts(df);
  return display({ "text/html": html, "text/plain": _tablePlain(columns, body) });
}
