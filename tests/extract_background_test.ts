/**
 * Background in the article's own voice (issue "Claims from real reporting", session 7): past
 * events a sentence tells ("since Ukraine launched its incursion") are not carried in a source's
 * voice. Short sentences of our own.
 */
import assert from "node:assert/strict";
import { run } from "./_extract_fixtures.ts";

Deno.test("extractClaims() gives 'since Ukraine launched its incursion' back to the article, not the source speaking before", () => {
  assert.deepEqual(
    run(
      "The Russian Defence Ministry said its forces repelled attacks near Sudzha. The ministry " +
        "added that its forces hold the line. Thousands of residents were evacuated from the Kursk " +
        "region since Ukraine launched its incursion.",
    ).filter((r) => r.includes("Kursk Oblast")),
    ["Daily Test|independent|media|Kursk Oblast|advancing|contested"],
  );
});
