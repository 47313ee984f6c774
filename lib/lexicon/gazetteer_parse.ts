/**
 * A gazetteer's text parsed: the project's own places CSV (`data/places.csv` shape), an aliases
 * file, or a GeoNames dump (`UA.txt`), with kinds, radii and oblast names.
 * Takes the text and its name; gives a new {@link Gazetteer} (or throws `SyntaxError` naming the line).
 * @module
 */

import { _csvObjects } from "./_lexicon.ts";
import {
  type Gazetteer,
  makeGazetteer,
  type Place,
  PLACE_KINDS,
  type PlaceKind,
} from "./places.ts";

const _RADIUS: Record<PlaceKind, number> = { city: 5, town: 2, village: 1, region: 150 };

/**
 * Parses gazetteer text. Recognises three formats by their first line: the project's CSV
 * (`canonical,variants,oblast,lat,lon,kind,radius_km`), the settlement-alias CSV (`name,aliases,
 * place,...,region,...,lon,lat`) and GeoNames tab-separated dumps (`UA.txt`, no header).
 * Throws `SyntaxError` (naming file and line) on rows it cannot read.
 */
export function parseGazetteer(text: string, file = "gazetteer"): Gazetteer {
  if (typeof text !== "string") {
    throw new TypeError(`parseGazetteer: expected text as a string, found ${typeof text}`);
  }
  const first = text.replace(/^\ufeff/, "").split(/\r?\n/, 1)[0] ?? "";
  if (first.startsWith("canonical,")) return makeGazetteer(_parseOwn(text, file));
  if (first.startsWith("name,aliases")) return makeGazetteer(_parseAliases(text, file));
  if (first.split("\t").length >= 15) return makeGazetteer(_parseGeoNames(text, file));
  throw new SyntaxError(
    `${file}:1: expected a gazetteer header ("canonical,variants,..." or "name,aliases,...") or GeoNames tab-separated rows, found ${
      JSON.stringify(first.slice(0, 60))
    }`,
  );
}

function _num(v: string, where: string, what: string): number {
  const n = Number(v);
  if (v === "" || !Number.isFinite(n)) {
    throw new SyntaxError(`${where}: expected ${what} as a number, found ${JSON.stringify(v)}`);
  }
  if (/^lat/.test(what) && (n < -90 || n > 90)) {
    throw new RangeError(`${where}: expected ${what} from -90 to 90, found ${v}`);
  }
  if (/^lon/.test(what) && (n < -180 || n > 180)) {
    throw new RangeError(`${where}: expected ${what} from -180 to 180, found ${v}`);
  }
  if (what === "radius_km" && n < 0) {
    throw new RangeError(`${where}: expected radius_km >= 0, found ${v}`);
  }
  return n;
}

function _kind(v: string): PlaceKind {
  const k = v.toLowerCase();
  if ((PLACE_KINDS as readonly string[]).includes(k)) return k as PlaceKind;
  if (/city/.test(k)) return "city";
  if (/town|urban/.test(k)) return "town";
  if (/region|oblast|province|raion|district/.test(k)) return "region";
  return "village";
}

function _titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

function _parseOwn(text: string, file: string): Place[] {
  const rows = _csvObjects(text, file, ["canonical", "variants", "oblast", "lat", "lon", "kind"]);
  return rows.map((r, i) => {
    const where = `${file}:${i + 2}`;
    if (!r.canonical) {
      throw new SyntaxError(`${where}: expected a canonical name, found an empty cell`);
    }
    const kind = _kind(r.kind);
    return {
      canonical: r.canonical,
      variants: r.variants.split(";").map((v) => v.trim()).filter(Boolean),
      oblast: r.oblast,
      lat: _num(r.lat, where, "lat"),
      lon: _num(r.lon, where, "lon"),
      kind,
      radiusKm: r.radius_km ? _num(r.radius_km, where, "radius_km") : _RADIUS[kind],
    };
  });
}

function _oblastName(region: string): string {
  return _titleCase(region.replace(/\s+(?:region|oblast)$/i, "").trim());
}

function _parseAliases(text: string, file: string): Place[] {
  const rows = _csvObjects(text, file, ["name", "aliases", "region", "lon", "lat"]);
  const out: Place[] = [];
  rows.forEach((r, i) => {
    if (!r.name || r.name.startsWith("<")) return; // template row
    const where = `${file}:${i + 2}`;
    const kind = _kind(r.place ?? "village");
    out.push({
      canonical: _titleCase(r.name),
      variants: r.aliases.split(";").map((v) => v.trim()).filter(Boolean),
      oblast: _oblastName(r.region),
      lat: _num(r.lat, where, "lat"),
      lon: _num(r.lon, where, "lon"),
      kind,
      radiusKm: _RADIUS[kind],
    });
  });
  return out;
}

// GeoNames admin1 codes of Ukraine (UA.txt column 11).
const _UA_ADMIN1: Record<string, string> = {
  "05": "Vinnytsia",
  "09": "Luhansk",
  "04": "Dnipropetrovsk",
  "14": "Donetsk",
  "13": "Kyiv",
  "26": "Zaporizhzhia",
  "07": "Kharkiv",
  "08": "Kherson",
  "21": "Sumy",
  "02": "Chernihiv",
  "17": "Mykolaiv",
  "18": "Odesa",
  "20": "Poltava",
  "11": "Crimea",
  "22": "Ternopil",
};

function _parseGeoNames(text: string, file: string): Place[] {
  const out: Place[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const c = line.split("\t");
    const where = `${file}:${i + 1}`;
    if (c.length < 15) {
      throw new SyntaxError(
        `${where}: expected 19 tab-separated GeoNames columns, found ${c.length}`,
      );
    }
    if (c[6] !== "P" && c[6] !== "A") return; // populated places and admin areas only
    const kind: PlaceKind = c[6] === "A"
      ? "region"
      : /PPLA|PPLC/.test(c[7]) || Number(c[14]) > 50000
      ? "city"
      : Number(c[14]) > 5000
      ? "town"
      : "village";
    const variants = (c[3] ?? "").split(",").map((v) => v.trim()).filter((v) =>
      /^[\p{Script=Latin}\s'’-]+$/u.test(v)
    );
    out.push({
      canonical: c[2] || c[1],
      variants: [c[1], ...variants].filter((v) => v && v !== (c[2] || c[1])),
      oblast: _UA_ADMIN1[c[10]] ?? c[10],
      lat: _num(c[4], where, "latitude"),
      lon: _num(c[5], where, "longitude"),
      kind,
      radiusKm: _RADIUS[kind],
    });
  });
  return out;
}
