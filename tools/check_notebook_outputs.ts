/**
 * Checks what the executed notebooks show, not only that they ran: the counts they print, that
 * their tables have the rows the data implies, that their charts have marks. Expectations are
 * computed with lib/ on the same inputs (the notebooks' parameters, read from their parameter
 * cells), so small changes of the extractor's output do not need edits here.
 *
 * Takes: `--out DIR`, the folder of executed notebooks written by tools/run_notebooks.py.
 * Gives: one line per check that failed (notebook, cell, expected, found) and exit status 1 when
 * any failed; "check_notebook_outputs: N checks ok" otherwise.
 *
 * Cells are found by what they call (e.g. the cell calling `filterClaims(`), not by position.
 * @module
 */
import { JSDOM } from "npm:jsdom@26.1.0";
import {
  articleSummary,
  type Claim,
  type ClaimFilter,
  claimsTableRows,
  countClaims,
  extractClaims,
  gapTable,
  inPlaces,
  lagSummaryTable,
  loadArticles,
  mapView,
  prepareReport,
  type ReportData,
  resolvePlaceNames,
  summarizeGap,
  type TableKind,
} from "../lib/mod.ts";
import { filterClaims } from "../lib/mod.ts";

/** One cell of an executed notebook. */
export interface NbCell {
  cell_type: string;
  source: string | string[];
  metadata?: { tags?: string[] };
  outputs?: { output_type: string; text?: string | string[]; data?: Record<string, unknown> }[];
}
/** An executed notebook. */
export interface Notebook {
  cells: NbCell[];
}

/** A table shown by `table()`/`dataFrameDisplay()`: caption, columns, rows, rows in all. */
export interface ShownTable {
  caption: string;
  columns: string[];
  rows: string[][];
  total: number;
}

const _join = (s: string | string[] | undefined) => Array.isArray(s) ? s.join("") : s ?? "";

/** The first code cell whose source contains `needle`; throws naming it when there is none. */
export function _cell(nb: Notebook, needle: string, from = 0): NbCell {
  const c = nb.cells.slice(from).find((c) =>
    c.cell_type === "code" && _join(c.source).includes(needle)
  );
  if (!c) throw new Error(`no code cell calling ${JSON.stringify(needle)}`);
  return c;
}

/** Printed text (streams) of a cell. */
export function _printed(c: NbCell): string {
  // printed text, or plain text shown as a display (the notebooks show counts with `show()`)
  return (c.outputs ?? []).map((o) =>
    o.output_type === "stream"
      ? _join(o.text)
      : o.data && !o.data["text/html"]
      ? _join(o.data["text/plain"] as string | string[] | undefined)
      : ""
  ).join("");
}

/** The HTML (and SVG) a cell displays. */
export function _shown(c: NbCell): string {
  return (c.outputs ?? []).flatMap((o) =>
    ["text/html", "image/svg+xml"].map((k) => _join(o.data?.[k] as string | string[] | undefined))
  ).join("\n");
}

function _doc(html: string): Document {
  return new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document as unknown as Document;
}

/** The tables of `html` (class cg-table), with the "n more rows (N in all)" note read. */
export function _tables(html: string): ShownTable[] {
  const doc = _doc(html);
  return [...doc.querySelectorAll("table.cg-table")].map((t) => {
    const more = t.nextElementSibling?.classList.contains("cg-more")
      ? Number(/\((\d+) in all\)/.exec(t.nextElementSibling.textContent ?? "")?.[1])
      : null;
    const rows = [...t.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")
    );
    return {
      caption: t.querySelector("caption")?.textContent ?? "",
      columns: [...t.querySelectorAll("thead th")].map((th) => th.textContent ?? ""),
      rows,
      total: more ?? rows.length,
    };
  });
}

/** Drawn marks of the charts in `html`: shapes in Plot's mark groups other than axes and grids. */
export function _marks(html: string, label?: string): number {
  const doc = _doc(html);
  let n = 0;
  for (const g of doc.querySelectorAll("svg g[aria-label]")) {
    const l = g.getAttribute("aria-label") ?? "";
    if (label ? l !== label : /axis|grid|tick|frame|legend/.test(l)) continue;
    // the base map's labelled cities are no claims
    if (g.getAttribute("aria-description") === "cities") continue;
    n += g.querySelectorAll("path, circle, rect, line").length;
  }
  return n;
}

/** Collects failed checks, each naming the notebook and what was expected and found. */
export class Checks {
  failures: string[] = [];
  count = 0;
  constructor(public notebook = "") {}
  eq(what: string, found: unknown, expected: unknown): void {
    this.count++;
    if (JSON.stringify(found) !== JSON.stringify(expected)) {
      this.failures.push(
        `${this.notebook}: ${what}: expected ${JSON.stringify(expected)}, found ${
          JSON.stringify(found)
        }`,
      );
    }
  }
  ok(what: string, cond: boolean, detail = ""): void {
    this.count++;
    if (!cond) this.failures.push(`${this.notebook}: ${what}${detail ? ` (${detail})` : ""}`);
  }
  /** Runs `fn`, turning an exception (a cell not found...) into a failure. */
  async run(what: string, fn: () => void | Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (e) {
      this.count++;
      this.failures.push(`${this.notebook}: ${what}: ${(e as Error).message}`);
    }
  }
}

