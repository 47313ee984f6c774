/**
 * Quotation marks: whether a position of a sentence is inside a quotation (straight, curly or
 * guillemet marks), for the voice a quotation carries on in.
 *
 * @module
 */

/** A quotation mark `inQuotes` counts. */
const _MARK = /["“”«»]/;

/** Is `pos` inside a quotation of `text` (straight, curly or guillemet marks)? */
export function inQuotes(text: string, pos: number): boolean {
  // the marks of `text.slice(0, pos)`, counted by code
  const end = text.slice(0, pos).length;
  let straight = 0;
  let open = 0;
  let close = 0;
  // (counted from the first mark on: the engine finds it faster than a loop by code)
  const first = text.search(_MARK);
  for (let i = first < 0 ? end : first; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) straight++;
    else if (c === 0x201c || c === 0xab) open++;
    else if (c === 0x201d || c === 0xbb) close++;
  }
  return straight % 2 === 1 || open > close;
}
