/**
 * The files of the extraction cache (`extraction_cache.ts`): reading an entry (a corrupt or
 * unreadable one is a note, never an error) and the lock that lets one run compute a key while
 * the others wait for its entry.
 *
 * Takes: entry and lock paths. Gives: the entry or why it was not usable; a held lock or an
 * entry another run wrote meanwhile.
 * @module
 */
import type { _Entry } from "./extraction_cache.ts";

/** The entry in `file` when it is a well-formed entry for `key`, else why not (absent: no file). */
export async function _readEntry(
  file: string,
  key: string,
): Promise<{ entry?: _Entry; note?: string }> {
  let text: string;
  try {
    text = await Deno.readTextFile(file);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return {};
    return { note: `cache entry ${file} unreadable (${(e as Error).message}): recomputed` };
  }
  try {
    const v = JSON.parse(text);
    if (
      v && v.format === 1 && v.key === key && Array.isArray(v.articles) &&
      Array.isArray(v.claims) && Array.isArray(v.report?.entries) &&
      (v.root === null || typeof v.root === "string")
    ) return { entry: v as _Entry };
    return { note: `cache entry ${file} not of this key or format: recomputed` };
  } catch (e) {
    return { note: `cache entry ${file} corrupt (${(e as Error).message}): recomputed` };
  }
}

const _sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The lock `${file}.lock` (created exclusively), or the entry for `key` when another run holding
 * the lock wrote it meanwhile. Waits at most `waitMs` for another holder; a lock older than
 * `waitMs` is taken as left by a run that died and removed. Without a lock after the wait (or
 * when the folder refuses it) it gives a no-op release: the caller computes anyway.
 */
export async function _acquire(
  file: string,
  key: string,
  waitMs: number,
): Promise<{ entry?: _Entry; release: () => Promise<void> }> {
  const lock = `${file}.lock`;
  const none = { release: () => Promise.resolve() };
  const start = Date.now();
  for (let pause = 20;; pause = Math.min(pause * 2, 250)) {
    try {
      const f = await Deno.open(lock, { createNew: true, write: true });
      f.close();
      const release = () => Deno.remove(lock).catch(() => {});
      const { entry } = await _readEntry(file, key); // written while we waited for the lock
      if (entry) await release();
      return entry ? { entry, release: none.release } : { release };
    } catch (e) {
      if (!(e instanceof Deno.errors.AlreadyExists)) return none;
    }
    const { entry } = await _readEntry(file, key);
    if (entry) return { entry, ...none };
    const age = await Deno.stat(lock).then((s) => Date.now() - (s.mtime?.getTime() ?? 0), () => 0);
    if (age > waitMs) await Deno.remove(lock).catch(() => {});
    else if (Date.now() - start > waitMs) return none;
    else await _sleep(pause);
  }
}
