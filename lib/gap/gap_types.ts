/**
 * The gap stage's shapes: status numbers ({@link STATUS_VALUES}), the place table's rows, the options
 * of an assessment, of the gap and of the lag, and the rows and summaries they give.
 * Types and one frozen constant; no code runs here.
 * @module
 */

import type { ClaimKind, Role, Side, Status } from "../shared/types.ts";
import type { MultiPolygonCoords, PolygonCoords } from "./geo_types.ts";
import type { MappingData } from "./mapping_data.ts";

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
   * @deprecated The occupied share of a disc or boundary is an exact area now (see `geo_types.ts`
   * `ShareOptions`): still checked (an integer from 1 to 1,000,000), no effect.
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
