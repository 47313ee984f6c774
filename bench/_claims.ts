/**
 * Synthetic claim records and place tables for the gap, tabulate and plot benchmarks.
 * Deterministic for a seed; claims are plausible in shape (roles, sides, statuses, dates in the
 * DeepState series' span), not in content.
 * @module
 */
import type { Claim, ClaimKind, Role, Side, Status } from "../lib/shared/types.ts";
import type { PlaceInfo } from "../lib/gap/gap_types.ts";
import { _mixSeed, DEFAULT_PLACES, mulberry32 } from "./_corpus.ts";
import { _parseCsv } from "../lib/shared/_csv.ts";

const _ROOT = new URL("../", import.meta.url);
/** `../shared/reference` beside the repository (may be absent). */
export const REFERENCE_DIR = new URL("../shared/reference/", _ROOT).pathname;
export const DEEPSTATE_DIR = REFERENCE_DIR + "deepstate";
export const PLACES_CSV = new URL("data/places.csv", _ROOT).pathname;

export function exists(path: string): boolean {
  try {
    Deno.statSync(path);
    return true;
  } catch {
    return false;
  }
}

const _CLAIMANTS: readonly { name: string; side: Side; role: Role }[] = [
  { name: "Russian Defence Ministry", side: "russia", role: "official" },
  { name: "Vladimir Putin", side: "russia", role: "official" },
  { name: "Valery Gerasimov", side: "russia", role: "official" },
  { name: "Ukrainian military", side: "ukraine", role: "official" },
  { name: "Oleksandr Syrskyi", side: "ukraine", role: "official" },
  { name: "Volodymyr Zelenskyy", side: "ukraine", role: "official" },
  { name: "7th Rapid Response Corps", side: "ukraine", role: "official" },
  { name: "DeepState", side: "ukraine", role: "mapping" },
  { name: "ISW", side: "independent", role: "mapping" },
  { name: "Rybar", side: "russia", role: "blogger" },
  { name: "media", side: "independent", role: "media" },
  { name: "reader", side: "independent", role: "commenter" },
];
const _WEIGHTS = [14, 4, 3, 12, 5, 4, 3, 9, 6, 4, 6, 2];
const _KINDS: readonly ClaimKind[] = [
  "captured",
  "advancing",
  "encircled",
  "holding",
  "repelled",
  "denied",
  "recaptured",
  "contested",
];
const _STATUSES: readonly Status[] = ["russia", "ukraine", "contested"];
const _START = Date.UTC(2024, 6, 8);
const _DAYS = 776;

/** `n` synthetic claims about `places` (names), in article order. */
export function syntheticClaims(
  n: number,
  places: readonly string[],
  seed = 1,
): Claim[] {
  const rnd = mulberry32(_mixSeed(seed, 0xc1a1));
  const total = _WEIGHTS.reduce((a, b) => a + b, 0);
  const pickClaimant = () => {
    let r = rnd() * total;
    for (let i = 0; i < _WEIGHTS.length; i++) {
      r -= _WEIGHTS[i];
      if (r < 0) return _CLAIMANTS[i];
    }
    return _CLAIMANTS[0];
  };
  const out: Claim[] = [];
  let article = 0;
  let perArticle = 0;
  let articleDay = 0;
  for (let i = 0; i < n; i++) {
    if (perArticle <= 0) {
      article++;
      perArticle = 1 + Math.floor(rnd() * 20);
      articleDay = Math.floor(rnd() * _DAYS);
    }
    perArticle--;
    const c = pickClaimant();
    const claim = _KINDS[Math.floor(rnd() * _KINDS.length)];
    const status = claim === "captured"
      ? (c.side === "ukraine" ? "ukraine" : "russia")
      : _STATUSES[Math.floor(rnd() * 3)];
    const reported = new Date(_START + articleDay * 86_400_000).toISOString().slice(0, 10);
    const back = Math.floor(rnd() * 4);
    const date = rnd() < 0.04
      ? null
      : new Date(_START + Math.max(0, articleDay - back) * 86_400_000).toISOString().slice(0, 10);
    const place = places[Math.floor(Math.pow(rnd(), 1.6) * places.length)];
    const id = `a${String(article).padStart(6, "0")}`;
    const start = Math.floor(rnd() * 4000);
    const quote = `${c.name} says ${place} ${claim}.`;
    out.push({
      article: id,
      claimant: c.name,
      side: c.side,
      role: c.role,
      place,
      area: null,
      claim,
      status,
      date,
      reported,
      quote,
      start,
      end: start + quote.length,
      id: `${id}:${start}:0`,
    });
  }
  return out;
}

/**
 * Places with coordinates for the gap benches: `data/places.csv` when it exists (read with the
 * gap stage's own reader), else the built-in place names looked up in the reference gazetteer,
 * else null.
 */
export async function benchPlaces(): Promise<{ places: PlaceInfo[]; from: string } | null> {
  if (exists(PLACES_CSV)) {
    const { readPlaceTable } = await import("../lib/gap/place_table.ts");
    const { places } = await readPlaceTable(PLACES_CSV);
    if (places.length) return { places, from: "data/places.csv" };
  }
  const gaz = REFERENCE_DIR + "gazetteer/warreport_ua_settlement_aliases.csv";
  if (!exists(gaz)) return null;
  const [header = [], ...rows] = _parseCsv(await Deno.readTextFile(gaz), gaz).rows;
  const iName = header.indexOf("name"), iLon = header.indexOf("lon"), iLat = header.indexOf("lat");
  const iRegion = header.indexOf("region"), iKind = header.indexOf("place");
  const want = new Map(DEFAULT_PLACES.map((p) => [p.name.toLowerCase(), p]));
  const found = new Map<string, PlaceInfo>();
  for (const cells of rows) {
    const p = want.get(cells[iName]);
    if (!p || found.has(p.name)) continue;
    if (!cells[iRegion]?.startsWith(p.region.toLowerCase())) continue;
    found.set(p.name, {
      name: p.name,
      lat: Number(cells[iLat]),
      lon: Number(cells[iLon]),
      kind: cells[iKind] === "city" || cells[iKind] === "town" ? cells[iKind] : "village",
    });
  }
  return found.size ? { places: [...found.values()], from: "reference gazetteer" } : null;
}
