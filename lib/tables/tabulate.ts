/**
 * Claims tabulated: per side × date, per place × side, per claimant, and a general pivot.
 *
 * Every table exists twice: as plain rows (arrays of objects, easy to test and to export) and as a
 * danfojs DataFrame built from those rows. danfojs pulls TensorFlow.js (~0.5-1 s to import), so it
 * is imported lazily, on the first DataFrame asked for: importing `mod.ts` stays cheap.
 *
 * Ordering is deterministic: dates ascending with undated claims last, counts descending with
 * ties broken by name, sides always in the order `russia, ukraine, independent`.
 *
 * @example
 * ```ts
 * const rows = claimsBySideDate(claims);            // [{date, russia, ukraine, independent, total}]
 * const df = await claimsFrame(claims, "place-side"); // danfojs DataFrame
 * ```
 * @module
 */
import type { Claim, Role, Side } from "../shared/types.ts";
import { ROLES, SIDES } from "../shared/types.ts";
import { _describe, _number, _oneOf } from "../shared/_validate.ts";

/** One row of a table: column name → cell. */
export type TableRow = Record<string, string | number | null>;

/** The label of claims without a date in tables keyed by date (sorted after every real date). */
export const NO_DATE = "(no date)";

/** Which claims a table counts. */
export interface TabulateOptions {
  /** Only claims by these roles (e.g. `["official"]`). @default all roles */
  roles?: readonly Role[];
  /** Only claims by these sides. @default all sides */
  sides?: readonly Side[];
}

/** The tables {@link claimsFrame} can build. */
export type TableKind = "side-date" | "place-side" | "claimant";
export const TABLE_KINDS: readonly TableKind[] = ["side-date", "place-side", "claimant"];

/** Options of {@link pivotRows}. */
export interface PivotOptions {
  /** Column whose values become the rows. */
  index: string;
  /** Column whose values become the columns. */
  columns: string;
  /** Column summed into the cells; when omitted each row counts 1. @default undefined */
  values?: string;
  /** Column values to put first, in this order (always present, even when empty). @default [] */
  columnOrder?: readonly string[];
  /** Add a `total` column. @default true */
  total?: boolean;
}

function _checkClaims(claims: unknown): readonly Claim[] {
  if (!Array.isArray(claims)) {
    throw new TypeError(`claims: expected an array of claim records, found ${_describe(claims)}`);
  }
  claims.forEach((c, i) => {
    if (c === null || typeof c !== "object" || typeof c.place !== "string") {
      throw new TypeError(
        `claims[${i}]: expected a claim record with a string place, found ${_describe(c)}`,
      );
    }
  });
  return claims as readonly Claim[];
}

function _filter(claims: readonly Claim[], options: TabulateOptions): readonly Claim[] {
  const roles = options.roles?.map((r, i) => _oneOf(`options.roles[${i}]`, r, ROLES));
  const sides = options.sides?.map((s, i) => _oneOf(`options.sides[${i}]`, s, SIDES));
  return claims.filter((c) =>
    (!roles || roles.includes(c.role)) && (!sides || sides.includes(c.side))
  );
}

