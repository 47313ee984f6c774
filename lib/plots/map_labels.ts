/**
 * Greedy label placement for the map, in pixels: takes labels (text, the point it names, its
 * mark's radius), the marks to keep clear and the frame; gives each label a spot or null when no
 * spot fits. Deterministic: labels are placed in the order given (most important first), each at
 * the first free candidate of a fixed list, so the same input gives the same spots.
 *
 * Candidates, in order: right, left, above, below and the four diagonals next to the mark; then
 * the same eight directions at two farther rings, joined to the mark by a leader line. A spot is
 * free when its box (text width estimated for DejaVu Sans) lies inside the frame and overlaps no
 * mark and no label placed before it.
 * @module
 */
import { _textWidth } from "./_style.ts";

/** A label to place. */
export interface LabelItem {
  text: string;
  /** The point it names, in pixels. */
  x: number;
  y: number;
  /** Radius of the point's mark (the label keeps clear of it). @default 0 */
  r?: number;
  /** @default 11 */
  fontSize?: number;
}

/** A mark to keep clear of (a circle in pixels). */
export interface LabelObstacle {
  x: number;
  y: number;
  r: number;
}

/** Where a label goes: its text anchor (vertical middle) and, when far, a leader line. */
export interface LabelSpot {
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  /** End of the leader line at the label (it starts at the point), or null when next to it. */
  leader: { x: number; y: number } | null;
}

type _Box = [number, number, number, number];

/** Unit directions of the candidates: right, left, up, down, then the diagonals. */
const _DIRS: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
];
/** Extra distance (pixels) of the leader-line rings beyond the mark. */
const _RINGS = [0, 16, 30];

/**
 * Place `items` in order; `obstacles` are every mark drawn (including the items' own points), the
 * frame is `[x0, y0, x1, y1]`. Returns one spot or null per item.
 */
export function placeLabels(
  items: readonly LabelItem[],
  obstacles: readonly LabelObstacle[],
  frame: readonly [number, number, number, number],
): (LabelSpot | null)[] {
  const taken: _Box[] = obstacles.map((o) => [o.x - o.r, o.y - o.r, o.x + o.r, o.y + o.r]);
  const free = (b: _Box) =>
    b[0] >= frame[0] && b[1] >= frame[1] && b[2] <= frame[2] && b[3] <= frame[3] &&
    !taken.some((o) => b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]);
  return items.map((item) => {
    const fs = item.fontSize ?? 11;
    const w = _textWidth(item.text, fs), h = fs + 2;
    for (const ring of _RINGS) {
      for (const [dx, dy] of _DIRS) {
        const spot = _candidate(item, dx, dy, (item.r ?? 0) + 3 + ring, w, h, ring > 0);
        if (free(spot.box)) {
          taken.push(spot.box);
          return spot.spot;
        }
      }
    }
    return null;
  });
}

/** The spot and box of one candidate: direction (dx, dy), distance d from the point. */
function _candidate(
  p: LabelItem,
  dx: number,
  dy: number,
  d: number,
  w: number,
  h: number,
  leader: boolean,
): { spot: LabelSpot; box: _Box } {
  const k = dx && dy ? Math.SQRT1_2 : 1;
  const ex = p.x + dx * d * k, ey = p.y + dy * d * k;
  const anchor = dx > 0 ? "start" : dx < 0 ? "end" : "middle";
  const x = ex + (dx > 0 ? 1 : dx < 0 ? -1 : 0);
  const y = ey + (dy * h) / 2;
  const left = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
  const box: _Box = [left - 1, y - h / 2, left + w + 1, y + h / 2];
  return {
    spot: { x, y, anchor, leader: leader ? { x: ex, y: ey } : null },
    box,
  };
}
