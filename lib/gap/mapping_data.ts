/**
 * Mapping data: daily snapshots of occupied territory (DeepState-style GeoJSON), loaded once,
 * sorted by date, indexed lazily for fast point-in-polygon and edge-distance queries.
 *
 * Two input shapes are accepted:
 * - a folder of `deepstatemap_data_YYYYMMDD.geojson` files (one FeatureCollection per day; the
 *   date is taken from the file name, every Polygon/MultiPolygon feature in it counts);
 * - one GeoJSON FeatureCollection file whose features carry `properties.date` (`YYYY-MM-DD` or
 *   `YYYYMMDD`); features with the same date are merged into one snapshot. A single
 *   `deepstatemap_data_YYYYMMDD.geojson` file works too: features without `properties.date` take
 *   the file name's date.
 *
 * Every file is parsed once at load time into compact coordinate arrays (the full 769-day
 * DeepState series: ~0.7-0.9 s, ~36 MB); the spatial index of a snapshot (see `geo.ts`) is built
 * on first use and kept (all 769: ~0.2 s, ~80 MB more). Consecutive days with identical
 * coordinates (113 of 769 in the DeepState series) share one index. Bad files and bad features are never a crash: they are listed in
 * {@link MappingData.report} with the file and the reason.
 *
 * Takes a folder or a file path ({@link loadMappingData}, the reader at the stage's edge); gives
 * {@link MappingData} and the snapshot in force on a day ({@link snapshotOn}). One file's parsing
 * is in `_mapping_parse.ts`.
 *
 * @module
 */

import type { PolygonIndex } from "./geo_types.ts";
import { _describe, _isoDate, _number } from "../shared/_validate.ts";
import {
  _alias,
  _collectPolygons,
  _compact,
  _isRealDay,
  _normDate,
  type _RawSnapshot,
  _sameCoords,
  _snapshot,
} from "./_mapping_parse.ts";

/** One day of mapping data. `geometry()` returns the indexed occupied area (built once, cached). */
export interface MappingSnapshot {
  /** ISO date `YYYY-MM-DD` of the snapshot. */
  readonly date: string;
  /** File the snapshot came from. */
  readonly file: string;
  /** Number of rings (outer boundaries and holes) in the snapshot. */
  readonly rings: number;
  /** Number of vertices in the snapshot. */
  readonly vertices: number;
  /**
   * Index in `MappingData.snapshots` of the first of a run of consecutive snapshots with
   * identical coordinates (its own index when it differs from the day before). Snapshots of a
   * run share one geometry index, and assessments are computed once per run.
   */
  readonly geometryIndex: number;
  /** The indexed occupied area; built on first call, then cached. */
  geometry(): PolygonIndex;
  /**
   * The occupied area as a GeoJSON MultiPolygon geometry (a fresh copy each call; rings closed),
   * e.g. to draw it under a map.
   */
  toGeoJSON(): { type: "MultiPolygon"; coordinates: number[][][][] };
}

/** What happened to one input file or feature while loading mapping data. */
export interface MappingReportEntry {
  file: string;
  /** `read`: used; `skipped`: not used (see `reason`). */
  action: "read" | "skipped";
  /** Snapshot date(s) the file contributed, when read. */
  dates: string[];
  /** Why the file (or a feature of it, see `feature`) was skipped or what was noticed. */
  reason?: string;
  /** 0-based index of the feature a note refers to, for single-file inputs. */
  feature?: number;
}

/** Loaded mapping data: snapshots sorted by date (unique dates) plus a load report. */
export interface MappingData {
  /** The path given to {@link loadMappingData}. */
  readonly source: string;
  /** Snapshots, sorted by date ascending, one per date. */
  readonly snapshots: readonly MappingSnapshot[];
  /** Dates of `snapshots`, same order (for binary search and display). */
  readonly dates: readonly string[];
  /** One entry per file (and per skipped feature of a single-file input). */
  readonly report: { readonly entries: readonly MappingReportEntry[] };
}

/** Options of {@link loadMappingData}. */
export interface LoadMappingOptions {
  /**
   * Build every snapshot's spatial index at load time instead of on first use.
   * @default false
   */
  eagerIndex?: boolean;
}

/** Options of {@link snapshotOn}. */
export interface SnapshotOnOptions {
  /**
   * Maximum age in days of the snapshot relative to the day asked for; an older snapshot gives
   * null. Must be ≥ 0.
   * @default Infinity
   */
  maxAgeDays?: number;
}

const FILE_RE = /^deepstatemap_data_(\d{4})(\d{2})(\d{2})\.geojson$/;

/**
 * Loads mapping data from a folder of `deepstatemap_data_YYYYMMDD.geojson` files or from one
 * GeoJSON FeatureCollection with `properties.date` on each feature.
 *
 * - In a folder, only `*.geojson` / `*.json` files are considered; a file whose name carries no
 *   date, that is not JSON, not a FeatureCollection, or holds no Polygon/MultiPolygon is
 *   reported as `skipped` with the reason. Other files (LICENSE, README) are ignored silently.
 * - When two files give the same date, the first in name order is used, the other is reported.
 * - An empty result (no usable snapshot) is not an error: `snapshots` is empty, the report says
 *   why.
 *
 * @throws {Error} (Deno.errors.NotFound) when `path` does not exist, naming the path.
 * @throws {SyntaxError} when `path` is a single file that is not JSON (file named).
 * @throws {TypeError} when `path` is a single file that is not a FeatureCollection.
 */
