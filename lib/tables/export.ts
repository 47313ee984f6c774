/**
 * Report files: `claims.csv`, `claims.jsonl` and `gap.csv` in an output folder (and, with
 * {@link writeAssertionFiles}, the assertions and syndicated copies), every one written
 * atomically (temporary file, then rename). CSV follows RFC 4180: CRLF line ends, a header line,
 * fields with a comma, quote, CR or LF quoted, quotes doubled; empty cells where a value does not
 * apply (null/undefined).
 * @module
 */
import type { Claim } from "../shared/types.ts";
import { _writeAtomic } from "../shared/_write.ts";
import { _describe } from "../shared/_validate.ts";
import { type CsvRow, toCsv } from "../shared/_csv.ts";
import { CLAIM_FIELDS, claimRecord } from "../run/extract_claims_format.ts";
import {
  type Assertion,
  ASSERTION_COLUMNS,
  ASSERTION_REPORT_COLUMNS,
  assertionReportRows,
  assertionRows,
} from "./assertions.ts";
import type { Syndication } from "./syndication.ts";

export { type CsvRow, toCsv };

/**
 * Columns of `claims.csv` and keys of `claims.jsonl`: {@link CLAIM_FIELDS}, the one list of a
 * claim record's fields (the claims command writes the same).
 */
export const CLAIM_COLUMNS: readonly string[] = CLAIM_FIELDS;

/** Columns of `gap.csv`: the required columns, then provenance of the assessments. */
export const GAP_COLUMNS: readonly string[] = [
  "article",
  "claimant",
  "side",
  "role",
  "place",
  "claim",
  "status",
  "date",
  "asserted",
  "assessed_text",
  "assessed_map",
  "map_share",
  "gap_text",
  "gap_map",
  "lag_days",
  "assessed_text_by",
  "assessed_text_date",
  "assessed_map_status",
  "map_date",
  "id",
  "note",
];

/** JSON Lines of claims: one object per line, keys in {@link CLAIM_COLUMNS} order, then others. */
export function toJsonl(claims: readonly Claim[]): string {
  return claims.map((c) => {
    const o: Record<string, unknown> = {};
    for (const k of CLAIM_COLUMNS) if (k in c) o[k] = (c as unknown as Record<string, unknown>)[k];
    for (const k of Object.keys(c).sort()) {
      if (!(k in o)) o[k] = (c as unknown as Record<string, unknown>)[k];
    }
    return JSON.stringify(o) + "\n";
  }).join("");
}

/** What {@link writeReportFiles} wrote. */
export interface ReportFiles {
  /** Paths written, in order: claims.csv, claims.jsonl, gap.csv. */
  files: string[];
  claims: number;
  gapRows: number;
}

/**
 * Write `claims.csv`, `claims.jsonl` and `gap.csv` into `outDir` (created when missing).
 * `gapRows` (from `gap()`) gives one gap.csv row each; without them gap.csv has one row per claim
 * with the claim's columns, `asserted` computed from its status (0 ukraine, 0.5 contested,
 * 1 russia) and the assessment columns empty.
 */
export async function writeReportFiles(
  outDir: string,
  input: { claims: readonly Claim[]; gapRows?: readonly CsvRow[] | null },
): Promise<ReportFiles> {
  if (typeof outDir !== "string" || outDir === "") {
    throw new TypeError(
      `writeReportFiles: outDir: expected a folder path, found ${_describe(outDir)}`,
    );
  }
  if (!input || !Array.isArray(input.claims)) {
    throw new TypeError(
      `writeReportFiles: input.claims: expected an array of claims, found ${
        _describe(input?.claims)
      }`,
    );
  }
  const claims = input.claims;
  const values: Record<string, number> = { ukraine: 0, contested: 0.5, russia: 1 };
  const gapRows: readonly CsvRow[] = input.gapRows ??
    claims.map((c) => ({ ...c, asserted: values[c.status] ?? null }));
  await Deno.mkdir(outDir, { recursive: true });
  const dir = outDir.replace(/\/+$/, "") || "/";
  const files = [`${dir}/claims.csv`, `${dir}/claims.jsonl`, `${dir}/gap.csv`];
  const records = claims.map(claimRecord);
  await _writeAtomic(files[0], toCsv(records, CLAIM_COLUMNS));
  await _writeAtomic(files[1], records.map((r) => JSON.stringify(r) + "\n").join(""));
  await _writeAtomic(files[2], toCsv(gapRows, GAP_COLUMNS));
  return { files, claims: claims.length, gapRows: gapRows.length };
}

/** Columns of `syndication.csv`: one row per syndicated copy. */
export const SYNDICATION_COLUMNS: readonly string[] = ["article", "original", "shared"];

/**
 * Write `assertions.csv`, `assertions.jsonl` (the same columns, plus `claims`: the ids of its
 * claims), `assertion_reports.csv` (assertion, claim, article, start, end: one row per report, to
 * join assertions to `claims.csv` by `claim` = `id`) and `syndication.csv` (article, original,
 * shared) into `outDir` (created when missing), atomically. Returns the paths, in that order.
 */
export async function writeAssertionFiles(
  outDir: string,
  input: { assertions: readonly Assertion[]; syndication: Syndication },
): Promise<string[]> {
  if (typeof outDir !== "string" || outDir === "") {
    throw new TypeError(
      `writeAssertionFiles: outDir: expected a folder path, found ${_describe(outDir)}`,
    );
  }
  const rows = assertionRows(input?.assertions);
  if (!input.syndication || !Array.isArray(input.syndication.rows)) {
    throw new TypeError(
      `writeAssertionFiles: input.syndication: expected a findSyndication() result, found ${
        _describe(input.syndication)
      }`,
    );
  }
  await Deno.mkdir(outDir, { recursive: true });
  const dir = outDir.replace(/\/+$/, "") || "/";
  const files = ["assertions.csv", "assertions.jsonl", "assertion_reports.csv", "syndication.csv"]
    .map((f) => `${dir}/${f}`);
  const jsonl = rows.map((r, i) =>
    JSON.stringify({ ...r, claims: input.assertions[i].reportList.map((x) => x.claim) }) + "\n"
  );
  await _writeAtomic(files[0], toCsv(rows, ASSERTION_COLUMNS));
  await _writeAtomic(files[1], jsonl.join(""));
  await _writeAtomic(
    files[2],
    toCsv(assertionReportRows(input.assertions), ASSERTION_REPORT_COLUMNS),
  );
  await _writeAtomic(files[3], toCsv(input.syndication.rows, SYNDICATION_COLUMNS));
  return files;
}
