/**
 * Golden-file comparison for chart output. `assertGolden("plot_x", markup)` compares with
 * `tests/output/plot_x.svg` (SVG output) or `tests/output/plot_x.html` (HTML `<figure>` output:
 * title, legends and SVG). On a mismatch it writes `plot_x-changed.<ext>` beside it and fails;
 * `UPDATE_GOLDEN=1` rewrites the golden file instead. A missing golden file fails too.
 * @module
 */
import { AssertionError } from "node:assert/strict";

const OUTPUT = new URL("./output/", import.meta.url);

/** Normalise before comparing: LF line ends, no trailing spaces, one final newline. */
export function _normalizeGolden(markup: string): string {
  return markup.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").replace(/\n*$/, "\n");
}

/** Where the golden file of `name` lives for this markup. */
export function goldenPath(name: string, markup: string): URL {
  const ext = markup.trimStart().startsWith("<svg") ? "svg" : "html";
  return new URL(`${name}.${ext}`, OUTPUT);
}

/** Compare `markup` with the golden file `name` (see module doc). */
export async function assertGolden(name: string, markup: string): Promise<void> {
  const actual = _normalizeGolden(markup);
  const file = goldenPath(name, markup);
  const changed = new URL(file.href.replace(/\.(svg|html)$/, "-changed.$1"));
  await Deno.mkdir(OUTPUT, { recursive: true });
  if (Deno.env.get("UPDATE_GOLDEN") === "1") {
    await Deno.writeTextFile(file, actual);
    await Deno.remove(changed).catch(() => {});
    return;
  }
  let expected: string | null = null;
  try {
    expected = _normalizeGolden(await Deno.readTextFile(file));
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
  if (expected === actual) {
    await Deno.remove(changed).catch(() => {});
    return;
  }
  await Deno.writeTextFile(changed, actual);
  if (expected === null) {
    throw new AssertionError({
      message: `golden ${file.pathname} is missing; wrote ${changed.pathname}. ` +
        `Look at it, then rerun with UPDATE_GOLDEN=1 to accept.`,
    });
  }
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  throw new AssertionError({
    message: `${name}: output differs from ${file.pathname} at character ${i}: expected ` +
      `${JSON.stringify(expected.slice(i, i + 80))}, found ${
        JSON.stringify(actual.slice(i, i + 80))
      }. ` +
      `Wrote ${changed.pathname}; rerun with UPDATE_GOLDEN=1 to accept.`,
  });
}
