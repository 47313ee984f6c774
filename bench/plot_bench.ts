/**
 * `deno bench -A bench/plot_bench.ts`: each chart on 100k synthetic claims (target, issue 5:
 * tabulating and plotting 100k claims in under 2 s). The timeline and the gap chart aggregate
 * claims into one mark per place, time bin, side (and role) and cap their rows/panels, so their
 * cost is bounded by the marks drawn, not by the claims.
 * @module
 */
import { gap } from "../lib/gap/gap.ts";
import { plotTimeline } from "../lib/plots/plot_timeline.ts";
import { plotGap } from "../lib/plots/plot_gap.ts";
import { mapPoints, plotMap } from "../lib/plots/plot_map.ts";
import { benchPlaces, syntheticClaims } from "./_claims.ts";

const N = 100_000;
const bp = await benchPlaces();
const claims = syntheticClaims(N, bp ? bp.places.map((p) => p.name) : ["Pokrovsk", "Kupiansk"]);
const rows = gap(claims);
const coords = bp ? bp.places.map((p) => ({ place: p.name, lon: p.lon, lat: p.lat })) : [];

Deno.bench({
  name: `plotTimeline(${N / 1000}k claims)`,
  n: 3,
  warmup: 1,
  fn() {
    plotTimeline(claims);
  },
});

Deno.bench({
  name: `plotGap(${N / 1000}k gap rows)`,
  n: 3,
  warmup: 1,
  fn() {
    plotGap(rows);
  },
});

Deno.bench({
  name: `plotMap(latest gap of ${coords.length} places)`,
  ignore: coords.length === 0,
  n: 5,
  warmup: 1,
  fn() {
    plotMap(mapPoints(rows, coords).points);
  },
});
