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
 * {@link MappingData} and the snapshot in force on a day ({@link snapshotOn}). The files are read
 * in `_mapping_files.ts`, one file's polygons parsed in `_mapping_parse.ts`.
 *
 * @module
 */

import type { PolygonIndex } from "./geo_types.ts";
import { _describe, _isoDate, _number } from "../shared/_validate.ts";
import { _readCollection, _readFolder } from "./_mapping_files.ts";
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
  const { entries, raw } = info.isDirectory ? await _readFolder(path) : await _readCollection(path);
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
