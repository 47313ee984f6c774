/**
 * SVG markup helpers shared by the charts and the notebook display. Takes SVG strings, gives new
 * strings.
 * @module
 */

/**
 * Drop repeated attributes from every `<svg>` start tag. `_serialize` in `_dom.ts` can emit
 * `xmlns` twice (once from the SVG namespace, once set as an attribute), which is not well-formed
 * XML: rsvg-convert refuses it and browsers show a broken `<img>`.
 */
export function _dedupeSvgAttributes(markup: string): string {
  return markup.replace(/<svg\b[^>]*>/g, (tag) => {
    const seen = new Set<string>();
    return tag.replace(/\s([\w:-]+)="[^"]*"/g, (attr, name: string) => {
      if (seen.has(name)) return "";
      seen.add(name);
      return attr;
    });
  });
}
