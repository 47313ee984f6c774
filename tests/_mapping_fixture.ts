/**
 * A tiny hand-made mapping series for tests: two DeepState-style daily files in a temporary
 * folder, three places and official claims about them (no reference data, no article text).
 *
 * - 2025-01-01: the occupied area is the rectangle lon 36..37.5, lat 47..49: village Alfa
 *   (36.5, 48) inside, village Bravo (38.5, 48) outside, city Charlie (37.5, 48.5, 4 km) cut in
 *   half by the edge.
 * - 2025-01-05: the rectangle reaches lon 39: all three inside.
 * @module
 */
import { loadMappingData, type MappingData } from "../lib/gap/mapping_data.ts";
import type { PlaceInfo } from "../lib/gap/gap_types.ts";
import type { Claim } from "../lib/shared/types.ts";
import { claim } from "./_charts_fixtures.ts";

export const FIXTURE_PLACES: PlaceInfo[] = [
  { name: "Alfa", lat: 48, lon: 36.5, kind: "village" },
  { name: "Bravo", lat: 48, lon: 38.5, kind: "village" },
  { name: "Charlie", lat: 48.5, lon: 37.5, kind: "city", radius_km: 4 },
];

/** Official Russian capture claims: Alfa and Bravo on 01-03 (Bravo not yet on the map: gap 1), Charlie and Nowhere (no coordinates) on 01-05. */
export const FIXTURE_CLAIMS: Claim[] = [
  claim({ place: "Alfa", date: "2025-01-03" }),
  claim({ place: "Bravo", date: "2025-01-03" }),
  claim({ place: "Charlie", date: "2025-01-05" }),
  claim({ place: "Nowhere", date: "2025-01-05" }),
];

function _day(east: number): string {
  const ring = [[36, 47], [east, 47], [east, 49], [36, 49], [36, 47]];
  return JSON.stringify({
    type: "FeatureCollection",
    features: [{
      type: "Feature",
      properties: {},
      geometry: { type: "Polygon", coordinates: [ring] },
    }],
  });
}

/** Runs `fn` with the folder of the two daily files and the loaded series; removes the folder. */
export async function withMapping<T>(
  fn: (dir: string, data: MappingData) => T | Promise<T>,
): Promise<T> {
  const dir = await Deno.makeTempDir({ prefix: "claimgap-mapping-" });
  try {
    await Deno.writeTextFile(`${dir}/deepstatemap_data_20250101.geojson`, _day(37.5));
    await Deno.writeTextFile(`${dir}/deepstatemap_data_20250105.geojson`, _day(39));
    return await fn(dir, await loadMappingData(dir));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}
