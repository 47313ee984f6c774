/**
 * Malformed inputs give errors (or report entries) that name the file and the line or field:
 * bad sidecar `articles.csv` rows, gazetteer rows with impossible coordinates, GeoJSON that is
 * not, parameters of the wrong type, a negative window. Class AND message are checked.
 */
import assert from "node:assert/strict";
import { loadArticles } from "../lib/load/load_articles.ts";
import { loadGazetteer } from "../lib/lexicon/places.ts";
import { parseGazetteer } from "../lib/lexicon/gazetteer_parse.ts";
import { loadMappingData, snapshotOn } from "../lib/gap/mapping_data.ts";
import { confirmationLag } from "../lib/gap/lag.ts";
import { gap } from "../lib/gap/gap.ts";
import { readPlaceTable } from "../lib/gap/place_table.ts";
import { tableHtml } from "../lib/notebook/display.ts";
import { plotTimeline } from "../lib/plots/plot_timeline.ts";
import { plotMap } from "../lib/plots/plot_map.ts";
import { toCsv } from "../lib/tables/export.ts";
import { extractClaims } from "../lib/extract/mod.ts";
import type { Claim, LoadEntry } from "../lib/shared/types.ts";

/** `fn` throws an instance of `cls` whose message matches every pattern. */
function throwsWith(fn: () => unknown, cls: ErrorConstructor, ...patterns: RegExp[]): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(
      e instanceof cls,
      `expected ${cls.name}, got ${(e as Error)?.constructor?.name}: ${(e as Error)?.message}`,
    );
    for (const p of patterns) assert.match((e as Error).message, p);
    return true;
  });
}

async function rejectsWith(
  fn: () => Promise<unknown>,
  cls: ErrorConstructor,
  ...patterns: RegExp[]
): Promise<void> {
  await assert.rejects(fn, (e: unknown) => {
    assert.ok(
      e instanceof cls,
      `expected ${cls.name}, got ${(e as Error)?.constructor?.name}: ${(e as Error)?.message}`,
    );
    for (const p of patterns) assert.match((e as Error).message, p);
    return true;
  });
}

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "claimgap-err-" });
  try {
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

const ARTICLE =
  " date 2025-11-05  Kyiv Post\nDefenders hold Siversk\n\nTroops said they still hold Siversk.\n";

function claim(over: Partial<Claim> = {}): Claim {
  return {
    article: "a1",
    claimant: "Russian Defence Ministry",
    side: "russia",
    role: "official",
    place: "Siversk",
    area: null,
    claim: "captured",
    status: "russia",
    date: "2025-11-05",
    reported: "2025-11-05",
    quote: "Troops took Siversk.",
    start: 0,
    end: 20,
    ...over,
  };
}

// ---------------------------------------------------------------------------------------------
// Sidecar CSV

function sidecarEntry(entries: LoadEntry[], dir: string): LoadEntry {
  const e = entries.find((x) => x.file === `${dir}/articles.csv`);
  assert.ok(e, `no report entry for the sidecar: ${JSON.stringify(entries)}`);
  return e;
}

Deno.test("loadArticles() reports bad sidecar rows by line: field count, empty id, bad date, unknown id", async () => {
  await withDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/a1.txt`, ARTICLE);
    await Deno.writeTextFile(`${dir}/a2.txt`, ARTICLE);
    await Deno.writeTextFile(
      `${dir}/articles.csv`,
      [
        "id,date,outlet,url,title",
        "a1,2025-11-04,Good Outlet,,", // line 2: fine
        "a2,2025-02-30,X,,", // line 3: impossible date
        "a1,2025-11-04,too,many,fields,here", // line 4: field count
        ",2025-11-04,No id,,", // line 5: empty id
        "ghost,2025-11-04,Nobody,,", // line 6: unknown id
        "",
      ].join("\n"),
    );
    const { articles, report } = await loadArticles(dir);
    const e = sidecarEntry(report.entries, dir);
    assert.equal(e.action, "repaired", JSON.stringify(e));
    const notes = e.notes.join("\n");
    assert.match(notes, /line 3: bad date for "a2" \(.*2025-02-30.*\)/);
    assert.match(notes, /line 4: expected 5 fields, found 6/);
    assert.match(notes, /line 5: empty id/);
    assert.match(notes, /line 6: unknown id "ghost"/);
    assert.equal(e.line, 3, "first problem line");
    const a1 = articles.find((a) => a.id === "a1")!;
    const a2 = articles.find((a) => a.id === "a2")!;
    assert.equal(a1.outlet, "Good Outlet");
    assert.equal(a2.date, "2025-11-05", "bad sidecar date not applied");
  });
});

Deno.test("loadArticles() reports a malformed sidecar (unclosed quote) as skipped with its line", async () => {
  await withDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/a1.txt`, ARTICLE);
    await Deno.writeTextFile(
      `${dir}/articles.csv`,
      'id,date,outlet,url,title\na1,2025-11-04,"Unclosed outlet,,\na2,2025-11-04,X,,\n',
    );
    const { articles, report } = await loadArticles(dir);
    const e = sidecarEntry(report.entries, dir);
    assert.equal(e.action, "skipped");
    assert.match(e.notes.join(" "), /malformed CSV/);
    assert.match(e.notes.join(" "), /articles\.csv/);
    assert.equal(e.line, 2, `line of the unclosed quote: ${JSON.stringify(e)}`);
    assert.equal(articles.length, 1, "articles still load");
  });
});

