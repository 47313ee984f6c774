/**
 * The rows of the claims timeline (`plot_timeline.ts`): one row per place, as tall as its tallest
 * stack of marks close in time. Each mark takes the free slot nearest the row's centre line
 * (0, -1, +1, -2, ...) among the marks within one mark's width; rows then follow each other, so
 * a busy place does not make every row tall.
 * Takes the marks (sorted by time), the places top to bottom and the pixels per millisecond of the
 * x axis; gives new marks with their `y`, radius and count label, the rows' centres and lower
 * edges, and the total height.
 * @module
 */
import { _radius } from "./_style.ts";

/** What the timeline's layout reads of a mark. */
export interface _Stackable {
  x: Date;
  place: string;
  count: number;
}

/** The timeline's marks placed in rows (see the module documentation). */
export interface _Stacked<T extends _Stackable> {
  placed: (T & { y: number; r: number; label: string })[];
  /** One per place: the y of its row's centre line, where its name goes. */
  ticks: { y: number; place: string }[];
  /** The y of each row's lower edge. */
  separators: number[];
  /** The rows' total height in px. */
  height: number;
}

/** Stack `marks` in one row per place of `places`, each row at least `minRow` px tall. */
export function _stackRows<T extends _Stackable>(
  marks: readonly T[],
  places: readonly string[],
  pxPerMs: number,
  minRow: number,
): _Stacked<T> {
  const maxCount = marks.reduce((m, r) => Math.max(m, r.count), 1);
  const step = 2 * _radius(maxCount) + 1;
  const out: _Stacked<T> = { placed: [], ticks: [], separators: [], height: 0 };
  const byPlace = new Map<string, T[]>();
  for (const r of marks) {
    const list = byPlace.get(r.place);
    if (list) list.push(r);
    else byPlace.set(r.place, [r]);
  }
  for (const place of places) {
    const mine = byPlace.get(place) ?? [];
    const slots = _slots(mine.map((r) => r.x.getTime() * pxPerMs), step);
    let lo = 0, hi = 0;
    for (const s of slots) {
      lo = Math.min(lo, s);
      hi = Math.max(hi, s);
    }
    const height = Math.max(minRow, (hi - lo + 1) * step + 16);
    const centre = out.height + height / 2 - ((hi + lo) / 2) * step;
    mine.forEach((r, i) =>
      out.placed.push({
        ...r,
        y: centre + slots[i] * step,
        r: _radius(r.count),
        label: r.count > 1 ? String(r.count) : "",
      })
    );
    out.ticks.push({ y: centre, place });
    out.height += height;
    out.separators.push(out.height);
  }
  return out;
}

/**
 * The slot of each mark of one row, given their x in px (ascending): the one nearest the centre
 * line (0, -1, +1, -2, ...) not taken by a mark less than `step` px before it.
 */
function _slots(pxs: readonly number[], step: number): number[] {
  const slots: number[] = [];
  let recent = 0; // slots[recent..] are the marks within step px of the current one
  pxs.forEach((px, i) => {
    while (recent < i && px - pxs[recent] >= step) recent++;
    const near = new Set(slots.slice(recent));
    let slot = 0;
    for (let k = 1; near.has(slot); k++) slot = k % 2 ? -((k + 1) >> 1) : k >> 1;
    slots.push(slot);
  });
  return slots;
}
