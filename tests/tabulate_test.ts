import assert from "node:assert/strict";
import {
  claimsByClaimant,
  claimsByPlaceSide,
  claimsBySideDate,
  claimsFrame,
  claimsTableRows,
  countClaims,
  NO_DATE,
  pivotRows,
  roundRows,
  toDataFrame,
} from "../lib/tables/tabulate.ts";
import { claim, sampleClaims } from "./_charts_fixtures.ts";

Deno.test("claimsBySideDate() counts claims per day and side, days ascending, undated last", () => {
  const rows = claimsBySideDate([
    claim({ place: "A", date: "2025-11-02", side: "ukraine" }),
    claim({ place: "A", date: null, side: "independent" }),
    claim({ place: "B", date: "2025-11-01" }),
    claim({ place: "C", date: "2025-11-02" }),
    claim({ place: "D", date: "2025-11-02", side: "ukraine" }),
  ]);
  assert.deepEqual(rows, [
    { date: "2025-11-01", russia: 1, ukraine: 0, independent: 0, total: 1 },
    { date: "2025-11-02", russia: 1, ukraine: 2, independent: 0, total: 3 },
    { date: NO_DATE, russia: 0, ukraine: 0, independent: 1, total: 1 },
  ]);
});

Deno.test("claimsByPlaceSide() puts the most-claimed place first, ties by name", () => {
  const rows = claimsByPlaceSide(sampleClaims());
  assert.deepEqual(rows.map((r) => [r.place, r.russia, r.ukraine, r.independent, r.total]), [
    ["Pokrovsk", 3, 3, 3, 9],
    ["Kalynove", 1, 1, 1, 3],
    ["Kupiansk", 1, 1, 0, 2],
    ["Myrnohrad", 2, 0, 0, 2],
    ["Novohrodivka", 1, 1, 0, 2],
  ]);
});

Deno.test("claimsByClaimant() lists places and first/last days per claimant", () => {
  const rows = claimsByClaimant(sampleClaims());
  assert.deepEqual(rows[0], {
    claimant: "Russian Defence Ministry",
    side: "russia",
    role: "official",
    claims: 5,
    places: "Kalynove; Myrnohrad; Pokrovsk",
    first: "2024-09-07",
    last: "2025-12-27",
  });
  const comment = rows.find((r) => r.claimant === "reader comment")!;
  assert.equal(comment.first, null);
  assert.equal(comment.last, null);
});

Deno.test("the tables filter by role and side, and reject unknown ones", () => {
  const rows = claimsByPlaceSide(sampleClaims(), { roles: ["official"], sides: ["ukraine"] });
  assert.deepEqual(rows.map((r) => [r.place, r.ukraine, r.russia]), [
    ["Pokrovsk", 3, 0],
    ["Kupiansk", 1, 0],
    ["Novohrodivka", 1, 0],
  ]);
  assert.throws(() => claimsBySideDate([], { roles: ["pundit" as never] }), {
    name: "TypeError",
    message: /options.roles\[0\]: expected one of .* found "pundit"/,
  });
  assert.throws(() => claimsTableRows([], "by-moon" as never), {
    name: "TypeError",
    message: /kind: expected one of "side-date", "place-side", "claimant", found "by-moon"/,
  });
  assert.throws(() => claimsBySideDate({} as never), {
    name: "TypeError",
    message: /claims: expected an array of claim records, found an object/,
  });
});

Deno.test("countClaims() groups by any keys, null keys last, input not mutated", () => {
  const claims = sampleClaims();
  const copy = structuredClone(claims);
  const rows = countClaims(claims, ["role", "date"]);
  assert.deepEqual([...new Set(rows.map((r) => r.role))], [
    "blogger",
    "commenter",
    "mapping",
    "media",
    "official",
  ]);
  const media = rows.filter((r) => r.role === "media").map((r) => r.date);
  assert.deepEqual(media, ["2024-09-07", "2025-11-04"]);
  const commenter = rows.filter((r) => r.role === "commenter");
  assert.deepEqual(commenter, [{ role: "commenter", date: null, claims: 1 }]);
  assert.equal(rows.reduce((s, r) => s + (r.claims as number), 0), claims.length);
  assert.deepEqual(claims, copy);
});

Deno.test("pivotRows() sums values into wide rows with fixed columns first", () => {
  const wide = pivotRows(
    [
      { day: "b", who: "x", n: 2 },
      { day: "a", who: "y", n: 1 },
      { day: "b", who: "x", n: 3 },
      { day: "a", who: "z", n: 4 },
    ],
    { index: "day", columns: "who", values: "n", columnOrder: ["z"] },
  );
  assert.deepEqual(wide, [
    { day: "a", z: 4, x: 0, y: 1, total: 5 },
    { day: "b", z: 0, x: 5, y: 0, total: 5 },
  ]);
  assert.deepEqual(Object.keys(wide[0]), ["day", "z", "x", "y", "total"]);
  assert.throws(() => pivotRows([], { index: "", columns: "who" }), {
    name: "TypeError",
    message: /options.index: expected a column name, found ""/,
  });
});

Deno.test("claimsFrame() builds a danfojs DataFrame with the rows' columns and values", async () => {
  const df = await claimsFrame(sampleClaims(), "side-date");
  const rows = claimsBySideDate(sampleClaims());
  assert.deepEqual(df.columns, ["date", "russia", "ukraine", "independent", "total"]);
  assert.deepEqual(df.shape, [rows.length, 5]);
  assert.deepEqual(df.values[0], Object.values(rows[0]));
  const empty = await claimsFrame([], "claimant");
  assert.deepEqual(empty.shape, [0, 7]);
});

Deno.test("toDataFrame() keeps the given column order and fills missing cells with null", async () => {
  const df = await toDataFrame([{ a: 1, b: "x" }, { a: 2 }], ["b", "a"]);
  assert.deepEqual(df.columns, ["b", "a"]);
  assert.deepEqual(df.values, [["x", 1], [null, 2]]);
});

Deno.test("roundRows() rounds numbers only, returns new rows", () => {
  const rows = [{ a: 0.055555, b: "x", c: null, d: -0.0001 }];
  const out = roundRows(rows);
  assert.deepEqual(out, [{ a: 0.06, b: "x", c: null, d: 0 }]);
  assert.ok(Object.is(out[0].d, 0), "no negative zero");
  assert.equal(rows[0].a, 0.055555);
  assert.deepEqual(roundRows([{ a: 1.23456 }], 3), [{ a: 1.235 }]);
  assert.throws(() => roundRows([], -1), {
    name: "RangeError",
    message: /digits: expected a number from 0 to 15, found -1/,
  });
});
