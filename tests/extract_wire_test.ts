/**
 * Constructions of wire copy and headlines (issue "Claims from real reporting", session 7): a
 * speaker named only by a generic word at the end ("..., military says", "... - MoD"), headline
 * verbs in title case that are no part of a place name. Short sentences of our own.
 */
import assert from "node:assert/strict";
import { findPlaces } from "../lib/mod.ts";
import { run } from "./_extract_fixtures.ts";

Deno.test("extractClaims() gives '..., military says' to the military of the sentence's first actor", () => {
  assert.deepEqual(
    run(["headline", "Ukrainian troops retake village of Robotyne, military says"]),
    ["Ukrainian military|ukraine|official|Robotyne|recaptured|ukraine"],
  );
});

Deno.test("extractClaims() gives '..., media report' to the media of the acting side", () => {
  assert.deepEqual(
    run(["headline", "Russia recaptures three villages in Belgorod region, media report"]),
    ["Russian media|russia|media|Belgorod Oblast|recaptured|russia"],
  );
});

Deno.test("extractClaims() gives a headline ending '- MoD' to the ministry's side", () => {
  assert.deepEqual(
    run(["headline", "Russian Forces Liberate Robotyne in Zaporizhzhia Region - MoD"]),
    ["Russian military|russia|official|Robotyne|captured|russia"],
  );
});

Deno.test("extractClaims() leaves a generic tail without a side to the article's voice", () => {
  assert.deepEqual(
    run("Troops retook the village of Robotyne, officials said."),
    ["Daily Test|independent|media|Robotyne|recaptured|ukraine"],
  );
});

Deno.test("findPlaces() does not join a title-case claim verb to the place after it", () => {
  const names = findPlaces("Russian Forces Liberate Robotyne and Capture Tykhe").map((p) => p.text);
  assert.deepEqual(names, ["Robotyne", "Tykhe"]);
});
