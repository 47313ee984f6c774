/**
 * filterClaims(), claimRecord(), CLAIM_FIELDS and the JSONL/CSV writers on hand-made claim records
 * (no extraction): each criterion of the filter, the inclusive date bounds, the schema order.
 * @module
 */
import assert from "node:assert/strict";
import {
  type Claim,
  CLAIM_FIELDS,
  claimRecord,
  claimsToCsv,
  claimsToJsonl,
  filterClaims,
  SCHEMA_FIELDS,
} from "../lib/mod.ts";
import { claim } from "./_charts_fixtures.ts";

const CLAIMS: Claim[] = [
  claim({ place: "Pokrovsk", article: "r1", date: "2025-11-01" }),
  claim({
    place: "Pokrovsk",
    article: "u1",
    claimant: "Ukrainian General Staff",
    side: "ukraine",
    claim: "holding",
    status: "ukraine",
    date: "2025-11-03",
  }),
  claim({
    place: "Kupiansk",
    article: "i1",
    claimant: "DeepState",
    side: "ukraine",
    role: "mapping",
    claim: "contested",
    status: "contested",
    date: "2025-11-05",
  }),
  claim({
    place: "Kupiansk",
    article: "w1",
    claimant: "Wire Service",
    side: "independent",
    role: "media",
    date: null,
  }),
];

const ids = (cs: Claim[]) => cs.map((c) => c.article);

Deno.test("filterClaims() with side 'ukraine' keeps only the Ukrainian claimants' claims", () => {
  assert.deepEqual(ids(filterClaims(CLAIMS, { side: "ukraine" })), ["u1", "i1"]);
  assert.deepEqual(ids(filterClaims(CLAIMS, { side: ["russia", "independent"] })), ["r1", "w1"]);
});

Deno.test("filterClaims() with role, claim kind and place (any case) keeps the matching claims", () => {
  assert.deepEqual(ids(filterClaims(CLAIMS, { role: "mapping" })), ["i1"]);
  assert.deepEqual(ids(filterClaims(CLAIMS, { claim: ["holding", "contested"] })), ["u1", "i1"]);
  assert.deepEqual(ids(filterClaims(CLAIMS, { place: "kupiansk" })), ["i1", "w1"]);
  assert.deepEqual(ids(filterClaims(CLAIMS, { side: "ukraine", place: "POKROVSK" })), ["u1"]);
});

Deno.test("filterClaims() from/to are inclusive days and drop undated claims", () => {
  assert.deepEqual(ids(filterClaims(CLAIMS, { from: "2025-11-03" })), ["u1", "i1"]);
  assert.deepEqual(ids(filterClaims(CLAIMS, { to: "2025-11-03" })), ["r1", "u1"]);
  assert.deepEqual(ids(filterClaims(CLAIMS, { from: "2025-11-02", to: "2025-11-04" })), ["u1"]);
  assert.deepEqual(ids(filterClaims(CLAIMS, { from: "2025-11-06" })), []);
});

Deno.test("filterClaims() without criteria returns a new array of every claim, input untouched", () => {
  const before = JSON.stringify(CLAIMS);
  const all = filterClaims(CLAIMS);
  assert.deepEqual(ids(all), ["r1", "u1", "i1", "w1"]);
  assert.notEqual(all, CLAIMS);
  assert.equal(JSON.stringify(CLAIMS), before);
});

Deno.test("filterClaims() rejects unknown sides, bad days and a non-array with clear errors", () => {
  assert.throws(() => filterClaims(CLAIMS, { side: "nato" as never }), {
    name: "TypeError",
    message: /filter\.side\[0\].*"russia", "ukraine", "independent".*"nato"/,
  });
  assert.throws(() => filterClaims(CLAIMS, { from: "2025-02-30" }), {
    name: "RangeError",
    message: /filter\.from/,
  });
  assert.throws(() => filterClaims({} as never), {
    name: "TypeError",
    message: "filterClaims: expected an array of claims, found an object",
  });
});

