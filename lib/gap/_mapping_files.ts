/**
 * The mapping data's files read: a folder of `deepstatemap_data_YYYYMMDD.geojson` day files (each
 * file's date from its name), or one FeatureCollection whose features carry their date. Each file
 * read or skipped is added to the report entries, each day's polygons to the raw snapshots.
 * Takes a path; gives raw snapshots and report entries (throws on a single unreadable file).
 * @module
 */

import { _describe } from "../shared/_validate.ts";
import type { MappingReportEntry } from "./mapping_data.ts";
import {
  _collectPolygons,
  _compact,
  _isRealDay,
  _normDate,
  type _RawSnapshot,
} from "./_mapping_parse.ts";

const FILE_RE = /^deepstatemap_data_(\d{4})(\d{2})(\d{2})\.geojson$/;

/** What the files gave: report entries and raw snapshots, in reading order. */
export interface _Read {
  entries: MappingReportEntry[];
  raw: _RawSnapshot[];
}

/** A folder's day files, in name order. */
export async function _readFolder(path: string): Promise<_Read> {
  const out: _Read = { entries: [], raw: [] };
  const names: string[] = [];
  for await (const e of Deno.readDir(path)) {
    if (e.isFile && /\.(geo)?json$/i.test(e.name)) names.push(e.name);
  }
  names.sort();
  for (const name of names) {
    await _readDayFile(`${path.replace(/\/+$/, "")}/${name}`, name, out);
  }
  return out;
}

/** One day file (its date from its name `name`) into `out`. */
async function _readDayFile(file: string, name: string, out: _Read): Promise<void> {
  const { entries, raw } = out;
  const m = FILE_RE.exec(name);
  if (!m) {
    entries.push({
      file,
      action: "skipped",
      dates: [],
      reason: "file name carries no date (expected deepstatemap_data_YYYYMMDD.geojson)",
    });
    return;
  }
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!_isRealDay(date)) {
    entries.push({
      file,
      action: "skipped",
      dates: [],
      reason: `file name date ${date} is not a real calendar day`,
    });
    return;
  }
  let text: string;
  try {
    text = await Deno.readTextFile(file);
  } catch (e) {
    entries.push({ file, action: "skipped", dates: [], reason: `unreadable: ${String(e)}` });
    return;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    entries.push({
      file,
      action: "skipped",
      dates: [],
      reason: `not JSON: ${(e as Error).message}`,
    });
    return;
  }
  const polys: number[][][][] = [];
  const ignored: number[] = [];
  const problem = _collectPolygons(json, polys, null, ignored);
  if (problem !== null) {
    entries.push({ file, action: "skipped", dates: [], reason: problem });
    return;
  }
  if (polys.length === 0) {
    entries.push({
      file,
      action: "skipped",
      dates: [],
      reason: "no Polygon or MultiPolygon geometry in the FeatureCollection",
    });
    return;
  }
  raw.push({ date, file, coords: _compact(polys) });
  entries.push({
    file,
    action: "read",
    dates: [date],
    ...(ignored.length
      ? {
        reason: `${ignored.length} feature(s) without a Polygon or MultiPolygon geometry ` +
          `ignored (feature ${ignored.slice(0, 5).join(", ")}${ignored.length > 5 ? ", ..." : ""})`,
      }
      : {}),
  });
}

/** One FeatureCollection file whose features carry `properties.date`. */
export async function _readCollection(file: string): Promise<_Read> {
  const out: _Read = { entries: [], raw: [] };
  const { entries, raw } = out;
  const text = await Deno.readTextFile(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new SyntaxError(
      `loadMappingData: ${file}: expected GeoJSON, found text that is not JSON (${
        (e as Error).message
      })`,
    );
  }
  if (
    json === null || typeof json !== "object" ||
    (json as { type?: unknown }).type !== "FeatureCollection" ||
    !Array.isArray((json as { features?: unknown }).features)
  ) {
    throw new TypeError(
      `loadMappingData: ${file}: expected a GeoJSON FeatureCollection with dated features, ` +
        `found ${_describe(json)}`,
    );
  }
  // A single DeepState day file: its features carry no date, the file name does.
  const fm = FILE_RE.exec(file.split(/[\\/]/).pop() ?? "");
  const fileDate = fm && _isRealDay(`${fm[1]}-${fm[2]}-${fm[3]}`)
    ? `${fm[1]}-${fm[2]}-${fm[3]}`
    : null;
  const byDate = new Map<string, number[][][][]>();
  const features = (json as { features: unknown[] }).features;
  features.forEach((f, i) => {
    const d = (f as { properties?: { date?: unknown } } | null)?.properties?.date;
    const date = d === undefined && fileDate !== null ? fileDate : _normDate(d);
    if (date === null) {
      entries.push({
        file,
        action: "skipped",
        dates: [],
        feature: i,
        reason: `feature ${i}: expected properties.date as YYYY-MM-DD or YYYYMMDD, found ${
          _describe(d)
        }`,
      });
      return;
    }
    const polys: number[][][][] = [];
    const problem = _collectPolygons({ type: "FeatureCollection", features: [f] }, polys, i);
    if (problem !== null || polys.length === 0) {
      entries.push({
        file,
        action: "skipped",
        dates: [],
        feature: i,
        reason: problem ?? `feature ${i}: no Polygon or MultiPolygon geometry`,
      });
      return;
    }
    const list = byDate.get(date) ?? [];
    for (const p of polys) list.push(p);
    byDate.set(date, list);
  });
  const dates = [...byDate.keys()].sort();
  for (const date of dates) raw.push({ date, file, coords: _compact(byDate.get(date)!) });
  entries.push({
    file,
    action: dates.length ? "read" : "skipped",
    dates,
    ...(dates.length ? {} : { reason: "no dated feature with a polygon geometry" }),
  });
  return out;
}