/** Compare table keys: strings by code unit (locale-independent), `NO_DATE`/null last. */
export function _compareKeys(a: string | null, b: string | null): number {
  const an = a === null || a === NO_DATE;
  const bn = b === null || b === NO_DATE;
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Count claims grouped by `keys`: long-form rows `{...keys, claims}`, sorted by the keys in order.
 * A null key value stays null (sorted last).
 */
export function countClaims(
  claims: readonly Claim[],
  keys: readonly (keyof Claim)[],
  options: TabulateOptions = {},
): TableRow[] {
  const list = _filter(_checkClaims(claims), options);
  // Groups in a tree of Maps, one level per key (no string key built per claim); rows are
  // created in order of first appearance, then sorted.
  const rows: TableRow[] = [];
  const root: _Groups = new Map();
  const last = keys.length - 1;
  for (const c of list) {
    let node = root;
    for (let i = 0; i < last; i++) node = _child(node, (c[keys[i]] ?? null) as _Key);
    const v = (last >= 0 ? c[keys[last]] ?? null : null) as _Key;
    let row = node.get(v) as TableRow | undefined;
    if (!row) {
      row = {};
      for (const k of keys) row[k] = (c[k] ?? null) as _Key;
      row.claims = 0;
      node.set(v, row);
      rows.push(row);
    }
    row.claims = (row.claims as number) + 1;
  }
  return rows.sort((a, b) => {
    for (const k of keys) {
      const d = _compareKeys(_str(a[k]), _str(b[k]));
      if (d) return d;
    }
    return 0;
  });
}

type _Key = string | number | null;
// deno-lint-ignore no-explicit-any
type _Groups = Map<_Key, any>;

/** The sub-map of `node` under `key`, created when missing (grouping without string keys). */
function _child(node: _Groups, key: _Key): _Groups {
  let child = node.get(key) as _Groups | undefined;
  if (!child) node.set(key, child = new Map());
  return child;
}

function _str(v: string | number | null): string | null {
  return v === null ? null : String(v);
}

/**
 * Pivot long rows to wide ones: one row per `index` value, one column per `columns` value
 * (`columnOrder` first, then the others sorted), cells summed (0 where nothing), plus `total`.
 * Rows come sorted by the index value (nulls last). Input rows are not modified.
 */
export function pivotRows(rows: readonly TableRow[], options: PivotOptions): TableRow[] {
  if (!Array.isArray(rows)) {
    throw new TypeError(`rows: expected an array of row objects, found ${_describe(rows)}`);
  }
  const { index, columns, values, columnOrder = [], total = true } = options;
  for (const [name, v] of [["options.index", index], ["options.columns", columns]] as const) {
    if (typeof v !== "string" || v === "") {
      throw new TypeError(`${name}: expected a column name, found ${_describe(v)}`);
    }
  }
  const extra = new Set<string>();
  const out = new Map<string, TableRow>();
  const keyOf = (v: unknown) => (v === null || v === undefined ? null : String(v));
  for (const row of rows) {
    const col = keyOf(row[columns]) ?? "null";
    if (!columnOrder.includes(col)) extra.add(col);
  }
  const cols = [...columnOrder, ...[...extra].sort(_compareKeys)];
  for (const row of rows) {
    const key = keyOf(row[index]);
    const id = key ?? "\u0000null";
    let wide = out.get(id);
    if (!wide) {
      wide = { [index]: key };
      for (const c of cols) wide[c] = 0;
      out.set(id, wide);
    }
    const col = keyOf(row[columns]) ?? "null";
    const add = values === undefined ? 1 : Number(row[values] ?? 0);
    wide[col] = (wide[col] as number) + add;
  }
  const result = [...out.values()].sort((a, b) => _compareKeys(_str(a[index]), _str(b[index])));
  if (total) {
    for (const r of result) r.total = cols.reduce((s, c) => s + (r[c] as number), 0);
  }
  return result;
}

/** Claims per date × side: `{date, russia, ukraine, independent, total}`, dates ascending, undated last. */
export function claimsBySideDate(
  claims: readonly Claim[],
  options: TabulateOptions = {},
): TableRow[] {
  const long = countClaims(claims, ["date", "side"], options).map((r) => ({
    ...r,
    date: r.date ?? NO_DATE,
  }));
  return pivotRows(long, { index: "date", columns: "side", values: "claims", columnOrder: SIDES });
}

/** Claims per place × side: `{place, russia, ukraine, independent, total}`, most claims first. */
export function claimsByPlaceSide(
  claims: readonly Claim[],
  options: TabulateOptions = {},
): TableRow[] {
  const long = countClaims(claims, ["place", "side"], options);
  return pivotRows(long, { index: "place", columns: "side", values: "claims", columnOrder: SIDES })
    .sort((a, b) =>
      (b.total as number) - (a.total as number) || _compareKeys(_str(a.place), _str(b.place))
    );
}

/**
 * Claims per claimant: `{claimant, side, role, claims, places, first, last}`; `places` lists the
 * places named (sorted, `; `-separated), `first`/`last` the earliest and latest dated claim (null
 * when none is dated). Most claims first, ties by claimant. A claimant seen with two sides or roles
 * gets one row per (claimant, side, role).
 */
export function claimsByClaimant(
  claims: readonly Claim[],
  options: TabulateOptions = {},
): TableRow[] {
  const list = _filter(_checkClaims(claims), options);
  type Group = {
    claimant: string;
    side: string;
    role: string;
    n: number;
    places: Set<string>;
    first: string | null;
    last: string | null;
  };
  const groups: Group[] = [];
  const root: _Groups = new Map();
  for (const c of list) {
    const bySide = _child(_child(root, c.claimant), c.side);
    let g = bySide.get(c.role) as Group | undefined;
    if (!g) {
      g = {
        claimant: c.claimant,
        side: c.side,
        role: c.role,
        n: 0,
        places: new Set(),
        first: null,
        last: null,
      };
      bySide.set(c.role, g);
      groups.push(g);
    }
    g.n++;
    g.places.add(c.place);
    const d = c.date;
    if (d) {
      if (g.first === null || d < g.first) g.first = d;
      if (g.last === null || d > g.last) g.last = d;
    }
  }
  return groups
    .map((g) => ({
      claimant: g.claimant,
      side: g.side,
      role: g.role,
      claims: g.n,
      places: [...g.places].sort(_compareKeys).join("; "),
      first: g.first,
      last: g.last,
    }))
    .sort((a, b) =>
      b.claims - a.claims || _compareKeys(a.claimant, b.claimant) ||
      _compareKeys(a.side, b.side) || _compareKeys(a.role, b.role)
    );
}

/**
 * Rows with every number rounded to `digits` decimals (for display: `0.0555…` → `0.06`).
 * Other cells are kept; new objects are returned.
 */
export function roundRows<T extends object>(rows: readonly T[], digits = 2): T[] {
  _number("digits", digits, 0, 15);
  const f = 10 ** digits;
  return rows.map((r) => {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) {
      o[k] = typeof v === "number" && Number.isFinite(v) ? Math.round(v * f) / f + 0 : v;
    }
    return o as T;
  });
}

