/**
 * Shared by the finders' tests: a cheap test ("key") run before expensive RegExps ("guards") must
 * match every text any of them matches, or the finder would silently miss what they find.
 * @module
 */
import assert from "node:assert/strict";
import fc from "npm:fast-check@4.3.0";

/**
 * Texts made of the words of `res` (any case, "ſ" for s, the Kelvin sign for k: the same letters
 * for a case-insensitive Unicode RegExp) and the `extra` words (e.g. "3rd", "2024": what the
 * RegExps match besides letters), digits, ordinals and separators.
 */
export function textsLike(
  res: readonly RegExp[],
  extra: readonly string[] = [],
): fc.Arbitrary<string> {
  // the phrases of the RegExps' sources ("on the night of") and their words
  const phrases = res.flatMap((r) => r.source.match(/[A-Za-z]+(?: [A-Za-z]+)*/g) ?? []);
  const words = [
    ...new Set([...phrases, ...phrases.flatMap((p) => p.split(" "))].filter((w) => w.length > 1)),
    ...extra,
  ];
  const word = fc.tuple(fc.constantFrom(...words), fc.integer({ min: 0, max: 5 })).map(
    ([w, c]) =>
      [
        w,
        w.toLowerCase(),
        w.toUpperCase(),
        w[0].toUpperCase() + w.slice(1),
        w.replace(/s/g, "ſ"),
        w.replace(/k/g, "\u212a"),
      ][c],
  );
  const other = fc.constantFrom(" ", " ", "  ", "\n", ".", ". ", ", ", "-", "'", "1", "06", "2024");
  return fc.array(fc.tuple(word, fc.oneof(fc.constant(" "), other)), { maxLength: 8 }).map((xs) =>
    xs.flat().join("")
  );
}

/**
 * Asserts that `key` matches every generated text that one of `guards` matches, and that the
 * texts reach every guard: each one matches at least `minEach` texts (counted per guard, so one
 * guard that matches often cannot hide another that never does).
 */
export function assertKeyCovers(
  key: RegExp,
  guards: readonly RegExp[],
  texts: fc.Arbitrary<string>,
  seed: number,
  minEach = 10,
): void {
  const hits = guards.map(() => 0);
  fc.assert(
    fc.property(texts, (t) => {
      guards.forEach((re, i) => {
        re.lastIndex = 0;
        const hit = re.test(t);
        re.lastIndex = 0;
        if (!hit) return;
        hits[i]++;
        assert.ok(key.test(t), `${key} misses ${JSON.stringify(t)} matched by ${re}`);
      });
    }),
    { seed, numRuns: 10000 },
  );
  const rare = guards.map((re, i) => [re, hits[i]] as const).filter(([, n]) => n < minEach);
  assert.deepEqual(
    rare.map(([re, n]) => `${n} texts matched ${re}`),
    [],
    `${key}: the generated texts should reach every guard at least ${minEach} times`,
  );
}
