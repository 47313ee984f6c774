import assert from "node:assert/strict";
import {
  CLAIM_COLUMNS,
  GAP_COLUMNS,
  toCsv,
  toJsonl,
  writeReportFiles,
} from "../lib/tables/export.ts";
import { _csvCell as _cell } from "../lib/shared/_csv.ts";
import { CLAIM_FIELDS, claimRecord } from "../lib/run/extract_claims_format.ts";
import { claim, sampleClaims, sampleGapRows } from "./_charts_fixtures.ts";
import {
  ASSERTION_COLUMNS,
  ASSERTION_REPORT_COLUMNS,
  assertions,
  SYNDICATION_COLUMNS,
  writeAssertionFiles,
} from "../lib/mod.ts";

/** A small RFC 4180 reader for checking round trips (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') cell += '"', i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), cell = "";
    else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell), rows.push(row), row = [], cell = "", i++;
    } else cell += ch;
  }
  return rows;
}

Deno.test("toCsv() quotes commas, quotes and line breaks (RFC 4180) and leaves nulls empty", () => {
  const csv = toCsv([
    { a: 'He said "taken", then left', b: null, c: 1.5 },
    { a: "line one\nline two", b: undefined, c: -0 },
    { a: "plain", b: true, c: NaN },
  ], ["a", "b", "c"]);
  assert.equal(
    csv,
    'a,b,c\r\n"He said ""taken"", then left",,1.5\r\n"line one\nline two",,0\r\nplain,true,\r\n',
  );
  assert.deepEqual(parseCsv(csv)[1], ['He said "taken", then left', "", "1.5"]);
});

Deno.test("toCsv() writes exactly the columns asked for, in order, and rejects bad input", () => {
  assert.equal(toCsv([{ x: 1, y: 2, z: 3 }], ["z", "x"]), "z,x\r\n3,1\r\n");
  assert.equal(toCsv([], ["a"]), "a\r\n");
  assert.throws(() => toCsv([{}], []), {
    name: "TypeError",
    message: /columns: expected a non-empty array/,
  });
  assert.throws(() => toCsv([null as never], ["a"]), {
    name: "TypeError",
    message: /rows\[0\]: expected an object, found null/,
  });
  assert.equal(_cell({ k: [1] }), '"{""k"":[1]}"');
});

Deno.test("toJsonl() writes one claim per line with the schema's key order", () => {
  const c = { ...claim({ place: "Alpha" }), hedged: true };
  const lines = toJsonl([c, claim({ place: "Bravo" })]).split("\n");
  assert.equal(lines.length, 3);
  assert.equal(lines[2], "");
  assert.deepEqual(Object.keys(JSON.parse(lines[0])), CLAIM_COLUMNS.filter((k) => k in c));
  assert.deepEqual(JSON.parse(lines[0]), c);
});

Deno.test("writeReportFiles() writes claims.csv, claims.jsonl and gap.csv with one row per claim", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const claims = sampleClaims();
    const gapRows = sampleGapRows();
    const out = await writeReportFiles(`${dir}/out`, { claims, gapRows });
    assert.deepEqual(out.files.map((f) => f.slice(dir.length)), [
      "/out/claims.csv",
      "/out/claims.jsonl",
      "/out/gap.csv",
    ]);
    const claimsCsv = parseCsv(await Deno.readTextFile(`${dir}/out/claims.csv`));
    assert.deepEqual(claimsCsv[0], [...CLAIM_COLUMNS]);
    assert.equal(claimsCsv.length, claims.length + 1);
    const gap = parseCsv(await Deno.readTextFile(`${dir}/out/gap.csv`));
    assert.deepEqual(gap[0], [...GAP_COLUMNS]);
    for (
      const col of [
        "article",
        "claimant",
        "side",
        "role",
        "place",
        "claim",
        "status",
        "date",
        "asserted",
        "assessed_text",
        "assessed_map",
        "map_share",
        "gap_text",
        "gap_map",
        "lag_days",
      ]
    ) {
      assert.ok(gap[0].includes(col), `gap.csv has ${col}`);
    }
    assert.equal(gap.length, gapRows.length + 1);
    const i = gap[0].indexOf("lag_days");
    const kal = gap.find((r) =>
      r[gap[0].indexOf("place")] === "Kalynove" && r[gap[0].indexOf("claim")] === "captured"
    )!;
    assert.equal(kal[i], "5");
    const undated = gap.find((r) => r[gap[0].indexOf("date")] === "")!;
    assert.equal(undated[gap[0].indexOf("gap_map")], "", "no value: empty cell");
    const jsonl = (await Deno.readTextFile(`${dir}/out/claims.jsonl`)).trim().split("\n");
    assert.deepEqual(jsonl.map((l) => JSON.parse(l)), claims.map(claimRecord));
    for (const l of jsonl) assert.deepEqual(Object.keys(JSON.parse(l)), [...CLAIM_FIELDS]);
    const leftovers = [...Deno.readDirSync(`${dir}/out`)].map((e) => e.name).sort();
    assert.deepEqual(
      leftovers,
      ["claims.csv", "claims.jsonl", "gap.csv"],
      "no temporary files left",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("writeReportFiles() without gap rows still writes gap.csv with asserted values", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await writeReportFiles(dir, { claims: [claim({ place: "A", status: "contested" })] });
    const gap = parseCsv(await Deno.readTextFile(`${dir}/gap.csv`));
    assert.equal(gap[1][gap[0].indexOf("asserted")], "0.5");
    assert.equal(gap[1][gap[0].indexOf("assessed_map")], "");
    await assert.rejects(writeReportFiles("", { claims: [] }), {
      name: "TypeError",
      message: /outDir: expected a folder path/,
    });
    await assert.rejects(writeReportFiles(dir, { claims: "x" as never }), {
      name: "TypeError",
      message: /input.claims: expected an array/,
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("_csvCell() writes booleans and bigints as their text (JSON.stringify would throw on a bigint)", () => {
  assert.deepEqual([_cell(true), _cell(false), _cell(10n), _cell({ a: 1 })], [
    "true",
    "false",
    "10",
    '"{""a"":1}"',
  ]);
});

Deno.test("writeAssertionFiles() writes the assertions, their reports and the copies, one row each", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const list = assertions([
      claim({ place: "Alfa", article: "a1", id: "a1:0" }),
      claim({ place: "Alfa", article: "a2", id: "a2:0" }),
      claim({ place: "Bravo", article: "a2", id: "a2:30", start: 30, end: 40 }),
    ]);
    const syndication = {
      rows: [{ article: "a2", original: "a1", shared: 0.5 }],
      groups: [{ original: "a1", articles: ["a1", "a2"] }],
      originalOf: new Map([["a1", "a1"], ["a2", "a1"]]),
      candidates: 1,
    };
    const files = await writeAssertionFiles(`${dir}/out/`, { assertions: list, syndication });
    assert.deepEqual(files.map((f) => f.slice(dir.length)), [
      "/out/assertions.csv",
      "/out/assertions.jsonl",
      "/out/assertion_reports.csv",
      "/out/syndication.csv",
    ]);
    const [alfa, bravo] = list.map((a) => a.assertion);
    const rows = parseCsv(await Deno.readTextFile(files[0]));
    assert.deepEqual(rows[0], [...ASSERTION_COLUMNS]);
    assert.deepEqual(rows.slice(1).map((r) => [r[0], r[4], r[11], r[14]]), [
      [alfa, "Alfa", "2", "false"],
      [bravo, "Bravo", "1", "false"],
    ]);
    const jsonl = (await Deno.readTextFile(files[1])).split("\n");
    assert.equal(jsonl.pop(), "", "each line ends with a line break");
    const objects = jsonl.map((l) => JSON.parse(l));
    assert.deepEqual(Object.keys(objects[0]), [...ASSERTION_COLUMNS, "claims"]);
    assert.deepEqual(objects.map((o) => [o.assertion, o.claims]), [
      [alfa, ["a1:0", "a2:0"]],
      [bravo, ["a2:30"]],
    ]);
    assert.deepEqual(parseCsv(await Deno.readTextFile(files[2])), [
      [...ASSERTION_REPORT_COLUMNS],
      [alfa, "a1:0", "a1", "0", "10"],
      [alfa, "a2:0", "a2", "0", "10"],
      [bravo, "a2:30", "a2", "30", "40"],
    ]);
    assert.deepEqual(parseCsv(await Deno.readTextFile(files[3])), [
      [...SYNDICATION_COLUMNS],
      ["a2", "a1", "0.5"],
    ]);
    const names = [...Deno.readDirSync(`${dir}/out`)].map((e) => e.name).sort();
    assert.deepEqual(names, [
      "assertion_reports.csv",
      "assertions.csv",
      "assertions.jsonl",
      "syndication.csv",
    ], "no temporary files left");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
