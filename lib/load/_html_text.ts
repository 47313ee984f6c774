/**
 * Visible text and metadata of an HTML article through parse5, the spec-compliant HTML parser
 * jsdom itself uses, with scripting off (as jsdom's `DOMParser` parses: `<noscript>` content is
 * markup). Nothing runs and nothing is fetched: the result is a plain tree of objects, never a
 * live document. Metadata lookups reproduce what jsdom's `querySelector` (nwsapi) answered for
 * the same selectors, so the output is the one the jsdom version gave, about five times faster.
 * Pure and synchronous.
 * @module
 */
// deno-lint-ignore no-import-prefix -- the team pins npm packages with versioned npm: specifiers

import { parse } from "npm:parse5@7.3.0";
import type { ParagraphKind } from "../shared/types.ts";
import { _collapseSpace } from "../shared/_text.ts";
import { _attr, type _El, _find, _findAll, _isEl, type _Node, _textContent } from "./_html_dom.ts";

/** One block of extracted text: a span of {@link _HtmlText.text}. */
export interface _HtmlBlock {
  start: number;
  end: number;
  /** Kind given by structure (figcaption, tweet embed, comment section...), if any. */
  kind?: ParagraphKind;
  /** Raw date text of a tweet embed (its last link), when any. */
  date?: string | null;
  /** Heading level for h1-h6. */
  heading?: number;
}

/** Extracted text (blocks joined by blank lines) and metadata found in the document. */
export interface _HtmlText {
  text: string;
  blocks: _HtmlBlock[];
  title: string | null;
  /** Raw date string as found (validated by the caller), and where it came from. */
  dateRaw: string | null;
  dateFrom: string;
  outlet: string | null;
  url: string | null;
  /** Which element the text was taken from: `article`, `main` or `body`. */
  root: string;
}

const _SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "IFRAME",
  "SVG",
  "HEAD",
  "OBJECT",
  "EMBED",
  "CANVAS",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
  "INPUT",
  "FORM",
]);

const _BLOCK = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DETAILS",
  "DIALOG",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HGROUP",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TBODY",
  "THEAD",
  "TFOOT",
  "TR",
  "TD",
  "TH",
  "UL",
  "CAPTION",
]);

const _COMMENT = /comment|disqus|discussion/i;
const _FURNITURE =
  /(?:^|[-_\s])(?:share|sharing|social|advert|ads?|promo|newsletter|related|subscribe|cookie|breadcrumbs?|menu)(?:$|[-_\s])/i;

function _label(el: _El): string {
  return `${_attr(el, "id") ?? ""} ${_attr(el, "class") ?? ""}`;
}

function _hidden(el: _El): boolean {
  if (_attr(el, "hidden") !== null || _attr(el, "aria-hidden") === "true") return true;
  const style = (_attr(el, "style") ?? "").replace(/\s+/g, "").toLowerCase();
  return style.includes("display:none") || style.includes("visibility:hidden");
}

/** Text of an element with a space at every block boundary (tweet embeds: text, then signature). */
function _flatText(root: _El): string {
  const out: string[] = [];
  const stack: (_Node | " ")[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === " ") {
      out.push(" ");
      continue;
    }
    if (node.nodeName === "#text") {
      out.push(node.value ?? "");
      continue;
    }
    if (!_isEl(node)) continue;
    const el = node;
    const tag = el.tagName.toUpperCase();
    if (_SKIP.has(tag) || _hidden(el)) continue;
    const block = _BLOCK.has(tag) || tag === "BR";
    if (block) out.push(" ");
    if (block) stack.push(" ");
    for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push(el.childNodes[i]);
  }
  return out.join("");
}

const _VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
  // Elements the HTML parser closes implicitly: they never nest deeply.
  "p",
  "li",
  "dt",
  "dd",
  "option",
  "optgroup",
  "tr",
  "td",
  "th",
  "tbody",
  "thead",
  "tfoot",
  "colgroup",
  "rb",
  "rt",
  "rp",
]);

/**
 * Deepest element nesting, estimated from the tags. Deeper documents are refused: a bound on the
 * work a hostile page can cause (and jsdom, used before, slowed down quadratically with depth).
 */
export function _htmlDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    if (_VOID.has(m[2].toLowerCase()) || m[3] === "/") continue;
    if (m[1] === "/") depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/** Deepest nesting {@link _htmlText} accepts. */
export const _MAX_HTML_DEPTH = 1000;

/**
 * `document.body`: the first child of the root `<html>` element that is a `<body>` or a
 * `<frameset>`, or null.
 */
function _body(doc: _Node): _El | null {
  const html = (doc.childNodes ?? []).find(_isEl);
  if (!html || html.tagName !== "html") return null;
  return html.childNodes.filter(_isEl).find((e) =>
    e.tagName === "body" || e.tagName === "frameset"
  ) ??
    null;
}

