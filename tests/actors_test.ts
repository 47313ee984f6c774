import assert from "node:assert/strict";
import { defaultActors, findActors, lookupActor, parseActors } from "../lib/actors.ts";

Deno.test("findActors() maps every transliteration of the commander to one canonical name", () => {
  for (const v of ["Syrskyi", "Syrskii", "Sirsky", "Sirski", "Oleksandr Syrsky"]) {
    const ms = findActors(`${v} spoke.`);
    assert.equal(ms.length, 1, v);
    assert.equal(ms[0].canonical, "Oleksandr Syrskyi");
    assert.equal(ms[0].side, "ukraine");
  }
});

Deno.test("findActors() gives mapping projects and bloggers their side and role", () => {
  const ms = findActors(
    "DeepState, the ISW, Black Bird Group, Rybar, Two Majors and Butusov agreed.",
  );
  const got = Object.fromEntries(ms.map((m) => [m.canonical, `${m.side}/${m.role}`]));
  assert.equal(got["DeepState"], "ukraine/mapping");
  assert.equal(got["ISW"], "independent/mapping");
  assert.equal(got["Black Bird Group"], "independent/mapping");
  assert.equal(got["Rybar"], "russia/blogger");
  assert.equal(got["Two Majors"], "russia/blogger");
  assert.equal(got["Yurii Butusov"], "ukraine/blogger");
});

Deno.test("findActors() prefers the longest name (defence ministry over Russia)", () => {
  const ms = findActors("Russia's Defence Ministry said so.");
  assert.equal(ms.length, 1);
  assert.equal(ms[0].canonical, "Russian Defence Ministry");
  assert.equal(ms[0].text, "Russia's Defence Ministry");
});

Deno.test("findActors() recognises numbered units and takes their side from the adjective", () => {
  const ms = findActors(
    "Ukraine's 47th Separate Mechanized Brigade and Russia's 90th Tank Division clashed.",
  );
  assert.deepEqual(ms.map((m) => [m.canonical, m.side]), [
    ["47th Separate Mechanized Brigade", "ukraine"],
    ["90th Tank Division", "russia"],
  ]);
  assert.ok(ms.every((m) => m.unit && m.role === "official"));
});

Deno.test("findActors() resolves 'his military' to the side of the leader named before it", () => {
  const ms = findActors("Putin spoke first, then his military said more.");
  const poss = ms.find((m) => m.source === "possessive");
  assert.equal(poss?.canonical, "Russian military");
  assert.equal(poss?.side, "russia");
});

Deno.test("findActors() does not take a lower-case common word for a capitalised name", () => {
  assert.equal(findActors("the wagner in the yard").length, 0);
});

Deno.test("parseActors() reads variants and rejects an unknown side naming the line", () => {
  const a = parseActors("canonical,variants,side,role\nTest Unit,TU;T. Unit,ukraine,official\n");
  assert.deepEqual(a[0].variants, ["Test Unit", "TU", "T. Unit"]);
  assert.throws(() => parseActors("canonical,variants,side,role\nX,Y,mars,official\n", "a.csv"), {
    name: "TypeError",
    message: /a\.csv:2 side: expected one of .*found "mars"/,
  });
  assert.throws(() => parseActors("name,side\nX,ukraine\n", "b.csv"), {
    name: "SyntaxError",
    message: /b\.csv:1: expected a column "canonical"/,
  });
});

Deno.test("lookupActor() finds an actor by any variant", () => {
  assert.equal(lookupActor("dva mayora")?.canonical, "Two Majors");
  assert.equal(lookupActor("nobody at all"), undefined);
  assert.ok(defaultActors().length > 50);
});
