/// <reference lib="dom" />
/**
 * Visible text and metadata of an HTML article through jsdom. Scripts never run and nothing is
 * fetched (default JSDOM options: no `runScripts`, no `resources`). Pure and synchronous.
 * @module
 */
// deno-lint-ignore no-import-prefix -- the team pins npm packages with versioned npm: specifiers
import { JSDOM } from "npm:jsdom@26.1.0";
import type { ParagraphKind } from "./types.ts";

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

function _label(el: Element): string {
  return `${el.id ?? ""} ${el.getAttribute("class") ?? ""}`;
}

function _hidden(el: Element): boolean {
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const style = (el.getAttribute("style") ?? "").replace(/\s+/g, "").toLowerCase();
  return style.includes("display:none") || style.includes("visibility:hidden");
}

/** Text of an element with a space at every block boundary (tweet embeds: text, then signature). */
function _flatText(root: Node): string {
  const out: string[] = [];
  const stack: (Node | " ")[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === " ") {
      out.push(" ");
      continue;
    }
    if (node.nodeType === 3) {
      out.push(node.nodeValue ?? "");
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (_SKIP.has(tag) || _hidden(el)) continue;
    const block = _BLOCK.has(tag) || tag === "BR";
    if (block) out.push(" ");
    if (block) stack.push(" ");
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
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

/** Deepest element nesting, estimated from the tags (jsdom slows down quadratically with depth). */
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

let _domParser: DOMParser | undefined;

/**
 * A DOMParser of one shared jsdom window made with default options (no script runs, nothing is
 * fetched). Documents it parses have scripting disabled and no browsing context; reusing the
 * window is about five times faster than a new JSDOM per file.
 */
function _parser(): DOMParser {
  if (!_domParser) _domParser = new (new JSDOM("").window.DOMParser)() as DOMParser;
  return _domParser;
}

/** Extracts visible text blocks and metadata from an HTML document string. */
export function _htmlText(html: string): _HtmlText {
  const depth = _htmlDepth(html);
  if (depth > _MAX_HTML_DEPTH) {
    throw new RangeError(
      `expected elements nested at most ${_MAX_HTML_DEPTH} deep, found about ${depth}`,
    );
  }
  const doc = _parser().parseFromString(html, "text/html");
  const metaContent = (sel: string): string | null => {
    const v = doc.querySelector(sel)?.getAttribute("content")?.trim();
    return v ? v : null;
  };
  const clean = (s: string | null | undefined) => {
    const t = (s ?? "").replace(/\s+/g, " ").trim();
    return t === "" ? null : t;
  };
  const title = clean(metaContent('meta[property="og:title"]')) ??
    clean(doc.querySelector("article h1, h1")?.textContent) ??
    clean(doc.querySelector("title")?.textContent);
  let dateRaw: string | null = null;
  let dateFrom = "";
  const dateSources: [string, () => string | null][] = [
    [
      '<meta property="article:published_time">',
      () => metaContent('meta[property="article:published_time"]'),
    ],
    [
      "<time datetime>",
      () => doc.querySelector("time[datetime]")?.getAttribute("datetime") ?? null,
    ],
    ['<meta name="date">', () => metaContent('meta[name="date"]')],
    ['<meta itemprop="datePublished">', () => metaContent('meta[itemprop="datePublished"]')],
  ];
  for (const [from, get] of dateSources) {
    const v = clean(get());
    if (v) {
      dateRaw = v;
      dateFrom = from;
      break;
    }
  }
  const outlet = clean(metaContent('meta[property="og:site_name"]'));
  const url = clean(doc.querySelector('link[rel~="canonical"]')?.getAttribute("href")) ??
    clean(metaContent('meta[property="og:url"]'));

  const article = [...doc.querySelectorAll("article")]
    .sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0];
  const rootEl = article ?? doc.querySelector("main") ?? doc.body;
  const root = article ? "article" : doc.querySelector("main") ? "main" : "body";

  const blocks: _HtmlBlock[] = [];
  let text = "";
  let cur = "";
  let curKind: ParagraphKind | undefined;
  let curHeading: number | undefined;
  const flush = () => {
    const t = cur.replace(/\s+/g, " ").trim();
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
    node: Node;
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
    if (node.nodeType === 3) {
      if (cur.trim() === "" || curKind !== kind) {
        if (curKind !== kind && cur.trim() !== "") flush();
        curKind = kind;
        curHeading = heading;
      }
      cur += node.nodeValue ?? "";
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (_SKIP.has(tag) || _hidden(el)) continue;
    if (tag === "BR") {
      flush();
      continue;
    }
    if (tag === "BLOCKQUOTE" && /twitter-tweet|tweet/i.test(el.getAttribute("class") ?? "")) {
      flush();
      const t = _flatText(el).replace(/\s+/g, " ").trim();
      if (t) {
        if (text !== "") text += "\n\n";
        const start = text.length;
        text += t;
        const links = [...el.querySelectorAll("a")];
        const last = links[links.length - 1]?.textContent?.trim() ?? null;
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
    // Sibling pointers, not the live childNodes list (indexing it is slow on wide documents).
    for (let c = el.lastChild; c; c = c.previousSibling) {
      stack.push({ node: c, kind: k, heading: hl });
    }
  }
  flush();
  return { text, blocks, title, dateRaw, dateFrom, outlet, url, root };
}
