/**
 * Who a record belongs to, in cases the construction families (extract_families_test.ts) leave
 * out: a person remembered from earlier in the article, an outlet quoting another outlet, the
 * author a denial names, a denial of the second of two owned claims, and a "the town of Y" that
 * names a new place rather than referring back. Each was found by the mutation check (README,
 * "Mutation check"): the tests passed with the code broken there.
 */
import assert from "node:assert/strict";
import { run } from "./_extract_fixtures.ts";

Deno.test("extractClaims() gives a later 'Petrenko said' to the person named with a title earlier in the article", () => {
  assert.deepEqual(
    run(
      "Ukrainian military spokesman Ivan Petrenko said the situation was difficult.",
      "Russian forces captured Terny, Petrenko said.",
    ),
    ["Ivan Petrenko|ukraine|official|Terny|captured|russia"],
  );
  assert.deepEqual(
    run(
      "Ivan Petrenko, a spokesman for Ukraine's army, spoke on Monday.",
      "Petrenko said Russian troops had entered Lyman.",
    ),
    ["Ivan Petrenko|ukraine|official|Lyman|advancing|contested"],
  );
});

Deno.test("extractClaims() gives a report an outlet relays from another outlet to the outlet quoted", () => {
  assert.deepEqual(
    run("Reuters reported, quoting RIA Novosti, that Russian troops entered Kupiansk."),
    [
      "RIA Novosti|russia|media|Kupiansk|advancing|contested",
    ],
  );
  assert.deepEqual(run("According to TASS, Russian troops entered Kupiansk, Reuters reported."), [
    "TASS|russia|media|Kupiansk|advancing|contested",
  ]);
});

Deno.test("extractClaims() names the author of a claim a denial rejects: 'rejected Russian claims' gives Russia's claim", () => {
  assert.deepEqual(run("Kyiv rejected Russian claims that its forces had captured Terny."), [
    "Russia|russia|official|Terny|captured|russia",
    "Ukraine|ukraine|official|Terny|denied|ukraine",
  ]);
});

Deno.test("extractClaims() gives the denial of a second owned claim ('and Rybar's report that') to the denier, not the first claim's owner", () => {
  assert.deepEqual(
    run(
      "Kyiv dismissed the Kremlin's claim that its forces took Lyman and Rybar's report that " +
        "Russian troops entered Siversk.",
    ),
    [
      "Kremlin|russia|official|Lyman|captured|russia",
      "Rybar|russia|blogger|Siversk|advancing|contested",
      "Ukraine|ukraine|official|Lyman|denied|ukraine",
      "Ukraine|ukraine|official|Siversk|denied|ukraine",
    ],
  );
});

Deno.test("extractClaims() does not read 'the town of Lyman' after Terny as a reference back to Terny", () => {
  assert.deepEqual(
    run("Russian troops captured Terny and are now advancing on the town of Lyman."),
    [
      "Daily Test|independent|media|Lyman|advancing|ukraine",
      "Daily Test|independent|media|Terny|captured|russia",
    ],
  );
});
