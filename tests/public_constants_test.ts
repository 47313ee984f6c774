/**
 * The exported constants of lib/mod.ts do what the functions that read them do: each test ties a
 * constant's values to a call that accepts them (and rejects what is not among them), so a value
 * changed on one side only fails. Also snapshotIndexOn() on a two-day hand-made series.
 * @module
 */
import assert from "node:assert/strict";
import {
  AREAS,
  type Article,
  ARTICLE_EXTENSIONS,
  ARTICLE_INTERVALS,
  ARTICLE_PLOT_MODES,
  CLAIM_KINDS,
  claimsTableRows,
  EARTH_RADIUS_KM,
  filterClaims,
  haversineKm,
  MAPPING_COLOR,
  NO_OUTLET,
  parseArticleFile,
  PLACE_KINDS,
  plotArticles,
  plotTimeline,
  PROGRESS_MODES,
  progressBar,
  ROLE_SYMBOLS,
  ROLES,
  SIDE_COLORS,
  SIDES,
  snapshotIndexOn,
  STATUS_COLORS,
  STATUSES,
  TABLE_KINDS,
} from "../lib/mod.ts";
import { claim } from "./_charts_fixtures.ts";
import { withMapping } from "./_mapping_fixture.ts";
import { readPlaceTable } from "../lib/gap/place_table.ts";

Deno.test("SIDES, ROLES, CLAIM_KINDS, STATUSES and AREAS are the schema's values, accepted by filterClaims()", () => {
  assert.deepEqual([...SIDES], ["russia", "ukraine", "independent"]);
  assert.deepEqual([...ROLES], ["official", "mapping", "blogger", "media", "commenter"]);
  assert.deepEqual([...STATUSES], ["russia", "ukraine", "contested"]);
  assert.deepEqual([...AREAS], ["north", "south", "east", "west", "centre"]);
  assert.equal(CLAIM_KINDS.length, 8);
  const cs = [claim({ place: "A" })];
  assert.equal(
    filterClaims(cs, { side: [...SIDES], role: [...ROLES], claim: [...CLAIM_KINDS] }).length,
    1,
  );
  assert.throws(() => filterClaims(cs, { claim: "liberated" as never }), { name: "TypeError" });
});

Deno.test("ARTICLE_EXTENSIONS: a .txt, .md or .markdown file is read in its format; .docx is skipped", () => {
  const text = new TextEncoder().encode("Troops held the line in the east, the army said.\n");
  for (const [ext, format] of Object.entries(ARTICLE_EXTENSIONS)) {
    if (!["txt", "md"].includes(format)) continue;
    const r = parseArticleFile(text, `a${ext}`);
    assert.equal(r.articles[0]?.format, format, ext);
  }
  assert.ok(!(".docx" in ARTICLE_EXTENSIONS));
  assert.equal(parseArticleFile(text, "a.docx").entry.action, "skipped");
});

const ARTICLES: Article[] = ["2025-11-01", "2025-11-03"].map((date, i) => ({
  id: `a${i}`,
  path: `a${i}.txt`,
  format: "txt",
  outlet: null,
  date,
  title: null,
  url: null,
  text: "x",
  paragraphs: [],
}));

Deno.test("ARTICLE_PLOT_MODES and ARTICLE_INTERVALS are what plotArticles() accepts; NO_OUTLET labels articles without one", () => {
  for (const mode of ARTICLE_PLOT_MODES) {
    for (const interval of ARTICLE_INTERVALS) {
      assert.match(plotArticles(ARTICLES, { mode, interval }), /<svg/);
    }
  }
  assert.throws(() => plotArticles(ARTICLES, { mode: "pie" as never }), { name: "TypeError" });
  assert.throws(() => plotArticles(ARTICLES, { interval: "hour" as never }), { name: "TypeError" });
  assert.ok(plotArticles(ARTICLES, { mode: "dots" }).includes(NO_OUTLET));
});

Deno.test("PROGRESS_MODES are what progressBar() accepts", () => {
  for (const mode of PROGRESS_MODES) {
    progressBar(1, {
      mode,
      stream: { writeSync: (b: Uint8Array) => b.length } as never,
    });
  }
  assert.throws(() => progressBar(1, { mode: "loud" as never }), { name: "TypeError" });
});

Deno.test("TABLE_KINDS are what claimsTableRows() accepts", () => {
  for (const kind of TABLE_KINDS) {
    assert.ok(claimsTableRows([claim({ place: "A" })], kind).length > 0);
  }
  assert.throws(() => claimsTableRows([], "by-month" as never), { name: "TypeError" });
});

Deno.test("EARTH_RADIUS_KM is the radius haversineKm() measures with: one degree of the equator is R·π/180", () => {
  assert.equal(
    Math.round(haversineKm(0, 0, 1, 0) * 1000),
    Math.round(EARTH_RADIUS_KM * Math.PI / 180 * 1000),
  );
});

Deno.test("STATUS_COLORS give a status its controlling side's colour, amber when contested; ROLE_SYMBOLS one per role", () => {
  assert.equal(STATUS_COLORS.russia, SIDE_COLORS.russia);
  assert.equal(STATUS_COLORS.ukraine, SIDE_COLORS.ukraine);
  assert.ok(![SIDE_COLORS.russia, SIDE_COLORS.ukraine].includes(STATUS_COLORS.contested));
  assert.deepEqual(Object.keys(ROLE_SYMBOLS).sort(), [...ROLES].sort());
  assert.equal(new Set(Object.values(ROLE_SYMBOLS)).size, ROLES.length, "one symbol per role");
  // the timeline draws a mapping claim with the mapping role's symbol, in the legend
  const svg = plotTimeline([claim({ place: "A", role: "mapping" })]);
  assert.match(svg, /<svg/);
  assert.match(MAPPING_COLOR, /^#([0-9a-f]{2})\1\1$/, "a grey");
});

Deno.test("PLACE_KINDS are the kinds of the project's places table", async () => {
  const t = await readPlaceTable(new URL("../data/places.csv", import.meta.url).pathname);
  const kinds = new Set(t.places.map((p) => p.kind));
  for (const k of kinds) assert.ok(PLACE_KINDS.includes(k as never), `kind ${k}`);
  assert.ok(kinds.has("city") && kinds.has("village"));
});

Deno.test("snapshotIndexOn() gives the latest snapshot on or before the day, -1 before the first", async () => {
  await withMapping((_dir, data) => {
    assert.deepEqual(data.dates, ["2025-01-01", "2025-01-05"]);
    const at = (d: string) => snapshotIndexOn(data, d);
    assert.deepEqual(
      ["2024-12-31", "2025-01-01", "2025-01-04", "2025-01-05", "2026-01-01"].map(at),
      [-1, 0, 0, 1, 1],
    );
  });
});
