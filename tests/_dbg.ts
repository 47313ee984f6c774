import { findTriggers } from "../lib/extract/triggers.ts";
console.log(
  findTriggers(
    "Thousands of civilians have fled to Pokrovsk in the partially occupied Donetsk region.",
  ),
);
