import assert from "node:assert/strict";
import {
  _median,
  type LagInputRow,
  type LagPoint,
  lagPoints,
  plotLag,
} from "../lib/plots/plot_lag.ts";
import { assertGolden } from "./_golden.ts";
import { claim, countMarks, parseChart } from "./_charts_fixtures.ts";
import { FIXTURE_PLACES, withMapping } from "./_mapping_fixture.ts";
import { confirmationLag, LAG_SELECTION, lagChart, type ReportData } from "../lib/mod.ts";

function lag(side: LagPoint["side"], place: string, lagDays: number | null): LagPoint {
  return { side, place, date: "2025-11-01", claimant: `${side} command`, lag_days: lagDays };
}

const POINTS: LagPoint[] = [
  lag("russia", "Alpha", 5),
  lag("russia", "Bravo", 12),
  lag("russia", "Charlie", 12),
  lag("russia", "Delta", -3),
  lag("russia", "Echo", null),
  lag("russia", "Foxtrot", null),
  lag("ukraine", "Golf", -2),
  lag("ukraine", "Hotel", 40),
  lag("independent", "India", 0),
];

Deno.test("plotLag() matches the golden figure for synthetic lags", async () => {
  await assertGolden("plot_lag", plotLag(POINTS));
});

Deno.test("plotLag() draws confirmed claims as dots and counts the unconfirmed apart", () => {
  const out = plotLag(POINTS);
  assert.equal(countMarks(out, "dot"), 7);
  assert.match(out, /not confirmed: 2 of 6 \(33%\)/);
  assert.match(out, /not confirmed: 0 of 2 \(0%\)/);
  assert.match(out, /median 8.5 d/);
  assert.match(out, /median 19 d/);
});

Deno.test("plotLag() shows only sides that made capture claims", () => {
  const out = plotLag([lag("ukraine", "Golf", 3)]);
  const labels = [...parseChart(out).querySelectorAll('g[aria-label="fy-axis tick label"] text')]
    .map((t) => t.textContent);
  assert.deepEqual(labels, ["ukraine"]);
});

Deno.test("_median() of odd, even and empty lists", () => {
  assert.equal(_median([3, 1, 2]), 2);
  assert.equal(_median([4, 1, 3, 2]), 2.5);
  assert.equal(_median([]), null);
});

Deno.test("lagPoints() keeps judgeable captures; unconfirmed ones keep a null lag", () => {
  const base = {
    side: "russia" as const,
    date: "2025-01-01",
    claimant: "MoD",
    censored: false,
    assessed: true,
  };
  const rows: LagInputRow[] = [
    { ...base, place: "A", target: "russia", confirmed: true, lag_days: 4, note: null },
    { ...base, place: "B", target: "russia", confirmed: false, lag_days: null, note: null },
    {
      ...base,
      place: "C",
      target: null,
      confirmed: false,
      lag_days: null,
      assessed: false,
      note: "partial capture",
    },
    {
      ...base,
      place: "D",
      date: null,
      target: "russia",
      confirmed: false,
      lag_days: null,
      assessed: false,
      note: "no date",
    },
    {
      ...base,
      place: "E",
      target: "russia",
      confirmed: false,
      lag_days: null,
      assessed: false,
      note: "place not in the places table",
    },
    {
      ...base,
      place: "Donbas",
      target: "russia",
      confirmed: false,
      lag_days: null,
      assessed: false,
      note: "region: not assessed on the map",
    },
  ];
  assert.deepEqual(lagPoints(rows).map((p) => [p.place, p.lag_days]), [["A", 4], ["B", null]]);
});

Deno.test("plotLag() rejects bad points", () => {
  assert.throws(() => plotLag([{ ...lag("russia", "A", 1), side: "martians" as never }]), {
    name: "TypeError",
    message: /points\[0\]: expected a lag point with a side/,
  });
  assert.throws(() => plotLag([lag("russia", "A", Infinity)]), {
    name: "TypeError",
    message: /points\[0\].lag_days: expected a finite number/,
  });
});

Deno.test("plotLag() is byte-for-byte deterministic and never mutates its input", () => {
  const copy = structuredClone(POINTS);
  assert.equal(plotLag(POINTS), plotLag([...POINTS].reverse()));
  assert.deepEqual(POINTS, copy);
});

Deno.test("plotLag() names the places beside few dots and lists the unconfirmed ones", () => {
  const out = plotLag(POINTS);
  assert.match(out, />Echo, Foxtrot</);
  assert.match(out, />Hotel</);
  const bare = plotLag(POINTS, { labelMax: 0 });
  assert.doesNotMatch(bare, />Hotel</);
  assert.match(bare, />Echo, Foxtrot</, "unconfirmed places are always listed");
});

Deno.test("plotLag() escapes hostile place names", () => {
  const evil = '<img src=x onerror="alert(1)">';
  const out = plotLag([lag("russia", evil, 3), lag("russia", `${evil}2`, null)], { title: evil });
  assert.doesNotMatch(out, /<img/);
  assert.match(out, /&lt;img src=x/);
});

Deno.test("LAG_SELECTION names the claims lagPoints() keeps: dated full captures of settlements in the places table", async () => {
  assert.equal(
    LAG_SELECTION,
    "capture claims with a date, a full capture (not a part of the place) and a place the map can assess (a settlement in the places table, not a region)",
  );
  const places = [...FIXTURE_PLACES, { name: "Delta", lat: 48, lon: 36.2, kind: "region" }];
  const claims = [
    claim({ place: "Alfa", date: "2025-01-03", id: "kept" }),
    claim({ place: "Bravo", date: null, id: "no date" }),
    claim({ place: "Charlie", date: "2025-01-03", status: "contested", area: "east", id: "part" }),
    claim({ place: "Nowhere", date: "2025-01-03", id: "not in the table" }),
    claim({ place: "Delta", date: "2025-01-03", id: "region" }),
    claim({ place: "Alfa", date: "2025-01-03", claim: "advancing", id: "no capture" }),
  ];
  await withMapping((_dir, mapping) => {
    const rows = confirmationLag(claims, mapping, places);
    assert.deepEqual(rows.map((r) => r.id), [
      "kept",
      "no date",
      "part",
      "not in the table",
      "region",
    ]);
    assert.deepEqual(lagPoints(rows).map((p) => p.place), ["Alfa"]);
    const data = { mapping, lagRows: rows } as unknown as ReportData;
    const note = lagChart(data).match(/Chart and table below: ([^<]*)\.<\/p>$/);
    assert.equal(note?.[1], LAG_SELECTION, "the lag chart states the selection under it");
  });
});
