/**
 * Loading articles: a folder (sub-folders included unless `recursive: false`) or a list of files
 * (`.txt`, `.md`, `.html`/`.htm`, `.json`, `.jsonl`, each also gzipped as `.gz`) →
 * {@link Article}s with paragraphs as offsets into the original text, plus a {@link LoadReport}
 * that names every file as read, repaired or skipped, with the reason.
 *
 * Files (reading in `_read_article.ts`): only regular files are opened; a named pipe, socket or
 * device is a reported skip, decided before opening. `.gz` files are decompressed (the article id
 * of `story.txt.gz` is `story`), up to `maxDecompressedBytes`; corrupt or larger ones are skips.
 *
 * Dates (`_article_date.ts`): a record's, front matter's, page's, sidecar's or header's date is
 * read from ISO, `12 March 2025`, `March 12, 2025`, `12.03.2025`, `2025/03/12`, RSS dates and
 * epoch numbers, as the day written in the source's own offset; an impossible or ambiguous date
 * (`2025-02-30`, `03/04/2025`) is reported (`repaired`) and left null.
 *
 * Formats:
 * - `.txt`: optional first line ` date YYYY-MM-DD  Outlet` (a `header` paragraph). With a single
 *   space after the date the rest of the line is not an outlet but a paragraph of its own. A date
 *   that is not a real day is reported (`repaired`) and left null. Paragraphs are lines; blank
 *   lines separate blocks; a line starting in lower case after one without final punctuation
 *   continues it (hard-wrapped text).
 * - `.md`: optional `---` front matter (`title`, `date`, `outlet`/`source`/`publisher`,
 *   `url`/`link`), a `header` paragraph; `# Title` headline; blank-line paragraphs.
 * - `.html`/`.htm`: parse5 (the HTML parser of jsdom, scripting off), no script runs, nothing
 *   fetched. Text of the largest `<article>` (else `<main>`, else `<body>`); metadata from
 *   `og:title`/`h1`/`<title>`, `article:published_time`/`<time datetime>`/`meta name=date`,
 *   `og:site_name`, canonical link/`og:url`. Documents nested deeper than 1000 elements are
 *   skipped (a bound on the work hostile input can cause).
 * - `.json` (array, `{articles: [...]}` or one record) and `.jsonl`: `id`, `text`/`body`/`content`,
 *   `date`, `url`, `outlet`/`source`, `title`; records without text are reported and skipped.
 *
 * Cleaning never deletes: captions and credits, reader comments (from a marker such as
 * "12 comments", or a tail of comment-style paragraphs after the body), embedded tweets (with the
 * date of their signature line), exact repeats (whitespace-normalised; `repeatOf` points at the
 * first) and page furniture are marked through {@link Paragraph.kind}. The cue patterns are
 * knowledge and live in `data/load_patterns.csv` (kind, test `line`/`prefix`/`contains`, regex,
 * note; case-insensitive).
 *
 * Offsets: for `.txt`, `.md`, `.json` and `.jsonl` inputs `Article.text` is the decoded text
 * (file content, or the record's text) unaltered, BOM removed by decoding only; for HTML it is
 * the visible text extracted from the parsed page (blocks separated by blank lines, whitespace
 * collapsed), and offsets point into that. `text.slice(p.start, p.end)` is always the trimmed paragraph.
 *
 * Encodings: UTF-8 (BOM or not), UTF-16 LE/BE (BOM or NUL pattern), Windows-1251 (invalid UTF-8
 * that reads as mostly Cyrillic), an HTML page's declared charset; empty, binary and undecodable
 * files are reported skips.
 *
 * @module
 */
import type {
  Article,
  LoadEntry,
  LoadReport,
  LoadResult,
  Paragraph,
  ParagraphKind,
} from "../shared/types.ts";
import { type _Csv, _parseCsv } from "../shared/_csv.ts";
import { _describe, _number } from "../shared/_validate.ts";
import { _declaredCharset, _decode, _decodeAs } from "./_decode.ts";
import { _htmlText } from "./_html_text.ts";
import { _collapseSpace } from "../shared/_text.ts";
import { _articleDate, _isoDay } from "./_article_date.ts";
import {
  _gunzipReady,
  _gzipInner,
  _isGzip,
  _MAX_CAP,
  _notRegular,
  _readArticleSync,
  _readTextChecked,
  DEFAULT_MAX_DECOMPRESSED_BYTES,
} from "./_read_article.ts";

/**
 * A turn of the event loop at most every `ms` milliseconds: `const breathe = _breather();` then
 * `await breathe();` in a loop of synchronous work. Between turns it resolves at once (a
 * microtask); at a turn it waits for a zero-delay timer, so that a notebook's progress display,
 * timers and I/O get to run while a big folder is read synchronously.
 */
export function _breather(ms = 50): () => Promise<void> {
  let last = performance.now();
  return () => {
    const t = performance.now();
    if (t - last < ms) return Promise.resolve();
    last = t;
    return new Promise((resolve) => setTimeout(resolve, 0));
  };
}

/** Options of {@link loadArticles}. */
export interface LoadOptions {
  /**
   * Sidecar CSV (`id,date,outlet,url,title`) whose non-empty cells fill or override metadata.
   * @default "articles.csv" inside the input folder, when that file exists
   */
  sidecar?: string;
  /** Load at most this many articles (later files are reported as skipped). @default Infinity */
  limit?: number;
  /** Called after each file with the count done, the total and the file's path. @default none */
  onProgress?: (done: number, total: number, file: string) => void;
  /**
   * Descend into sub-folders (archives come nested: `2025/11/outlet/...`), in place in name
   * order. Each folder is read once by its real path: a symlink back into a folder already read
   * (a loop, or a second way in) is a reported skip. `false` reads the top level only (each
   * sub-folder is then a reported skip). Only the top folder's `articles.csv` is the sidecar.
   * @default true
   */
  recursive?: boolean;
  /**
   * Cap on a `.gz` file's decompressed size in bytes (1 to 2^30); a file over it is a reported
   * skip, and decompression stops at the cap.
   * @default 209715200 (200 MiB)
   */
  maxDecompressedBytes?: number;
}

/** Checks the `maxDecompressedBytes` option: the cap, or the default. */
export function _maxDecompressed(value: unknown, caller: string): number {
  if (value === undefined) return DEFAULT_MAX_DECOMPRESSED_BYTES;
  const n = _number(`${caller}maxDecompressedBytes`, value, 1, _MAX_CAP);
  if (!Number.isInteger(n)) {
    throw new RangeError(`${caller}maxDecompressedBytes: expected a whole number, found ${n}`);
  }
  return n;
}

/** Metadata that can be passed to {@link parseArticleFile} (from a sidecar, for instance). */
export type ArticleMeta = Partial<Pick<Article, "outlet" | "date" | "title" | "url">>;

/** File extensions the loader reads, and their format. */
export const ARTICLE_EXTENSIONS: Readonly<Record<string, Article["format"]>> = {
  ".txt": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  ".json": "json",
  ".jsonl": "jsonl",
};

