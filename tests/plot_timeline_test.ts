import assert from "node:assert/strict";
import { plotTimeline } from "../lib/plots/plot_timeline.ts";
import { SIDE_COLORS } from "../lib/plots/_style.ts";
import { assertGolden } from "./_golden.ts";
import { claim, countMarks, markFills, parseChart, sampleClaims } from "./_charts_fixtures.ts";

Deno.test("plotTimeline() matches the golden figure for the synthetic claims", async () => {
  await assertGolden("plot_timeline", plotTimeline(sampleClaims()));
});

Deno.test("plotTimeline() draws one mark per place, day, side and role and says how many lack a date", () => {
  const claims = sampleClaims();
  const out = plotTimeline(claims);
  const dated = claims.filter((c) => c.date !== null);
  const combos = new Set(dated.map((c) => `${c.place}|${c.date}|${c.side}|${c.role}`));
  assert.equal(countMarks(out, "dot"), combos.size);
  assert.match(
    out,
    new RegExp(`${dated.length} dated claims about 5 places; .*1 without a date not shown`),
  );
});

Deno.test("plotTimeline() draws N identical claims as one bigger mark labelled N", () => {
  const same = Array.from({ length: 7 }, (_, i) => claim({ place: "Alpha", claimant: `C${i}` }));
  const out = plotTimeline([...same, claim({ place: "Alpha", date: "2025-11-05" })]);
  assert.equal(countMarks(out, "dot"), 2);
  const doc = parseChart(out);
  const labels = [...doc.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);
  assert.deepEqual(labels, ["7"]);
  const titles = [...doc.querySelectorAll('g[aria-label="dot"] title')].map((t) => t.textContent);
  assert.ok(titles.some((t) => /^7 claims, 2025-11-01:/.test(t ?? "")), titles.join(" | "));
  assert.ok(
    titles.some((t) => /… and 2 more/.test(t ?? "")),
    "the tooltip lists 5 and counts the rest",
  );
  const radii = [...doc.querySelectorAll('g[aria-label="dot"] path')].map((p) =>
    (p.getAttribute("d") ?? "").length
  );
  assert.notEqual(radii[0], radii[1], "the aggregated mark is drawn at another size");
  assert.match(out, /a bigger mark with a number stands for that many claims/);
});

Deno.test("plotTimeline() shows the maxPlaces most-claimed places and names the rest", () => {
  const claims = [
    ...Array.from({ length: 3 }, (_, i) => claim({ place: "Big", date: `2025-11-0${i + 1}` })),
    ...Array.from({ length: 2 }, (_, i) => claim({ place: "Mid", date: `2025-11-0${i + 1}` })),
    claim({ place: "Small" }),
    claim({ place: "Tiny" }),
  ];
  const out = plotTimeline(claims, { maxPlaces: 2 });
  const labels = [...parseChart(out).querySelectorAll('g[aria-label="place tick label"] text')]
    .map((t) => t.textContent).sort();
  assert.deepEqual(labels, ["Big", "Mid"]);
  assert.match(out, /the 2 most-claimed places shown; 2 others not shown: Small, Tiny/);
  assert.match(out, /7 dated claims about 4 places/);
  assert.doesNotMatch(plotTimeline(claims), /not shown: /, "the default cap keeps all 4");
  assert.throws(() => plotTimeline(claims, { maxPlaces: 0 }), { name: "RangeError" });
  assert.throws(() => plotTimeline(claims, { bin: "year" as never }), {
    name: "TypeError",
    message: /options.bin/,
  });
});

Deno.test("plotTimeline() groups by week or month when marks exceed maxMarks", () => {
  const days = Array.from(
    { length: 60 },
    (_, i) => new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
  );
  const claims = days.map((date) => claim({ place: "Alpha", date }));
  assert.equal(countMarks(plotTimeline(claims), "dot"), 60);
  const weekly = plotTimeline(claims, { maxMarks: 20 });
  assert.ok(countMarks(weekly, "dot") <= 10, "60 days fit in 10 weeks");
  assert.match(weekly, /one mark per place, side, role and week/);
  const monthly = plotTimeline(claims, { maxMarks: 5 });
  assert.equal(countMarks(monthly, "dot"), 3, "January, February, March");
  assert.equal(countMarks(plotTimeline(claims, { bin: "month" }), "dot"), 3);
});

Deno.test("plotTimeline() colours marks by side with the shared palette and shapes them by role", () => {
  const out = plotTimeline([
    claim({ place: "Alpha", side: "ukraine", role: "official" }),
    claim({ place: "Alpha", side: "russia", role: "blogger", date: "2025-11-02" }),
  ]);
  const fills = markFills(out, "dot");
  assert.deepEqual(fills.sort(), [SIDE_COLORS.russia, SIDE_COLORS.ukraine].sort());
  assert.match(out, />official</);
  assert.match(out, />blogger</);
  assert.doesNotMatch(out, />mapping</, "the role legend lists only roles present");
});

Deno.test("plotTimeline() keeps the places option's order and drops other places", () => {
  const out = plotTimeline(sampleClaims(), { places: ["Pokrovsk", "Kalynove"] });
  const doc = parseChart(out);
  const labels = [...doc.querySelectorAll('g[aria-label="place tick label"] text')].map((t) =>
    t.textContent
  );
  assert.deepEqual(labels, ["Pokrovsk", "Kalynove"]);
  assert.doesNotMatch(out, />Kupiansk</);
});

