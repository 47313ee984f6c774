/**
 * The one place claimgap touches a DOM: a jsdom `document` for Observable Plot, and serialisation
 * of what Plot returns into deterministic SVG/HTML strings (ids renumbered, numbers rounded).
 * Library code returns strings; it never calls `Deno.jupyter`.
 * @module
 */
import { createRequire } from "node:module";
import type { JSDOM as _JSDOM } from "npm:jsdom@26.1.0";
import * as Plot from "npm:@observablehq/plot@0.6.17";

let _cached: { document: Document; serializer: XMLSerializer } | undefined;

/**
 * jsdom, loaded on the first chart (~0.3 s of CPU): importing the library, loading and extracting
 * do not pay for it. `require` keeps chart rendering synchronous; it resolves the `jsdom` that
 * package.json pins (26.1.0) from node_modules, like the type import above.
 */
function _jsdom(): typeof _JSDOM {
  return (createRequire(import.meta.url)("jsdom") as { JSDOM: typeof _JSDOM }).JSDOM;
}

/** A shared jsdom window's document (no scripts run, nothing fetched). */
export function _document(): Document {
  return _context().document;
}

function _context(): { document: Document; serializer: XMLSerializer } {
  if (!_cached) {
    const JSDOM = _jsdom();
    const dom = new JSDOM("<!DOCTYPE html><html><body></body></html>", {
      pretendToBeVisual: false,
    });
    const window = dom.window as unknown as Window & typeof globalThis;
    // Continuous colour legends draw a ramp on a canvas, which jsdom lacks: a small stand-in.
    const proto = window.HTMLCanvasElement?.prototype as unknown as {
      getContext: unknown;
      toDataURL: unknown;
    };
    if (proto) {
      proto.getContext = function (this: { width: number }) {
        return {
          fillStyle: "",
          fillRect() {},
          drawImage() {},
          createImageData: () => ({ data: [] }),
          putImageData() {},
        };
      };
      proto.toDataURL = () => "data:image/png;base64,";
    }
    _cached = { document: window.document, serializer: new window.XMLSerializer() };
  }
  return _cached;
}

/** Serialise a Plot result (an `<svg>` or a `<figure>` with legends) to a deterministic string. */
export function _serialize(node: Element): string {
  // The fast writer (`_xml`) handles what Plot builds and writes the SVG namespace on every <svg>,
  // as XMLSerializer does; anything else goes through jsdom's XMLSerializer.
  const out: string[] = [];
  const xml = _xml(node, null, out) ? out.join("") : _context().serializer.serializeToString(node);
  return _normalize(xml);
}

const _SVG_NS = "http://www.w3.org/2000/svg";
const _XHTML_NS = "http://www.w3.org/1999/xhtml";
/** Elements XMLSerializer closes with " />" in the XHTML namespace (w3c-xmlserializer's list). */
const _VOID = new Set(
  "area base basefont bgsound br col embed frame hr img input keygen link menuitem meta param source track wbr"
    .split(" "),
);
const _TEXT_ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const _ATTR_ESC: Record<string, string> = {
  ..._TEXT_ESC,
  '"': "&quot;",
  "\t": "&#x9;",
  "\n": "&#xA;",
  "\r": "&#xD;",
};

/**
 * What jsdom's XMLSerializer (w3c-xmlserializer, not well-formed mode) writes for `node`, for the
 * trees Plot builds (SVG and XHTML elements without prefixes, un-namespaced attributes, text),
 * about twice as fast: jsdom's serializer keeps namespace prefix maps for every element. Appends
 * to `out` and returns true; returns false (for the caller to use XMLSerializer) on anything
 * else: comments, prefixes, namespaced attributes, other namespaces.
 */
export function _xml(node: Node, parentNs: string | null, out: string[]): boolean {
  if (node.nodeType === 3) {
    out.push((node as Text).data.replace(/[&<>]/g, (c) => _TEXT_ESC[c]));
    return true;
  }
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  const ns = el.namespaceURI;
  if ((ns !== _SVG_NS && ns !== _XHTML_NS) || el.prefix !== null) return false;
  const name = el.localName;
  out.push("<", name);
  if (ns !== parentNs) out.push(' xmlns="', ns, '"');
  const attrs = el.attributes;
  for (let i = 0, n = attrs.length; i < n; i++) {
    const a = attrs.item(i)!; // item(): jsdom's indexed access goes through a Proxy
    if (a.namespaceURI !== null) return false;
    out.push(" ", a.localName, '="', a.value.replace(/[&"<>\t\n\r]/g, (c) => _ATTR_ESC[c]), '"');
  }
  if (el.firstChild === null) {
    if (ns !== _XHTML_NS) out.push("/>");
    else if (_VOID.has(name)) out.push(" />");
    else out.push("></", name, ">");
    return true;
  }
  out.push(">");
  for (let k: Node | null = el.firstChild; k !== null; k = k.nextSibling) {
    if (!_xml(k, ns, out)) return false;
  }
  out.push("</", name, ">");
  return true;
}

/** Render Plot options with the shared document and return the serialised SVG or HTML figure. */
export function _renderPlot(options: Plot.PlotOptions): string {
  const node = Plot.plot({ ...options, document: _document() }) as unknown as Element;
  return _serialize(node);
}

/**
 * Make serialised SVG deterministic: Plot numbers clip paths and classes with process-wide
 * counters; renumber every id (and references to it) in order of first appearance, and round
 * long decimals to 2 places.
 */
export function _normalize(markup: string): string {
  const ids = new Map<string, string>();
  const found = markup.matchAll(/\bid="([^"]+)"/g);
  for (const m of found) if (!ids.has(m[1])) ids.set(m[1], `cg-${ids.size + 1}`);
  let out = markup;
  for (const [from, to] of ids) {
    const esc = from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`(id="|#|url\\(#)${esc}(?=["')\\s])`, "g"), `$1${to}`);
  }
  // Plot's per-instance class ("plot-d6a7b5") is a hash of the options, stable; keep it.
  return out.replace(/(\d+\.\d{3,})/g, (n) => String(Math.round(Number(n) * 100) / 100));
}

export { Plot };
