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

/** A field as read: its value, the index just after it, and the line reached at its end. */
interface _Field {
  value: string;
  end: number;
  line: number;
}

/** Parses RFC 4180 CSV; throws `SyntaxError` naming the file and line on malformed input. */
export function _parseCsv(text: string, file: string): _Csv {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  const lines: number[] = [];
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const rowLine = line;
    const row: string[] = [];
    for (;;) {
      const f = src[i] === '"'
        ? _quotedField(src, i, file, line, rowLine)
        : _plainField(src, i, file, line);
      row.push(f.value);
      i = f.end;
      line = f.line;
      if (src[i] !== ",") break;
      i++;
    }
    // A blank line is no row.
    if (!(row.length === 1 && row[0] === "")) {
      rows.push(row);
      lines.push(rowLine);
    }
    i += src[i] === "\r" && src[i + 1] === "\n" ? 2 : 1;
    line++;
  }
  return { rows, lines };
}

/** The unquoted field from `src[start]` up to a comma, a line end or the end of the text. */
function _plainField(src: string, start: number, file: string, line: number): _Field {
  let i = start;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === "," || c === "\n" || c === "\r") break;
    if (c === '"') {
      throw new SyntaxError(
        `${file} line ${line}: expected a quote only at the start of a field, found one inside ${
          JSON.stringify(src.slice(start, i))
        }`,
      );
    }
  }
  return { value: src.slice(start, i), end: i, line };
}

/**
 * The quoted field opening at `src[start]` (a `"`): `""` is a quote, line ends are kept; after the
 * closing quote comes a comma, a line end or the end of the text. `rowLine` is where its row
 * starts, named when the closing quote is missing.
 */
function _quotedField(
  src: string,
  start: number,
  file: string,
  line: number,
  rowLine: number,
): _Field {
  let value = "";
  let i = start + 1;
  while (i < src.length) {
    const c = src[i];
    if (c !== '"') {
      if (c === "\n") line++;
      value += c;
      i++;
    } else if (src[i + 1] === '"') {
      value += '"';
      i += 2;
    } else {
      const n = src[i + 1];
      if (n !== undefined && n !== "," && n !== "\n" && n !== "\r") {
        throw new SyntaxError(
          `${file} line ${line}: expected a comma or end of line after a closing quote, found ${
            JSON.stringify(n)
          }`,
        );
      }
      return { value, end: i + 1, line };
    }
  }
  throw new SyntaxError(
    `${file} line ${rowLine}: expected a closing quote, found the end of the file`,
  );
}
