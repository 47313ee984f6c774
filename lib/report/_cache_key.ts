/**
 * The keys of the extraction cache (`extraction_cache.ts`).
 *
 * Takes: a corpus path (or list of paths) with the loader options that change what is loaded.
 * Gives: {@link _extractorVersion}, a SHA-256 over the extractor's own sources and knowledge
 * (`lib/extract/`, `lib/lexicon/`, `lib/load/`, `lib/shared/` and `data/*.csv`, read once per
 * process), and {@link _inputKey}, a SHA-256 over the files the loader would read (their paths
 * relative to the corpus root, in sorted order, and their bytes), the options and that version.
 * The corpus path as spelt is not part of the key: `../data/articles` from `notebooks/` and
 * `data/articles` from the repository share one entry.
 * @module
 */
import { createHash, type Hash } from "node:crypto";
import type { LoadOptions } from "../load/_options.ts";
import { _listInput } from "../load/_list.ts";

/** Folders whose sources make up the extractor version, relative to this file. */
const _VERSION_DIRS = ["../extract/", "../lexicon/", "../load/", "../shared/"];
const _DATA_DIR = "../../data/";

let _version: Promise<string> | null = null;

/** Feeds one named piece (its name, length and bytes) to the hash, unambiguously. */
function _feed(hash: Hash, name: string, bytes: Uint8Array | string): void {
  const b = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  hash.update(`${name}\u0000${b.length}\u0000`);
  hash.update(b);
}

/** Sorted names of the files in `dir` (a URL) whose name passes `keep`. */
async function _filesOf(dir: URL, keep: (name: string) => boolean): Promise<string[]> {
  const names: string[] = [];
  for await (const e of Deno.readDir(dir)) if (e.isFile && keep(e.name)) names.push(e.name);
  return names.sort();
}

async function _computeVersion(): Promise<string> {
  const hash = createHash("sha256");
  const dirs: [string, (n: string) => boolean][] = [
    ..._VERSION_DIRS.map((d): [string, (n: string) => boolean] => [d, (n) => n.endsWith(".ts")]),
    [_DATA_DIR, (n) => n.endsWith(".csv")],
  ];
  for (const [rel, keep] of dirs) {
    const dir = new URL(rel, import.meta.url);
    for (const name of await _filesOf(dir, keep)) {
      _feed(hash, `${rel}${name}`, await Deno.readFile(new URL(name, dir)));
    }
  }
  return hash.digest("hex");
}

/**
 * SHA-256 (hex) over the sources of the loader and extractor and the knowledge CSVs in `data/`:
 * changes when any of them changes. Read once per process.
 */
export function _extractorVersion(): Promise<string> {
  _version ??= _computeVersion().catch((e) => {
    _version = null;
    throw e;
  });
  return _version;
}

/** The corpus root that paths are made relative to: a folder or file path without trailing `/`. */
export function _rootOf(corpus: string | readonly string[]): string | null {
  if (typeof corpus !== "string") return null;
  const root = corpus.replace(/[\\/]+$/, "");
  return root === "" ? null : root;
}

/** `path` relative to `root` (`""` for the root itself), or null when it is not under it. */
export function _relative(path: string, root: string | null): string | null {
  if (root === null) return null;
  if (path === root) return "";
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : null;
}

/** The loader options that change its result, as one string (defaults spelt out). */
function _optionsText(load: LoadOptions, root: string | null): string {
  const sidecar = load.sidecar === undefined
    ? null
    : (_relative(load.sidecar, root) ?? `abs:${load.sidecar}`);
  return JSON.stringify({
    limit: load.limit ?? null,
    recursive: load.recursive ?? true,
    maxDecompressedBytes: load.maxDecompressedBytes ?? null,
    sidecar,
  });
}

/**
 * SHA-256 (hex) over what {@link loadArticles} would read for `corpus` with `load`: every listed
 * file (path relative to the corpus root, or as given for a list of paths, in sorted order, with
 * its bytes; a file the listing already skips, such as a pipe, by its skip reason, unread), the
 * sidecar, the options and `version`. Throws as `loadArticles` does when the corpus is missing.
 */
export async function _inputKey(
  corpus: string | readonly string[],
  load: LoadOptions,
  version: string,
): Promise<string> {
  const root = _rootOf(corpus);
  const listed = await _listInput(corpus, load.recursive ?? true, load.sidecar, "loadArticles");
  const hash = createHash("sha256");
  _feed(hash, "version", version);
  _feed(hash, "options", _optionsText(load, root));
  _feed(hash, "input", typeof corpus === "string" ? "one" : JSON.stringify(corpus));
  const name = (p: string) => _relative(p, root) ?? `abs:${p}`;
  const files = [...new Set(listed.files)].map((p) => [name(p), p]).sort((a, b) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0
  );
  if (listed.sidecar) files.push([`sidecar:${name(listed.sidecar)}`, listed.sidecar]);
  for (const [n, p] of files) {
    const skip = listed.skipped.get(p);
    if (skip) {
      _feed(hash, `skipped:${n}`, skip.notes.join("\n"));
      continue;
    }
    try {
      _feed(hash, `file:${n}`, await Deno.readFile(p));
    } catch (e) {
      _feed(hash, `unreadable:${n}`, e instanceof Error ? e.name : String(e));
    }
  }
  return hash.digest("hex");
}