/** The single table a cell shows; a failure when it shows none or several. */
function _table(c: NbCell, what: string): ShownTable {
  const ts = _tables(_shown(c));
  if (ts.length !== 1) throw new Error(`${what}: expected one table, found ${ts.length}`);
  return ts[0];
}

/** What 02_claims shows: the claims printed, tabled, filtered, highlighted and counted. */
export function check02(k: Checks, nb: Notebook, claims: Claim[], articles: number): void {
  k.ok(
    "printed claim count",
    _printed(_cell(nb, "loadAndExtract(")).includes(
      `${claims.length} claims from ${articles} articles`,
    ),
    _printed(_cell(nb, "loadAndExtract(")),
  );
  k.eq("claims table rows", _table(_cell(nb, "table(claims"), "claims").total, claims.length);
  const picked = _table(_cell(nb, "filterClaims("), "filtered claims");
  const m = /^(\d+) claims matching (\{.*\})$/.exec(picked.caption);
  if (!m) throw new Error(`filtered claims caption ${JSON.stringify(picked.caption)}`);
  const pick = JSON.parse(m[2]) as ClaimFilter;
  const want = filterClaims(claims, pick);
  k.eq(`count in the caption "${picked.caption}"`, Number(m[1]), want.length);
  k.eq("filtered table rows", picked.total, want.length);
  for (const key of ["side", "role", "claim", "place"] as const) {
    const allowed = pick[key] === undefined
      ? null
      : [pick[key]].flat().map((v) => String(v).toLowerCase());
    const col = picked.columns.indexOf(key);
    if (!allowed || col < 0) continue;
    const off = picked.rows.filter((r) => !allowed.includes(r[col].toLowerCase()));
    k.eq(`filtered rows whose ${key} is not ${allowed.join("|")}`, off.length, 0);
  }
  const quotes = _doc(_shown(_cell(nb, "highlightHtml("))).querySelectorAll("ol.cg-quotes > li");
  k.eq("highlighted quotes (every claim, folded)", quotes.length, claims.length);
  const counts = _table(_cell(nb, "countClaims("), "counts");
  k.eq("count table rows", counts.total, countClaims(claims, ["side", "role"]).length);
  const n = counts.columns.indexOf("claims");
  k.eq("count table sum", counts.rows.reduce((s, r) => s + Number(r[n]), 0), claims.length);
}

function _statusLine(k: Checks, nb: Notebook, data: ReportData): void {
  const html = _shown(_cell(nb, "reportStatusHtml("));
  const want =
    `${data.articles.length} article(s) from ${data.corpus}, ${data.claims.length} claim(s), ${data.gapRows.length} gap row(s).`;
  k.ok("status line", html.includes(want), `expected ${want}`);
}

/** What 03_gap shows: status, the three claim tables, timeline, gap chart and tables, lags. */
export function check03(k: Checks, nb: Notebook, data: ReportData): void {
  _statusLine(k, nb, data);
  for (const kind of ["side-date", "place-side", "claimant"] as TableKind[]) {
    const t = _table(_cell(nb, `"${kind}"`), kind);
    k.eq(`${kind} table rows`, t.total, claimsTableRows(data.claims, kind).length);
  }
  k.ok("timeline has dots", _marks(_shown(_cell(nb, "plotTimeline("))) > 0);
  k.ok("gap chart has dots", _marks(_shown(_cell(nb, "gapChart("))) > 0);
  k.eq(
    "gap table rows",
    _table(_cell(nb, "gapTable("), "gap").total,
    gapTable(data.gapRows, { claims: data.claims }).length,
  );
  const s = summarizeGap(data.gapRows);
  k.eq("per side rows", _table(_cell(nb, "summary.bySide"), "per side").total, s.bySide.length);
  k.eq(
    "per place rows",
    _table(_cell(nb, "summary.byPlace"), "per place").total,
    s.byPlace.length,
  );
  const lag = _shown(_cell(nb, "lagChart("));
  if (data.mapping && data.lagRows.some((r) => r.lag_days !== null)) {
    k.ok("lag chart has marks", _marks(lag) > 0);
  } else k.ok("lag note", /No mapping data|nothing|no /i.test(lag));
  k.eq(
    "lag summary rows",
    _table(_cell(nb, "lagSummaryTable("), "lag summary").total,
    lagSummaryTable(data).length,
  );
  k.eq("lag rows", _table(_cell(nb, "data.lagRows,"), "lag rows").total, data.lagRows.length);
}