// ---------------------------------------------------------------------------------------------
// Patterns (data/load_patterns.csv)

interface _Pattern {
  kind: string;
  test: string;
  /** The pattern as written in the CSV. */
  pattern: string;
  re: RegExp;
  note: string;
}

let _patternCache: _Pattern[] | undefined;

/** The cue patterns, compiled once. `line` patterns must match the whole paragraph. */
function _patterns(): _Pattern[] {
  if (_patternCache) return _patternCache;
  const url = new URL("../../data/load_patterns.csv", import.meta.url);
  const rows = _parseCsv(Deno.readTextFileSync(url), "data/load_patterns.csv");
  const out: _Pattern[] = [];
  const [head, ...body] = rows.rows;
  const col = (name: string) => head.indexOf(name);
  for (const [k, r] of body.entries()) {
    const kind = r[col("kind")];
    const test = r[col("test")];
    const p = r[col("pattern")];
    const src = test === "line"
      ? `^(?:${p})$`
      : test === "prefix"
      ? `^(?:${p})`
      : test === "contains"
      ? p
      : null;
    if (src === null) {
      throw new SyntaxError(
        `data/load_patterns.csv line ${
          rows.lines[k + 1]
        }: expected test "line", "prefix" or "contains", found ${_describe(test)}`,
      );
    }
    let re: RegExp;
    try {
      re = new RegExp(src, "iu");
    } catch (e) {
      throw new SyntaxError(
        `data/load_patterns.csv line ${rows.lines[k + 1]}: expected a regular expression, found ${
          _describe(p)
        } (${(e as Error).message})`,
      );
    }
    out.push({ kind, test, pattern: p, re, note: r[col("note")] ?? "" });
  }
  _patternCache = out;
  return out;
}

/** Longest paragraph a `line` pattern is tried on, and prefix length `prefix` patterns see. */
const _SHORT = 300;

/**
 * Runs one pattern on a paragraph. `line` patterns only see short paragraphs without trailing
 * punctuation, `prefix` patterns only the first {@link _SHORT} characters: this bounds regex work
 * on hostile input.
 */
function _exec(p: _Pattern, text: string): RegExpExecArray | null {
  if (p.test === "line") {
    if (text.length > _SHORT) return null;
    return p.re.exec(_lineText(text));
  }
  if (p.test === "prefix") return p.re.exec(text.slice(0, _SHORT));
  return p.re.exec(text);
}

/** Characters `line` patterns ignore at the end of a paragraph (besides whitespace). */
const _LINE_TRAIL = new Set([".", ":", "!"]);

let _lineIn = "";
let _lineOut = "";

/**
 * A short paragraph without trailing whitespace and `.:!`, as `line` patterns see it (last one
 * cached). A backwards scan: the regex `[\s.:!]+$` retries at every position of the string.
 */
function _lineText(text: string): string {
  if (text !== _lineIn) {
    let end = text.length;
    while (end > 0 && (_LINE_TRAIL.has(text[end - 1]) || _isSpace(text.charCodeAt(end - 1)))) {
      end--;
    }
    _lineIn = text;
    _lineOut = end === text.length ? text : text.slice(0, end);
  }
  return _lineOut;
}

/** Whether a UTF-16 code unit is whitespace as the regex class `\s` defines it. */
function _isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) ||
    (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
      c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * The patterns of one kind, plus one alternation per test (`line`, `prefix`, `contains`) of all
 * of them: a paragraph matches some pattern of the kind exactly when it matches one of these
 * (most paragraphs match none, and one scan replaces one per pattern). Patterns with groups that
 * an alternation would renumber or duplicate (back-references, named groups) stay apart.
 */
interface _Group {
  all: readonly _Pattern[];
  any: { line: _Alt | null; prefix: _Alt | null; contains: _Alt | null };
  apart: readonly _Pattern[];
}

/**
 * An alternation, compiled with the patterns' flags `iu` and, when that gives the same answers,
 * also with `i` alone, which V8 runs about three times faster. It does for a pattern written
 * in printable ASCII without `.`, negated classes, `\W`/`\S`/`\D`/`\B` or code-point escapes,
 * on a text without `ſ` (U+017F) or the Kelvin sign (U+212A): the only characters that Unicode
 * case folding (the `u` flag) matches to ASCII letters and word characters and `i` alone does
 * not.
 */
interface _Alt {
  re: RegExp;
  fast: RegExp | null;
}

/** Whether a pattern means the same with flags `i` and `iu` on texts without ſ and K (above). */
function _asciiSafe(pattern: string): boolean {
  if (/[^ -~]/.test(pattern)) return false;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      if (/[pPuxWSDBck]/.test(pattern[++i] ?? "")) return false;
    } else if (c === "[") {
      if (inClass || pattern[i + 1] === "^") return false;
      inClass = true;
    } else if (c === "]") inClass = false;
    else if (c === "." && !inClass) return false;
  }
  return true;
}

function _alt(src: string, safe: boolean): _Alt {
  return { re: new RegExp(src, "iu"), fast: safe ? new RegExp(src, "i") : null };
}

function _test(a: _Alt, text: string): boolean {
  return a.fast && !_foldsToAscii(text) ? a.fast.test(text) : a.re.test(text);
}

let _foldIn = "";
let _foldOut = false;

/** Whether `text` has ſ or K (last one cached: the tests of one paragraph follow each other). */
function _foldsToAscii(text: string): boolean {
  if (text !== _foldIn) {
    _foldIn = text;
    _foldOut = text.includes("\u017f") || text.includes("\u212a");
  }
  return _foldOut;
}

let _groupCache: Map<string, _Group> | null = null;

