/**
 * tools/check_notebook_outputs.ts on synthetic executed notebooks (outputs made by lib/'s own
 * display functions from hand-made claims): a right notebook passes, a wrong one fails naming
 * what it shows wrong.
 * @module
 */
import assert from "node:assert/strict";
import { check02, Checks, type NbCell, type Notebook } from "../tools/check_notebook_outputs.ts";
import {
  type Claim,
  claimRecord,
  countClaims,
  type Displayable,
  filterClaims,
  highlightHtml,
  html,
  mimeBundle,
  table,
} from "../lib/mod.ts";
import { claim } from "./_charts_fixtures.ts";

const CLAIMS: Claim[] = [
  claim({ place: "Pokrovsk" }),
  claim({
    place: "Pokrovsk",
    side: "ukraine",
    claimant: "Ukrainian General Staff",
    status: "ukraine",
    claim: "holding",
  }),
  claim({ place: "Kupiansk", side: "independent", role: "media", claimant: "Wire Service" }),
];

function cell(source: string, shown?: Displayable, printed = ""): NbCell {
  const outputs: NbCell["outputs"] = [];
  if (printed) outputs.push({ output_type: "stream", text: printed });
  if (shown) {
    outputs.push({
      output_type: "execute_result",
      data: mimeBundle(shown) as Record<string, unknown>,
    });
  }
  return { cell_type: "code", source, outputs };
}

/** Notebook 02 as it should be, with `picked` standing in for filterClaims()'s result. */
function notebook02(picked: Claim[], caption: string): Notebook {
  return {
    cells: [
      cell(
        "const { claims } = await loadAndExtract(corpus);",
        undefined,
        `3 claims from 2 articles\n`,
      ),
      cell("table(claims.map(claimRecord))", table(CLAIMS.map(claimRecord))),
      cell(
        "const picked = filterClaims(claims, pick);",
        table(picked.map(claimRecord), { caption }),
      ),
      cell(
        "html(foldHtml(highlightHtml(claims, { limit: claims.length }), ...));",
        html(highlightHtml(CLAIMS, { limit: CLAIMS.length })),
      ),
      cell(
        'table(countClaims(claims, ["side", "role"]));',
        table(countClaims(CLAIMS, ["side", "role"])),
      ),
    ],
  };
}

Deno.test("check02() passes a notebook that shows the filtered claims and their count", () => {
  const k = new Checks("02");
  const picked = filterClaims(CLAIMS, { side: "ukraine" });
  check02(k, notebook02(picked, `1 claims matching {"side":"ukraine"}`), CLAIMS, 2);
  assert.deepEqual(k.failures, []);
  assert.ok(k.count >= 8, `${k.count} checks`);
});

Deno.test("check02() fails '3 claims matching {side: ukraine}' over rows of other sides", () => {
  const k = new Checks("02");
  check02(k, notebook02(CLAIMS, `3 claims matching {"side":"ukraine"}`), CLAIMS, 2);
  assert.deepEqual(k.failures, [
    '02: count in the caption "3 claims matching {"side":"ukraine"}": expected 1, found 3',
    "02: filtered table rows: expected 1, found 3",
    "02: filtered rows whose side is not ukraine: expected 0, found 2",
  ]);
});

Deno.test("check02() fails a printed count or a count table that does not add up", () => {
  const nb = notebook02(
    filterClaims(CLAIMS, { side: "ukraine" }),
    `1 claims matching {"side":"ukraine"}`,
  );
  nb.cells[0] = cell("loadAndExtract(corpus)", undefined, "51 claims from 2 articles\n");
  nb.cells[4] = cell(
    "countClaims(claims, [])",
    table(countClaims(CLAIMS.slice(1), ["side", "role"])),
  );
  const k = new Checks("02");
  check02(k, nb, CLAIMS, 2);
  assert.equal(k.failures.length, 3, k.failures.join("\n"));
  assert.match(k.failures[0], /printed claim count/);
  assert.match(k.failures[2], /count table sum: expected 3, found 2/);
});
