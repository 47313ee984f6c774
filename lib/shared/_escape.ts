/**
 * HTML escaping for everything claimgap renders: article text is data, never markup.
 * @module
 */

const _ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escape text for use in HTML element content or a quoted attribute value. */
export function _escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => _ENTITIES[c]);
}