/** Extracts visible text blocks and metadata from an HTML document string. */
export function _htmlText(html: string): _HtmlText {
  const depth = _htmlDepth(html);
  if (depth > _MAX_HTML_DEPTH) {
    throw new RangeError(
      `expected elements nested at most ${_MAX_HTML_DEPTH} deep, found about ${depth}`,
    );
  }
  const doc = parse(html, { scriptingEnabled: false }) as unknown as _Node;
  /** `content` of the first `<meta>` whose `attr` is `value` (trimmed; null when empty). */
  const metaContent = (attr: string, value: string): string | null => {
    const el = _find(doc, "meta", (e) => _attr(e, attr) === value);
    const v = el ? _attr(el, "content")?.trim() : undefined;
    return v ? v : null;
  };
  const clean = (s: string | null | undefined) => {
    const t = _collapseSpace(s ?? "").trim();
    return t === "" ? null : t;
  };
  const text0 = (el: _El | null) => (el ? _textContent(el) : undefined);
  const title = clean(metaContent("property", "og:title")) ??
    clean(text0(_find(doc, "h1"))) ??
    clean(text0(_find(doc, "title")));
  let dateRaw: string | null = null;
  let dateFrom = "";
  const dateSources: [string, () => string | null][] = [
    [
      '<meta property="article:published_time">',
      () => metaContent("property", "article:published_time"),
    ],
    [
      "<time datetime>",
      () => {
        const t = _find(doc, "time", (el) => _attr(el, "datetime") !== null);
        return t ? _attr(t, "datetime") : null;
      },
    ],
    ['<meta name="date">', () => metaContent("name", "date")],
    ['<meta itemprop="datePublished">', () => metaContent("itemprop", "datePublished")],
  ];
  for (const [from, get] of dateSources) {
    const v = clean(get());
    if (v) {
      dateRaw = v;
      dateFrom = from;
      break;
    }
  }
  const outlet = clean(metaContent("property", "og:site_name"));
  // nwsapi matches `[rel~="canonical"]` as the regex below, case-insensitively (`rel` is one of
  // the HTML attributes whose values selectors compare without case).
  const canonical = _find(
    doc,
    "link",
    (el) => /(^|\s)canonical(\s|$)/i.test(String(_attr(el, "rel"))),
  );
  const url = clean(canonical ? _attr(canonical, "href") : null) ??
    clean(metaContent("property", "og:url"));

  // The longest <article> (the first of equal ones), else <main>, else the body.
  let article: _El | null = null;
  let articleLength = -1;
  for (const el of _findAll(doc, (e) => e.tagName === "article")) {
    const n = _textContent(el).length;
    if (n > articleLength) {
      article = el;
      articleLength = n;
    }
  }
  const main = _find(doc, "main");
  const rootEl = article ?? main ?? _body(doc);
  const root = article ? "article" : main ? "main" : "body";

  const blocks: _HtmlBlock[] = [];
  let text = "";
  let cur = "";
  let curKind: ParagraphKind | undefined;
  let curHeading: number | undefined;
  const flush = () => {
    const t = _collapseSpace(cur).trim();
    cur = "";
    if (t === "") return;
    if (text !== "") text += "\n\n";
    const start = text.length;
    text += t;
    blocks.push({
      start,
      end: text.length,
      ...(curKind ? { kind: curKind } : {}),
      ...(curHeading ? { heading: curHeading } : {}),
    });
  };
  // Iterative depth-first walk (deeply nested documents must not overflow the call stack).
  interface Frame {
    node: _Node;
    kind: ParagraphKind | undefined;
    heading: number | undefined;
    /** Set on the frame pushed to close a block element after its children. */
    exit?: boolean;
  }
  const stack: Frame[] = rootEl ? [{ node: rootEl, kind: undefined, heading: undefined }] : [];
  while (stack.length) {
    const { node, kind, heading, exit } = stack.pop()!;
    if (exit) {
      flush();
      continue;
    }
    if (node.nodeName === "#text") {
      if (cur.trim() === "" || curKind !== kind) {
        if (curKind !== kind && cur.trim() !== "") flush();
        curKind = kind;
        curHeading = heading;
      }
      cur += node.value ?? "";
      continue;
    }
    if (!_isEl(node)) continue;
    const el = node;
    const tag = el.tagName.toUpperCase();
    if (_SKIP.has(tag) || _hidden(el)) continue;
    if (tag === "BR") {
      flush();
      continue;
    }
    if (tag === "BLOCKQUOTE" && /twitter-tweet|tweet/i.test(_attr(el, "class") ?? "")) {
      flush();
      const t = _collapseSpace(_flatText(el)).trim();
      if (t) {
        if (text !== "") text += "\n\n";
        const start = text.length;
        text += t;
        const links = _findAll(el, (e) => e.tagName === "a");
        const last = links.length ? _textContent(links[links.length - 1]).trim() : null;
        blocks.push({ start, end: text.length, kind: "tweet", date: last });
      }
      continue;
    }
    let k = kind;
    if (kind !== "comment") {
      if (tag === "FIGCAPTION") k = "caption";
      if (_COMMENT.test(_label(el))) k = "comment";
      else if (!k && (tag === "NAV" || tag === "ASIDE" || _FURNITURE.test(_label(el)))) {
        k = "boilerplate";
      }
    }
    const h = /^H([1-6])$/.exec(tag);
    const hl = h ? +h[1] : heading;
    if (_BLOCK.has(tag)) {
      flush();
      stack.push({ node: el, kind: k, heading: hl, exit: true });
    }
    for (let i = el.childNodes.length - 1; i >= 0; i--) {
      stack.push({ node: el.childNodes[i], kind: k, heading: hl });
    }
  }
  flush();
  return { text, blocks, title, dateRaw, dateFrom, outlet, url, root };
}
