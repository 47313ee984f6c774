/**
 * The gap: how far each side's official assertions about a place sit from what the mapping
 * projects assess, per claim, with summaries and the confirmation lag of capture claims.
 *
 * Status as a number ({@link STATUS_VALUES}, overridable with `statusValues`):
 * `ukraine` 0, `contested` 0.5, `russia` 1. A gap is `asserted − assessed`: positive when the
 * claim puts the place further on Russia's side than the assessment, negative the other way.
 *
 * Two assessments per claim:
 * - **text** (`assessed_text`): the latest claim of a `mapping`-role claimant (DeepState, ISW...)
 *   found in the claims themselves, about the same place, dated on or before the claim's day and
 *   at most `windowDays` before it;
 * - **map** (`assessed_map`, `map_share`): the mapping data snapshot in force on the claim's day
 *   (see `mapping_data.ts`), evaluated at the place by {@link assessPlace}.
 *
 * @example
 * ```ts
 * import { confirmationLag, gap, loadMappingData, readPlaceTable, summarizeGap } from "../lib/mod.ts";
 * const mapping = await loadMappingData("../../shared/reference/deepstate");
 * const { places } = await readPlaceTable("../data/places.csv");
 * const rows = gap(claims, { mapping, places, windowDays: 7 });
 * const { bySide, byPlace } = summarizeGap(rows);
 * const lags = confirmationLag(claims, mapping, places);
 * ```
 *
 * @module
 */

import { _parseCsv } from "../shared/_csv.ts";
import type { Claim, ClaimKind, Role, Side, Status } from "../shared/types.ts";
import { ROLES, STATUSES } from "../shared/types.ts";
import { _describe, _isoDate, _number, _oneOf } from "../shared/_validate.ts";
import {
  _discSample,
  _edgeDistance,
  _inside,
  indexMultiPolygon,
  type MultiPolygonCoords,
  type PolygonCoords,
  type PolygonIndex,
  polygonShare,
} from "./geo.ts";
import { _dayDiff, type MappingData, snapshotIndexOn } from "./mapping_data.ts";

/** Numbers for statuses. */
export type StatusValues = Readonly<Record<Status, number>>;

/** Default status values: ukraine 0, contested 0.5, russia 1. */
export const STATUS_VALUES: StatusValues = Object.freeze({ ukraine: 0, contested: 0.5, russia: 1 });

/** A place with coordinates, as the gap needs it. */
export interface PlaceInfo {
  /** Canonical name, as in `Claim.place` (matched case-insensitively). */
  name: string;
  lat: number;
  lon: number;
  /** `village`, `town`, `city`, ... Only `town` and `city` (see `areaKinds`) are areas. */
  kind: string;
  /** Radius of the place's disc in km for areal places; when absent, `defaultRadiusKm[kind]`. */
  radius_km?: number | null;
  /** Outline of the place (GeoJSON Polygon or MultiPolygon coordinates); wins over the disc. */
  boundary?: MultiPolygonCoords | PolygonCoords | null;
}

/** Places by canonical name, or a list of them (first of a name wins). */
export type PlaceTable = ReadonlyMap<string, PlaceInfo> | readonly PlaceInfo[];

/** Options of {@link assessPlace} (also accepted by {@link gap} and {@link confirmationLag}). */
export interface AssessOptions {
  /**
   * Point places: distance in km from the occupied edge under which the status is `contested`
   * (inside the occupied area is always `russia`). Must be ≥ 0.
   * @default 2
   */
  edgeKm?: number;
  /**
   * Areal places: occupied share at or above which the status is `russia`.
   * @default 0.9
   */
  russiaShare?: number;
  /**
   * Areal places: occupied share at or below which the status is `ukraine` (else `contested`).
   * Must be < `russiaShare`.
   * @default 0.1
   */
  ukraineShare?: number;
  /**
   * Oldest snapshot, in days before the day asked, that still counts; older → no assessment.
   * The DeepState series has gaps of up to 3 days.
   * @default 7
   */
  maxAgeDays?: number;
  /**
   * Sample points for the occupied share of a disc or boundary (see `geo.ts` `ShareOptions`).
   * @default 1600
   */
  samples?: number;
  /**
   * Place kinds assessed as areas (disc or boundary) rather than points.
   * @default ["town", "city"]
   */
  areaKinds?: readonly string[];
  /**
   * Place kinds never assessed on the map (a region is no point; {@link assessPlace} gives
   * null, gap rows and lag rows get a note).
   * @default ["region"]
   */
  unassessedKinds?: readonly string[];
  /**
   * Disc radius in km per kind, when a place has no `radius_km`; kinds not listed use `town`'s.
   * @default { town: 2, city: 4 }
   */
  defaultRadiusKm?: Readonly<Record<string, number>>;
}

