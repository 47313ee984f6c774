/**
 * The one palette of claimgap's charts: one colour per side, one per status, one symbol per role,
 * so a reader learns them once, and one mark size per number of claims. Every `plot_*.ts` takes
 * its colours from here.
 * @module
 */
import type { Role, Side, Status } from "../shared/types.ts";

/** Colour of each side's claims (and of the status that side's control means). */
export const SIDE_COLORS: Readonly<Record<Side, string>> = {
  russia: "#c0392b",
  ukraine: "#1f63b5",
  independent: "#7d7d7d",
};

/** Plot colour scale (`domain`, `range`) of these sides in their colours. */
export function _sideScale(sides: readonly Side[]): { domain: Side[]; range: string[] } {
  return { domain: [...sides], range: sides.map((s) => SIDE_COLORS[s]) };
}

/** Colour of the mapping projects' assessment where it is drawn as its own series. */
export const MAPPING_COLOR = "#3a3a3a";

/** Colour of each control status: the controlling side's colour, amber for contested. */
export const STATUS_COLORS: Readonly<Record<Status, string>> = {
  russia: SIDE_COLORS.russia,
  ukraine: SIDE_COLORS.ukraine,
  contested: "#e09b00",
};

/** Fill of the occupied area on maps. */
export const OCCUPIED_FILL = "#e8b4ad";

/** Plot symbol of each claimant role (Plot's built-in symbol names). */
export const ROLE_SYMBOLS: Readonly<Record<Role, string>> = {
  official: "circle",
  mapping: "square",
  blogger: "triangle",
  media: "diamond",
  commenter: "cross",
};

/** Mark radius in px for a number of claims: 4.5 for one, growing with the log, at most 10. */
export function _radius(count: number): number {
  return Math.min(10, 4.5 + 1.5 * Math.log2(Math.max(1, count)));
}

/** Font stack: only DejaVu fonts are installed where the report renders. */
export const FONT_FAMILY = "DejaVu Sans, sans-serif";

/** Default Plot `style` for every chart. */
export const PLOT_STYLE = {
  fontFamily: FONT_FAMILY,
  fontSize: "11px",
  background: "white",
  overflow: "visible",
} as const;

/** Approximate width in pixels of `text` in DejaVu Sans at `fontSize` (for margins). */
export function _textWidth(text: string, fontSize = 11): number {
  let em = 0;
  for (const ch of text) {
    if (/[ilj.,:;'|!]/.test(ch)) em += 0.32;
    else if (/[A-Z]/.test(ch)) em += 0.72;
    else if (/[mwMW]/.test(ch)) em += 0.92;
    else if (ch === " ") em += 0.32;
    else em += 0.62;
  }
  return Math.ceil(em * fontSize);
}

/** A left margin wide enough for the longest of `labels` (Plot does not widen margins itself). */
export function _marginFor(labels: Iterable<string>, fontSize = 11, min = 40): number {
  let widest = 0;
  for (const l of labels) widest = Math.max(widest, _textWidth(l, fontSize));
  return Math.max(min, widest + 14);
}

/**
 * Give a Plot `<figure>` (title, subtitle, legends) the charts' font and modest heading sizes, so
 * it reads the same in a notebook, in exported HTML and in a screenshot. SVG-only output is
 * returned unchanged.
 */
export function _styleFigure(markup: string): string {
  // _serialize can give an <svg> start tag two xmlns attributes: keep the first.
  markup = markup.replace(/<svg\b[^>]*>/g, (tag) => {
    let seen = false;
    return tag.replace(/\s+xmlns="[^"]*"/g, (m) => (seen ? "" : ((seen = true), m)));
  });
  if (!markup.startsWith("<figure")) return markup;
  return markup
    .replace(
      /^<figure([^>]*?) style="([^"]*)"/,
      `<figure$1 style="$2 font-family: ${FONT_FAMILY}; margin: 0 0 1em 0; background: white;"`,
    )
    .replace(
      /<h2>/g,
      `<h2 style="font: bold 16px ${FONT_FAMILY}; margin: 0 0 4px 0; color: #111;">`,
    )
    .replace(
      /<h3>/g,
      `<h3 style="font: 12px ${FONT_FAMILY}; margin: 0 0 8px 0; color: #444;">`,
    )
    .replace(
      /<figcaption>/g,
      `<figcaption style="font: 11px ${FONT_FAMILY}; color: #555; margin-top: 4px;">`,
    );
}