Deno.test("loadArticles() reports a sidecar without an id column at line 1", async () => {
  await withDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/a1.txt`, ARTICLE);
    await Deno.writeTextFile(`${dir}/articles.csv`, "name,date\na1,2025-11-04\n");
    const { report } = await loadArticles(dir);
    const e = sidecarEntry(report.entries, dir);
    assert.equal(e.action, "skipped");
    assert.equal(e.line, 1);
    assert.match(e.notes[0], /line 1: expected a header with an "id" column/);
  });
});

Deno.test("loadArticles() with an explicit sidecar that does not exist throws NotFound naming it", async () => {
  await withDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/a1.txt`, ARTICLE);
    await rejectsWith(
      () => loadArticles(dir, { sidecar: `${dir}/nope.csv` }),
      Deno.errors.NotFound as unknown as ErrorConstructor,
      /sidecar/,
      /nope\.csv/,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Gazetteers and place tables

const OWN_HEADER = "canonical,variants,oblast,lat,lon,kind,radius_km";

Deno.test("parseGazetteer() rejects lat 123 with RangeError naming file, line and field", () => {
  const text = [
    OWN_HEADER,
    "Siversk,,Donetsk,48.86,38.10,town,4",
    "Nowhere,,Donetsk,123,37.5,village,",
  ]
    .join("\n");
  throwsWith(() => parseGazetteer(text, "places.csv"), RangeError, /places\.csv:3/, /lat/, /123/);
});

Deno.test("parseGazetteer() rejects lon 200 with RangeError naming file, line and field", () => {
  const text = [OWN_HEADER, "Siversk,,Donetsk,48.86,200,town,4"].join("\n");
  throwsWith(() => parseGazetteer(text, "places.csv"), RangeError, /places\.csv:2/, /lon/, /200/);
});

Deno.test("parseGazetteer() rejects a non-numeric lat with SyntaxError naming file and line", () => {
  const text = [OWN_HEADER, "Siversk,,Donetsk,north,38.10,town,4"].join("\n");
  throwsWith(
    () => parseGazetteer(text, "places.csv"),
    SyntaxError,
    /places\.csv:2/,
    /lat/,
    /"north"/,
  );
});

Deno.test("parseGazetteer() rejects an unknown header with SyntaxError at line 1", () => {
  throwsWith(
    () => parseGazetteer("place;lat;lon\nX;1;2\n", "junk.csv"),
    SyntaxError,
    /junk\.csv:1/,
    /expected a gazetteer header/,
  );
});

Deno.test("parseGazetteer() on GeoNames rows with lat 123 throws RangeError naming the line", () => {
  const row = (lat: string) =>
    [
      "1",
      "Siversk",
      "Siversk",
      "",
      lat,
      "38.1",
      "P",
      "PPL",
      "UA",
      "",
      "14",
      "",
      "",
      "",
      "11000",
      "",
      "",
      "",
      "",
    ]
      .join("\t");
  throwsWith(
    () => parseGazetteer([row("48.86"), row("123")].join("\n"), "UA.txt"),
    RangeError,
    /UA\.txt:2/,
    /lat/,
  );
});

Deno.test("loadGazetteer() with a wrong-typed path throws TypeError", async () => {
  await rejectsWith(() => loadGazetteer(42 as unknown as string), TypeError);
});

Deno.test("readPlaceTable() skips lat 123 and lon 200 rows with file, line and reason", async () => {
  await withDir(async (dir) => {
    const file = `${dir}/places.csv`;
    await Deno.writeTextFile(
      file,
      [
        OWN_HEADER,
        "Siversk,,Donetsk,48.86,38.10,town,4",
        "Bad Lat,,Donetsk,123,37.5,village,",
        "Bad Lon,,Donetsk,48,200,village,",
        "",
      ]
        .join("\n"),
    );
    const r = await readPlaceTable(file);
    assert.deepEqual(r.places.map((p) => p.name), ["Siversk"]);
    const lines = r.skipped.map((s) => [s.file, s.line]);
    assert.deepEqual(lines, [[file, 3], [file, 4]], JSON.stringify(r.skipped));
    assert.match(r.skipped[0].reason, /Bad Lat/);
    assert.match(r.skipped[1].reason, /Bad Lon/);
  });
});

Deno.test("readPlaceTable() without a lat column throws TypeError naming file:1", async () => {
  await withDir(async (dir) => {
    const file = `${dir}/p.csv`;
    await Deno.writeTextFile(file, "canonical,lon\nX,37\n");
    await rejectsWith(() => readPlaceTable(file), TypeError, /p\.csv:1/, /"lat" column/);
  });
});

// ---------------------------------------------------------------------------------------------
// GeoJSON that isn't

Deno.test("loadMappingData() on a file that is not JSON throws SyntaxError naming the file", async () => {
  await withDir(async (dir) => {
    const file = `${dir}/area.geojson`;
    await Deno.writeTextFile(file, "<html>not json</html>");
    await rejectsWith(() => loadMappingData(file), SyntaxError, /area\.geojson/, /not JSON/);
  });
});

Deno.test("loadMappingData() on JSON that is not a FeatureCollection throws TypeError naming the file", async () => {
  await withDir(async (dir) => {
    const file = `${dir}/area.geojson`;
    await Deno.writeTextFile(file, JSON.stringify({ type: "Topology", objects: {} }));
    await rejectsWith(() => loadMappingData(file), TypeError, /area\.geojson/, /FeatureCollection/);
  });
});

Deno.test("loadMappingData() reports each bad feature of a single file by index", async () => {
  await withDir(async (dir) => {
    const file = `${dir}/area.geojson`;
    const ring = [[37, 48], [37.1, 48], [37.1, 48.1], [37, 48]];
    await Deno.writeTextFile(
      file,
      JSON.stringify({
        type: "FeatureCollection",
        features: [
          {
            type: "Feature",
            properties: { date: "2025-11-05" },
            geometry: { type: "Polygon", coordinates: [ring] },
          },
          {
            type: "Feature",
            properties: { date: "2025-02-30" },
            geometry: { type: "Polygon", coordinates: [ring] },
          },
          {
            type: "Feature",
            properties: { date: "2025-11-06" },
            geometry: { type: "Polygon", coordinates: [[["a", 1]]] },
          },
        ],
      }),
    );
    const data = await loadMappingData(file);
    assert.deepEqual(data.dates, ["2025-11-05"]);
    const skipped = data.report.entries.filter((e) => e.action === "skipped");
    assert.deepEqual(skipped.map((e) => e.feature), [1, 2], JSON.stringify(skipped));
    assert.match(skipped[0].reason ?? "", /feature 1: expected properties\.date/);
    assert.match(skipped[1].reason ?? "", /feature 2/);
    for (const e of skipped) assert.equal(e.file, file);
  });
});

Deno.test("loadMappingData() on a folder reports non-JSON, non-GeoJSON and impossible-date files", async () => {
  await withDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/deepstatemap_data_20251105.geojson`, "{not json");
    await Deno.writeTextFile(`${dir}/deepstatemap_data_20251106.geojson`, '{"type":"Feature"}');
    await Deno.writeTextFile(
      `${dir}/deepstatemap_data_20250230.geojson`,
      '{"type":"FeatureCollection","features":[]}',
    );
    const data = await loadMappingData(dir);
    assert.equal(data.snapshots.length, 0);
    const by = new Map(data.report.entries.map((e) => [e.file.split("/").pop(), e]));
    assert.match(by.get("deepstatemap_data_20251105.geojson")!.reason ?? "", /not JSON/);
    assert.match(by.get("deepstatemap_data_20251106.geojson")!.reason ?? "", /FeatureCollection/);
    assert.match(
      by.get("deepstatemap_data_20250230.geojson")!.reason ?? "",
      /not a real calendar day/,
    );
    for (const e of data.report.entries) assert.equal(e.action, "skipped");
  });
});

Deno.test("loadMappingData() with a wrong-typed option throws TypeError naming it", async () => {
  await rejectsWith(
    () => loadMappingData(".", { eagerIndex: "yes" as unknown as boolean }),
    TypeError,
    /eagerIndex/,
  );
  await rejectsWith(() => loadMappingData(42 as unknown as string), TypeError, /path/);
});

// ---------------------------------------------------------------------------------------------
// Parameters

Deno.test("gap() with windowDays -1 throws RangeError; with '7' a TypeError", () => {
  throwsWith(() => gap([claim()], { windowDays: -1 }), RangeError, /windowDays/, /-1/);
  throwsWith(
    () => gap([claim()], { windowDays: "7" as unknown as number }),
    TypeError,
    /windowDays/,
    /"7"/,
  );
  throwsWith(() => gap([claim()], { windowDays: NaN }), TypeError, /windowDays/);
});

Deno.test("gap() names the index and field of a malformed claim", () => {
  throwsWith(
    () => gap([claim(), claim({ date: "2025-02-30" })]),
    RangeError,
    /claims\[1\]\.date/,
    /2025-02-30/,
  );
  throwsWith(
    () => gap([claim({ status: "won" as Claim["status"] })]),
    TypeError,
    /claims\[0\]\.status/,
    /"won"/,
  );
  throwsWith(() => gap("claims" as unknown as Claim[]), TypeError, /claims/);
  throwsWith(
    () => gap([claim()], { roles: ["king" as Claim["role"]] }),
    TypeError,
    /roles\[0\]/,
    /"king"/,
  );
});

Deno.test("confirmationLag() and snapshotOn() reject a negative window/age with RangeError", async () => {
  await withDir(async (dir) => {
    const file = `${dir}/a.geojson`;
    const ring = [[37, 48], [37.1, 48], [37.1, 48.1], [37, 48]];
    await Deno.writeTextFile(
      file,
      JSON.stringify({
        type: "FeatureCollection",
        features: [{
          type: "Feature",
          properties: { date: "2025-11-05" },
          geometry: { type: "Polygon", coordinates: [ring] },
        }],
      }),
    );
    const data = await loadMappingData(file);
    throwsWith(() => snapshotOn(data, "2025-11-05", { maxAgeDays: -1 }), RangeError, /maxAgeDays/);
    throwsWith(() => snapshotOn(data, "2025-02-30"), RangeError, /2025-02-30/);
    throwsWith(() => snapshotOn(data, "yesterday"), TypeError, /ISO date/);
    throwsWith(
      () => confirmationLag([claim()], data, [], { maxAgeDays: -1 }),
      RangeError,
      /maxAgeDays/,
      /-1/,
    );
  });
});

Deno.test("loadArticles() rejects wrong-typed input and options with TypeError/RangeError", async () => {
  await rejectsWith(() => loadArticles(42 as unknown as string), TypeError, /input/);
  await rejectsWith(() => loadArticles(""), TypeError, /input/);
  await rejectsWith(
    () => loadArticles(".", { limit: "5" as unknown as number }),
    TypeError,
    /limit/,
    /"5"/,
  );
  await rejectsWith(() => loadArticles(".", { limit: -1 }), RangeError, /limit/, /-1/);
  await rejectsWith(() => loadArticles(".", { limit: 1.5 }), RangeError, /limit/);
  await rejectsWith(
    () => loadArticles(".", { onProgress: "log" as unknown as () => void }),
    TypeError,
    /onProgress/,
  );
  await rejectsWith(
    () => loadArticles(".", { recursive: 1 as unknown as boolean }),
    TypeError,
    /recursive/,
  );
  await rejectsWith(
    () => loadArticles("/nonexistent/claimgap"),
    Deno.errors.NotFound as unknown as ErrorConstructor,
    /nonexistent\/claimgap/,
  );
});

Deno.test("renderers reject wrong-typed options with TypeError/RangeError naming the option", () => {
  throwsWith(() => tableHtml([{ a: 1 }], { maxRows: 0 }), RangeError, /maxRows/);
  throwsWith(
    () => tableHtml([{ a: 1 }], { maxRows: "5" as unknown as number }),
    TypeError,
    /maxRows/,
  );
  throwsWith(() => tableHtml("rows" as unknown as []), TypeError, /rows/);
  throwsWith(
    () => plotTimeline([claim()], { width: "wide" as unknown as number }),
    TypeError,
    /width/,
  );
  throwsWith(() => plotTimeline([claim()], { width: 10 }), RangeError, /width/, /10/);
  throwsWith(
    () => plotTimeline([claim()], { from: "2025-02-30" }),
    RangeError,
    /from/,
    /2025-02-30/,
  );
  throwsWith(
    () => plotTimeline([claim()], { roles: ["king" as Claim["role"]] }),
    TypeError,
    /roles\[0\]/,
  );
  throwsWith(
    () => plotMap([{ place: "X", lon: 37, lat: 123, gap: null }]),
    RangeError,
    /points\[0\]\.lat/,
    /123/,
  );
  throwsWith(() => toCsv([{ a: 1 }], []), TypeError, /columns/);
});

Deno.test("extractClaims() rejects malformed articles and options with TypeError naming them", () => {
  throwsWith(() => extractClaims([null as never]), TypeError, /article 0/);
  throwsWith(
    () => extractClaims([{ id: "a", text: 5, paragraphs: [] } as never]),
    TypeError,
    /article 0/,
    /id, text and paragraphs/,
  );
  throwsWith(() => extractClaims([], null as never), TypeError, /options/);
  throwsWith(() => extractClaims([], { mediaName: "" }), TypeError, /mediaName/);
  throwsWith(() => extractClaims([], { commenterName: 7 as never }), TypeError, /commenterName/);
});

Deno.test("extractClaims() rejects an article whose paragraph offsets lie outside its text with a RangeError naming article, paragraph and offsets", () => {
  const text = "Russian forces captured Pokrovsk.";
  const a = {
    id: "off",
    path: "off.txt",
    format: "txt" as const,
    outlet: null,
    date: "2025-11-05",
    title: null,
    url: null,
    text,
    paragraphs: [{ start: 0, end: 500, kind: "body" as const }, {
      start: -5,
      end: 3,
      kind: "body" as const,
    }],
  };
  // A clear error, not claims whose quotes are not text.slice(start, end).
  throwsWith(
    () => extractClaims([a]),
    RangeError,
    /article off paragraph 0/,
    /<= 33, found start 0, end 500/,
  );
});

Deno.test("loadArticles({recursive}) on a symlink loop reads each file once and reports the loop", async () => {
  await withDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/a.txt`, ARTICLE);
    await Deno.mkdir(`${dir}/sub`);
    await Deno.writeTextFile(`${dir}/sub/b.txt`, ARTICLE);
    await Deno.symlink(dir, `${dir}/sub/loop`); // sub/loop → the top folder again
    const { articles, report } = await loadArticles(dir, { recursive: true });
    assert.deepEqual(
      articles.map((a) => a.id).sort(),
      ["a", "b"],
      `each file once, found ${articles.length} articles`,
    );
    const loop = report.entries.find((e) => e.file === `${dir}/sub/loop`);
    assert.ok(loop, `the loop is reported: ${report.entries.map((e) => e.file).slice(0, 5)}`);
    assert.equal(loop.action, "skipped");
    assert.match(loop.notes.join(" "), /loop|already|symlink|link/i);
  });
});

Deno.test("loadMappingData() skips a feature whose polygon lies off the globe (lat 123), naming it", async () => {
  await withDir(async (dir) => {
    const file = `${dir}/area.geojson`;
    const good = [[37, 48], [37.1, 48], [37.1, 48.1], [37, 48]];
    const off = [[37, 123], [37.1, 123], [37.1, 123.1], [37, 123]];
    const feature = (date: string, ring: number[][]) => ({
      type: "Feature",
      properties: { date },
      geometry: { type: "Polygon", coordinates: [ring] },
    });
    await Deno.writeTextFile(
      file,
      JSON.stringify({
        type: "FeatureCollection",
        features: [feature("2025-11-05", good), feature("2025-11-06", off)],
      }),
    );
    const data = await loadMappingData(file);
    assert.deepEqual(data.dates, ["2025-11-05"], "the off-globe snapshot is not used");
    const e = data.report.entries.find((x) => x.feature === 1);
    assert.ok(e, `feature 1 reported: ${JSON.stringify(data.report.entries)}`);
    assert.equal(e.action, "skipped");
    assert.match(e.reason ?? "", /feature 1/);
    assert.match(e.reason ?? "", /123|lat|range/i);
  });
});
