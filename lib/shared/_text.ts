/**
 * Text helpers every stage uses. Takes strings, gives new strings.
 * @module
 */

/**
 * Every run of white space as one space, like `s.replace(/\s+/g, " ")`, but a single space, the
 * common case, is matched by neither alternative and left alone (no copy when nothing changes).
 */
export function _collapseSpace(s: string): string {
  return s.replace(/[^\S ]\s*| \s+/g, " ");
}
