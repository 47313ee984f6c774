/**
 * The one place claimgap touches a DOM: a jsdom `document` for Observable Plot, and serialisation
 * of what Plot returns into deterministic SVG/HTML strings (ids renumbered, numbers rounded).
 * Library code returns strings; it never calls `Deno.jupyter`.
 * @module
 */
import { JSDOM } from "npm:jsdom@26.1.0";
import * as Plot from "npm:@observablehq/plot@0.6.17";

let _cached: { document: Document; serializer: XMLSerializer } | undefined;

/** A shared jsdom window's document (no scripts run, nothing fetched). */
export function _document(): Document {
  return _context().document;
}

function _context(): { document: Document; serializer: XMLSerializer } {
  if (!_cached) {
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
  const { serializer } = _context();
  // XMLSerializer already writes the SVG namespace on every <svg> created by Plot.
  return _normalize(serializer.serializeToString(node));
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
