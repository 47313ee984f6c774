/**
 * Spellings: a place name the gazetteer does not know as written → the gazetteer entries of its
 * Ukrainian-based spelling, by the transliteration rules of `data/spelling_rules.csv` (Russian
 * "-oye" for Ukrainian "-ove", "G" for "H", ...). Each rule is tried alone, then every pair.
 *
 * @module
 */

import { _csvObjects, _dataText, _norm } from "../lexicon/_lexicon.ts";
import type { Gazetteer, Place } from "../lexicon/places.ts";

interface _Rule {
  from: RegExp;
  to: string;
}

let _rules: _Rule[] | null = null;

function _load(): _Rule[] {
  if (_rules) return _rules;
  const rows = _csvObjects(_dataText("spelling_rules.csv"), "data/spelling_rules.csv", [
    "from",
    "to",
  ]);
  return (_rules = rows.map((r, i) => {
    try {
      return { from: new RegExp(r.from), to: r.to };
    } catch (e) {
      throw new SyntaxError(
        `data/spelling_rules.csv:${i + 2}: expected a regular expression, found "${r.from}" (${
          (e as Error).message
        })`,
      );
    }
  }));
}

/** The gazetteer entries a name spelled otherwise stands for (empty when no rule finds one). */
export function respell(name: string, gazetteer: Gazetteer): Place[] {
  const rules = _load();
  const words = name.split(" ");
  const last = words.length - 1;
  const tries: string[] = [];
  for (let i = 0; i < rules.length; i++) {
    const one = _apply(words, last, rules[i]);
    if (one) tries.push(one.join(" "));
    for (let j = i + 1; j < rules.length && one; j++) {
      const two = _apply(one, last, rules[j]);
      if (two) tries.push(two.join(" "));
    }
  }
  for (const t of tries) {
    const hit = gazetteer.index.get(_norm(t));
    if (hit?.length) return hit;
  }
  return [];
}

/** The words with the rule applied to the first (for `^`) or the last word, or null. */
function _apply(words: readonly string[], last: number, rule: _Rule): string[] | null {
  const k = rule.from.source.startsWith("^") ? 0 : last;
  if (!rule.from.test(words[k])) return null;
  const out = [...words];
  out[k] = words[k].replace(rule.from, rule.to);
  return out;
}