/** The mapping data's assessment of a place on a day. */
export interface Assessment {
  status: Status;
  /** Occupied share: of the disc/boundary for areas; 1 or 0 (inside or not) for points. */
  share: number;
  /** Distance in km from the place's point (centre) to the nearest occupied edge. */
  distanceKm: number;
  /** Date of the snapshot used (the latest on or before the day). */
  snapshotDate: string;
  /** How the place was evaluated. */
  method: "point" | "disc" | "boundary";
}

/** Options of {@link gap}. */
export interface GapOptions extends AssessOptions {
  /**
   * Days before a claim's day that a mapping-role claim may date from to count as the text
   * assessment (same day counts; later days never). Must be ≥ 0.
   * @default 7
   */
  windowDays?: number;
  /**
   * Roles of the claims that get gap rows (e.g. add `"blogger"`).
   * @default ["official"]
   */
  roles?: readonly Role[];
  /**
   * Roles whose claims are the text assessments.
   * @default ["mapping"]
   */
  mappingRoles?: readonly Role[];
  /** Status values (partial overrides merge with {@link STATUS_VALUES}). */
  statusValues?: Partial<Record<Status, number>>;
  /** Mapping data for `assessed_map`; without it those columns are null. */
  mapping?: MappingData | null;
  /** Place coordinates for `assessed_map`; required when `mapping` is given. */
  places?: PlaceTable | null;
}

/** One row per claim of the selected roles. Null where a value does not apply. */
export interface GapRow {
  /** Claim id when the claim has one, else null. */
  id: string | null;
  article: string;
  claimant: string;
  side: Side;
  role: Role;
  place: string;
  claim: ClaimKind;
  status: Status;
  date: string | null;
  /** Value of the claim's status. */
  asserted: number;
  /** Value of the text assessment's status, or null when none is in the window. */
  assessed_text: number | null;
  /** Claimant and date of the text assessment used. */
  assessed_text_by: string | null;
  assessed_text_date: string | null;
  /** Value of the map assessment's status, or null (no mapping data, place, or snapshot). */
  assessed_map: number | null;
  /** Status the map gives, occupied share, snapshot date. */
  assessed_map_status: Status | null;
  map_share: number | null;
  map_date: string | null;
  /** `asserted − assessed_text` / `asserted − assessed_map`. */
  gap_text: number | null;
  gap_map: number | null;
  /** Confirmation lag for `captured`/`recaptured` claims (see {@link confirmationLag}). */
  lag_days: number | null;
  /** Why something is null (no date, unknown place, no snapshot...), `; `-joined, or null. */
  note: string | null;
}

/** Options of {@link confirmationLag}. */
export interface LagOptions extends AssessOptions {
  /**
   * Claim kinds whose lag is computed.
   * @default ["captured", "recaptured"]
   */
  kinds?: readonly ClaimKind[];
}

/** Confirmation lag of one capture claim. */
export interface LagRow {
  id: string | null;
  article: string;
  claimant: string;
  side: Side;
  role: Role;
  place: string;
  claim: ClaimKind;
  status: Status;
  date: string | null;
  /** What the map must show: `russia` (occupied) or `ukraine` (not occupied); null if none. */
  target: Status | null;
  /** True when the claim was checked against the map (target, date and a mappable place). */
  assessed: boolean;
  /** True when the map shows the target on some snapshot of the run found. */
  confirmed: boolean;
  /** First day of the run of target snapshots that contains/follows the claim day. */
  confirmed_date: string | null;
  /** `confirmed_date − date` in days: negative when the map showed it first; null if unconfirmed. */
  lag_days: number | null;
  /** True when the run starts at the first snapshot: the real lag may be more negative. */
  censored: boolean;
  note: string | null;
}

/** Lag summary per side. */
export interface LagSummary {
  side: Side;
  /** Rows with `assessed` true (target, date and a mappable place). */
  claims: number;
  confirmed: number;
  never_confirmed: number;
  /** `never_confirmed / claims`, or null when no claims. */
  share_never_confirmed: number | null;
  /** Median of `lag_days` over confirmed claims, or null. */
  median_lag_days: number | null;
}

/** Gap summary for one group (a side, or a side at a place). */
export interface GapSummaryRow {
  side: Side;
  /** Null in `bySide`. */
  place: string | null;
  claims: number;
  with_text: number;
  mean_gap_text: number | null;
  with_map: number;
  mean_gap_map: number | null;
  mean_abs_gap_map: number | null;
}