Deno.test("claimRecord() gives the schema's fields in schema order, then id and hedged, null for missing ones", () => {
  const c = { ...CLAIMS[3], id: "w1:0:0", hedged: true } as Claim;
  const r = claimRecord(c);
  assert.deepEqual(Object.keys(r), [...CLAIM_FIELDS]);
  assert.equal(r.date, null);
  assert.equal(r.place, "Kupiansk");
  assert.deepEqual([r.id, r.hedged], ["w1:0:0", true]);
  assert.equal(claimRecord(CLAIMS[3]).hedged, false);
  assert.deepEqual([...CLAIM_FIELDS], [...SCHEMA_FIELDS, "id", "hedged"]);
  assert.deepEqual([...SCHEMA_FIELDS], [
    "article",
    "claimant",
    "side",
    "role",
    "place",
    "area",
    "claim",
    "status",
    "date",
    "reported",
    "quote",
    "start",
    "end",
  ]);
});

Deno.test("claimRecord() gives each field of CLAIM_FIELDS, in order, as c[f] ?? null (hedged a boolean), for any values", async () => {
  const fc = (await import("npm:fast-check@4.3.0")).default;
  const value = fc.oneof(fc.string(), fc.constant(null), fc.constant(undefined), fc.integer());
  const fields = Object.fromEntries(CLAIM_FIELDS.map((f) => [f, value]));
  fc.assert(
    fc.property(fc.record(fields, { requiredKeys: [] }), (r) => {
      const c = r as unknown as Claim;
      const want: Record<string, unknown> = {};
      for (const f of CLAIM_FIELDS) want[f] = c[f] ?? null;
      want.hedged = c.hedged === true;
      const got = claimRecord(c);
      assert.deepEqual(Object.entries(got), Object.entries(want));
      assert.equal(JSON.stringify(got), JSON.stringify(want));
    }),
    { seed: 5, numRuns: 1000 },
  );
});

Deno.test("claimsToJsonl() writes one schema-ordered record per line; claimsToCsv() a header then rows", () => {
  const jsonl = claimsToJsonl(CLAIMS.slice(0, 2));
  const lines = jsonl.split("\n");
  assert.equal(lines.length, 3);
  assert.equal(lines[2], "");
  assert.deepEqual(JSON.parse(lines[1]), claimRecord(CLAIMS[1]));
  const csv = claimsToCsv(CLAIMS.slice(0, 1)).split("\n");
  assert.equal(csv[0], CLAIM_FIELDS.join(","));
  assert.match(csv[1], /^r1,Russian Defence Ministry,russia,official,Pokrovsk,,captured,russia,/);
});

Deno.test("_jsonLine() writes exactly JSON.stringify(claimRecord(c)) for any field values, quote repeated or not", async () => {
  const fc = (await import("npm:fast-check@4.3.0")).default;
  const { _jsonLine } = await import("../lib/run/extract_claims_format.ts");
  // quotes with escapes, control and astral characters, lone surrogates; missing and null fields
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.constant('a "b"\n\\c\u2028'),
  );
  const value = fc.oneof(text, fc.constant(null), fc.constant(undefined), fc.integer());
  const record = fc.record({
    article: value,
    claimant: value,
    place: value,
    area: value,
    date: value,
    quote: value,
    start: fc.oneof(fc.integer(), fc.constant(undefined)),
    id: value,
    hedged: fc.oneof(fc.boolean(), fc.constant(undefined)),
  });
  let n = 0;
  fc.assert(
    fc.property(record, (r) => {
      const c = { ...CLAIMS[n++ % CLAIMS.length], ...r } as unknown as Claim;
      for (const x of [c, { ...c }, { ...c, quote: "other" }]) {
        assert.equal(_jsonLine(x as Claim), JSON.stringify(claimRecord(x as Claim)));
      }
    }),
    { seed: 11, numRuns: 2000 },
  );
  assert.equal(
    claimsToJsonl(CLAIMS),
    CLAIMS.map((c) => JSON.stringify(claimRecord(c)) + "\n").join(""),
  );
});
