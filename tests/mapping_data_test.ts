/**
 * loadMappingData() and snapshotOn() at their edges, beside the series tests of gap_test.ts:
 * positions out of range or not finite. Found by the mutation check (README, "Mutation
 * check"): the tests passed with the code broken there.
 */
import assert from "node:assert/strict";
import { loadMappingData } from "../lib/gap/mapping_data.ts";

function rect(x0: number, y0: number, x1: number, y1: number): number[][] {
  return [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
}

function featureCollection(polys: number[][][][]) {
  return {
    type: "FeatureCollection",
    features: [{
      type: "Feature",
      properties: {},
      geometry: { type: "MultiPolygon", coordinates: polys },
    }],
  };
}

/** The reasons of the skipped files, by file name, after writing `files` (name → GeoJSON). */
async function skipped(files: Record<string, unknown>): Promise<Record<string, string>> {
  const dir = await Deno.makeTempDir({ prefix: "claimgap_map_" });
  try {
    for (const [name, json] of Object.entries(files)) {
      await Deno.writeTextFile(`${dir}/${name}`, JSON.stringify(json));
    }
    const data = await loadMappingData(dir);
    return Object.fromEntries(
      data.report.entries.filter((e) => e.action === "skipped")
        .map((e) => [e.file.split("/").pop()!, e.reason ?? ""]),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("loadMappingData() skips a file with a latitude or a longitude out of range alone, naming which", async () => {
  const reasons = await skipped({
    "deepstatemap_data_20240901.geojson": featureCollection([[rect(36, 47, 37, 48)]]),
    "deepstatemap_data_20240902.geojson": featureCollection([[rect(36, 47, 37, 95)]]),
    "deepstatemap_data_20240903.geojson": featureCollection([[rect(36, 47, 190, 48)]]),
  });
  assert.deepEqual(Object.keys(reasons).sort(), [
    "deepstatemap_data_20240902.geojson",
    "deepstatemap_data_20240903.geojson",
  ]);
  assert.match(
    reasons["deepstatemap_data_20240902.geojson"],
    /found \[37, 95\] \(lat out of range\)/,
  );
  assert.match(
    reasons["deepstatemap_data_20240903.geojson"],
    /found \[190, 47\] \(lon out of range\)/,
  );
});

Deno.test("loadMappingData() skips a file whose latitude overflows to Infinity (1e400) as not a [lon, lat] position", async () => {
  const dir = await Deno.makeTempDir({ prefix: "claimgap_map_" });
  try {
    const ring = "[[36, 47], [37, 47], [37, 1e400], [36, 47]]";
    await Deno.writeTextFile(
      `${dir}/deepstatemap_data_20240901.geojson`,
      `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, ` +
        `"geometry": {"type": "Polygon", "coordinates": [${ring}]}}]}`,
    );
    const [entry] = (await loadMappingData(dir)).report.entries;
    assert.equal(entry.action, "skipped");
    assert.match(entry.reason ?? "", /expected a \[lon, lat\] position, found an array of 2/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