export async function loadMappingData(
  path: string,
  options: LoadMappingOptions = {},
): Promise<MappingData> {
  if (typeof path !== "string" || path === "") {
    throw new TypeError(`loadMappingData: expected a path string, found ${_describe(path)}`);
  }
  const eager = options.eagerIndex ?? false;
  if (typeof eager !== "boolean") {
    throw new TypeError(
      `loadMappingData: eagerIndex: expected a boolean, found ${_describe(eager)}`,
    );
  }
  let info: Deno.FileInfo;
  try {
    info = await Deno.stat(path);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) {
      throw new Deno.errors.NotFound(
        `loadMappingData: mapping data path not found: ${path} (expected a folder of ` +
          `deepstatemap_data_YYYYMMDD.geojson files or one GeoJSON file)`,
      );
    }
    throw e;
  }
  const entries: MappingReportEntry[] = [];
  const raw: _RawSnapshot[] = [];
  if (info.isDirectory) {
    const names: string[] = [];
    for await (const e of Deno.readDir(path)) {
      if (e.isFile && /\.(geo)?json$/i.test(e.name)) names.push(e.name);
    }
    names.sort();
    for (const name of names) {
      const file = `${path.replace(/\/+$/, "")}/${name}`;
      const m = FILE_RE.exec(name);
      if (!m) {
        entries.push({
          file,
          action: "skipped",
          dates: [],
          reason: "file name carries no date (expected deepstatemap_data_YYYYMMDD.geojson)",
        });
        continue;
      }
      const date = `${m[1]}-${m[2]}-${m[3]}`;
      if (!_isRealDay(date)) {
        entries.push({
          file,
          action: "skipped",
          dates: [],
          reason: `file name date ${date} is not a real calendar day`,
        });
        continue;
      }
      let text: string;
      try {
        text = await Deno.readTextFile(file);
      } catch (e) {
        entries.push({ file, action: "skipped", dates: [], reason: `unreadable: ${String(e)}` });
        continue;
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
        continue;
      }
      const polys: number[][][][] = [];
      const ignored: number[] = [];
      const problem = _collectPolygons(json, polys, null, ignored);
      if (problem !== null) {
        entries.push({ file, action: "skipped", dates: [], reason: problem });
        continue;
      }
      if (polys.length === 0) {
        entries.push({
          file,
          action: "skipped",
          dates: [],
          reason: "no Polygon or MultiPolygon geometry in the FeatureCollection",
        });
        continue;
      }
      raw.push({ date, file, coords: _compact(polys) });
      entries.push({
        file,
        action: "read",
        dates: [date],
        ...(ignored.length
          ? {
            reason: `${ignored.length} feature(s) without a Polygon or MultiPolygon geometry ` +
              `ignored (feature ${ignored.slice(0, 5).join(", ")}${
                ignored.length > 5 ? ", ..." : ""
              })`,
          }
          : {}),
      });
    }
  } else {
    const file = path;
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
  }
  raw.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const snapshots: MappingSnapshot[] = [];
  let prev: _RawSnapshot | null = null;
  for (const r of raw) {
    if (snapshots.length && snapshots[snapshots.length - 1].date === r.date) {
      entries.push({
        file: r.file,
        action: "skipped",
        dates: [],
        reason: `duplicate date ${r.date}: ${snapshots[snapshots.length - 1].file} used instead`,
      });
      continue;
    }
    const same = prev !== null && _sameCoords(prev.coords, r.coords);
    snapshots.push(
      same ? _alias(r, snapshots[snapshots.length - 1]) : _snapshot(r, snapshots.length),
    );
    prev = r;
  }
  if (eager) { for (const s of snapshots) s.geometry(); }
  return {
    source: path,
    snapshots,
    dates: snapshots.map((s) => s.date),
    report: { entries },
  };
}

/**
 * The snapshot in force on `day`: the latest snapshot dated on or before `day`, or null when
 * there is none (or when it is older than `maxAgeDays`).
 *
 * @throws {TypeError} when `day` is not an ISO date.
 * @throws {RangeError} when `maxAgeDays` is negative.
 */
export function snapshotOn(
  data: MappingData,
  day: string,
  options: SnapshotOnOptions = {},
): MappingSnapshot | null {
  _isoDate("snapshotOn: day", day);
  const maxAge = options.maxAgeDays ?? Infinity;
  if (maxAge !== Infinity) _number("snapshotOn: maxAgeDays", maxAge, 0);
  else if (maxAge < 0) throw new RangeError("snapshotOn: maxAgeDays must be ≥ 0");
  const i = snapshotIndexOn(data, day);
  if (i < 0) return null;
  const s = data.snapshots[i];
  if (maxAge !== Infinity && _dayDiff(s.date, day) > maxAge) return null;
  return s;
}

/**
 * Index in `data.snapshots` of the latest snapshot on or before `day` (binary search), or -1.
 * `day` is assumed to be a valid ISO date (not re-validated: hot path).
 */
export function snapshotIndexOn(data: MappingData, day: string): number {
  const dates = data.dates;
  let lo = 0, hi = dates.length - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid] <= day) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Whole days from ISO date `a` to ISO date `b` (`b − a`). */
export function _dayDiff(a: string, b: string): number {
  return _dayNumber(b) - _dayNumber(a);
}

const _dayNumbers = new Map<string, number>();

/** Days since 1970-01-01 of an ISO date (memoised: claims repeat a few thousand dates). */
function _dayNumber(d: string): number {
  let n = _dayNumbers.get(d);
  if (n === undefined) {
    n = Math.round(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
    if (_dayNumbers.size > 100_000) _dayNumbers.clear();
    _dayNumbers.set(d, n);
  }
  return n;
}