/** The rows of one of the standard tables, by name. */
export function claimsTableRows(
  claims: readonly Claim[],
  kind: TableKind,
  options: TabulateOptions = {},
): TableRow[] {
  switch (_oneOf("kind", kind, TABLE_KINDS)) {
    case "side-date":
      return claimsBySideDate(claims, options);
    case "place-side":
      return claimsByPlaceSide(claims, options);
    case "claimant":
      return claimsByClaimant(claims, options);
  }
}

// deno-lint-ignore no-explicit-any
type DanfoModule = any;
let _danfo: Promise<DanfoModule> | undefined;

/** danfojs, imported on first use only (it loads TensorFlow.js). */
export function _loadDanfo(): Promise<DanfoModule> {
  _danfo ??= import("npm:danfojs@1.1.2");
  return _danfo;
}

/** The danfojs DataFrame class (a loose type: danfojs ships no types Deno can check cheaply). */
// deno-lint-ignore no-explicit-any
export type DataFrame = any;

/**
 * A danfojs DataFrame from plain rows, columns in the order given (default: the first row's keys).
 * Empty rows give an empty frame with the named columns. Cells: strings, numbers, null.
 */
export async function toDataFrame(
  rows: readonly TableRow[],
  columns?: readonly string[],
): Promise<DataFrame> {
  if (!Array.isArray(rows)) {
    throw new TypeError(`rows: expected an array of row objects, found ${_describe(rows)}`);
  }
  const cols = columns ?? (rows.length ? Object.keys(rows[0]) : []);
  const dfd = await _loadDanfo();
  const data: Record<string, (string | number | null)[]> = {};
  for (const c of cols) data[c] = rows.map((r) => r[c] ?? null);
  if (!rows.length) return new dfd.DataFrame([], { columns: [...cols] });
  return new dfd.DataFrame(data, { columns: [...cols] });
}

/** One of the standard tables as a danfojs DataFrame (see {@link claimsTableRows}). */
export async function claimsFrame(
  claims: readonly Claim[],
  kind: TableKind,
  options: TabulateOptions = {},
): Promise<DataFrame> {
  const rows = claimsTableRows(claims, kind, options);
  const columns = kind === "claimant"
    ? ["claimant", "side", "role", "claims", "places", "first", "last"]
    : [kind === "side-date" ? "date" : "place", ...SIDES, "total"];
  return await toDataFrame(rows, columns);
}

/** What {@link assertionsBySideDate} counts: assertions (from `assertions()`), or rows like them. */
export interface AssertionLike {
  date: string | null;
  side: Side;
  role: Role;
  place: string;
  /** Reports of the assertion. */
  reports: number;
}

/**
 * Assertions per date × side, with their reports beside them:
 * `{date, russia, ukraine, independent, total, reports}` (`reports`: all reports of the day's
 * assertions), dates ascending, undated last. The same filters as {@link claimsBySideDate}.
 */
export function assertionsBySideDate(
  list: readonly AssertionLike[],
  options: TabulateOptions = {},
): TableRow[] {
  const kept = _filter(_checkClaims(list), options) as unknown as readonly AssertionLike[];
  const rows = claimsBySideDate(kept as unknown as Claim[]);
  const reports = new Map<string, number>();
  for (const a of kept) {
    if (!Number.isInteger(a.reports) || a.reports < 0) {
      throw new TypeError(
        `assertionsBySideDate: expected reports as a count, found ${_describe(a.reports)}`,
      );
    }
    const d = a.date ?? NO_DATE;
    reports.set(d, (reports.get(d) ?? 0) + a.reports);
  }
  return rows.map((r) => ({ ...r, reports: reports.get(r.date as string) ?? 0 }));
}