/** Result of {@link summarizeGap}; rows sorted by side then place. */
export interface GapSummary {
  bySide: GapSummaryRow[];
  byPlace: GapSummaryRow[];
}

/** A place as accepted by {@link assessPlace}. */
export interface PlaceLike {
  lat: number;
  lon: number;
  kind: string;
  radius_km?: number | null;
  boundary?: MultiPolygonCoords | PolygonCoords | null;
}

/** Value of a status (default {@link STATUS_VALUES}). */
export function statusValue(status: Status, values: Partial<Record<Status, number>> = {}): number {
  _oneOf("statusValue: status", status, STATUSES);
  return values[status] ?? STATUS_VALUES[status];
}

/**
 * The mapping data's assessment of a place on `day`, from the latest snapshot on or before it
 * (null when there is none within `maxAgeDays`).
 *
 * - Point place (kind not in `areaKinds`, no boundary): inside the occupied area (edge counts)
 *   → `russia`, share 1; else within `edgeKm` of its edge → `contested`; else `ukraine`; share 0.
 * - Areal place: occupied share of its `boundary`, else of a disc of `radius_km`
 *   (or `defaultRadiusKm[kind]`) around its point; share ≥ `russiaShare` → `russia`,
 *   ≤ `ukraineShare` → `ukraine`, else `contested`.
 *
 * Kinds in `unassessedKinds` (default: region) give null.
 *
 * Results are cached per (place geometry, snapshot) inside the MappingData, so repeated
 * queries cost a map lookup.
 *
 * @throws {TypeError} bad place, day or options; {@link RangeError} options out of range.
 */
export function assessPlace(
  data: MappingData,
  place: PlaceLike,
  day: string,
  options: AssessOptions = {},
): Assessment | null {
  _isoDate("assessPlace: day", day);
  const o = _assessOptions("assessPlace", options);
  _checkPlace("assessPlace", place);
  const g = _geomFor(place, o);
  return typeof g === "string" ? null : _assessAt(data, g, day, o);
}

/**
 * Gap rows: one per claim whose role is in `roles` (default: official), in input order.
 *
 * - `asserted` is the value of the claim's status.
 * - `assessed_text`: the latest claim with a role in `mappingRoles` about the same place
 *   (case-insensitive name match) dated `date − windowDays ≤ d ≤ date`; on a tie of dates the
 *   later one in input order wins. Mapping claims with a null date never count.
 * - `assessed_map`/`map_share`: {@link assessPlace} on the claim's day, when `mapping` and
 *   `places` are given and the place is in the table.
 * - `lag_days`: {@link confirmationLag} for captured/recaptured claims when mapping data is given.
 * - A claim with a null date gets `asserted` only; the assessments are null, `note` says
 *   "no date: not assessed".
 *
 * @throws {RangeError} when `windowDays` is negative; {@link TypeError} on bad options/claims.
 */
