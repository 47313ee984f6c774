/**
 * The places a report page covers. Takes the `places` parameter as the analyst types it (a
 * string, a comma-separated string or a list; any case; any spelling the extractor knows, such
 * as a Russian or Soviet-era name) and gives canonical place names, or a RangeError naming the
 * unknown ones with the nearest known names. {@link inPlaces} is the one filter every table and
 * chart of a page goes through; {@link focusReport} applies it to a whole {@link ReportData}.
 *
 * @example
 * ```ts
 * const focus = resolvePlaceNames("krasnoarmeysk, Myrnohrad"); // ["Pokrovsk", "Myrnohrad"]
 * const view = focusReport(await prepareReport("../data/articles"), focus);
 * ```
 * @module
 */
import { defaultGazetteer, type Gazetteer } from "../lexicon/places.ts";
import { _norm } from "../lexicon/_lexicon.ts";
import { _describe } from "../shared/_validate.ts";
import type { ReportData } from "./report_data.ts";

/** Options of {@link resolvePlaceNames}. */
export interface ResolvePlaceNamesOptions {
  /** Gazetteer whose names and variants are accepted. @default defaultGazetteer() */
  gazetteer?: Gazetteer;
  /**
   * More names accepted as they are (case-insensitive), e.g. the places of the extracted claims
   * that the gazetteer does not know ("the village of X"). @default []
   */
  known?: readonly string[];
  /** Name of the parameter in messages. @default "places" */
  name?: string;
}

/**
 * Canonical names for the places given: `undefined`, `null`, `""` and `[]` mean all places
 * (returns `[]`); a string is split on commas; each name is matched without regard to case or
 * accents against the gazetteer's canonical names and variants, then against `known`. The result
 * keeps the order given, each name once (a name several settlements share gives all of them).
 *
 * @throws {TypeError} when `input` is neither a string nor a list of strings.
 * @throws {RangeError} naming every unknown place with up to three nearest known names.
 */
export function resolvePlaceNames(
  input: unknown,
  options: ResolvePlaceNamesOptions = {},
): string[] {
  const name = options.name ?? "places";
  if (input === undefined || input === null) return [];
  let given: string[];
  if (typeof input === "string") given = input.split(",");
  else if (Array.isArray(input) && input.every((v) => typeof v === "string")) given = input;
  else {
    throw new TypeError(
      `${name}: expected a place name, a comma-separated string or a list of names, found ${
        _describe(input)
      }`,
    );
  }
  given = given.map((s) => s.trim()).filter((s) => s !== "");
  const g = options.gazetteer ?? defaultGazetteer();
  const known = new Map<string, string>();
  for (const k of options.known ?? []) if (!known.has(_norm(k))) known.set(_norm(k), k);
  const out: string[] = [];
  const unknown: string[] = [];
  for (const raw of given) {
    const key = _norm(raw);
    const hits = g.index.get(key)?.map((p) => p.canonical) ??
      (known.has(key) ? [known.get(key)!] : null);
    if (!hits) unknown.push(raw);
    else for (const h of hits) if (!out.includes(h)) out.push(h);
  }
  if (unknown.length) {
    const names = [...g.index.keys(), ...known.keys()];
    const canonical = (k: string) => g.index.get(k)?.[0].canonical ?? known.get(k) ?? k;
    const hint = unknown.map((u) => {
      const near = _nearest(_norm(u), names).map((k) => {
        const c = canonical(k);
        return _norm(c) === k ? c : `${c} (as "${k}")`;
      });
      return `"${u}"${near.length ? ` (nearest known: ${[...new Set(near)].join(", ")})` : ""}`;
    });
    throw new RangeError(
      `${name}: unknown place${unknown.length > 1 ? "s" : ""} ${
        hint.join("; ")
      }; expected names of data/places.csv (any variant, any case) or places named in the claims`,
    );
  }
  return out;
}

/** Up to three names nearest to `key` by edit distance (ties by name), within half its length. */
function _nearest(key: string, names: readonly string[]): string[] {
  const limit = Math.max(2, Math.ceil(key.length / 2));
  return [...new Set(names)]
    .map((n) => ({ n, d: _levenshtein(key, n) }))
    .filter((x) => x.d <= limit || x.n.startsWith(key))
    .sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : a.n > b.n ? 1 : 0))
    .slice(0, 3)
    .map((x) => x.n);
}

/** Edit distance (insertions, deletions, substitutions). */
export function _levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The rows about the focus places, in their order; all rows (a new array) when `places` is
 * empty. The one place filter of the report: claims, gap rows, lag rows and map points all go
 * through it.
 */
export function inPlaces<T extends { place: string }>(
  rows: readonly T[],
  places: readonly string[],
): T[] {
  if (!places.length) return [...rows];
  const wanted = new Set(places);
  return rows.filter((r) => wanted.has(r.place));
}

/**
 * The report narrowed to `places` (canonical names, e.g. from {@link resolvePlaceNames}; empty:
 * all): claims, gap rows and lag rows of those places only, articles with at least one of those
 * claims, and `focus` set so that every page can say what it covers. The input is not changed.
 */
export function focusReport(data: ReportData, places: readonly string[]): ReportData {
  if (!Array.isArray(places) || !places.every((p) => typeof p === "string")) {
    throw new TypeError(`places: expected a list of place names, found ${_describe(places)}`);
  }
  if (!places.length) return { ...data, focus: [] };
  const claims = inPlaces(data.claims, places);
  const ids = new Set(claims.map((c) => c.article));
  return {
    ...data,
    articles: data.articles.filter((a) => ids.has(a.id)),
    claims,
    gapRows: inPlaces(data.gapRows, places),
    lagRows: inPlaces(data.lagRows, places),
    focus: [...places],
  };
}

/** One sentence on what a page covers: all places, or which ones (for the status note). */
export function focusNote(data: Pick<ReportData, "focus">): string {
  const f = data.focus ?? [];
  return f.length
    ? `Places: ${f.join(", ")} only. Every count, table and chart below covers these places alone.`
    : "Places: all (set the places parameter to narrow every table and chart of this page).";
}
