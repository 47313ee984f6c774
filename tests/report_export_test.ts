/**
 * The report's exports on a corpus given as a parameter: the hook writes every file from that
 * corpus, the claims are the claims command's records (same fields, same ids), and DuckDB joins
 * assertions.csv to claims.csv through assertion_reports.csv.
 */
import assert from "node:assert/strict";
import { relative } from "node:path";
import { notebookDefaults, runnerParams } from "../tools/report_params.ts";
import { _parseCsv } from "../lib/shared/_csv.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const PYTHON = `${ROOT}/.venv/bin/python`;

// Sentences of our own. w1 and w2 carry one story under two headlines (a syndicated copy); w3,
// the day after, refers back to the claim without a day of its own and adds another claim.
const BODY = "The river ferry resumed crossings on a cold grey morning after a week of repairs. " +
  "Engineers replaced two rusted hinges on the loading ramp and tested the winch for an hour. " +
  "The harbour master said twelve trucks and forty cars crossed before noon without any delay.";
const CLAIM = "Russia's defence ministry said on Sunday its forces captured Kupiansk.";
const FILES: Record<string, string> = {
  "w1.txt": ` date 2025-03-02  Wire One\nFerry town changes hands\n\n${CLAIM}\n\n${BODY}\n`,
  "w2.txt": ` date 2025-03-02  Site Two\nKupiansk taken, Moscow says\n\n${CLAIM}\n\n${BODY}\n`,
  "w3.txt": ` date 2025-03-03  Paper Three\nA day later\n\n` +
    "Russia's defence ministry said its forces captured Kupiansk.\n\n" +
    "Ukraine's military said its troops repelled attacks near Pokrovsk.\n",
};

async function _run(cmd: string, args: string[]) {
  const out = await new Deno.Command(cmd, { args, cwd: ROOT, stdout: "piped", stderr: "piped" })
    .output();
  const dec = new TextDecoder();
  return { code: out.code, out: dec.decode(out.stdout), err: dec.decode(out.stderr) };
}