export function gap(claims: readonly Claim[], options: GapOptions = {}): GapRow[] {
  if (!Array.isArray(claims)) {
    throw new TypeError(`gap: claims: expected an array of claims, found ${_describe(claims)}`);
  }
  const windowDays = options.windowDays ?? 7;
  _number("gap: windowDays", windowDays, 0);
  const roles = _roles("gap: roles", options.roles ?? ["official"]);
  const mappingRoles = _roles("gap: mappingRoles", options.mappingRoles ?? ["mapping"]);
  const values = _values(options.statusValues);
  const o = _assessOptions("gap", options);
  const mapping = options.mapping ?? null;
  const places = mapping ? _placeMap(options.places ?? null) : null;
  if (mapping && !places) {
    throw new TypeError(
      "gap: places: expected a place table when mapping data is given, found none",
    );
  }

  // Mapping-role claims by place, sorted by date then input order.
  const byPlace = new Map<string, { date: string; value: number; by: string; i: number }[]>();
  claims.forEach((c: Claim, i: number) => {
    _checkClaim("gap", c, i);
    if (!mappingRoles.includes(c.role) || c.date === null) return;
    const key = _key(c.place);
    const list = byPlace.get(key) ?? [];
    list.push({ date: c.date, value: values[c.status], by: c.claimant, i });
    byPlace.set(key, list);
  });
  for (const list of byPlace.values()) {
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));
  }

  const geomCache = new Map<string, _PlaceGeom | string>();
  const rows: GapRow[] = [];
  for (const c of claims as readonly Claim[]) {
    if (!roles.includes(c.role)) continue;
    const notes: string[] = [];
    const asserted = values[c.status];
    let assessedText: number | null = null, textBy: string | null = null;
    let textDate: string | null = null;
    let assessedMap: number | null = null, mapStatus: Status | null = null;
    let share: number | null = null, mapDate: string | null = null;
    let lag: number | null = null;
    if (c.date === null) {
      notes.push("no date: not assessed");
    } else {
      const list = byPlace.get(_key(c.place));
      if (list) {
        // Latest entry with date ≤ c.date (binary search), then check the window.
        let lo = 0, hi = list.length - 1, at = -1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          if (list[mid].date <= c.date) {
            at = mid;
            lo = mid + 1;
          } else hi = mid - 1;
        }
        if (at >= 0 && _dayDiff(list[at].date, c.date) <= windowDays) {
          assessedText = list[at].value;
          textBy = list[at].by;
          textDate = list[at].date;
        }
      }
      if (assessedText === null) notes.push(`no mapping claim within ${windowDays} days`);
      if (mapping && places) {
        const k = _key(c.place);
        let g = geomCache.get(k);
        if (g === undefined) {
          g = _geomFor(places.get(k), o);
          geomCache.set(k, g);
        }
        if (typeof g === "string") notes.push(g);
        else {
          const a = _assessAt(mapping, g, c.date, o);
          if (a === null) notes.push(`no mapping snapshot within ${o.maxAgeDays} days before`);
          else {
            assessedMap = values[a.status];
            mapStatus = a.status;
            share = a.share;
            mapDate = a.snapshotDate;
          }
          const target = _target(c, ["captured", "recaptured"]);
          if (target) {
            const l = _lag(mapping, g, c.date, target, o);
            lag = l.lag_days;
            if (!l.confirmed) notes.push("capture never confirmed by the mapping data");
          }
        }
      }
    }
    rows.push({
      id: c.id ?? null,
      article: c.article,
      claimant: c.claimant,
      side: c.side,
      role: c.role,
      place: c.place,
      claim: c.claim,
      status: c.status,
      date: c.date,
      asserted,
      assessed_text: assessedText,
      assessed_text_by: textBy,
      assessed_text_date: textDate,
      assessed_map: assessedMap,
      assessed_map_status: mapStatus,
      map_share: share,
      map_date: mapDate,
      gap_text: assessedText === null ? null : asserted - assessedText,
      gap_map: assessedMap === null ? null : asserted - assessedMap,
      lag_days: lag,
      note: notes.length ? notes.join("; ") : null,
    });
  }
  return rows;
}

/**
 * Confirmation lag of every claim of a kind in `kinds` (default captured, recaptured), all roles.
 *
 * Target: a claim with status `russia` waits for the map to show the place occupied (point
 * inside the occupied area; areal place share ≥ `russiaShare`); status `ukraine` waits for it
 * to show it not occupied (point outside; share ≤ `ukraineShare`). Claims with status
 * `contested` (partial captures) get no target and a note.
 *
 * Let S be the snapshot in force on the claim day. If S shows the target, the lag is the first
 * day of the unbroken run of target snapshots ending at S, minus the claim day (≤ 0; `censored`
 * when the run reaches the first snapshot). Otherwise it is the date of the first later snapshot
 * that shows the target minus the claim day (> 0); `confirmed: false` and `lag_days: null`
 * when none does. Snapshots are used as given (no max age).
 *
 * @throws {TypeError} when `places` is missing or claims are malformed.
 */
export function confirmationLag(
  claims: readonly Claim[],
  data: MappingData,
  places: PlaceTable,
  options: LagOptions = {},
): LagRow[] {
  if (!Array.isArray(claims)) {
    throw new TypeError(
      `confirmationLag: claims: expected an array of claims, found ${_describe(claims)}`,
    );
  }
  const o = _assessOptions("confirmationLag", options);
  const kinds = options.kinds ?? ["captured", "recaptured"];
  const table = _placeMap(places);
  if (!table) {
    throw new TypeError(
      `confirmationLag: places: expected a place table, found ${_describe(places)}`,
    );
  }
  const geomCache = new Map<string, _PlaceGeom | string>();
  const rows: LagRow[] = [];
  claims.forEach((c: Claim, i: number) => {
    _checkClaim("confirmationLag", c, i);
    if (!kinds.includes(c.claim)) return;
    const base = {
      id: c.id ?? null,
      article: c.article,
      claimant: c.claimant,
      side: c.side,
      role: c.role,
      place: c.place,
      claim: c.claim,
      status: c.status,
      date: c.date,
    };
    const target = _target(c, kinds);
    const none = {
      assessed: false,
      confirmed: false,
      confirmed_date: null,
      lag_days: null,
      censored: false,
    };
    if (!target) {
      rows.push({ ...base, target: null, ...none, note: "partial capture (status contested)" });
      return;
    }
    if (c.date === null) {
      rows.push({ ...base, target, ...none, note: "no date: not assessed" });
      return;
    }
    const k = _key(c.place);
    let g = geomCache.get(k);
    if (g === undefined) {
      g = _geomFor(table.get(k), o);
      geomCache.set(k, g);
    }
    if (typeof g === "string") {
      rows.push({ ...base, target, ...none, note: g });
      return;
    }
    const l = _lag(data, g, c.date, target, o);
    rows.push({ ...base, target, assessed: true, ...l });
  });
  return rows;
}

