/**
 * Report files: `claims.csv`, `claims.jsonl` and `gap.csv` in an output folder, every one written
 * atomically (temporary file, then rename). CSV follows RFC 4180: CRLF line ends, a header line,
 * fields with a comma, quote, CR or LF quoted, quotes doubled; empty cells where a value does not
 * apply (null/undefined).
 * @module
 */
import type { Claim } from "./types.ts";
import { _writeAtomic } from "./_write.ts";
import { _describe } from "./_validate.ts";
import { type CsvRow, toCsv } from "./_csv.ts";
import { CLAIM_FIELDS } from "./extract_claims_format.ts";

export { type CsvRow, toCsv };

/** Columns of `claims.csv` (the claims schema's fields, then the optional extras). */
export const CLAIM_COLUMNS: readonly string[] = [...CLAIM_FIELDS, "id", "hedged"];

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
  await _writeAtomic(files[0], toCsv(claims, CLAIM_COLUMNS));
  await _writeAtomic(files[1], toJsonl(claims));
  await _writeAtomic(files[2], toCsv(gapRows, GAP_COLUMNS));
  return { files, claims: claims.length, gapRows: gapRows.length };
}
