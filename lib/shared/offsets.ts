/**
 * Offsets in Unicode code points, as claim records give them: `start`/`end` count characters
 * (code points), so that Python, pandas and DuckDB users slice the same text as JavaScript users;
 * JavaScript strings count UTF-16 code units, which differ once a character beyond U+FFFF (an
 * emoji in an embedded post) comes before the quote. Takes a text and offsets; gives the other
 * kind of offset, or the text between two code-point offsets.
 *
 * @example
 * ```ts
 * import { textAt } from "./offsets.ts";
 * textAt("🙂 Toretsk", 2, 9); // "Toretsk" (code points 2..9; UTF-16 units 3..10)
 * ```
 *
 * @module
 */

const _ASTRAL = /[\ud800-\udbff][\udc00-\udfff]/;

/** Whether `text` has a character beyond U+FFFF (a surrogate pair): only then do offsets differ. */
export function hasAstral(text: string): boolean {
  return _ASTRAL.test(text);
}

/** The code-point offset of UTF-16 offset `unit` in `text` (the same number when no character is beyond U+FFFF). */
export function codePointOffset(text: string, unit: number): number {
  if (!_ASTRAL.test(text)) return unit;
  let pairs = 0;
  for (let i = 0; i < unit - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return unit - pairs;
}

/** The UTF-16 offset of code-point offset `point` in `text`. Throws `RangeError` past the end. */
export function unitOffset(text: string, point: number): number {
  if (!Number.isInteger(point) || point < 0) {
    throw new RangeError(`unitOffset: expected a code-point offset >= 0, found ${point}`);
  }
  if (!_ASTRAL.test(text)) {
    if (point > text.length) {
      throw new RangeError(`unitOffset: expected an offset <= ${text.length}, found ${point}`);
    }
    return point;
  }
  let unit = 0;
  for (let k = 0; k < point; k++) {
    if (unit >= text.length) {
      throw new RangeError(`unitOffset: expected an offset within the text, found ${point}`);
    }
    const c = text.charCodeAt(unit);
    const d = text.charCodeAt(unit + 1);
    unit += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
  }
  return unit;
}

/**
 * The text between code-point offsets `start` and `end`: for every claim,
 * `textAt(article.text, claim.start, claim.end) === claim.quote`.
 */
export function textAt(text: string, start: number, end: number): string {
  return text.slice(unitOffset(text, start), unitOffset(text, end));
}
