/**
 * An exact prefilter for a paragraph pattern: a text in which none of the literals every match
 * holds occurs (compared without case) cannot match the pattern, so the RegExp need not run. Most
 * paragraphs match no cue pattern; a `String.includes` of a rare character (`(@` of a tweet
 * signature, `/` of a photo credit) settles them faster than the RegExp's scan.
 *
 * Takes a pattern source (as written for the flags `iu`); gives the test ({@link _prefilter},
 * {@link _mayMatch}). The literals are the needles of `lib/lexicon/_regex_source.ts` (which only
 * ever gives up, never guesses). A character test (`includes`) is used only for ASCII characters
 * that have no case (no other character folds to them, with `i` or `iu`), otherwise a RegExp with
 * the flag `i`, which matches as `iu` does for ASCII letters on a text without `ſ` (U+017F) or the
 * Kelvin sign (U+212A); the caller skips the prefilter on such texts.
 * @module
 */

import { _needles } from "../lexicon/_regex_source.ts";

/**
 * The longest run of `lit` made of ASCII characters without case that are rare in prose
 * (not letters, digits, white space or `.,-'`), or "" when there is none.
 */
function _rareRun(lit: string): string {
  let best = "";
  for (const run of lit.split(/[a-z0-9\s.,'-]+/)) if (run.length > best.length) best = run;
  return best;
}

/** A prefilter: the character runs to look for, and the literals that need a case-blind RegExp. */
export interface _Prefilter {
  runs: readonly string[];
  re: RegExp | null;
}

/**
 * The prefilter of a pattern source, or null when it would cost more than the RegExp it spares:
 * no literal known, or more than `maxRegExps` literals needing a RegExp of their own.
 */
export function _prefilter(src: string, maxRegExps = 1): _Prefilter | null {
  const lits = _needles(src);
  if (!lits || lits.length === 0) return null;
  const runs = new Set<string>();
  const words: string[] = [];
  for (const lit of lits) {
    const r = _rareRun(lit);
    if (r) runs.add(r);
    else words.push(lit);
  }
  if (words.length > maxRegExps) return null;
  // A run holding another run is found whenever that one is: test the shorter one only.
  const needed = [...runs].filter((r) => ![...runs].some((o) => o !== r && r.includes(o)));
  const escaped = words.map((w) => w.replace(/[\^$\\.*+?()[\]{}|/-]/g, "\\$&"));
  return { runs: needed, re: words.length ? new RegExp(escaped.join("|"), "i") : null };
}

/**
 * Whether `text` holds one of the prefilter's literals: false only when the pattern cannot match.
 * `text` must have neither `ſ` nor the Kelvin sign when the prefilter has a RegExp.
 */
export function _mayMatch(p: _Prefilter, text: string): boolean {
  for (const r of p.runs) if (text.includes(r)) return true;
  return p.re !== null && p.re.test(text);
}
