/**
 * The head of a report page: one row per place answering "what did each side claim about it,
 * versus the map", with links down to the place's rows further on. Takes a {@link ReportData}
 * (narrowed or not); gives rows ({@link placeSummary}) or escaped HTML ({@link placeSummaryHtml}).
 * @module
 */
import type { Claim, Side } from "../shared/types.ts";
import type { GapRow } from "../gap/gap_types.ts";
import type { ReportData } from "./report_data.ts";
import { _escapeHtml } from "../shared/_escape.ts";
import { placeAnchor } from "../notebook/display.ts";

/** One place of {@link placeSummary}. */
export interface PlaceSummaryRow {
  place: string;
  /** Claims about the place (every role). */
  claims: number;
  /** Latest claim of each side's officials, as "captured (russia) 2025-03-04, Defence Ministry". */
  russia: string | null;
  ukraine: string | null;
  /** What the map shows on the latest official claim's day ("russia, 62% occupied, 2025-03-04"). */
  map: string | null;
  /** Mean `gap_map` of the place's official claims (2 decimals), or null. */
  mean_gap_map: number | null;
}

function _said(rows: readonly (GapRow | Claim)[], side: Side): string | null {
  const mine = rows.filter((r) => r.side === side && r.role === "official");
  if (!mine.length) return null;
  const last = [...mine].sort((a, b) =>
    (a.date ?? "").localeCompare(b.date ?? "") || a.claimant.localeCompare(b.claimant, "en")
  ).at(-1)!;
  const more = mine.length > 1 ? ` (${mine.length} claims)` : "";
  return `${last.claim} (${last.status}) ${last.date ?? "no date"}, ${last.claimant}${more}`;
}

/**
 * Per place of the data's claims, most-claimed first (then by name): the latest official claim of
 * each side, what the map shows on the latest day one was checked, and the mean map gap.
 */
export function placeSummary(data: ReportData): PlaceSummaryRow[] {
  const byPlace = new Map<string, Claim[]>();
  for (const c of data.claims) byPlace.set(c.place, [...(byPlace.get(c.place) ?? []), c]);
  const gapBy = new Map<string, GapRow[]>();
  for (const r of data.gapRows) gapBy.set(r.place, [...(gapBy.get(r.place) ?? []), r]);
  return [...byPlace.entries()].map(([place, claims]) => {
    const gaps = gapBy.get(place) ?? [];
    const mapped = gaps.filter((r) =>
      (r.assessed_map_status ?? null) !== null && (r.map_date ?? null) !== null
    )
      .sort((a, b) => a.map_date!.localeCompare(b.map_date!));
    const m = mapped.at(-1);
    const g = gaps.filter((r) => typeof r.gap_map === "number").map((r) => r.gap_map!);
    return {
      place,
      claims: claims.length,
      russia: _said(claims, "russia"),
      ukraine: _said(claims, "ukraine"),
      map: m
        ? `${m.assessed_map_status}${
          m.map_share !== null ? `, ${Math.round(m.map_share * 100)}% occupied` : ""
        }, ${m.map_date}`
        : null,
      mean_gap_map: g.length
        ? Math.round(100 * g.reduce((s, v) => s + v, 0) / g.length) / 100
        : null,
    };
  }).sort((a, b) => b.claims - a.claims || a.place.localeCompare(b.place, "en"));
}

/** Options of {@link placeSummaryHtml}. */
export interface PlaceSummaryHtmlOptions {
  /**
   * Links per place: label, anchor prefix (see `placeAnchor()`) and, when not every place has
   * a target, the places that have one. @default []
   */
  links?: readonly { label: string; prefix: string; places?: readonly string[] }[];
  /** Places listed before the rest are folded away. @default 15 */
  open?: number;
}

/** {@link placeSummary} as an escaped HTML table; places past `open` in a folded list. */
export function placeSummaryHtml(
  data: ReportData,
  options: PlaceSummaryHtmlOptions = {},
): string {
  const rows = placeSummary(data);
  const open = options.open ?? 15;
  const e = _escapeHtml;
  const td = (v: string | number | null) =>
    `<td style="text-align:${typeof v === "number" ? "right" : "left"}">${
      e(v === null ? "—" : String(v))
    }</td>`;
  const tr = (r: PlaceSummaryRow) =>
    `<tr><th style="text-align:left">${e(r.place)}</th>${td(r.claims)}${td(r.russia)}${
      td(r.ukraine)
    }${td(r.map)}${td(r.mean_gap_map)}<td style="text-align:left">${
      (options.links ?? []).filter((l) => !l.places || l.places.includes(r.place)).map((l) =>
        `<a href="#${e(placeAnchor(l.prefix, r.place))}">${e(l.label)}</a>`
      )
        .join(" · ")
    }</td></tr>`;
  const head = `<thead><tr>${
    [
      "place",
      "claims",
      "Russia (officials, latest)",
      "Ukraine (officials, latest)",
      "map",
      "mean gap",
      "",
    ]
      .map((h) => `<th style="text-align:left">${e(h)}</th>`).join("")
  }</tr></thead>`;
  const t = (list: PlaceSummaryRow[]) =>
    `<table class="cg-table cg-summary">${head}<tbody>${list.map(tr).join("")}</tbody></table>`;
  if (!rows.length) return `<p class="claimgap-note">No claims about these places.</p>`;
  const rest = rows.slice(open);
  return t(rows.slice(0, open)) +
    (rest.length
      ? `<details><summary>${rest.length} more place(s)</summary>${t(rest)}</details>`
      : "");
}
