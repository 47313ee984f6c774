/**
 * CSV writing shared by the claims command and the report export: RFC 4180 quoting, one header.
 * @module
 */
import { _describe } from "./_validate.ts";

/** A row for {@link toCsv}: any object; its fields named by the columns become the cells. */
export type CsvRow = object;

/** One CSV cell: null/undefined empty, numbers and booleans as text, objects as JSON. */
export function _csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s: string;
  if (typeof value === "number") {
    s = Number.isFinite(value) ? String(Object.is(value, -0) ? 0 : value) : "";
  } else if (typeof value === "string") s = value;
  else if (typeof value === "boolean" || typeof value === "bigint") s = String(value);
  else s = JSON.stringify(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * CSV text (RFC 4180 quoting, header line, trailing line end) of `rows` with exactly `columns`, in that
 * order. Pure: the rows are not modified. `eol` is the line end (CRLF by default, as RFC 4180).
 */
export function toCsv(
  rows: readonly CsvRow[],
  columns: readonly string[],
  eol: "\r\n" | "\n" = "\r\n",
): string {
  if (!Array.isArray(rows)) {
    throw new TypeError(`toCsv: rows: expected an array of objects, found ${_describe(rows)}`);
  }
  if (!Array.isArray(columns) || !columns.length || columns.some((c) => typeof c !== "string")) {
    throw new TypeError(
      `toCsv: columns: expected a non-empty array of column names, found ${_describe(columns)}`,
    );
  }
  const lines = [columns.map(_csvCell).join(",")];
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object") {
      throw new TypeError(`toCsv: rows[${i}]: expected an object, found ${_describe(r)}`);
    }
    lines.push(columns.map((c) => _csvCell((r as Record<string, unknown>)[c])).join(","));
  });
  return lines.join(eol) + eol;
}
