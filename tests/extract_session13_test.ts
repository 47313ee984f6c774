/**
 * Constructions of real reporting added in session 13 (issue "Claims from real reporting"):
 * sources the actor table does not know, named after a word for what they are ("the Telegram
 * channel X", "the OSINT project Y", "the news site Z"). Short sentences of our own.
 */
import assert from "node:assert/strict";
import { organisationsIn } from "../lib/extract/organisations.ts";
import { caseTests } from "./_extract_fixtures.ts";

caseTests([
  [
    "extractClaims() reads 'the open-source intelligence project Kestrel Watch reported' as a mapping source",
    "The open-source intelligence project Kestrel Watch reported that Russian forces advanced near Siversk.",
    ["Kestrel Watch|independent|mapping|Siversk|advancing|ukraine"],
  ],
  [
    "extractClaims() reads 'the Russian Telegram channel Polar Wind reported' as a Russian blogger",
    "The Russian Telegram channel Polar Wind reported that Russian troops had entered Vovchansk.",
    ["Polar Wind|russia|blogger|Vovchansk|advancing|contested"],
  ],
  [
    "extractClaims() reads 'according to the Ukrainian news site Steppe Herald' as a Ukrainian outlet",
    "According to the Ukrainian news site Steppe Herald, Russian troops have occupied Novohrodivka.",
    ["Steppe Herald|ukraine|media|Novohrodivka|captured|russia"],
  ],
]);

Deno.test("organisationsIn() takes the side of a side word before the descriptor, else independent", () => {
  const found = organisationsIn(
    "The pro-Russian Telegram channel Polar Wind and the OSINT group Kestrel Watch disagree.",
  ).map((m) => `${m.canonical}|${m.side}|${m.role}`);
  assert.deepEqual(found, ["Polar Wind|russia|blogger", "Kestrel Watch|independent|mapping"]);
});

Deno.test("organisationsIn() names no source after a capitalised descriptor or without a name", () => {
  assert.deepEqual(organisationsIn("Channel One said the outlet had closed."), []);
  assert.deepEqual(organisationsIn("A monitoring group said fighting went on."), []);
});
