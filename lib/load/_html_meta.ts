/**
 * Metadata of a parsed HTML article: title, raw date (and the element it came from), outlet and
 * canonical URL. Lookups reproduce what jsdom's `querySelector` (nwsapi) answered for the same
 * selectors.
 * Takes a parse5 document; gives a new {@link _HtmlMeta} (nothing is changed). Pure.
 * @module
 */

import { _collapseSpace } from "../shared/_text.ts";
import { _attr, type _El, _find, type _Node, _textContent } from "./_html_dom.ts";

/** Metadata found in an HTML document; null when absent or blank. */
export interface _HtmlMeta {
  title: string | null;
  /** Raw date string as found (validated by the caller), and where it came from. */
  dateRaw: string | null;
  dateFrom: string;
  outlet: string | null;
  url: string | null;
}

/** Title, date, outlet and URL of a parsed document. */
export function _htmlMeta(doc: _Node): _HtmlMeta {
  const { dateRaw, dateFrom } = _date(doc);
  return {
    title: _title(doc),
    dateRaw,
    dateFrom,
    outlet: _clean(_metaContent(doc, "property", "og:site_name")),
    url: _url(doc),
  };
}

/** `content` of the first `<meta>` whose `attr` is `value` (trimmed; null when empty). */
function _metaContent(doc: _Node, attr: string, value: string): string | null {
  const el = _find(doc, "meta", (e) => _attr(e, attr) === value);
  const v = el ? _attr(el, "content")?.trim() : undefined;
  return v ? v : null;
}

/** Whitespace collapsed and trimmed; null when nothing is left. */
function _clean(s: string | null | undefined): string | null {
  const t = _collapseSpace(s ?? "").trim();
  return t === "" ? null : t;
}

/** `og:title`, else the first `<h1>`, else `<title>`. */
function _title(doc: _Node): string | null {
  const text = (el: _El | null) => (el ? _textContent(el) : undefined);
  return _clean(_metaContent(doc, "property", "og:title")) ??
    _clean(text(_find(doc, "h1"))) ??
    _clean(text(_find(doc, "title")));
}

/** The first of the date sources that is there, with its name (`""` when none is). */
function _date(doc: _Node): { dateRaw: string | null; dateFrom: string } {
  const sources: [string, () => string | null][] = [
    [
      '<meta property="article:published_time">',
      () => _metaContent(doc, "property", "article:published_time"),
    ],
    [
      "<time datetime>",
      () => {
        const t = _find(doc, "time", (el) => _attr(el, "datetime") !== null);
        return t ? _attr(t, "datetime") : null;
      },
    ],
    ['<meta name="date">', () => _metaContent(doc, "name", "date")],
    ['<meta itemprop="datePublished">', () => _metaContent(doc, "itemprop", "datePublished")],
  ];
  for (const [from, get] of sources) {
    const v = _clean(get());
    if (v) return { dateRaw: v, dateFrom: from };
  }
  return { dateRaw: null, dateFrom: "" };
}

/** The canonical link's `href`, else `og:url`. */
function _url(doc: _Node): string | null {
  // nwsapi matches `[rel~="canonical"]` as the regex below, case-insensitively (`rel` is one of
  // the HTML attributes whose values selectors compare without case).
  const canonical = _find(
    doc,
    "link",
    (el) => /(^|\s)canonical(\s|$)/i.test(String(_attr(el, "rel"))),
  );
  return _clean(canonical ? _attr(canonical, "href") : null) ??
    _clean(_metaContent(doc, "property", "og:url"));
}
