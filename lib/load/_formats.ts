/**
 * Each input format read into text, paragraphs and metadata: plain text (with its header line),
 * Markdown (with front matter), HTML (through `_html_text.ts`), JSON and JSONL records.
 * Takes a file's decoded text; gives a parsed article (text, paragraphs, outlet, date, title, url,
 * notes, repairs) or, for a record, an article or a reported problem.
 * @module
 */

import type { Article, Paragraph } from "../shared/types.ts";
import { _describe } from "../shared/_validate.ts";
import { _htmlText } from "./_html_text.ts";
import { _articleDate, _isoDay } from "./_article_date.ts";
import type { ArticleMeta } from "./_options.ts";
import { _BREAKS, _classify, type _Span, _splitSpans, _trimSpan } from "./_paragraphs.ts";
import { _bylineDate } from "./_byline_date.ts";

/** A date field's value read into an ISO day, with its problem or note added to the lists. */
function _readDate(
  value: unknown,
  where: string,
  repaired: string[],
  notes: string[],
): string | null {
  const r = _articleDate(value);
  if (r.date === null) repaired.push(`${where} (${r.problem}); date left null`);
  else if (r.note) notes.push(`${where.replace(/^(.*)bad date/, "$1date")}: ${r.note}`);
  return r.date;
}

// ---------------------------------------------------------------------------------------------
// Formats

export interface _Parsed {
  text: string;
  paragraphs: Paragraph[];
  outlet: string | null;
  date: string | null;
  title: string | null;
  url: string | null;
  notes: string[];
  repaired: string[];
}

/** Share of letters among the non-space characters of `s`. */
function _letterShare(s: string): number {
  const chars = [...s.replace(/\s+/g, "")];
  return chars.length ? chars.filter((c) => /\p{L}/u.test(c)).length / chars.length : 0;
}

/** `.txt`: optional ` date YYYY-MM-DD  Outlet` first line, then line/blank-line paragraphs. */
export function _parseTxt(text: string): _Parsed {
  const notes: string[] = [];
  const repaired: string[] = [];
  const spans: _Span[] = [];
  let date: string | null = null;
  let outlet: string | null = null;
  let from = 0;
  const brk = new RegExp(_BREAKS.source).exec(text);
  const nl = brk ? brk.index : -1;
  const firstLine = text.slice(0, nl < 0 ? text.length : nl);
  const m = /^([ \t]*)date[ \t]+(\S+)([ \t]*)(.*?)\s*$/.exec(firstLine);
  if (m) {
    const token = m[2];
    date = _readDate(token, "line 1: bad date in header", repaired, notes);
    const rest = m[4];
    const restStart = m[1].length + 4 + (firstLine.slice(m[1].length + 4).length -
      firstLine.slice(m[1].length + 4).trimStart().length) +
      token.length + m[3].length;
    const isOutlet = rest !== "" && m[3].length >= 2 && rest.length <= 80 &&
      _letterShare(rest) >= 0.6;
    if (rest === "" || isOutlet) {
      const [s, e] = _trimSpan(text, 0, firstLine.length);
      spans.push({ start: s, end: e, kind: "header", block: 0, line: 1 });
      if (isOutlet) outlet = rest.trim();
    } else {
      const [s, e] = _trimSpan(text, 0, restStart);
      spans.push({ start: s, end: e, kind: "header", block: 0, line: 1 });
      const [rs, re] = _trimSpan(text, restStart, firstLine.length);
      spans.push({ start: rs, end: re, block: 0, line: 1, noHeadline: true });
      notes.push(
        `line 1: header has no outlet (one space after the date); the rest of the line is a paragraph`,
      );
    }
    from = brk ? brk.index + brk[0].length : text.length;
  }
  const c = _classify(text, spans.concat(_splitSpans(text, from, "text", 1)));
  const byline = date === null ? _withByline(text, c.paragraphs, notes) : null;
  return {
    text,
    paragraphs: byline?.paragraphs ?? c.paragraphs,
    outlet,
    date: byline?.date ?? date,
    title: c.headline,
    url: null,
    notes: notes.concat(c.notes),
    repaired,
  };
}

/** No date of the file's own: the byline's, its line made page furniture (`header`), noted. */
function _withByline(
  text: string,
  paragraphs: Paragraph[],
  notes: string[],
): { date: string; paragraphs: Paragraph[] } | null {
  const b = _bylineDate(text, paragraphs);
  if (!b) return null;
  const line = text.slice(0, paragraphs[b.index].start).split(_BREAKS).length;
  notes.push(`line ${line}: date ${b.date} read from the byline (the file gives none)`);
  return {
    date: b.date,
    paragraphs: paragraphs.map((p, i) => i === b.index ? { ...p, kind: "header" } : p),
  };
}