/** The group of patterns `all` (any order): their alternations and the patterns kept apart. */
function _makeGroup(all: readonly _Pattern[]): _Group {
  const joinable = (p: _Pattern) => !/\\[1-9k]|\(\?<[^=!]/.test(p.pattern);
  const alt = (test: string, wrap: (s: string) => string) => {
    const ps = all.filter((p) => p.test === test && joinable(p));
    const src = wrap(ps.map((p) => `(?:${p.pattern})`).join("|"));
    return ps.length ? _alt(src, ps.every((p) => _asciiSafe(p.pattern))) : null;
  };
  return {
    all,
    any: {
      line: alt("line", (s) => `^(?:${s})$`),
      prefix: alt("prefix", (s) => `^(?:${s})`),
      contains: alt("contains", (s) => s),
    },
    apart: all.filter((p) => !joinable(p)),
  };
}

/**
 * The patterns of `kind`, or of several kinds joined by `+` (`"tweet+caption"`: a paragraph
 * matches one of them exactly when it matches a pattern of one of the kinds).
 */
function _group(kind: string): _Group {
  if (!_groupCache) {
    const byKind = new Map<string, _Pattern[]>();
    for (const p of _patterns()) {
      const list = byKind.get(p.kind);
      if (list) list.push(p);
      else byKind.set(p.kind, [p]);
    }
    _groupCache = new Map();
    for (const [k, all] of byKind) _groupCache.set(k, _makeGroup(all));
  }
  let g = _groupCache.get(kind);
  if (!g && kind.includes("+")) {
    g = _makeGroup(kind.split("+").flatMap((k) => _group(k).all));
    _groupCache.set(kind, g);
  }
  return g ?? { all: [], any: { line: null, prefix: null, contains: null }, apart: [] };
}

/** Whether some pattern of `kind` matches `text` (as {@link _exec} runs it). */
function _matches(kind: string, text: string): boolean {
  const g = _group(kind);
  const { line, prefix, contains } = g.any;
  if (line && text.length <= _SHORT && _test(line, _lineText(text))) return true;
  if (prefix && _test(prefix, text.length > _SHORT ? text.slice(0, _SHORT) : text)) return true;
  if (contains && _test(contains, text)) return true;
  return g.apart.some((p) => _exec(p, text) !== null);
}

/** The match of the first pattern of `kind` (in file order) that matches `text`, or null. */
function _firstMatch(kind: string, text: string): RegExpExecArray | null {
  if (!_matches(kind, text)) return null;
  for (const p of _group(kind).all) {
    const m = _exec(p, text);
    if (m) return m;
  }
  return null;
}

/** How many patterns of `kind` match `text`. */
function _countMatches(kind: string, text: string): number {
  if (!_matches(kind, text)) return 0;
  let n = 0;
  for (const p of _group(kind).all) if (_exec(p, text) !== null) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Dates (lib/load/_article_date.ts)

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
// Spans and classification

/** A candidate paragraph before classification. */
interface _Span {
  start: number;
  end: number;
  /** Kind fixed by structure (header, HTML figcaption...); otherwise classified from text. */
  kind?: ParagraphKind;
  date?: string | null;
  /** Blank-line-separated block number (spans of one block are separated by single newlines). */
  block: number;
  /** 1-based line of the first character. */
  line: number;
  /** Never the headline (rest of a header line). */
  noHeadline?: boolean;
  /** Markdown heading level, when the span is a `#` heading. */
  heading?: number;
}

/** Trims whitespace off a span of `text`. */
function _trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** Line ends: CRLF, LF, or a lone CR (old Mac files). */
const _BREAKS = /\r\n|\n|\r/g;

const _MD_BLOCK = /^(?:#{1,6}\s|>|[-*+]\s|\d{1,3}[.)]\s|!\[|```|---+\s*$|\*\*\*+\s*$)/;

/**
 * Splits `text[from..]` into spans: blank lines separate blocks; within a block every line is a
 * paragraph (the sample format), except a line that starts in lower case after a line of 40+
 * characters without final punctuation (a hard-wrapped sentence) which continues it. In `md` mode lines of a block
 * form one paragraph unless a line starts a heading, list item, quote or image.
 */
function _splitSpans(text: string, from: number, mode: "text" | "md"): _Span[] {
  const spans: _Span[] = [];
  let block = 0;
  let line = 1 + (text.slice(0, from).match(_BREAKS)?.length ?? 0);
  let pos = from;
  let blankBefore = true;
  let prevLineStart = 0;
  let prevLineEnd = 0;
  const brk = new RegExp(_BREAKS.source, "g");
  while (pos <= text.length) {
    brk.lastIndex = pos;
    const found = brk.exec(text);
    const nl = found ? found.index : text.length;
    const [s, e] = _trimSpan(text, pos, nl);
    if (s === e) {
      if (!blankBefore) block++;
      blankBefore = true;
    } else {
      const prev = spans[spans.length - 1];
      const first = text.slice(s, e);
      let join = false;
      if (prev && prev.block === block && !blankBefore) {
        const prevText = text.slice(prev.start, prev.end);
        if (mode === "md") {
          join = !_MD_BLOCK.test(first) && !prev.heading && !/^(?:[-*+]\s|\d{1,3}[.)]\s)/.test(
            prevText,
          ) &&
            !/^!\[/.test(prevText) && !/ {2}$|\\$/.test(text.slice(prev.start, prevLineEnd));
        } else {
          // Hard-wrapped prose: the previous physical line is long and stops mid-sentence.
          const prevLine = text.slice(prevLineStart, prevLineEnd).trim();
          join = /^\p{Ll}/u.test(first) && !/[.!?:;"”’)\]]$/.test(prevText) &&
            prevLine.length >= 40 && prev.kind === undefined;
        }
      }
      if (join) {
        prev.end = e;
      } else {
        const h = mode === "md" ? /^(#{1,6})\s/.exec(first) : null;
        spans.push({ start: s, end: e, block, line, ...(h ? { heading: h[1].length } : {}) });
      }
      blankBefore = false;
      prevLineStart = s;
      prevLineEnd = nl;
    }
    if (!found) break;
    pos = nl + found[0].length;
    line++;
  }
  return spans;
}

/** Paragraph text without markdown decoration, for pattern tests. */
function _plain(s: string): string {
  // Each replacement only runs when its marker character is there (most lines have none).
  if (s[0] === "#") s = s.replace(/^#{1,6}\s+/, "");
  if (s[0] === ">") s = s.replace(/^(?:>\s*)+/, "");
  if (s[0] === "-" || s[0] === "*" || s[0] === "+") s = s.replace(/^[-*+]\s+/, "");
  if (s.includes("](")) s = s.replace(/!?\[([^[\]\n]{0,300})\]\([^()\s]{0,500}\)/g, "$1");
  if (s.includes("*") || s.includes("_")) {
    s = s.replace(/(\*\*|__|\*|_)([^*_\n]{1,300}?)\1/g, "$2");
  }
  return s.trim();
}

/** Text with quoted passages removed: cues inside quotations belong to the quoted speaker. */
function _unquoted(s: string): string {
  return s.replace(/"[^"]*"|“[^”]*”|«[^»]*»/g, " ");
}

/** Number of distinct comment-style cues in a paragraph. */
function _cueScore(s: string): number {
  const t = _unquoted(_plain(s));
  return _countMatches("comment_cue", t);
}

/** A short line that can be a user name: at most three words, no sentence punctuation. */
function _isNameLine(s: string): boolean {
  return s.length <= 40 && s.split(/\s+/).length <= 3 && !/[.!?,;:"“”]/.test(s);
}

/**
 * A hash of the first and last words of the paragraph `text[start..end]` (up to the first and
 * from the last white space; the whole text when it has none), which whitespace normalisation
 * leaves alone: paragraphs equal once normalised have equal hashes. A small integer, a cheap
 * Map key (no string is cut out).
 */
function _endsHash(text: string, start: number, end: number): number {
  let h = 0;
  let a = start;
  for (; a < end; a++) {
    const c = text.charCodeAt(a);
    if (_isSpace(c)) break;
    h = (Math.imul(h, 31) + c) | 0;
  }
  if (a < end) {
    let b = end;
    while (b > a && !_isSpace(text.charCodeAt(b - 1))) b--;
    h = (Math.imul(h, 31) + 32) | 0;
    for (let k = b; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  }
  return h & 0x3fffffff;
}

/** The kinds {@link _classify} tests every paragraph for, as one {@link _group}. */
const _PARAGRAPH_KINDS = "tweet_signature+tweet+caption+boilerplate";

/** Classified paragraphs plus notes and the headline text. */
interface _Classified {
  paragraphs: Paragraph[];
  notes: string[];
  headline: string | null;
}

function _ranges(lines: number[]): string {
  const out: string[] = [];
  let a = lines[0];
  let b = lines[0];
  for (const n of lines.slice(1).concat([NaN])) {
    if (n === b + 1 || n === b + 2) {
      b = n;
      continue;
    }
    out.push(a === b ? `${a}` : `${a}-${b}`);
    a = b = n;
  }
  return out.join(", ");
}

/**
 * Classifies spans of `text` into paragraph kinds: tweets (with their date), captions,
 * boilerplate, the headline, reader comments (from a marker, or a tail of comment-style
 * paragraphs after the body) and exact repeats (whitespace-normalised).
 */
function _classify(text: string, spans: _Span[], where: "line" | "block" = "line"): _Classified {
  const notes: string[] = [];
  const kinds: ParagraphKind[] = [];
  const dates: (string | null | undefined)[] = [];
  const texts = spans.map((s) => _plain(text.slice(s.start, s.end)));

  spans.forEach((s, i) => {
    dates[i] = s.date;
    if (s.kind) {
      kinds[i] = s.kind;
      return;
    }
    const t = texts[i];
    // Most paragraphs match no pattern of these kinds: one test of them all settles that.
    if (!_matches(_PARAGRAPH_KINDS, t)) {
      kinds[i] = /\p{L}{3,}/u.test(t) ? "body" : "boilerplate";
      return;
    }
    const sig = _firstMatch("tweet_signature", t);
    if (sig) {
      kinds[i] = "tweet";
      dates[i] = _isoDay(sig.groups?.date ?? "", true);
      // A signature line alone belongs to the tweet text just above it (same block).
      const prev = i - 1;
      if (sig.index <= 2 && prev >= 0 && spans[prev].block === s.block && !spans[prev].kind) {
        kinds[prev] = "tweet";
        dates[prev] = dates[i];
      }
      return;
    }
    if (_matches("tweet", t)) {
      kinds[i] = "tweet";
      dates[i] = null;
      return;
    }
    if (_matches("caption", t)) kinds[i] = "caption";
    else if (_matches("boilerplate", t) || !/\p{L}{3,}/u.test(t)) kinds[i] = "boilerplate";
    else kinds[i] = "body";
  });

  // Headline: the first paragraph that is not header, caption or page furniture, when short and
  // without final punctuation (or a markdown heading).
  let headline: string | null = null;
  const h = spans.findIndex((_, i) => !["header", "caption", "boilerplate"].includes(kinds[i]));
  if (h >= 0 && kinds[h] === "body" && !spans[h].noHeadline) {
    const t = texts[h];
    const words = t.split(/\s+/).length;
    if (
      spans[h].heading ||
      (t.length <= 200 && words <= 25 && !/[.!?;,:…]["”’)\]]*$/.test(t) && /\p{L}{2,}/u.test(t))
    ) {
      kinds[h] = "headline";
      headline = t;
    }
  }

  // Reader comments: from an explicit marker, or from a tail of comment-style paragraphs.
  const firstBody = kinds.findIndex((k) => k === "body" || k === "headline");
  let commentFrom = -1;
  let why = "";
  for (let i = Math.max(firstBody, 0) + 1; i < spans.length && firstBody >= 0; i++) {
    if (kinds[i] === "header" || spans[i].kind) continue;
    const m = _matches("comment_marker", texts[i]);
    if (m) {
      commentFrom = i;
      why = `marker ${JSON.stringify(texts[i].slice(0, 40))}`;
      break;
    }
  }
  if (commentFrom < 0 && firstBody >= 0) {
    const eligible = spans.map((_, i) => i).filter((i) =>
      i > firstBody && kinds[i] !== "header" && kinds[i] !== "boilerplate" && !spans[i].kind
    );
    // Body and headline paragraphs before each eligible one (a tail needs 3 before it).
    const before: number[] = [];
    for (let j = 0, k = 0, n = 0; j < eligible.length; j++) {
      for (; k < eligible[j]; k++) if (kinds[k] === "body" || kinds[k] === "headline") n++;
      before.push(n);
    }
    // The first eligible paragraph from which at least half of the eligible ones to the end carry
    // cues (two cues in all), itself a cued body paragraph. Scanned from the end with suffix
    // counts; the scan stops once even all-cued paragraphs further up could not reach half.
    const e = eligible.length;
    let cued = 0;
    let total = 0;
    let found = -1;
    let foundCued = 0;
    for (let j = e - 1; j >= 0 && 2 * (cued + j + 1) >= e; j--) {
      const i = eligible[j];
      const score = _cueScore(texts[i]);
      if (score > 0) cued++;
      total += score;
      if (
        kinds[i] === "body" && score > 0 && before[j] >= 3 && cued * 2 >= e - j && total >= 2
      ) {
        found = j;
        foundCued = cued;
      }
    }
    if (found >= 0) {
      commentFrom = eligible[found];
      why = `comment-style paragraphs after the body (${foundCued} of ${e - found} with cues)`;
    }
    // A commenter's name line just above the first cued comment belongs to the comments.
    while (
      commentFrom > firstBody + 1 && kinds[commentFrom - 1] === "body" &&
      _isNameLine(texts[commentFrom - 1])
    ) commentFrom--;
  }
  if (commentFrom >= 0) {
    let n = 0;
    for (let i = commentFrom; i < spans.length; i++) {
      if (kinds[i] === "header") continue;
      kinds[i] = "comment";
      dates[i] = undefined;
      n++;
    }
    notes.push(
      `${n} reader-comment paragraph${n === 1 ? "" : "s"} marked from ${where} ${
        spans[commentFrom].line
      } (${why})`,
    );
  }

  // Exact repeats (whitespace-normalised): the first stays, later ones are marked. Paragraphs
  // are first grouped by a hash of their first and last words (which normalising leaves
  // alone): only paragraphs of one group, few, are normalised and compared whole.
  const byEnds = new Map<number, number[]>();
  spans.forEach((s, i) => {
    if (kinds[i] === "header" || kinds[i] === "boilerplate" || kinds[i] === "comment") return;
    const ends = _endsHash(text, s.start, s.end);
    const list = byEnds.get(ends);
    if (list) list.push(i);
    else byEnds.set(ends, [i]);
  });
  const repeatOf: (number | undefined)[] = [];
  const repeats: number[] = [];
  for (const list of byEnds.values()) {
    if (list.length < 2) continue;
    const seen = new Map<string, number>();
    for (const i of list) {
      const key = _collapseSpace(text.slice(spans[i].start, spans[i].end));
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else {
        kinds[i] = "repeat";
        repeatOf[i] = first;
        repeats.push(i);
      }
    }
  }
  const repeatLines = repeats.sort((a, b) => a - b).map((i) => spans[i].line);
  if (repeatLines.length) {
    notes.push(
      `${repeatLines.length} repeated paragraph${
        repeatLines.length === 1 ? "" : "s"
      } kept once (marked "repeat" at ${where}${repeatLines.length === 1 ? "" : "s"} ${
        _ranges(repeatLines)
      })`,
    );
  }
  const count = (k: ParagraphKind) => kinds.filter((x) => x === k).length;
  for (const k of ["caption", "tweet", "boilerplate"] as const) {
    const n = count(k);
    if (n) notes.push(`${n} ${k} paragraph${n === 1 ? "" : "s"} marked`);
  }

  const paragraphs = spans.map((s, i): Paragraph => {
    const p: Paragraph = { start: s.start, end: s.end, kind: kinds[i] };
    if (repeatOf[i] !== undefined) p.repeatOf = repeatOf[i];
    if (kinds[i] === "tweet" || dates[i] !== undefined) p.date = dates[i] ?? null;
    return p;
  });
  return { paragraphs, notes, headline };
}

// ---------------------------------------------------------------------------------------------
// Formats

interface _Parsed {
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
function _parseTxt(text: string): _Parsed {
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
  const more = _splitSpans(text, from, "text").map((s) => ({ ...s, block: s.block + 1 }));
  const c = _classify(text, spans.concat(more));
  return {
    text,
    paragraphs: c.paragraphs,
    outlet,
    date,
    title: c.headline,
    url: null,
    notes: notes.concat(c.notes),
    repaired,
  };
}

/** `.md`: optional `---` front matter (a header paragraph), `# Title` headline. */
function _parseMd(text: string): _Parsed {
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
  const more = _splitSpans(text, from, "md").map((s) => ({ ...s, block: s.block + 1 }));
  const c = _classify(text, spans.concat(more));
  return {
    text,
    paragraphs: c.paragraphs,
    outlet: ok ? meta[ok] : null,
    date,
    title: tk ? meta[tk] : c.headline,
    url: uk ? meta[uk] : null,
    notes: notes.concat(c.notes),
    repaired,
  };
}

/** `.html`/`.htm` through parse5: visible text of `<article>` (or `<main>`, `<body>`). */
function _parseHtml(source: string): _Parsed {
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

const _TEXT_KEYS = ["text", "body", "content"] as const;

function _jsonErrorLine(message: string, source: string): number | undefined {
  const lc = /line (\d+)/.exec(message);
  if (lc) return +lc[1];
  const pos = /position (\d+)/.exec(message);
  if (pos) return source.slice(0, +pos[1]).split("\n").length;
  return undefined;
}

interface _Record {
  value: unknown;
  /** 1-based line (jsonl) or record number (json). */
  at: number;
  /** Why the line could not be parsed (jsonl). */
  error?: string;
}

function _recordArticle(
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

// ---------------------------------------------------------------------------------------------
// Per file

/** A file's extension, lower case, with its dot ("" when none). */
export function _extension(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/**
 * A file's name without its extension (and without `.gz`): the article id of a text, Markdown
 * or HTML file (`story.txt.gz` → `story`).
 */
export function _stem(path: string): string {
  const base = _gzipInner(path).split(/[\\/]/).pop() ?? path;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/** The format of a file by its name (`story.txt.gz`: `txt`), or undefined when not read. */
export function _formatOf(path: string): Article["format"] | undefined {
  return ARTICLE_EXTENSIONS[_extension(_gzipInner(path))];
}

function _unknownExtension(path: string): string {
  const ext = _extension(_gzipInner(path));
  const gz = _isGzip(path) ? " inside .gz" : "";
  return `${ext ? `unknown extension ${ext}${gz}` : `no file extension${gz}`} (expected ${
    Object.keys(ARTICLE_EXTENSIONS).join(", ")
  }, each also gzipped as .gz)`;
}

/** The load-report entry of a file that gave no article, with the reasons (and line). */
/** A load-report entry for a file that was not read, with the reasons. */
export function _skipped(file: string, notes: string[], line?: number): LoadEntry {
  return { file, action: "skipped", articles: [], notes, ...(line ? { line } : {}) };
}

/**
 * Parses one file's bytes into articles (one for `.txt`/`.md`/`.html`, one per record for
 * `.json`/`.jsonl`) and its load-report entry. Pure and synchronous; never throws on bad content
 * (bad content gives a `skipped` or `repaired` entry). `meta` fills or overrides metadata.
 * For a `.gz` path (`story.txt.gz`) `bytes` are the decompressed content (`loadArticles` and
 * `extractParallel` decompress); the format and the id come from the name inside (`story`).
 */
export function parseArticleFile(
  bytes: Uint8Array,
  path: string,
  meta: ArticleMeta = {},
): { articles: Article[]; entry: LoadEntry } {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(`parseArticleFile: bytes expected a Uint8Array, found ${_describe(bytes)}`);
  }
  if (typeof path !== "string" || path === "") {
    throw new TypeError(
      `parseArticleFile: path expected a non-empty string, found ${_describe(path)}`,
    );
  }
  if (meta === null || typeof meta !== "object") {
    throw new TypeError(`parseArticleFile: meta expected an object, found ${_describe(meta)}`);
  }
  const skip = (reason: string, line?: number) => ({
    articles: [] as Article[],
    entry: _skipped(path, [reason], line),
  });
  const format = _formatOf(path);
  if (!format) return skip(_unknownExtension(path));
  if (_isGzip(path) && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    return skip("still gzip-compressed (expected the decompressed content of the .gz file)");
  }
  let dec = _decode(bytes);
  if (!dec.ok && format === "html" && dec.reason.startsWith("undecodable")) {
    // An HTML page may declare its legacy charset (`<meta charset="koi8-r">`): honour it.
    const label = _declaredCharset(bytes);
    const text = label ? _decodeAs(bytes, label) : null;
    if (text !== null && text.trim() !== "") {
      dec = {
        ok: true,
        text,
        encoding: label!,
        bom: false,
        repaired: true,
        note: `re-decoded as ${label} (declared in the document; not valid UTF-8)`,
      };
    }
  }
  if (!dec.ok) return skip(dec.reason);
  const notes: string[] = [];
  const repaired: string[] = [];
  if (dec.note) (dec.repaired ? repaired : notes).push(dec.note);
  const stem = _stem(path);
  let articles: Article[] = [];
  let line: number | undefined;

  if (format === "json" || format === "jsonl") {
    const records: _Record[] = [];
    const label = format === "json" ? "record" : "line";
    if (format === "json") {
      let value: unknown;
      try {
        value = JSON.parse(dec.text);
      } catch (e) {
        const msg = (e as Error).message;
        const at = _jsonErrorLine(msg, dec.text);
        return skip(`unparsable JSON${at ? ` at line ${at}` : ""}: ${msg}`, at);
      }
      const list = Array.isArray(value) ? value : value && typeof value === "object" &&
          Array.isArray((value as { articles?: unknown }).articles)
        ? (value as { articles: unknown[] }).articles
        : value && typeof value === "object" &&
            _TEXT_KEYS.some((k) => k in (value as Record<string, unknown>))
        ? [value]
        : null;
      if (list === null) {
        return skip(
          `expected an array of records, {"articles": [...]} or one record with text, found ${
            _describe(value)
          }`,
        );
      }
      list.forEach((v, i) => records.push({ value: v, at: i + 1 }));
    } else {
      dec.text.split("\n").forEach((l, i) => {
        if (l.trim() === "") return;
        try {
          records.push({ value: JSON.parse(l), at: i + 1 });
        } catch (e) {
          records.push({
            value: undefined,
            at: i + 1,
            error: `line ${i + 1}: unparsable JSON (${(e as Error).message}); skipped`,
          });
        }
      });
    }
    const ids = new Map<string, number>();
    for (const rec of records) {
      if (rec.error) {
        repaired.push(rec.error);
        line ??= rec.at;
        continue;
      }
      const before = repaired.length;
      const a = _recordArticle(rec, label, stem, path, format, meta, notes, repaired);
      // The entry's line: the first record skipped or repaired (a bad date, for instance).
      if (!a || repaired.length > before) line ??= rec.at;
      if (!a) continue;
      const n = (ids.get(a.id) ?? 0) + 1;
      ids.set(a.id, n);
      if (n > 1) {
        const id = `${a.id}~${n}`;
        repaired.push(
          `${label} ${rec.at}: duplicate id ${JSON.stringify(a.id)} renamed ${JSON.stringify(id)}`,
        );
        a.id = id;
      }
      articles.push(a);
    }
    if (articles.length === 0) {
      return {
        articles: [],
        entry: _skipped(
          path,
          [`no record with text (${records.length} record${records.length === 1 ? "" : "s"})`]
            .concat(repaired, notes),
          line,
        ),
      };
    }
  } else {
    let p: _Parsed;
    try {
      p = format === "txt"
        ? _parseTxt(dec.text)
        : format === "md"
        ? _parseMd(dec.text)
        : _parseHtml(dec.text);
    } catch (e) {
      // Documents nested too deeply are refused (RangeError); nothing else is expected here.
      return skip(`could not parse as ${format}: ${(e as Error).message}`);
    }
    if (p.paragraphs.length === 0) return skip("empty: no visible text");
    for (const r of p.repaired) repaired.push(r);
    for (const n of p.notes) notes.push(n);
    articles = [{
      id: stem,
      path,
      format,
      outlet: meta.outlet !== undefined ? meta.outlet : p.outlet,
      date: meta.date !== undefined ? meta.date : p.date,
      title: meta.title !== undefined ? meta.title : p.title,
      url: meta.url !== undefined ? meta.url : p.url,
      text: p.text,
      paragraphs: p.paragraphs,
    }];
    if (repaired.some((r) => r.startsWith("line "))) {
      line = +/^line (\d+)/.exec(repaired.find((r) => r.startsWith("line "))!)![1];
    }
  }
  return {
    articles,
    entry: {
      file: path,
      action: repaired.length ? "repaired" : "read",
      articles: articles.map((a) => a.id),
      notes: repaired.concat(notes),
      ...(line ? { line } : {}),
    },
  };
}

/**
 * {@link parseArticleFile} on what a read gave (`_read_article.ts`), with the read's note (a
 * `.gz` file decompressed) added to the entry. The loader and the worker pool both parse so.
 */
export function _parseRead(
  read: { bytes: Uint8Array; note?: string },
  path: string,
): { articles: Article[]; entry: LoadEntry } {
  const r = parseArticleFile(read.bytes, path);
  if (!read.note) return r;
  return { articles: r.articles, entry: { ...r.entry, notes: [...r.entry.notes, read.note] } };
}

// ---------------------------------------------------------------------------------------------
// Folders, lists, sidecar

function _join(dir: string, name: string): string {
  return dir === "" ? name : `${dir.replace(/[\\/]+$/, "")}/${name}`;
}

function _base(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function _cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface _Listing {
  /** Every path found, in order (including those already decided as skipped). */
  files: string[];
  /**
   * Paths skipped while listing (folders with `recursive: false`, broken links, pipes, sockets
   * and devices), with entries.
   */
  skipped: Map<string, LoadEntry>;
}

/**
 * Lists a folder depth-first, entries sorted by name, sub-folders in place (unless `recursive`
 * is false). Anything that is neither a regular file nor a folder (a named pipe, a socket, a
 * device, or a link to one) is a reported skip, decided from the listing, before any opening.
 * Iterative (an explicit stack, no recursion or argument spreading), so folder depth and size are
 * bounded by memory only. Every folder is entered once by its real path: a symlink back into a
 * folder already listed (a loop, or a second way to the same folder) is a reported skip.
 */
async function _listFolder(
  dir: string,
  recursive: boolean,
  exclude: Set<string>,
): Promise<_Listing> {
  const files: string[] = [];
  const skipped = new Map<string, LoadEntry>();
  const skip = (p: string, note: string) => {
    files.push(p);
    skipped.set(p, _skipped(p, [note]));
  };
  const readSorted = async (d: string): Promise<Deno.DirEntry[]> => {
    const entries: Deno.DirEntry[] = [];
    for await (const e of Deno.readDir(d)) entries.push(e);
    return entries.sort((a, b) => _cmp(a.name, b.name));
  };
  /** Real path of each folder entered → the path it was first listed under. */
  const seen = new Map<string, string>();
  const real = async (p: string): Promise<string> => {
    try {
      return await Deno.realPath(p);
    } catch {
      return p;
    }
  };
  seen.set(await real(dir), dir);
  const stack: { dir: string; entries: Deno.DirEntry[]; i: number }[] = [
    { dir, entries: await readSorted(dir), i: 0 },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.i >= top.entries.length) {
      stack.pop();
      continue;
    }
    const e = top.entries[top.i++];
    const p = _join(top.dir, e.name);
    if (exclude.has(p)) continue;
    let isDir = e.isDirectory;
    let odd: string | null = null;
    if (e.isSymlink || (!e.isFile && !e.isDirectory)) {
      // A link (followed), or a pipe, socket or device (its kind, without opening it).
      try {
        const info = e.isSymlink ? await Deno.stat(p) : await Deno.lstat(p);
        isDir = info.isDirectory;
        odd = isDir ? null : _notRegular(info);
      } catch (err) {
        skip(p, `unreadable: ${(err as Error).message}`);
        continue;
      }
    }
    if (odd !== null) {
      skip(p, odd);
      continue;
    }
    if (!isDir) {
      files.push(p);
      continue;
    }
    if (!recursive) {
      skip(p, "folder not read (top level only: recursive: false, --top-level)");
      continue;
    }
    const r = await real(p);
    const first = seen.get(r);
    if (first !== undefined) {
      const loop = stack.some((f) => f.dir === first);
      skip(
        p,
        `${e.isSymlink ? "symlink" : "folder"} ${
          loop ? "loop" : "to a folder already read"
        }: leads to ${JSON.stringify(first)}${loop ? ", which contains it" : ""}; not read again`,
      );
      continue;
    }
    seen.set(r, p);
    let entries: Deno.DirEntry[];
    try {
      entries = await readSorted(p);
    } catch (err) {
      skip(p, `unreadable folder: ${(err as Error).message}`);
      continue;
    }
    stack.push({ dir: p, entries, i: 0 });
  }
  return { files, skipped };
}

/** One usable sidecar row: its CSV line, the article id and the metadata it sets. */
export interface _SidecarRow {
  /** 1-based CSV line where the row starts. */
  line: number;
  /** Article id the row applies to. */
  id: string;
  /** Non-empty, valid cells of the row. */
  meta: ArticleMeta;
}

/** Reads the sidecar CSV into rows and an entry (problems reported with CSV line numbers). */
export function _readSidecar(
  text: string,
  file: string,
): { rows: _SidecarRow[]; entry: LoadEntry } {
  const notes: string[] = [];
  const problems: string[] = [];
  let csv: _Csv;
  try {
    csv = _parseCsv(text, file);
  } catch (e) {
    const m = /line (\d+)/.exec((e as Error).message);
    return {
      rows: [],
      entry: _skipped(file, [`malformed CSV: ${(e as Error).message}`], m ? +m[1] : undefined),
    };
  }
  const [head, ...body] = csv.rows;
  const cols = (head ?? []).map((h) => h.trim().toLowerCase());
  const known = ["id", "date", "outlet", "url", "title"];
  if (!cols.includes("id")) {
    return {
      rows: [],
      entry: _skipped(file, [
        `line 1: expected a header with an "id" column (id,date,outlet,url,title), found ${
          _describe((head ?? []).join(","))
        }`,
      ], 1),
    };
  }
  const unknown = cols.filter((c) => !known.includes(c));
  if (unknown.length) {
    notes.push(
      `line 1: unknown column${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")} ignored`,
    );
  }
  const rows: _SidecarRow[] = [];
  body.forEach((r, k) => {
    const line = csv.lines[k + 1];
    if (r.length !== cols.length) {
      problems.push(`line ${line}: expected ${cols.length} fields, found ${r.length}; row ignored`);
      return;
    }
    const get = (c: string) => {
      const i = cols.indexOf(c);
      return i < 0 ? "" : r[i].trim();
    };
    const id = get("id");
    if (id === "") {
      problems.push(`line ${line}: empty id; row ignored`);
      return;
    }
    const meta: ArticleMeta = {};
    const d = get("date");
    if (d !== "") {
      const day = _articleDate(d);
      if (day.date === null) {
        problems.push(
          `line ${line}: bad date for ${JSON.stringify(id)} (${day.problem}); date not applied`,
        );
      } else {
        meta.date = day.date;
        if (day.note) notes.push(`line ${line}: date for ${JSON.stringify(id)}: ${day.note}`);
      }
    }
    for (const c of ["outlet", "url", "title"] as const) if (get(c) !== "") meta[c] = get(c);
    rows.push({ line, id, meta });
  });
  return {
    rows,
    entry: {
      file,
      action: problems.length ? "repaired" : "read",
      articles: [],
      notes: problems.concat(notes),
      ...(problems.length ? { line: +/^line (\d+)/.exec(problems[0])![1] } : {}),
    },
  };
}

function _notFound(path: string, e: unknown, caller = "loadArticles"): Error {
  if (e instanceof Deno.errors.NotFound) {
    return new Deno.errors.NotFound(
      `${caller}: expected a folder or file, found nothing at ${JSON.stringify(path)}`,
    );
  }
  return e as Error;
}

/**
 * The files `loadArticles(input)` reads, in its order (a folder: sorted by name, depth first; a
 * list: sorted by path, duplicates once), the paths skipped while listing with their entries, and
 * the sidecar in force (the explicit one, else `articles.csv` in the folder). The worker pool in
 * `extract_parallel.ts` lists through this too, so both read the same files.
 * @throws {Deno.errors.NotFound} naming `caller` when `input` is one path that does not exist.
 */
export async function _listInput(
  input: string | readonly string[],
  recursive: boolean,
  sidecarOption: string | undefined,
  caller: string,
): Promise<_Listing & { sidecar: string | null }> {
  let files: string[] = [];
  let sidecar = sidecarOption ?? null;
  const exclude = new Set<string>();
  if (sidecar) exclude.add(sidecar);
  const pre = new Map<string, LoadEntry>();

  if (typeof input === "string") {
    let info: Deno.FileInfo;
    try {
      info = await Deno.stat(input);
    } catch (e) {
      throw _notFound(input, e, caller);
    }
    if (info.isDirectory) {
      const dflt = _join(input, "articles.csv");
      if (sidecar === null) {
        try {
          if ((await Deno.stat(dflt)).isFile) sidecar = dflt;
        } catch { /* no default sidecar */ }
      }
      if (sidecar) {
        exclude.add(sidecar);
        if (_base(sidecar) === "articles.csv") exclude.add(dflt);
      }
      const l = await _listFolder(input, recursive, exclude);
      files = l.files;
      for (const [k, v] of l.skipped) pre.set(k, v);
    } else {
      files = [input];
      const why = _notRegular(info);
      if (why) pre.set(input, _skipped(input, [why]));
    }
  } else {
    for (const p of input) {
      try {
        const info = await Deno.stat(p);
        if (info.isDirectory) {
          const l = await _listFolder(p, recursive, exclude);
          for (const f of l.files) files.push(f);
          for (const [k, v] of l.skipped) pre.set(k, v);
        } else {
          files.push(p);
          const why = _notRegular(info);
          if (why) pre.set(p, _skipped(p, [why]));
        }
      } catch (e) {
        files.push(p);
        pre.set(
          p,
          _skipped(p, [
            e instanceof Deno.errors.NotFound ? "not found" : `unreadable: ${(e as Error).message}`,
          ]),
        );
      }
    }
    files = [...new Set(files)].sort(_cmp);
  }
  return { files, skipped: pre, sidecar };
}

/**
 * Loads articles from a folder (files sorted by name, sub-folders in place unless `recursive` is
 * false), one file, or a list of files and folders (sorted by path, duplicates once), then
 * applies the sidecar. Ids are file stems (or JSON record ids); a repeated id gets `~2`,
 * `~3`... in load order, reported. Every file found ends in `report.entries` as read, repaired
 * or skipped.
 *
 * Throws `TypeError` on a wrong input shape, `RangeError` on a bad `limit` or
 * `maxDecompressedBytes`, and
 * `Deno.errors.NotFound` when the top-level input path (or an explicit `sidecar`) does not exist.
 * Files that cannot be read or parsed, and missing paths inside a list, are reported skips.
 *
 * @example
 * ```ts
 * const { articles, report } = await loadArticles("data/articles");
 * console.error(formatLoadReport(report));
 * ```
 */
export async function loadArticles(
  input: string | string[],
  options: LoadOptions = {},
): Promise<LoadResult> {
  if (
    typeof input !== "string" &&
    !(Array.isArray(input) && input.every((x) => typeof x === "string"))
  ) {
    throw new TypeError(
      `loadArticles: input expected a path or an array of paths, found ${_describe(input)}`,
    );
  }
  if (typeof input === "string" && input === "") {
    throw new TypeError(`loadArticles: input expected a path, found ""`);
  }
  if (options === null || typeof options !== "object") {
    throw new TypeError(`loadArticles: options expected an object, found ${_describe(options)}`);
  }
  const limit = options.limit === undefined ? Infinity : _number("limit", options.limit, 0);
  if (limit !== Infinity && !Number.isInteger(limit)) {
    throw new RangeError(`limit: expected a whole number, found ${limit}`);
  }
  if (options.onProgress !== undefined && typeof options.onProgress !== "function") {
    throw new TypeError(`onProgress: expected a function, found ${_describe(options.onProgress)}`);
  }
  if (
    options.sidecar !== undefined && (typeof options.sidecar !== "string" || options.sidecar === "")
  ) {
    throw new TypeError(`sidecar: expected a path, found ${_describe(options.sidecar)}`);
  }
  if (options.recursive !== undefined && typeof options.recursive !== "boolean") {
    throw new TypeError(`recursive: expected true or false, found ${_describe(options.recursive)}`);
  }
  const recursive = options.recursive ?? true;
  const maxBytes = _maxDecompressed(options.maxDecompressedBytes, "");

  const entries: LoadEntry[] = [];
  const listed = await _listInput(input, recursive, options.sidecar, "loadArticles");
  const files = listed.files;
  const pre = listed.skipped;
  const sidecar = listed.sidecar;

  if (files.some((f) => !pre.has(f) && _isGzip(f))) await _gunzipReady();
  const articles: Article[] = [];
  const idOwner = new Map<string, string>();
  const idCount = new Map<string, number>();
  // reads are synchronous (cheaper than an async read's hand-off); let the event loop run now and
  // then, so that progress displays update
  const breathe = _breather();
  for (let k = 0; k < files.length; k++) {
    await breathe();
    const file = files[k];
    let entry: LoadEntry;
    if (pre.has(file)) {
      entry = pre.get(file)!;
    } else if (articles.length >= limit) {
      entry = _skipped(file, [`limit reached (limit: ${limit})`]);
    } else if (!_formatOf(file)) {
      entry = _skipped(file, [_unknownExtension(file)]);
    } else {
      // Synchronous: an async read's hand-off to another thread costs more than the read.
      const read = _readArticleSync(file, maxBytes);
      if ("reason" in read) entry = _skipped(file, [read.reason]);
      else {
        const r = _parseRead(read, file);
        entry = { ...r.entry, notes: [...r.entry.notes], articles: [] };
        for (const a0 of r.articles) {
          if (articles.length >= limit) {
            entry.notes.push(
              `limit reached (limit: ${limit}): ${
                JSON.stringify(a0.id)
              } and later records not loaded`,
            );
            break;
          }
          let a = a0;
          const n = (idCount.get(a.id) ?? 0) + 1;
          idCount.set(a.id, n);
          if (n > 1) {
            let id = `${a.id}~${n}`;
            while (idCount.has(id)) id = `${id}~`;
            idCount.set(id, 1);
            entry.notes.push(
              `duplicate id ${JSON.stringify(a.id)} (first in ${idOwner.get(a.id)}) renamed ${
                JSON.stringify(id)
              }`,
            );
            if (entry.action === "read") entry.action = "repaired";
            a = { ...a, id };
          } else idOwner.set(a.id, file);
          articles.push(a);
          entry.articles.push(a.id);
        }
      }
    }
    entries.push(entry!);
    options.onProgress?.(k + 1, files.length, file);
  }

  if (sidecar) {
    let text: string | null;
    try {
      text = await _readTextChecked(sidecar);
    } catch (e) {
      if (options.sidecar !== undefined && e instanceof Deno.errors.NotFound) {
        throw new Deno.errors.NotFound(
          `sidecar: expected a CSV file, found nothing at ${JSON.stringify(sidecar)}`,
        );
      }
      // One entry, as extractParallel gives: why it was not read.
      text = null;
      entries.push(_skipped(sidecar, [`unreadable: ${(e as Error).message}`]));
    }
    if (text !== null && (text !== "" || options.sidecar === undefined)) {
      const s = _readSidecar(text, sidecar);
      const byId = new Map(articles.map((a, i) => [a.id, i]));
      // The entry that produced each id, found once (not a scan per sidecar row).
      const ownerOf = new Map<string, LoadEntry>();
      for (const e of entries) {
        for (const id of e.articles) if (!ownerOf.has(id)) ownerOf.set(id, e);
      }
      const applied: string[] = [];
      for (const row of s.rows) {
        const i = byId.get(row.id);
        if (i === undefined) {
          s.entry.notes.push(
            `line ${row.line}: unknown id ${
              JSON.stringify(row.id)
            } (no loaded article); row ignored`,
          );
          s.entry.line ??= row.line;
          if (s.entry.action === "read") s.entry.action = "repaired";
          continue;
        }
        articles[i] = { ...articles[i], ...row.meta };
        applied.push(row.id);
        const fields = Object.keys(row.meta);
        if (fields.length) {
          const owner = ownerOf.get(row.id);
          owner?.notes.push(`metadata from ${sidecar} line ${row.line}: ${fields.join(", ")}`);
        }
      }
      if (s.entry.action !== "skipped") {
        s.entry.notes.unshift(
          `sidecar applied to ${applied.length} article${applied.length === 1 ? "" : "s"}`,
        );
      }
      entries.push(s.entry);
    }
  }
  return { articles, report: { entries } };
}

/** Human-readable report lines (one per entry, then a summary), for stderr. */
export function formatLoadReport(report: LoadReport): string {
  if (!report || typeof report !== "object" || !Array.isArray(report.entries)) {
    throw new TypeError(
      `formatLoadReport: expected a report {entries: [...]}, found ${_describe(report)}`,
    );
  }
  const lines = report.entries.map((e) => {
    const where = e.line ? `${e.file}:${e.line}` : e.file;
    const n = e.articles.length;
    const what = n === 0 ? "" : ` (${n} article${n === 1 ? "" : "s"})`;
    const why = e.notes.length ? `: ${e.notes.join("; ")}` : "";
    return `${e.action.padEnd(8)} ${where}${what}${why}`;
  });
  const count = (a: LoadEntry["action"]) => report.entries.filter((e) => e.action === a).length;
  const total = report.entries.reduce((s, e) => s + e.articles.length, 0);
  lines.push(
    `${report.entries.length} file${report.entries.length === 1 ? "" : "s"}: ${
      count("read")
    } read, ${count("repaired")} repaired, ${count("skipped")} skipped; ${total} article${
      total === 1 ? "" : "s"
    }`,
  );
  return lines.join("\n");
}
