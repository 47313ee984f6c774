/**
 * Visible text and metadata of an HTML article through parse5, the spec-compliant HTML parser
 * jsdom itself uses, with scripting off (as jsdom's `DOMParser` parses: `<noscript>` content is
 * markup). Nothing runs and nothing is fetched: the result is a plain tree of objects, never a
 * live document. Metadata lookups (`_html_meta.ts`) reproduce what jsdom's `querySelector`
 * (nwsapi) answered for the same selectors, so the output is the one the jsdom version gave, about
 * five times faster. Pure and synchronous.
 * Takes an HTML document string; gives a new {@link _HtmlText}: the visible text as blocks, with
 * kinds given by structure, and the metadata.
 * @module
 */
// deno-lint-ignore no-import-prefix -- the team pins npm packages with versioned npm: specifiers

import { parse } from "npm:parse5@7.3.0";
import type { ParagraphKind } from "../shared/types.ts";
import { _collapseSpace } from "../shared/_text.ts";
import { _attr, type _El, _find, _findAll, _isEl, type _Node, _textContent } from "./_html_dom.ts";
import { _htmlMeta } from "./_html_meta.ts";

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
  const { title, dateRaw, dateFrom, outlet, url } = _htmlMeta(doc);
  const { el, root } = _textRoot(doc);
  const { text, blocks } = _visibleText(el);
  return { text, blocks, title, dateRaw, dateFrom, outlet, url, root };
}

/**
 * The element the text is taken from: the longest `<article>` (the first of equal ones), else
 * `<main>`, else the body; and which of them it is.
 */
function _textRoot(doc: _Node): { el: _El | null; root: string } {
  let article: _El | null = null;
  let articleLength = -1;
  for (const el of _findAll(doc, (e) => e.tagName === "article")) {
    const n = _textContent(el).length;
    if (n > articleLength) {
      article = el;
      articleLength = n;
    }
  }
  if (article) return { el: article, root: "article" };
  const main = _find(doc, "main");
  return main ? { el: main, root: "main" } : { el: _body(doc), root: "body" };
}

/** A step of the walk in {@link _visibleText}: a node to visit, or a block element to close. */
interface _Frame {
  node: _Node;
  kind: ParagraphKind | undefined;
  heading: number | undefined;
  /** Set on the frame pushed to close a block element after its children. */
  exit?: boolean;
}

/**
 * The visible text under `rootEl` as blocks joined by blank lines: block elements and `<br>`
 * end a block, skipped and hidden elements give nothing, tweet embeds are blocks of their own,
 * and kinds given by structure (caption, comment, boilerplate) and heading levels pass to the
 * descendants. An iterative depth-first walk: deeply nested documents must not overflow the call
 * stack.
 */
function _visibleText(rootEl: _El | null): { text: string; blocks: _HtmlBlock[] } {
  const out = new _TextBlocks();
  const stack: _Frame[] = rootEl ? [{ node: rootEl, kind: undefined, heading: undefined }] : [];
  while (stack.length) {
    const { node, kind, heading, exit } = stack.pop()!;
    if (exit) {
      out.flush();
      continue;
    }
    if (node.nodeName === "#text") {
      out.addText(node.value ?? "", kind, heading);
      continue;
    }
    if (!_isEl(node)) continue;
    const el = node;
    const tag = el.tagName.toUpperCase();
    if (_SKIP.has(tag) || _hidden(el)) continue;
    if (tag === "BR") {
      out.flush();
      continue;
    }
    if (tag === "BLOCKQUOTE" && /twitter-tweet|tweet/i.test(_attr(el, "class") ?? "")) {
      out.addTweet(el);
      continue;
    }
    const k = _structureKind(el, tag, kind);
    const h = /^H([1-6])$/.exec(tag);
    const hl = h ? +h[1] : heading;
    if (_BLOCK.has(tag)) {
      out.flush();
      stack.push({ node: el, kind: k, heading: hl, exit: true });
    }
    for (let i = el.childNodes.length - 1; i >= 0; i--) {
      stack.push({ node: el.childNodes[i], kind: k, heading: hl });
    }
  }
  out.flush();
  return { text: out.text, blocks: out.blocks };
}

/**
 * The kind an element gives its descendants, from `kind`, the one it inherits: inside a comment
 * section everything stays a comment; `<figcaption>` is a caption; an id or class naming comments
 * makes a comment section; `<nav>`, `<aside>` and furniture (share bars, ads...) are boilerplate
 * unless a kind is already given.
 */
function _structureKind(
  el: _El,
  tag: string,
  kind: ParagraphKind | undefined,
): ParagraphKind | undefined {
  if (kind === "comment") return kind;
  let k: ParagraphKind | undefined = kind;
  if (tag === "FIGCAPTION") k = "caption";
  if (_COMMENT.test(_label(el))) k = "comment";
  else if (!k && (tag === "NAV" || tag === "ASIDE" || _FURNITURE.test(_label(el)))) {
    k = "boilerplate";
  }
  return k;
}

/**
 * The extracted text as it grows: finished blocks joined by blank lines, and the text gathered
 * for the block being built with its kind and heading level.
 */
class _TextBlocks {
  text = "";
  readonly blocks: _HtmlBlock[] = [];
  private _cur = "";
  private _kind: ParagraphKind | undefined;
  private _heading: number | undefined;

  /** A text node's text, met under `kind` and `heading`: a change of kind starts a new block. */
  addText(value: string, kind: ParagraphKind | undefined, heading: number | undefined): void {
    if (this._cur.trim() === "" || this._kind !== kind) {
      if (this._kind !== kind && this._cur.trim() !== "") this.flush();
      this._kind = kind;
      this._heading = heading;
    }
    this._cur += value;
  }

  /** Ends the block being built (whitespace collapsed; nothing when it is blank). */
  flush(): void {
    const t = _collapseSpace(this._cur).trim();
    this._cur = "";
    if (t === "") return;
    this._append(t, {
      ...(this._kind ? { kind: this._kind } : {}),
      ...(this._heading ? { heading: this._heading } : {}),
    });
  }

  /** A tweet embed as one block, dated by the text of its last link. */
  addTweet(el: _El): void {
    this.flush();
    const t = _collapseSpace(_flatText(el)).trim();
    if (!t) return;
    const links = _findAll(el, (e) => e.tagName === "a");
    const last = links.length ? _textContent(links[links.length - 1]).trim() : null;
    this._append(t, { kind: "tweet", date: last });
  }

  /** A finished block of text `t`, after a blank line when text came before. */
  private _append(t: string, about: Omit<_HtmlBlock, "start" | "end">): void {
    if (this.text !== "") this.text += "\n\n";
    const start = this.text.length;
    this.text += t;
    this.blocks.push({ start, end: this.text.length, ...about });
  }
}
