/**
 * Skips nobody misses: a test that cannot run here is registered as ignored with its reason in
 * the log, except under `CI=true`, where a skip is a failure unless the test may skip there. The
 * one reason a test may skip in CI is an absent `../shared` (third-party texts and reference data
 * that a fresh clone may not have); such tests carry {@link SHARED_SKIP} in their names, and
 * `tools/test.sh` fails any other ignored test.
 * @module
 */

/** Under CI (`CI=true`), where a skip must name an allowed reason. */
export const IN_CI = Deno.env.get("CI") === "true";

/** The marker in the name of a test that may skip in CI because `../shared` is absent. */
export const SHARED_SKIP = "(skips without ../shared)";

/** The folder `../shared` (beside the project), as a URL ending in `/`. */
export const SHARED = new URL("../../shared/", import.meta.url);

/** Whether `path` (a URL or path) exists. */
export function exists(path: string | URL): boolean {
  try {
    Deno.statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** A test definition plus why it cannot run here (`null`: it runs). */
export interface MaySkip {
  name: string;
  fn: (t: Deno.TestContext) => void | Promise<void>;
  /** Why the test cannot run here, or null. */
  skip: string | null;
  /** The skip is an absent `../shared`: allowed in CI; the name gets {@link SHARED_SKIP}. */
  shared?: boolean;
}

/**
 * Registers `def` with `Deno.test`: runs it when `skip` is null; otherwise ignores it with a
 * warning naming the reason, or, under CI when the reason is not an absent `../shared`, registers
 * a test that fails with the reason.
 */
export function testOrSkip(def: MaySkip): void {
  const name = def.shared ? `${def.name} ${SHARED_SKIP}` : def.name;
  if (def.skip === null) {
    Deno.test({ name, fn: def.fn });
  } else if (IN_CI && !def.shared) {
    Deno.test({
      name,
      fn() {
        throw new Error(`skipped under CI=true: ${def.skip} (only an absent ../shared may skip)`);
      },
    });
  } else {
    console.warn(`skipped: ${name}: ${def.skip}`);
    Deno.test({ name, ignore: true, fn: def.fn });
  }
}