/** What 04_map shows: status, the occupied area and one dot per place, the note, the table. */
export async function check04(
  k: Checks,
  nb: Notebook,
  data: ReportData,
  day: string,
): Promise<void> {
  _statusLine(k, nb, data);
  const map = _shown(_cell(nb, "mapChart("));
  const view = mapView(data, { day });
  const occupied = _doc(map).querySelectorAll('g[aria-description="occupied area"] path').length;
  k.eq("occupied area drawn", occupied > 0, data.mapping !== null && view.day !== null);
  // regions are named in the caption, not drawn as points
  k.eq("map dots", _marks(map, "dot"), view.points.filter((p) => p.kind !== "region").length);
  k.eq(
    "not-on-the-map note",
    /Not on the map \(no coordinates in the places table\): ([^<]*)\./.exec(map)?.[1] ?? null,
    view.missing.length ? view.missing.join(", ") : null,
  );
  k.eq("map table rows", _table(_cell(nb, "mapView("), "map points").total, view.points.length);
  await Promise.resolve();
}

/** The notebook's parameters: the last `const name = value;` of its parameter cells. */
export function _params(nb: Notebook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of nb.cells) {
    const tags = c.metadata?.tags ?? [];
    const first = c.cell_type === "code" && /^\s*const \w+ = /.test(_join(c.source));
    if (!tags.includes("parameters") && !tags.includes("injected-parameters") && !first) continue;
    for (const m of _join(c.source).matchAll(/^const (\w+)(?:: [^=]+)? = (.+?);$/gm)) {
      try {
        out[m[1]] = JSON.parse(m[2].replace(/ as .*$/, ""));
      } catch { /* not a literal: not a parameter this checker reads */ }
    }
    if (tags.length || "corpus" in out) break;
  }
  return out;
}

async function _main(args: string[]): Promise<number> {
  const i = args.indexOf("--out");
  if (i < 0 || !args[i + 1]) {
    console.error("usage: check_notebook_outputs.ts --out DIR (executed notebooks)");
    return 2;
  }
  const out = args[i + 1];
  const nbDir = new URL("../notebooks/", import.meta.url).pathname;
  const read = async (name: string) => JSON.parse(await Deno.readTextFile(`${out}/${name}`));
  const at = (p: string) => p.startsWith("/") ? p : `${nbDir}${p}`;
  const all: Checks[] = [];
  const check = async (
    name: string,
    fn: (k: Checks, nb: Notebook, p: Record<string, unknown>) => Promise<void>,
  ) => {
    const k = new Checks(name);
    all.push(k);
    await k.run("check", async () => {
      const nb = await read(name);
      await fn(k, nb, _params(nb));
    });
  };
  const reports = new Map<string, Promise<ReportData>>();
  const report = (p: Record<string, unknown>) => {
    const key = JSON.stringify([p.corpus, p.mappingData, p.windowDays, p.places]);
    if (!reports.has(key)) {
      reports.set(
        key,
        prepareReport(at(String(p.corpus)), {
          mapping: at(String(p.mappingData)),
          windowDays: Number(p.windowDays ?? 7),
          focus: (p.places as string | string[] | undefined) ?? [],
          cacheDir: null, // checked against a fresh extraction, not the pages' cache
        }).then((d) => ({ ...d, corpus: String(p.corpus) })),
      );
    }
    return reports.get(key)!;
  };
  await check("01_articles.ipynb", async (k, nb, p) => {
    const { articles, report: rep } = await loadArticles(at(String(p.corpus)));
    k.ok(
      "printed article count",
      _printed(_cell(nb, "loadAndExtract(")).includes(`${articles.length} articles loaded`),
    );
    k.eq(
      "summary rows",
      _table(_cell(nb, "articleSummaryFrame("), "summary").total,
      articleSummary(articles).length,
    );
    k.ok("articles chart has marks", _marks(_shown(_cell(nb, "plotArticles("))) > 0);
    const entries = rep.entries.length;
    k.ok("load report count", _shown(_cell(nb, "reportDisplay(")).includes(`${entries} files:`));
  });
  await check("02_claims.ipynb", async (k, nb, p) => {
    const { articles } = await loadArticles(at(String(p.corpus)));
    const all = extractClaims(articles);
    const places = (p.places as string | string[] | undefined) ?? [];
    const focus = resolvePlaceNames(places, { known: all.map((c) => c.place) });
    check02(k, nb, inPlaces(all, focus), articles.length);
  });
  await check("03_gap.ipynb", async (k, nb, p) => {
    check03(k, nb, await report(p));
  });
  await check("04_map.ipynb", async (k, nb, p) => {
    await check04(k, nb, await report(p), String(p.day ?? ""));
  });
  const failures = all.flatMap((k) => k.failures);
  for (const f of failures) console.error(`check_notebook_outputs: ${f}`);
  const n = all.reduce((s, k) => s + k.count, 0);
  console.log(`check_notebook_outputs: ${n - failures.length} of ${n} checks ok`);
  return failures.length ? 1 : 0;
}

if (import.meta.main) Deno.exit(await _main(Deno.args));
