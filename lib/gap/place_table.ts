/**
 * The gap stage's reader: a places CSV (`data/places.csv` and the like) read into place rows, at
 * the edge, so the computing functions ({@link gap}, {@link confirmationLag}) take data, not paths.
 * Takes a path; gives `{ places, skipped, notes }` ({@link readPlaceTable}).
 * @module
 */

import { _parseCsv } from "../shared/_csv.ts";
import type { PlaceInfo } from "./gap_types.ts";
import { _key } from "./_gap_checks.ts";

/** Result of {@link readPlaceTable}. */
export interface PlaceTableResult {
  places: PlaceInfo[];
  /** Rows not used, with the 1-based line and the reason. */
  skipped: { file: string; line: number; reason: string }[];
  /**
   * Rows used but worth knowing about: a canonical name already seen (case-insensitively) on an
   * earlier line. Such rows stay in `places`, but {@link gap} and {@link confirmationLag} use the
   * first row of a name (claims carry no oblast to choose by).
   */
  notes: { file: string; line: number; reason: string }[];
}

/**
 * Reads a places CSV (`canonical,variants,oblast,lat,lon,kind,radius_km`, header required,
 * RFC 4180 quoting) into {@link PlaceInfo}s. Rows without usable lat/lon are listed in `skipped`
 * with line and reason (regions have no point). `radius_km` empty → null (kind default applies).
 *
 * @throws {Error} NotFound when the file does not exist; {@link TypeError} when a required
 * column (`canonical`, `lat`, `lon`) is missing from the header.
 */
export async function readPlaceTable(path: string): Promise<PlaceTableResult> {
  const text = await Deno.readTextFile(path);
  const csv = _parseCsv(text, path);
  const records = csv.rows.map((cells, i) => ({ cells, line: csv.lines[i] }));
  if (records.length === 0) {
    throw new TypeError(`readPlaceTable: ${path}: expected a header line, found an empty file`);
  }
  const header = records[0].cells.map((h) => h.trim().toLowerCase());
  const col = (n: string) => header.indexOf(n);
  const ci = col("canonical") >= 0 ? col("canonical") : col("name");
  for (const [n, i] of [["canonical", ci], ["lat", col("lat")], ["lon", col("lon")]] as const) {
    if (i < 0) {
      throw new TypeError(
        `readPlaceTable: ${path}:1: expected a "${n}" column, found ${header.join(",")}`,
      );
    }
  }
  const places: PlaceInfo[] = [];
  const skipped: PlaceTableResult["skipped"] = [];
  const notes: PlaceTableResult["notes"] = [];
  const firstLine = new Map<string, number>();
  for (const { cells, line } of records.slice(1)) {
    if (cells.length === 1 && cells[0].trim() === "") continue;
    const name = (cells[ci] ?? "").trim();
    const lat = Number((cells[col("lat")] ?? "").trim());
    const lon = Number((cells[col("lon")] ?? "").trim());
    const latS = (cells[col("lat")] ?? "").trim(), lonS = (cells[col("lon")] ?? "").trim();
    if (!name) {
      skipped.push({ file: path, line, reason: "empty canonical name" });
      continue;
    }
    if (latS && lonS && Number.isFinite(lat) && Number.isFinite(lon)) {
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        skipped.push({
          file: path,
          line,
          reason: `${name}: ${
            Math.abs(lat) > 90
              ? `lat expected -90..90, found ${latS}`
              : `lon expected -180..180, found ${lonS}`
          }`,
        });
        continue;
      }
    } else {
      skipped.push({
        file: path,
        line,
        reason: `${name}: no usable lat/lon (found ${JSON.stringify(latS)}, ${
          JSON.stringify(lonS)
        })`,
      });
      continue;
    }
    const kind = col("kind") >= 0 ? (cells[col("kind")] ?? "").trim().toLowerCase() : "";
    const rS = col("radius_km") >= 0 ? (cells[col("radius_km")] ?? "").trim() : "";
    const r = rS === "" ? null : Number(rS);
    if (r !== null && !(Number.isFinite(r) && r >= 0)) {
      skipped.push({ file: path, line, reason: `${name}: bad radius_km ${JSON.stringify(rS)}` });
      continue;
    }
    const seen = firstLine.get(_key(name));
    if (seen !== undefined) {
      notes.push({
        file: path,
        line,
        reason: `duplicate name ${name}: gap() uses the row of line ${seen}`,
      });
    } else firstLine.set(_key(name), line);
    places.push({ name, lat, lon, kind: kind || "village", radius_km: r });
  }
  return { places, skipped, notes };
}
