/**
 * The map's base layer: land, coastline and national borders from Natural Earth 1:50m as the
 * `world-atlas` package (2.0.2) ships them (TopoJSON, read with `topojson-client`), and the major
 * cities of `data/cities.csv`. Takes nothing; gives GeoJSON layers ready for Plot's `geo` mark.
 *
 * Natural Earth's default view puts Crimea inside Russia; the map draws the internationally
 * recognised border instead (Crimea with Ukraine: no border line on the isthmus), and the occupied
 * area over it shows who holds the ground. The layers are read once per process.
 *
 * Why 1:50m: the map spans the front (about 1 km a pixel), where 1:50m's coast and borders are
 * as fine as a pixel; 1:10m takes five times longer to read and its land layer (drawn through
 * d3-geo) fills the sea.
 * @module
 */
import { createRequire } from "node:module";
import { _csvObjects, _dataText } from "../lexicon/_lexicon.ts";
import { _number } from "../shared/_validate.ts";

/** A city of the base map. */
export interface City {
  name: string;
  country: string;
  lat: number;
  lon: number;
  /** 1: oblast centres and large cities, labelled first; 2: towns of the front. */
  rank: number;
}

/** GeoJSON lines, as Plot's `geo` mark draws them. */
export interface Lines {
  type: "MultiLineString";
  coordinates: number[][][];
}

/** The base layer's parts. */
export interface Basemap {
  /** Land (fill). */
  land: { type: "MultiPolygon"; coordinates: number[][][][] };
  /** Coastline (land meeting sea). */
  coast: Lines;
  /** Borders between countries (Crimea drawn with Ukraine). */
  borders: Lines;
  cities: readonly City[];
  /** Where the layers come from, for the caption. */
  source: string;
}

// topojson-client and world-atlas ship no types: the few shapes used here.
interface _Geometry {
  type: string;
  arcs: unknown[];
  id?: string;
  properties?: { name?: string };
}
interface _Topology {
  objects: { countries: { geometries: _Geometry[] }; land: unknown };
}
interface _TopojsonClient {
  feature(t: unknown, o: unknown): { geometry?: { type: string; coordinates: unknown } };
  mesh(t: unknown, o: unknown, filter?: (a: unknown, b: unknown) => boolean): Lines;
}

/** A point inside Crimea (Simferopol), to find its polygon in Natural Earth's Russia. */
const _CRIMEA: readonly [number, number] = [34.1, 44.95];

let _cached: Basemap | null = null;

/** The base layer (read once, then shared; do not modify it). */
export function defaultBasemap(): Basemap {
  if (_cached) return _cached;
  const require = createRequire(import.meta.url);
  const topo = require("world-atlas/countries-50m.json") as _Topology;
  const client = require("topojson-client") as _TopojsonClient;
  const countries = { type: "GeometryCollection", geometries: _crimeaWithUkraine(topo, client) };
  const landParts = client.feature(topo, topo.objects.land) as unknown as {
    features: { geometry: { type: string; coordinates: unknown } | null }[];
  };
  const land: number[][][][] = [];
  for (const f of landParts.features) {
    const g = f.geometry;
    if (g?.type === "Polygon") land.push(g.coordinates as number[][][]);
    else if (g?.type === "MultiPolygon") land.push(...(g.coordinates as number[][][][]));
  }
  const basemap: Basemap = {
    land: { type: "MultiPolygon", coordinates: land },
    coast: client.mesh(topo, countries, (a, b) => a === b),
    borders: client.mesh(topo, countries, (a, b) => a !== b),
    cities: Object.freeze(readCities(_dataText("cities.csv"), "data/cities.csv")),
    source: "Natural Earth 1:50m (world-atlas 2.0.2)",
  };
  _cached = Object.freeze(basemap);
  return basemap;
}

/**
 * The countries' geometries with Natural Earth's Crimea polygon moved from Russia to Ukraine
 * (new objects; the topology is not modified). Throws when either country or the polygon is
 * missing, so a changed data package fails loudly.
 */
export function _crimeaWithUkraine(topo: _Topology, client: _TopojsonClient): _Geometry[] {
  const geoms = topo.objects.countries.geometries;
  const ru = geoms.find((g) => g.properties?.name === "Russia");
  const ua = geoms.find((g) => g.properties?.name === "Ukraine");
  if (!ru || !ua || ru.type !== "MultiPolygon") {
    throw new TypeError("world-atlas: expected Russia (MultiPolygon) and Ukraine, found neither");
  }
  const polys = client.feature(topo, ru).geometry!.coordinates as number[][][][];
  const k = polys.findIndex((p) => _inRing(_CRIMEA, p[0]));
  if (k < 0) throw new TypeError("world-atlas: expected a Crimea polygon in Russia, found none");
  const crimea = ru.arcs[k];
  const uaArcs = ua.type === "Polygon" ? [ua.arcs] : ua.arcs;
  return geoms.map((g) =>
    g === ru
      ? { ...g, arcs: ru.arcs.filter((_a, i) => i !== k) }
      : g === ua
      ? { ...g, type: "MultiPolygon", arcs: [...uaArcs, crimea] }
      : g
  );
}

function _inRing([x, y]: readonly number[], ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Cities from CSV text (`name,country,lat,lon,rank`). Throws SyntaxError naming the file and line
 * for a missing column, RangeError/TypeError for a coordinate or rank out of range.
 */
export function readCities(text: string, file = "cities.csv"): City[] {
  const rows = _csvObjects(text, file, ["name", "country", "lat", "lon", "rank"]);
  return rows.map((r, i) => {
    const where = `${file}:${i + 2}`;
    const num = (k: string, lo: number, hi: number) => {
      const v = Number(r[k]);
      if (r[k] === "" || !Number.isFinite(v)) {
        throw new SyntaxError(`${where}: expected a number in "${k}", found "${r[k]}"`);
      }
      return _number(`${where}: ${k}`, v, lo, hi);
    };
    if (!r.name) throw new SyntaxError(`${where}: expected a name, found an empty cell`);
    return {
      name: r.name,
      country: r.country,
      lat: num("lat", -90, 90),
      lon: num("lon", -180, 180),
      rank: num("rank", 1, 3),
    };
  });
}