/**
 * Per side (sorted russia, ukraine, independent), over rows with `assessed` true: how many
 * were confirmed, the share never confirmed and the median lag of the confirmed ones.
 */
export function summarizeLag(rows: readonly LagRow[]): LagSummary[] {
  const out: LagSummary[] = [];
  for (const side of ["russia", "ukraine", "independent"] as const) {
    const mine = rows.filter((r) => r.side === side && r.assessed);
    if (mine.length === 0) continue;
    const lags = mine.filter((r) => r.confirmed && r.lag_days !== null).map((r) => r.lag_days!)
      .sort((a, b) => a - b);
    const never = mine.length - lags.length;
    out.push({
      side,
      claims: mine.length,
      confirmed: lags.length,
      never_confirmed: never,
      share_never_confirmed: never / mine.length,
      median_lag_days: _median(lags),
    });
  }
  return out;
}

/** Mean gaps and counts per side, and per (place, side); groups sorted by side then place. */
export function summarizeGap(rows: readonly GapRow[]): GapSummary {
  const group = (keyOf: (r: GapRow) => string, place: (r: GapRow) => string | null) => {
    const m = new Map<string, GapRow[]>();
    for (const r of rows) {
      const k = keyOf(r);
      const l = m.get(k) ?? [];
      l.push(r);
      m.set(k, l);
    }
    const sideOrder = { russia: 0, ukraine: 1, independent: 2 } as const;
    const res: GapSummaryRow[] = [...m.values()].map((l) => {
      const t = l.filter((r) => r.gap_text !== null).map((r) => r.gap_text!);
      const g = l.filter((r) => r.gap_map !== null).map((r) => r.gap_map!);
      return {
        side: l[0].side,
        place: place(l[0]),
        claims: l.length,
        with_text: t.length,
        mean_gap_text: _mean(t),
        with_map: g.length,
        mean_gap_map: _mean(g),
        mean_abs_gap_map: _mean(g.map(Math.abs)),
      };
    });
    res.sort((a, b) =>
      sideOrder[a.side] - sideOrder[b.side] ||
      (a.place ?? "").localeCompare(b.place ?? "", "en")
    );
    return res;
  };
  return {
    bySide: group((r) => r.side, () => null),
    byPlace: group((r) => `${r.side}\u0000${r.place}`, (r) => r.place),
  };
}

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

// ---------------------------------------------------------------------------------------------

interface _Opts {
  edgeKm: number;
  russiaShare: number;
  ukraineShare: number;
  maxAgeDays: number;
  samples: number;
  areaKinds: readonly string[];
  unassessedKinds: readonly string[];
  defaultRadiusKm: Readonly<Record<string, number>>;
}

/** A place reduced to what the map needs, with a cache key. */
interface _PlaceGeom {
  key: string;
  lon: number;
  lat: number;
  method: "point" | "disc" | "boundary";
  radiusKm: number;
  boundary: PolygonIndex | null;
}

interface _Raw {
  inside: boolean;
  share: number;
  distanceKm: number;
}

const _boundaryIds = new WeakMap<object, number>();
let _nextBoundaryId = 1;