function _rows(text: string, file: string): Record<string, string>[] {
  const [head, ...rows] = _parseCsv(text, file).rows;
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

Deno.test("the export hook writes every file from the corpus given with -p, as the claims command does", async () => {
  const dir = await Deno.makeTempDir({ prefix: "claimgap-export-" });
  try {
    await Deno.mkdir(`${dir}/corpus`);
    for (const [name, text] of Object.entries(FILES)) {
      await Deno.writeTextFile(`${dir}/corpus/${name}`, text);
    }
    // As tools/report.sh calls it: a path relative to the folder the user ran the report in
    // (here the repository root), with that folder as --cwd.
    const rel = relative(ROOT, `${dir}/corpus`);
    const hook = await _run("bash", [
      "tools/report.d/10_export.sh",
      "--out",
      `${dir}/out`,
      "--cwd",
      ROOT,
      "--jobs",
      "0",
      "-p",
      "corpus",
      rel,
      "-p",
      "mappingData",
      "",
    ]);
    assert.equal(hook.code, 0, hook.err);
    const read = (f: string) => Deno.readTextFileSync(`${dir}/out/${f}`);
    const params = JSON.parse(read("params.json"));
    assert.equal(params.corpus, rel);
    assert.equal(params.resolved.corpus, `${ROOT}/${rel}`);
    assert.equal(params.resolved.mapping, null);
    const claims = _rows(read("claims.csv"), "claims.csv");
    assert.deepEqual([...new Set(claims.map((c) => c.article))].sort(), ["w1", "w2", "w3"]);
    const gapArticles = new Set(_rows(read("gap.csv"), "gap.csv").map((r) => r.article));
    for (const a of gapArticles) assert.ok(["w1", "w2", "w3"].includes(a), `gap.csv row of ${a}`);
    // The claims command's records: same fields, same order, same ids.
    const cmd = await _run(Deno.execPath(), [
      "run",
      "--allow-read",
      "--allow-env",
      "tools/claims.ts",
      `${dir}/corpus`,
      "--csv",
    ]);
    assert.equal(cmd.code, 0, cmd.err);
    assert.equal(read("claims.csv").split("\r\n")[0], cmd.out.split("\n")[0]);
    assert.deepEqual(claims, _rows(cmd.out, "claims command"));
    // The copy, and one assertion for the three reports of the capture.
    assert.deepEqual(_rows(read("syndication.csv"), "syndication.csv").map((r) => r.article), [
      "w2",
    ]);
    const assertions = _rows(read("assertions.csv"), "assertions.csv");
    // (w2's headline "Kupiansk taken, Moscow says" is Russia's own assertion, apart)
    const ministry = (a: Record<string, string>) =>
      a.place === "Kupiansk" && a.claimant === "Russian Defence Ministry";
    const capture = assertions.filter(ministry);
    assert.equal(capture.length, 1);
    assert.deepEqual(
      [capture[0].date, capture[0].reports, capture[0].outlets, capture[0].independent],
      ["2025-03-02", "3", "3", "2"],
    );
    const jsonl = read("assertions.jsonl").trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(jsonl.map((a) => a.assertion), assertions.map((a) => a.assertion));
    assert.equal(jsonl.find(ministry).claims.length, 3);
    await _duckdbJoin(`${dir}/out`, assertions, claims);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

/** DuckDB (the Python package in .venv, from requirements.txt) joins the three exports. */
async function _duckdbJoin(
  out: string,
  assertions: Record<string, string>[],
  claims: Record<string, string>[],
) {
  const sql = `
    SELECT a.assertion, a.reports, count(c.id) AS joined,
           bool_and(c.article = r.article AND c.start = r.start AND c."end" = r."end"
                    AND c.place = a.place AND c.claimant = a.claimant) AS same
    FROM read_csv('${out}/assertions.csv', header = true, all_varchar = true) a
    JOIN read_csv('${out}/assertion_reports.csv', header = true, all_varchar = true) r
      USING (assertion)
    JOIN read_csv('${out}/claims.csv', header = true, all_varchar = true) c ON c.id = r.claim
    GROUP BY a.assertion, a.reports ORDER BY a.assertion`;
  const py = `import duckdb, json, sys\nprint(json.dumps(duckdb.sql(sys.argv[1]).fetchall()))`;
  const r = await _run(PYTHON, ["-c", py, sql]);
  assert.equal(
    r.code,
    0,
    `DuckDB (Python package duckdb in .venv, see requirements.txt; run tools/setup.sh): ${r.err}`,
  );
  const rows = JSON.parse(r.out) as [string, string, number, boolean][];
  assert.equal(rows.length, assertions.length, "every assertion joins its reports");
  for (const [id, reports, joined, same] of rows) {
    assert.equal(joined, Number(reports), `${id}: its reports joined to claims.csv`);
    assert.equal(same, true, `${id}: claims agree with their assertion and position`);
  }
  assert.equal(rows.reduce((s, r) => s + r[2], 0), claims.length, "every claim in one assertion");
}

Deno.test("runnerParams() reads the runner's arguments as the runner does, over the notebooks' defaults", async () => {
  const defaults = await notebookDefaults(`${ROOT}/notebooks`);
  assert.equal(defaults.corpus, "../data/articles");
  assert.equal(typeof defaults.mappingData, "string");
  const plain = await runnerParams([], defaults, "notebooks");
  assert.ok(typeof plain !== "string");
  assert.equal(plain.corpus, "notebooks/../data/articles");
  assert.equal(plain.out, "out");
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/p.json`, JSON.stringify({ corpus: "/x", windowDays: 3 }));
    const r = await runnerParams(
      [
        "--out",
        "o2",
        "--params",
        `${dir}/p.json`,
        "-p",
        "windowDays",
        "14",
        "--no-html",
        "nb.ipynb",
      ],
      defaults,
      "notebooks",
    );
    assert.ok(typeof r !== "string");
    assert.deepEqual([r.corpus, r.windowDays, r.out], ["/x", 14, "o2"]);
    await Deno.writeTextFile(`${dir}/01_a.ipynb`, _nb('const corpus = "a";'));
    await Deno.writeTextFile(`${dir}/02_b.ipynb`, _nb('const corpus = "b";'));
    await assert.rejects(notebookDefaults(dir), {
      name: "SyntaxError",
      message: /02_b.ipynb: parameter corpus defaults to "b", but .*01_a.ipynb to "a"/,
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
  assert.match(String(await runnerParams(["--bogus"], defaults, "n")), /unknown runner option/);
  assert.match(String(await runnerParams(["-p", "corpus"], defaults, "n")), /needs a NAME and/);
  assert.match(
    String(await runnerParams(["-p", "windowDays", "-1"], defaults, "n")),
    /windowDays: expected a number of days >= 0, found -1/,
  );
});

function _nb(source: string): string {
  return JSON.stringify({
    cells: [{ cell_type: "code", metadata: { tags: ["parameters"] }, source: [source] }],
  });
}
