/**
 * Dated statements (schema, "When": a quotation that continues an already dated statement takes
 * its day). The article of `art()` is dated Wednesday 2025-11-05. Short sentences of our own.
 */
import assert from "node:assert/strict";
import { art } from "./_extract_fixtures.ts";
import { extractClaims } from "../lib/extract/mod.ts";

/** Paragraphs, and the `place date` of each record they give (sorted). */
const _CASES: [name: string, paras: string[], days: string[]][] = [
  [
    "extractClaims() gives '\"...,\" he added' the day of the statement it goes on",
    [
      "Syrskyi said on Tuesday that Ukrainian forces had retaken Kotlyne.",
      '"We still hold Rodynske," he added.',
    ],
    ["Kotlyne 2025-11-04", "Rodynske 2025-11-04"],
  ],
  [
    "extractClaims() gives 'It said ...' after 'On Monday, the ministry said ...' Monday",
    [
      "On Monday, the Russian ministry said its troops had taken Dachne. It said attacks near " +
      "Udachne were repelled.",
    ],
    ["Dachne 2025-11-03", "Udachne 2025-11-03"],
  ],
  [
    "extractClaims() carries a statement's day to its own speaker only",
    [
      "On Monday, the Russian ministry said its troops had taken Dachne.",
      "DeepState said Russian troops had entered Udachne.",
    ],
    ["Dachne 2025-11-03", "Udachne 2025-11-05"],
  ],
  [
    "extractClaims() does not carry a span of days ('between August 4 and 16') as a statement's day",
    [
      "Ukraine's General Staff said troops retook Kotlyne between October 20 and 30. It said " +
      "Ukrainian troops still hold Rodynske.",
    ],
    ["Kotlyne 2025-10-20", "Rodynske 2025-11-05"],
  ],
];

for (const [name, paras, days] of _CASES) {
  Deno.test(name, () => {
    const got = extractClaims(art(paras)).map((c) => `${c.place} ${c.date}`).sort();
    assert.deepEqual(got, days);
  });
}
