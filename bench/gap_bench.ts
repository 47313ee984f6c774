/**
 * `deno bench -A bench/gap_bench.ts`: the gap for 100k synthetic claims, from the text
 * assessments only, and against the full DeepState series in `../shared/reference/deepstate`
 * (skipped when absent). The series is loaded once; the first gap run pays for indexing every
 * snapshot (see `bench/run.ts` for the cold figure in a fresh process). The map shares alone:
 * `discShare()` on every (place, distinct day) of the series whose disc the occupied edge
 * crosses (about 8,400 for data/places.csv's towns and cities), in 8 slices of about 1,050.
 * @module
 */
import { gap } from "../lib/gap/gap.ts";
import { loadMappingData, type MappingData } from "../lib/gap/mapping_data.ts";
import { discShare } from "../lib/gap/geo_share.ts";
import { distanceToEdgeKm } from "../lib/gap/geo.ts";
import type { PlaceInfo } from "../lib/gap/gap_types.ts";
import { benchPlaces, DEEPSTATE_DIR, exists, syntheticClaims } from "./_claims.ts";

const N = 100_000;
const bp = await benchPlaces();
const claims = syntheticClaims(N, bp ? bp.places.map((p) => p.name) : ["Pokrovsk", "Kupiansk"]);
const haveSeries = bp !== null && exists(DEEPSTATE_DIR);

Deno.bench({
  name: `gap(${N / 1000}k claims), text assessments only`,
  n: 5,
  warmup: 1,
  fn() {
    gap(claims);
  },
});

Deno.bench({
  name: "loadMappingData(DeepState series)",
  ignore: !haveSeries,
  n: 3,
  warmup: 0,
  async fn() {
    await loadMappingData(DEEPSTATE_DIR);
  },
});

const mapping = haveSeries ? await loadMappingData(DEEPSTATE_DIR) : null;
Deno.bench({
  name: `gap(${N / 1000}k claims) vs DeepState series (indexes cached after the first run)`,
  ignore: !haveSeries,
  n: 3,
  warmup: 1,
  fn() {
    gap(claims, { mapping, places: bp!.places });
  },
});

/** Every (place, distinct day) whose disc the occupied edge crosses: the discs a share is cut for. */
function _straddling(
  data: MappingData,
  places: readonly PlaceInfo[],
): { day: number; lon: number; lat: number; r: number }[] {
  const radius: Record<string, number> = { town: 2, city: 4 };
  const discs = places.filter((p) => p.kind in radius)
    .map((p) => ({ lon: p.lon, lat: p.lat, r: p.radius_km ?? radius[p.kind] }));
  const out = [];
  for (let i = 0; i < data.snapshots.length; i++) {
    if (data.snapshots[i].geometryIndex !== i) continue;
    const ix = data.snapshots[i].geometry();
    for (const d of discs) if (distanceToEdgeKm(ix, d.lon, d.lat) < d.r) out.push({ day: i, ...d });
  }
  return out;
}

const straddling = mapping ? _straddling(mapping, bp!.places) : [];
let slice = 0;
Deno.bench({
  name: `discShare() of ${
    Math.ceil(straddling.length / 8)
  } discs the DeepState edge crosses (1/8 of ${straddling.length})`,
  ignore: !haveSeries,
  n: 8,
  warmup: 1,
  fn() {
    const k = slice++ % 8;
    for (let j = k; j < straddling.length; j += 8) {
      const c = straddling[j];
      discShare(mapping!.snapshots[c.day].geometry(), c.lon, c.lat, c.r);
    }
  },
});
