/**
 * Exact occupied area inside a clip polygon with polygon-clipping, for what the hand-written
 * cuts (`_geo_disc.ts`, `_geo_convex.ts`) do not take: a boundary that is not one convex ring,
 * or occupied rings that touch or cross. The index's rings whose box meets the clip's box, each
 * cut to that box (Sutherland–Hodgman), projected to km around the place, intersected with the
 * clip, and combined by xor (even-odd). Also the reference the tests check the hand-written cuts against.
 * Takes a {@link PolygonIndex}, a clip polygon in km and its lon/lat box; gives areas in km².
 * @module
 */

// deno-lint-ignore no-import-prefix -- the team pins npm packages with versioned npm: specifiers
import type { MultiPolygon, Pair, Polygon } from "npm:polygon-clipping@0.15.7";
import type { PolygonIndex } from "./geo_types.ts";
import { type _Box, type _Frame, _ringInBox, _trimmed } from "./_geo_convex.ts";

/**
 * polygon-clipping reads these two environment variables when it loads: it is loaded only when
 * the program may read them, so importing the kit needs no permission (no prompt either).
 */
const _ENV_VARS = ["POLYGON_CLIPPING_MAX_QUEUE_SIZE", "POLYGON_CLIPPING_MAX_SWEEPLINE_SEGMENTS"];

function _envGranted(): boolean {
  return _ENV_VARS.every((variable) =>
    Deno.permissions.querySync({ name: "env", variable }).state === "granted"
  );
}

type _Clipper = {
  intersection(a: Polygon | MultiPolygon, ...b: (Polygon | MultiPolygon)[]): MultiPolygon;
  xor(a: Polygon | MultiPolygon, ...b: (Polygon | MultiPolygon)[]): MultiPolygon;
};

const _pc: _Clipper | null = _envGranted()
  ? (await import("npm:polygon-clipping@0.15.7")).default as _Clipper
  : null;

/** polygon-clipping, or an Error naming the permission it needs. */
export function _clipper(fn: string): _Clipper {
  if (_pc === null) {
    throw new Error(
      `${fn}: the exact share uses polygon-clipping, which reads the environment variables ` +
        `${_ENV_VARS.join(" and ")} when it loads: run with --allow-env (or ` +
        `--allow-env=${_ENV_VARS.join(",")})`,
    );
  }
  return _pc;
}

/** A closed packed ring (degrees) in the frame, closed (positions in km). */
export function _project(ring: Float64Array, f: _Frame): Pair[] {
  const out: Pair[] = [];
  for (let i = 0; i + 1 < ring.length; i += 2) {
    out.push([(ring[i] - f.lon) * f.kx, (ring[i + 1] - f.lat) * f.ky]);
  }
  return out;
}

/** Area (km² in the frame) of polygon-clipping's output: outer rings add, holes subtract. */
export function _area(mp: MultiPolygon): number {
  let total = 0;
  for (const poly of mp) {
    for (let k = 0; k < poly.length; k++) {
      const r = poly[k];
      let s = 0;
      for (let i = 0; i + 1 < r.length; i++) s += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
      total += k === 0 ? Math.abs(s / 2) : -Math.abs(s / 2);
    }
  }
  return total;
}

/**
 * Area (km² in the frame) of the occupied part of `clip`: the even-odd region of the index's
 * rings intersected with `clip`. `box` (degrees) must hold `clip` strictly inside it.
 */
export function _occupiedArea(
  fn: string,
  ix: PolygonIndex,
  clip: Polygon | MultiPolygon,
  box: _Box,
  f: _Frame,
): number {
  const pc = _clipper(fn);
  const pieces: MultiPolygon[] = [];
  const rb = ix._ringBox;
  for (let i = 0; i < ix._rings.length; i++) {
    const where = _ringInBox(rb, i, box);
    if (where === "out") continue;
    const inBox = where === "in";
    const cut = _trimmed(ix._rings[i], box, f, inBox);
    if (cut.length < 6) continue;
    const ring: Pair[] = [];
    for (let k = 0; k < cut.length; k += 2) ring.push([cut[k], cut[k + 1]]);
    ring.push([cut[0], cut[1]]);
    const got = pc.intersection(clip, [ring]);
    if (got.length > 0) pieces.push(got);
  }
  if (pieces.length === 0) return 0;
  return _area(pieces.length === 1 ? pieces[0] : pc.xor(pieces[0], ...pieces.slice(1)));
}
