/**
 * CSV (RFC 4180), the one reader and the one writer: data tables, the sidecar, the places table,
 * the claims command and the report export all go through here.
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

export interface _Csv {
  rows: string[][];
  /** 1-based line where each row starts. */
  lines: number[];
}

/** Parses RFC 4180 CSV; throws `SyntaxError` naming the file and line on malformed input. */
export function _parseCsv(text: string, file: string): _Csv {
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = "";
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endRow = () => {
    row.push(field);
    if (!(row.length === 1 && row[0] === "")) {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
    field = "";
    fieldStarted = false;
  };
  while (i < src.length) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const n = src[i];
        if (n !== undefined && n !== "," && n !== "\n" && n !== "\r") {
          throw new SyntaxError(
            `${file} line ${line}: expected a comma or end of line after a closing quote, found ${
              JSON.stringify(n)
            }`,
          );
        }
        continue;
      }
      if (c === "\n") line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (fieldStarted || field !== "") {
        throw new SyntaxError(
          `${file} line ${line}: expected a quote only at the start of a field, found one inside ${
            JSON.stringify(field)
          }`,
        );
      }
      quoted = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (c === ",") {
      row.push(field);
      field = "";
      fieldStarted = false;
      i++;
      continue;
    }
    if (c === "\r" || c === "\n") {
      endRow();
      if (c === "\r" && src[i + 1] === "\n") i++;
      i++;
      line++;
      rowLine = line;
      continue;
    }
    field += c;
    fieldStarted = true;
    i++;
  }
  if (quoted) {
    throw new SyntaxError(
      `${file} line ${rowLine}: expected a closing quote, found the end of the file`,
    );
  }
  if (field !== "" || row.length > 0) endRow();
  return { rows, lines };
}