Deno.test("plotTimeline() leaves out claims outside from/to and says so", () => {
  const out = plotTimeline(sampleClaims(), { from: "2025-01-01" });
  assert.match(out, /5 outside 2025-01-01 to … not shown/);
  assert.doesNotMatch(out, />Kalynove</);
});

Deno.test("plotTimeline() widens the left margin for long place names", () => {
  const short = plotTimeline([claim({ place: "Ax" })]);
  const long = plotTimeline([claim({ place: "Novoekonomichne-Pivnichne" })]);
  const x = (s: string) => {
    const t = parseChart(s).querySelector('g[aria-label="place tick label"] text');
    return Number(/translate\(([\d.]+)/.exec(t?.getAttribute("transform") ?? "")?.[1]);
  };
  assert.ok(x(long) > x(short) + 80, `${x(long)} vs ${x(short)}`);
});

Deno.test("plotTimeline() is byte-for-byte deterministic", () => {
  assert.equal(plotTimeline(sampleClaims()), plotTimeline(sampleClaims()));
});

Deno.test("plotTimeline() rejects bad input with TypeError/RangeError naming the option", () => {
  assert.throws(() => plotTimeline("x" as never), {
    name: "TypeError",
    message: /claims: expected an array of claim records, found "x"/,
  });
  assert.throws(() => plotTimeline([], { roles: ["pundit" as never] }), {
    name: "TypeError",
    message: /options.roles\[0\]: expected one of "official".*found "pundit"/,
  });
  assert.throws(() => plotTimeline([], { width: 10 }), {
    name: "RangeError",
    message: /options.width: expected a number from 200 to 4000, found 10/,
  });
  assert.throws(() => plotTimeline([], { from: "2025-13-01" }), { name: "RangeError" });
});

Deno.test("plotTimeline() stacks same-day marks apart and grows only the busy place's row", () => {
  const roles = ["official", "blogger", "media", "mapping"] as const;
  const busy = ["russia", "ukraine"].flatMap((side) =>
    roles.slice(0, 3).map((role) => claim({ place: "Busy", side: side as "russia", role }))
  );
  const out = plotTimeline([...busy, claim({ place: "Quiet", date: "2025-11-01" })]);
  const doc = parseChart(out);
  const ys = [...doc.querySelectorAll('g[aria-label="dot"] path')].map((p) =>
    Number(/translate\([\d.]+,([\d.]+)\)/.exec(p.getAttribute("transform") ?? "")?.[1])
  );
  assert.equal(new Set(ys).size, 7, `every mark has its own place: ${ys}`);
  const rules = [...doc.querySelectorAll('g[aria-label="rule"] line')].map((l) =>
    Number(l.getAttribute("y1"))
  );
  const busyRow = rules[0] - 10, quietRow = rules[1] - rules[0];
  assert.ok(busyRow >= 6 * 10, `busy row ${busyRow}px holds 6 marks`);
  assert.equal(quietRow, 36, "the quiet row keeps the default height");
});

Deno.test("plotTimeline() escapes hostile place and claimant names", () => {
  const evil = '<img src=x onerror="alert(1)">';
  const out = plotTimeline([claim({ place: evil, claimant: evil })], { title: evil });
  assert.doesNotMatch(out, /<img/);
  assert.match(out, /&lt;img src=x/);
});

Deno.test("plotTimeline() with from/to shows the claims inside the days and counts the ones outside", () => {
  const cs = ["2025-11-01", "2025-11-03", "2025-11-05"].map((date) => claim({ place: "A", date }));
  const out = plotTimeline(cs, { from: "2025-11-02", to: "2025-11-04" });
  assert.match(out, /2 outside 2025-11-02 to 2025-11-04 not shown/);
  assert.match(plotTimeline(cs, { from: "2025-11-02" }), /1 outside 2025-11-02 to … not shown/);
  assert.doesNotMatch(plotTimeline(cs, { from: "2025-11-01" }), /outside/);
});

Deno.test("plotTimeline() draws the date axis at the top and at the bottom, with the same ticks", () => {
  const out = plotTimeline(sampleClaims());
  const doc = parseChart(out);
  const svg = [...doc.querySelectorAll("figure > svg")].at(-1)!;
  const height = Number(svg.getAttribute("height"));
  const axes = [...svg.querySelectorAll('g[aria-label="x-axis tick label"]')];
  assert.equal(axes.length, 2, "two rows of date labels");
  const at = (g: Element) =>
    [...g.querySelectorAll("text")].map((t) =>
      /translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(t.getAttribute("transform") ?? "")!.slice(1).map(
        Number,
      )
    );
  const [top, bottom] = axes.map(at);
  assert.ok(top.length > 1, "dates are labelled");
  assert.deepEqual(top.map((p) => p[0]), bottom.map((p) => p[0]), "same ticks");
  assert.ok(top.every((p) => p[1] <= 40), `top axis above the rows: ${top.map((p) => p[1])}`);
  assert.ok(bottom.every((p) => p[1] >= height - 40), "bottom axis below the rows");
});