function _assessOptions(fn: string, o: AssessOptions): _Opts {
  if (o === null || typeof o !== "object") {
    throw new TypeError(`${fn}: options: expected an object, found ${_describe(o)}`);
  }
  const edgeKm = _number(`${fn}: edgeKm`, o.edgeKm ?? 2, 0);
  const russiaShare = _number(`${fn}: russiaShare`, o.russiaShare ?? 0.9, 0, 1);
  const ukraineShare = _number(`${fn}: ukraineShare`, o.ukraineShare ?? 0.1, 0, 1);
  if (ukraineShare >= russiaShare) {
    throw new RangeError(
      `${fn}: ukraineShare: expected less than russiaShare (${russiaShare}), found ${ukraineShare}`,
    );
  }
  const maxAgeDays = o.maxAgeDays ?? 7;
  if (maxAgeDays !== Infinity) _number(`${fn}: maxAgeDays`, maxAgeDays, 0);
  const samples = o.samples ?? 1600;
  if (!Number.isInteger(samples)) {
    throw new TypeError(`${fn}: samples: expected an integer, found ${_describe(samples)}`);
  }
  _number(`${fn}: samples`, samples, 1, 1_000_000);
  const areaKinds = o.areaKinds ?? ["town", "city"];
  if (!Array.isArray(areaKinds) || areaKinds.some((k) => typeof k !== "string")) {
    throw new TypeError(
      `${fn}: areaKinds: expected an array of strings, found ${_describe(areaKinds)}`,
    );
  }
  const unassessedKinds = o.unassessedKinds ?? ["region"];
  if (!Array.isArray(unassessedKinds) || unassessedKinds.some((k) => typeof k !== "string")) {
    throw new TypeError(
      `${fn}: unassessedKinds: expected an array of strings, found ${_describe(unassessedKinds)}`,
    );
  }
  const defaultRadiusKm = { town: 2, city: 4, ...(o.defaultRadiusKm ?? {}) };
  for (const [k, v] of Object.entries(defaultRadiusKm)) {
    _number(`${fn}: defaultRadiusKm.${k}`, v, 0);
  }
  return {
    edgeKm,
    russiaShare,
    ukraineShare,
    maxAgeDays,
    samples,
    areaKinds: areaKinds.map((k) => k.toLowerCase()),
    unassessedKinds: unassessedKinds.map((k) => k.toLowerCase()),
    defaultRadiusKm,
  };
}

function _checkPlace(fn: string, p: PlaceLike): void {
  if (p === null || typeof p !== "object") {
    throw new TypeError(`${fn}: place: expected {lat, lon, kind}, found ${_describe(p)}`);
  }
  _number(`${fn}: place.lat`, p.lat, -90, 90);
  _number(`${fn}: place.lon`, p.lon, -180, 180);
  if (typeof p.kind !== "string") {
    throw new TypeError(`${fn}: place.kind: expected a string, found ${_describe(p.kind)}`);
  }
  if (p.radius_km !== undefined && p.radius_km !== null) {
    _number(`${fn}: place.radius_km`, p.radius_km, 0);
  }
}

/** The geometry to assess for a table entry, or why there is none (a note). */
function _geomFor(p: PlaceLike | undefined, o: _Opts): _PlaceGeom | string {
  if (!p) return "place not in the places table";
  const kind = String(p.kind ?? "").toLowerCase();
  if (o.unassessedKinds.includes(kind)) return `${kind}: not assessed on the map`;
  return _placeGeom(p, o);
}

function _placeGeom(p: PlaceLike, o: _Opts): _PlaceGeom {
  const kind = String(p.kind ?? "").toLowerCase();
  if (p.boundary) {
    const b = p.boundary as object;
    let id = _boundaryIds.get(b);
    if (id === undefined) {
      id = _nextBoundaryId++;
      _boundaryIds.set(b, id);
    }
    return {
      key: `b${id}|${p.lon}|${p.lat}|${o.samples}`,
      lon: p.lon,
      lat: p.lat,
      method: "boundary",
      radiusKm: 0,
      boundary: indexMultiPolygon(p.boundary),
    };
  }
  if (o.areaKinds.includes(kind)) {
    const r = p.radius_km ?? o.defaultRadiusKm[kind] ?? o.defaultRadiusKm.town ?? 2;
    return {
      key: `d|${p.lon}|${p.lat}|${r}|${o.samples}`,
      lon: p.lon,
      lat: p.lat,
      method: "disc",
      radiusKm: r,
      boundary: null,
    };
  }
  return {
    key: `p|${p.lon}|${p.lat}`,
    lon: p.lon,
    lat: p.lat,
    method: "point",
    radiusKm: 0,
    boundary: null,
  };
}

/** Per (mapping data, place geometry): raw results per snapshot, computed on demand. */
interface _Series {
  /** 0 not computed, 1 outside, 2 inside. */
  state: Uint8Array;
  /** Occupied share, NaN until computed. */
  share: Float64Array;
  /** Exact edge distance (km), NaN until computed. */
  dist: Float64Array;
  /** Per target/threshold key: run start index (or -1) and next showing index (or -1). */
  lag: Map<string, { runStart: Int32Array; next: Int32Array }>;
}

const _seriesCache = new WeakMap<MappingData, Map<string, _Series>>();

function _series(data: MappingData, g: _PlaceGeom): _Series {
  let byPlace = _seriesCache.get(data);
  if (!byPlace) {
    byPlace = new Map();
    _seriesCache.set(data, byPlace);
  }
  let s = byPlace.get(g.key);
  if (!s) {
    const n = data.snapshots.length;
    s = {
      state: new Uint8Array(n),
      share: new Float64Array(n).fill(NaN),
      dist: new Float64Array(n).fill(NaN),
      lag: new Map(),
    };
    byPlace.set(g.key, s);
  }
  return s;
}

