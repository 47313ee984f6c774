/**
 * The words the charts' subtitles and tooltips share: a count with its noun, a list of names and
 * a list of lines cut short with how many more there are.
 * Takes numbers, names and lines; gives strings.
 * @module
 */

/** `n` and its noun, plural unless `n` is 1: `_count(2, "claim")` is `"2 claims"`. */
export function _count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** The first `max` names joined by commas, then `" and N more"` when there are more. */
export function _nameList(names: readonly string[], max: number): string {
  return names.length > max
    ? `${names.slice(0, max).join(", ")} and ${names.length - max} more`
    : names.join(", ");
}

/** The first `max` lines, one a line, then a line `"… and N more"` when there are more. */
export function _clipLines(lines: readonly string[], max: number): string {
  return lines.slice(0, max).join("\n") +
    (lines.length > max ? `\n… and ${lines.length - max} more` : "");
}
