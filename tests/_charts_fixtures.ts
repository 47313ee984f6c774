/**
 * Deterministic synthetic inputs for the chart, table and export tests: small, hand-made claims
 * and gap rows (no reference data, no article text).
 * @module
 */
import type { Claim, ClaimKind, Role, Side, Status } from "../lib/shared/types.ts";

/** A claim with sensible defaults; `over` replaces fields. */
export function claim(over: Partial<Claim> & { place: string }): Claim {
  return {
    article: "a1",
    claimant: "Russian Defence Ministry",
    side: "russia",
    role: "official",
    area: null,
    claim: "captured",
    status: "russia",
    date: "2025-11-01",
    reported: "2025-11-01",
    quote: `Forces took ${over.place}.`,
    start: 0,
    end: 10,
    ...over,
  };
}

type Spec = [string, string | null, Side, Role, ClaimKind, Status, string];

const SPECS: Spec[] = [
  [
    "Kalynove",
    "2024-09-07",
    "russia",
    "official",
    "captured",
    "russia",
    "Russian Defence Ministry",
  ],
  ["Kalynove", "2024-09-05", "ukraine", "mapping", "advancing", "contested", "DeepState"],
  ["Kalynove", "2024-09-07", "independent", "media", "captured", "russia", "Wire Service"],
  ["Novohrodivka", "2024-09-20", "russia", "blogger", "advancing", "contested", "Rybar"],
  [
    "Novohrodivka",
    "2024-10-02",
    "ukraine",
    "official",
    "holding",
    "contested",
    "Ukrainian military",
  ],
  [
    "Pokrovsk",
    "2025-11-04",
    "russia",
    "official",
    "advancing",
    "contested",
    "Russian Defence Ministry",
  ],
  ["Pokrovsk", "2025-11-04", "ukraine", "official", "contested", "contested", "Ukrainian military"],
  ["Pokrovsk", "2025-11-04", "independent", "media", "contested", "contested", "Wire Service"],
  ["Pokrovsk", "2025-12-01", "russia", "official", "captured", "russia", "Vladimir Putin"],
  [
    "Pokrovsk",
    "2025-12-01",
    "russia",
    "official",
    "captured",
    "russia",
    "Russian Defence Ministry",
  ],
  ["Pokrovsk", "2025-12-02", "ukraine", "official", "denied", "contested", "Ukrainian military"],
  [
    "Pokrovsk",
    "2025-12-10",
    "ukraine",
    "official",
    "holding",
    "contested",
    "7th Rapid Response Corps",
  ],
  ["Pokrovsk", "2025-12-11", "independent", "mapping", "advancing", "contested", "ISW"],
  ["Pokrovsk", null, "independent", "commenter", "captured", "russia", "reader comment"],
  [
    "Myrnohrad",
    "2025-11-20",
    "russia",
    "official",
    "encircled",
    "contested",
    "Russian Defence Ministry",
  ],
  [
    "Myrnohrad",
    "2025-12-27",
    "russia",
    "official",
    "captured",
    "russia",
    "Russian Defence Ministry",
  ],
  ["Kupiansk", "2025-11-20", "russia", "official", "captured", "russia", "Valery Gerasimov"],
  ["Kupiansk", "2025-12-12", "ukraine", "official", "recaptured", "ukraine", "Ukrainian military"],
];

/** 18 claims over six places, three sides, five roles, one undated. */
export function sampleClaims(): Claim[] {
  return SPECS.map(([place, date, side, role, kind, status, claimant], i) =>
    claim({
      article: `a${(i % 4) + 1}`,
      place,
      date,
      reported: date,
      side,
      role,
      claim: kind,
      status,
      claimant,
      start: i * 100,
      end: i * 100 + 40,
      id: `a${(i % 4) + 1}:${i * 100}:0`,
    })
  );
}

/** A gap row as `gap.ts` documents it (fields the charts and exports read). */
export interface SampleGapRow {
  article: string;
  claimant: string;
  side: Side;
  role: Role;
  place: string;
  claim: ClaimKind;
  status: Status;
  date: string | null;
  asserted: number | null;
  assessed_text: number | null;
  assessed_map: number | null;
  map_share: number | null;
  gap_text: number | null;
  gap_map: number | null;
  lag_days: number | null;
}