/**
 * The snapshot whose results stand for snapshot `i`: the first of its run of identical days.
 * Results are stored there, so a run is evaluated once.
 */
function _canon(data: MappingData, i: number): number {
  const u = data.snapshots[i].geometryIndex;
  return u >= 0 && u <= i ? u : i;
}

/** Whether the place's point is inside the occupied area on snapshot `i` (cached). */
function _insideAt(data: MappingData, g: _PlaceGeom, s: _Series, i: number): boolean {
  const u = _canon(data, i);
  if (s.state[u] === 0) {
    s.state[u] = _inside(data.snapshots[u].geometry(), g.lon, g.lat) ? 2 : 1;
  }
  return s.state[u] === 2;
}

/** Exact distance (km) from the place's point to the occupied edge on snapshot `i` (cached). */
function _distAt(data: MappingData, g: _PlaceGeom, s: _Series, i: number): number {
  const u = _canon(data, i);
  if (Number.isNaN(s.dist[u])) {
    s.dist[u] = _edgeDistance(data.snapshots[u].geometry(), g.lon, g.lat);
  }
  return s.dist[u];
}

/** Occupied share of the place on snapshot `i` (cached); needs no exact distance. */
function _shareAt(data: MappingData, g: _PlaceGeom, s: _Series, i: number, o: _Opts): number {
  const u = _canon(data, i);
  if (Number.isNaN(s.share[u])) {
    const ix = data.snapshots[u].geometry();
    let share: number;
    if (g.method === "point") share = _insideAt(data, g, s, u) ? 1 : 0;
    else if (g.method === "disc") {
      // Only whether the edge comes within the radius matters here: a bounded search.
      const d = Number.isNaN(s.dist[u]) ? _edgeDistance(ix, g.lon, g.lat, g.radiusKm) : s.dist[u];
      share = d >= g.radiusKm
        ? (_insideAt(data, g, s, u) ? 1 : 0)
        : _discSample(ix, g.lon, g.lat, g.radiusKm, o.samples);
    } else share = polygonShare(ix, g.boundary!, { samples: o.samples });
    s.share[u] = share;
  }
  return s.share[u];
}

/** Everything about a place on snapshot `i` (for assessments). */
function _raw(data: MappingData, g: _PlaceGeom, s: _Series, i: number, o: _Opts): _Raw {
  return {
    inside: _insideAt(data, g, s, i),
    share: _shareAt(data, g, s, i, o),
    distanceKm: _distAt(data, g, s, i),
  };
}

function _statusOf(g: _PlaceGeom, r: _Raw, o: _Opts): Status {
  if (g.method === "point") {
    return r.inside ? "russia" : r.distanceKm <= o.edgeKm ? "contested" : "ukraine";
  }
  return r.share >= o.russiaShare ? "russia" : r.share <= o.ukraineShare ? "ukraine" : "contested";
}

/** Whether snapshot `i` shows `target` at the place (see confirmationLag). */
function _shows(
  data: MappingData,
  g: _PlaceGeom,
  s: _Series,
  i: number,
  target: Status,
  o: _Opts,
): boolean {
  if (g.method === "point") {
    const inside = _insideAt(data, g, s, i);
    return target === "russia" ? inside : !inside;
  }
  const share = _shareAt(data, g, s, i, o);
  return target === "russia" ? share >= o.russiaShare : share <= o.ukraineShare;
}

function _assessAt(data: MappingData, g: _PlaceGeom, day: string, o: _Opts): Assessment | null {
  const i = snapshotIndexOn(data, day);
  if (i < 0) return null;
  const date = data.snapshots[i].date;
  if (o.maxAgeDays !== Infinity && _dayDiff(date, day) > o.maxAgeDays) return null;
  const r = _raw(data, g, _series(data, g), i, o);
  return {
    status: _statusOf(g, r, o),
    share: r.share,
    distanceKm: r.distanceKm,
    snapshotDate: date,
    method: g.method,
  };
}

/** Run starts and next-showing indexes of a place for a target over the whole series. */
function _lagArrays(data: MappingData, g: _PlaceGeom, target: Status, o: _Opts) {
  const s = _series(data, g);
  const key = g.method === "point" ? target : `${target}|${o.russiaShare}|${o.ukraineShare}`;
  let a = s.lag.get(key);
  if (!a) {
    const n = data.snapshots.length;
    const runStart = new Int32Array(n), next = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const yes = _shows(data, g, s, i, target, o);
      runStart[i] = yes ? (i > 0 && runStart[i - 1] >= 0 ? runStart[i - 1] : i) : -1;
    }
    let nx = -1;
    for (let i = n - 1; i >= 0; i--) {
      if (runStart[i] >= 0) nx = i;
      next[i] = nx;
    }
    a = { runStart, next };
    s.lag.set(key, a);
  }
  return a;
}

