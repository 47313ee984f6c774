/**
 * `deno bench -A bench/tabulate_bench.ts`: the tables of `lib/tables/tabulate.ts` on 100k synthetic
 * claims (plain rows, then danfojs DataFrames).
 * @module
 */
import { claimsFrame, claimsTableRows, TABLE_KINDS } from "../lib/tables/tabulate.ts";
import { benchPlaces, syntheticClaims } from "./_claims.ts";

const N = 100_000;
const bp = await benchPlaces();
const claims = syntheticClaims(N, bp ? bp.places.map((p) => p.name) : ["Pokrovsk", "Kupiansk"]);

for (const kind of TABLE_KINDS) {
  Deno.bench({
    name: `claimsTableRows(${N / 1000}k claims, "${kind}")`,
    group: "rows",
    fn() {
      claimsTableRows(claims, kind);
    },
  });
}

Deno.bench({
  name: `claimsFrame(${N / 1000}k claims, "side-date") (danfojs)`,
  group: "frame",
  n: 5,
  warmup: 1,
  async fn() {
    await claimsFrame(claims, "side-date");
  },
});