const VALUE: Record<Status, number> = { ukraine: 0, contested: 0.5, russia: 1 };

/** Synthetic map share of a place on a day: a step schedule per place (0 before, 1 after). */
export function syntheticShare(place: string, day: string): number | null {
  const steps: Record<string, [string, number][]> = {
    Kalynove: [["2024-08-01", 0], ["2024-09-03", 0.4], ["2024-09-12", 1]],
    Novohrodivka: [["2024-08-01", 0], ["2024-09-25", 0.3], ["2024-10-10", 0.9]],
    Pokrovsk: [["2025-10-01", 0.2], ["2025-11-10", 0.45], ["2025-12-05", 0.7]],
    Myrnohrad: [["2025-10-01", 0.05], ["2025-12-15", 0.35]],
    Kupiansk: [["2025-10-01", 0.3], ["2025-12-01", 0.1]],
  };
  let v: number | null = null;
  for (const [d, s] of steps[place] ?? []) if (d <= day) v = s;
  return v;
}

/** Gap rows for {@link sampleClaims}: map share from {@link syntheticShare}, lag for captures. */
export function sampleGapRows(): SampleGapRow[] {
  const claims = sampleClaims();
  return claims.map((c) => {
    const share = c.date ? syntheticShare(c.place, c.date) : null;
    const assessedMap = share === null ? null : share >= 0.9 ? 1 : share <= 0.1 ? 0 : 0.5;
    const text = c.date
      ? claims.filter((m) =>
        m.role === "mapping" && m.place === c.place && m.date !== null && m.date <= c.date! &&
        m !== c
      ).at(-1)
      : undefined;
    const assessedText = text ? VALUE[text.status] : null;
    const asserted = VALUE[c.status];
    const lag = c.claim === "captured" && c.date
      ? ({ Kalynove: 5, Pokrovsk: null, Myrnohrad: -3, Kupiansk: null } as Record<
        string,
        number | null
      >)[c.place] ?? null
      : null;
    return {
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
      assessed_map: assessedMap,
      map_share: share,
      gap_text: assessedText === null ? null : asserted - assessedText,
      gap_map: assessedMap === null ? null : asserted - assessedMap,
      lag_days: lag,
    };
  });
}

/** Daily synthetic assessment (share) for each place over its schedule's span. */
export function sampleAssessment(): { place: string; date: string; value: number }[] {
  const out: { place: string; date: string; value: number }[] = [];
  const spans: [string, string, string][] = [
    ["Kalynove", "2024-08-01", "2024-10-01"],
    ["Novohrodivka", "2024-08-01", "2024-10-31"],
    ["Pokrovsk", "2025-10-01", "2025-12-31"],
    ["Myrnohrad", "2025-10-01", "2025-12-31"],
    ["Kupiansk", "2025-10-01", "2025-12-31"],
  ];
  for (const [place, from, to] of spans) {
    for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      out.push({ place, date: day, value: syntheticShare(place, day)! });
    }
  }
  return out;
}

import { JSDOM } from "npm:jsdom@26.1.0";

/** Parse chart markup (SVG or HTML figure) into a document for queries. */
export function parseChart(markup: string): Document {
  return new JSDOM(`<!DOCTYPE html><body>${markup}</body>`).window.document as unknown as Document;
}

/** The fill of every drawn element of the marks labelled `label`, in document order. */
export function markFills(markup: string, label: string): (string | null)[] {
  const doc = parseChart(markup);
  return [...doc.querySelectorAll(`g[aria-label="${label}"] :is(path, circle, rect)`)].map((e) =>
    e.getAttribute("fill") ?? e.parentElement?.getAttribute("fill") ?? null
  );
}

/** Number of drawn elements in the marks with this aria-label (e.g. "dot", "link"). */
export function countMarks(markup: string, label: string): number {
  const doc = parseChart(markup);
  let n = 0;
  for (const g of doc.querySelectorAll(`g[aria-label="${label}"]`)) {
    n += g.querySelectorAll("path, circle, line, rect, text").length;
  }
  return n;
}