function _lag(
  data: MappingData,
  g: _PlaceGeom,
  day: string,
  target: Status,
  o: _Opts,
): Pick<LagRow, "confirmed" | "confirmed_date" | "lag_days" | "censored" | "note"> {
  const n = data.snapshots.length;
  if (n === 0) {
    return {
      confirmed: false,
      confirmed_date: null,
      lag_days: null,
      censored: false,
      note: "no mapping snapshots",
    };
  }
  const { runStart, next } = _lagArrays(data, g, target, o);
  const k = snapshotIndexOn(data, day);
  if (k >= 0 && runStart[k] >= 0) {
    const j = runStart[k];
    const d = data.snapshots[j].date;
    return {
      confirmed: true,
      confirmed_date: d,
      lag_days: _dayDiff(day, d),
      censored: j === 0,
      note: j === 0 ? "shown since the first snapshot: lag is an upper bound" : null,
    };
  }
  const j = k + 1 < n ? next[k + 1] : -1;
  if (j >= 0) {
    const d = data.snapshots[j].date;
    return {
      confirmed: true,
      confirmed_date: d,
      lag_days: _dayDiff(day, d),
      censored: false,
      note: null,
    };
  }
  return {
    confirmed: false,
    confirmed_date: null,
    lag_days: null,
    censored: false,
    note: `not shown ${target === "russia" ? "occupied" : "free"} by ${data.snapshots[n - 1].date}`,
  };
}

function _target(c: Claim, kinds: readonly ClaimKind[]): Status | null {
  if (!kinds.includes(c.claim)) return null;
  return c.status === "contested" ? null : c.status;
}

function _key(name: string): string {
  return name.trim().toLowerCase();
}

function _placeMap(p: PlaceTable | null): Map<string, PlaceInfo> | null {
  if (p === null || p === undefined) return null;
  const out = new Map<string, PlaceInfo>();
  if (p instanceof Map) {
    for (const [k, v] of p) {
      _checkPlace("places", v);
      if (!out.has(_key(k))) out.set(_key(k), v);
    }
    return out;
  }
  if (!Array.isArray(p)) {
    throw new TypeError(`places: expected a Map or an array of places, found ${_describe(p)}`);
  }
  p.forEach((v: PlaceInfo & { canonical?: string }, i: number) => {
    const name = v?.name ?? v?.canonical;
    if (typeof name !== "string") {
      throw new TypeError(`places[${i}].name: expected a string, found ${_describe(name)}`);
    }
    _checkPlace(`places[${i}]`, v);
    if (!out.has(_key(name))) out.set(_key(name), v);
  });
  return out;
}

const _seenDates = new Set<string>();

function _checkClaim(fn: string, c: Claim, i: number): void {
  if (c === null || typeof c !== "object") {
    throw new TypeError(`${fn}: claims[${i}]: expected a claim object, found ${_describe(c)}`);
  }
  if (typeof c.place !== "string") {
    throw new TypeError(
      `${fn}: claims[${i}].place: expected a string, found ${_describe(c.place)}`,
    );
  }
  // Fast path first (100k claims): the validators only run on values not seen valid before.
  if (!(STATUSES as readonly string[]).includes(c.status)) {
    _oneOf(`${fn}: claims[${i}].status`, c.status, STATUSES);
  }
  if (!(ROLES as readonly string[]).includes(c.role)) {
    _oneOf(`${fn}: claims[${i}].role`, c.role, ROLES);
  }
  if (c.date !== null && !_seenDates.has(c.date)) {
    _isoDate(`${fn}: claims[${i}].date`, c.date, true);
    if (_seenDates.size > 100_000) _seenDates.clear();
    _seenDates.add(c.date);
  }
}

function _roles(name: string, r: readonly Role[]): readonly Role[] {
  if (!Array.isArray(r)) {
    throw new TypeError(`${name}: expected an array of roles, found ${_describe(r)}`);
  }
  r.forEach((x, i) => _oneOf(`${name}[${i}]`, x, ROLES));
  return r;
}

function _values(v: Partial<Record<Status, number>> | undefined): StatusValues {
  const out = { ...STATUS_VALUES, ...(v ?? {}) };
  for (const s of STATUSES) _number(`statusValues.${s}`, out[s]);
  return out;
}

function _mean(xs: number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

function _median(sorted: number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}