/** `.md`: optional `---` front matter (a header paragraph), `# Title` headline. */
export function _parseMd(text: string): _Parsed {
  const notes: string[] = [];
  const repaired: string[] = [];
  const spans: _Span[] = [];
  const meta: Record<string, string> = {};
  let from = 0;
  const fm = /^---[ \t]*(?:\r\n?|\n)([\s\S]*?)(?:\r\n?|\n)(?:---|\.\.\.)[ \t]*(?:\r\n?|\n|$)/
    .exec(text);
  if (fm) {
    const [s, e] = _trimSpan(text, 0, fm[0].length);
    spans.push({ start: s, end: e, kind: "header", block: 0, line: 1 });
    fm[1].split(_BREAKS).forEach((l, k) => {
      const kv = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(l);
      if (!kv) {
        if (l.trim() !== "") notes.push(`line ${k + 2}: front matter line is not "key: value"`);
        return;
      }
      let v = kv[2];
      if (/^(["']).*\1$/.test(v)) v = v.slice(1, -1);
      meta[kv[1].toLowerCase()] = v;
      meta[`@${kv[1].toLowerCase()}`] = String(k + 2);
    });
    from = fm[0].length;
  }
  const pick = (...keys: string[]) => keys.find((k) => meta[k] !== undefined && meta[k] !== "");
  let date: string | null = null;
  const dk = pick("date", "published", "pubdate", "published_at");
  if (dk) {
    date = _readDate(meta[dk], `line ${meta[`@${dk}`]}: bad date in front matter`, repaired, notes);
  }
  const ok = pick("outlet", "source", "publisher", "site");
  const uk = pick("url", "link", "canonical");
  const tk = pick("title");
  const c = _classify(text, spans.concat(_splitSpans(text, from, "md", 1)));
  const byline = date === null && !dk ? _withByline(text, c.paragraphs, notes) : null;
  return {
    text,
    paragraphs: byline?.paragraphs ?? c.paragraphs,
    outlet: ok ? meta[ok] : null,
    date: byline?.date ?? date,
    title: tk ? meta[tk] : c.headline,
    url: uk ? meta[uk] : null,
    notes: notes.concat(c.notes),
    repaired,
  };
}

/** `.html`/`.htm` through parse5: visible text of `<article>` (or `<main>`, `<body>`). */
export function _parseHtml(source: string): _Parsed {
  const h = _htmlText(source);
  const repaired: string[] = [];
  const dateNotes: string[] = [];
  let date: string | null = null;
  if (h.dateRaw !== null) {
    date = _readDate(h.dateRaw, `bad date in ${h.dateFrom}`, repaired, dateNotes);
  }
  const spans: _Span[] = h.blocks.map((b, i) => ({
    start: b.start,
    end: b.end,
    block: i,
    line: i + 1,
    ...(b.kind ? { kind: b.kind } : {}),
    ...(b.date !== undefined ? { date: _isoDay(b.date ?? "", true) } : {}),
    ...(b.heading ? { heading: b.heading } : {}),
  }));
  const c = _classify(h.text, spans, "block");
  return {
    text: h.text,
    paragraphs: c.paragraphs,
    outlet: h.outlet,
    date,
    title: h.title ?? c.headline,
    url: h.url,
    notes: [`text extracted from <${h.root}> (offsets point into the extracted text)`].concat(
      dateNotes,
      c.notes,
    ),
    repaired,
  };
}

// ---------------------------------------------------------------------------------------------
// JSON / JSONL

export const _TEXT_KEYS = ["text", "body", "content"] as const;

export function _jsonErrorLine(message: string, source: string): number | undefined {
  const lc = /line (\d+)/.exec(message);
  if (lc) return +lc[1];
  const pos = /position (\d+)/.exec(message);
  if (pos) return source.slice(0, +pos[1]).split("\n").length;
  return undefined;
}

export interface _Record {
  value: unknown;
  /** 1-based line (jsonl) or record number (json). */
  at: number;
  /** Why the line could not be parsed (jsonl). */
  error?: string;
}

export function _recordArticle(
  rec: _Record,
  label: string,
  stem: string,
  path: string,
  format: "json" | "jsonl",
  meta: ArticleMeta,
  notes: string[],
  repaired: string[],
): Article | null {
  const v = rec.value;
  if (v === null || typeof v !== "object" || Array.isArray(v)) {
    repaired.push(`${label} ${rec.at}: expected a record object, found ${_describe(v)}; skipped`);
    return null;
  }
  const r = v as Record<string, unknown>;
  const key = _TEXT_KEYS.find((k) => typeof r[k] === "string" && (r[k] as string).trim() !== "");
  if (!key) {
    const found = _TEXT_KEYS.find((k) => k in r);
    repaired.push(
      `${label} ${rec.at}: record has no text (expected a non-empty "text", "body" or "content"${
        found ? `, found ${found}: ${_describe(r[found])}` : ""
      }); skipped`,
    );
    return null;
  }
  const text = r[key] as string;
  const str = (name: string, ...keys: string[]): string | null => {
    for (const k of keys) {
      const x = r[k];
      if (x === undefined || x === null || x === "") continue;
      if (typeof x === "string") return x.trim();
      notes.push(`${label} ${rec.at}: ${k} expected a string, found ${_describe(x)}; ignored`);
    }
    void name;
    return null;
  };
  let id: string;
  if ((typeof r.id === "string" && r.id.trim() !== "") || typeof r.id === "number") {
    id = String(r.id).trim();
  } else {
    if (r.id !== undefined && r.id !== null) {
      notes.push(`${label} ${rec.at}: id expected a string or number, found ${_describe(r.id)}`);
    }
    id = `${stem}-${rec.at}`;
  }
  let date: string | null = null;
  const rawDate = r.date ?? r.published ?? null;
  if (rawDate !== null && rawDate !== "") {
    date = _readDate(rawDate, `${label} ${rec.at}: bad date`, repaired, notes);
  }
  // The record's text may itself start with the sample header line: same rules as `.txt`.
  const c = _parseTxt(text);
  for (const n of c.repaired) {
    repaired.push(`${label} ${rec.at}: ${n.replace(/^line 1: /, "text line 1: ")}`);
  }
  for (const n of c.notes) notes.push(`${label} ${rec.at}: ${n}`);
  const title = str("title", "title", "headline");
  const hasDate = rawDate !== null && rawDate !== "";
  return {
    id,
    path,
    format,
    outlet: meta.outlet ?? str("outlet", "outlet", "source", "publisher") ?? c.outlet,
    date: meta.date !== undefined ? meta.date : hasDate ? date : c.date,
    title: meta.title ?? title ?? c.title,
    url: meta.url ?? str("url", "url", "link"),
    text,
    paragraphs: c.paragraphs,
  };
}
