/**
 * `deno bench -A bench/gap_bench.ts`: the gap for 100k synthetic claims, from the text
 * assessments only, and against the full DeepState series in `../shared/reference/deepstate`
 * (skipped when absent). The series is loaded once; the first gap run pays for indexing every
 * snapshot (see `bench/run.ts` for the cold figure in a fresh process).
 * @module
 */
import { gap } from "../lib/gap/gap.ts";
import { loadMappingData } from "../lib/gap/mapping_data.ts";
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
