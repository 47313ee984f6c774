/**
 * Reading one article file at the edge, for the loader and the worker pool alike: a path → the
 * bytes to parse, or the reason they are not there. Checks that the path is a regular file
 * before opening it (opening a named pipe waits for a writer, forever), and decompresses `.gz`
 * files (`story.txt.gz`, `dump.jsonl.gz`, `page.html.gz`) through the runtime's zlib
 * (`node:zlib` `gunzipSync`: synchronous like the loader's reads; concatenated gzip members are
 * read as one), stopping at a cap on the decompressed size. Corrupt and over-the-cap files are
 * reasons (reported skips), never throws.
 *
 * `node:zlib` is loaded on first need ({@link _gunzipReady}): importing it costs about 30 ms and
 * 9 MB, which a folder without `.gz` files (and every worker) should not pay.
 * @module
 */

/** Default cap on a `.gz` file's decompressed size: 200 MiB. */
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 200 * 2 ** 20;

/** Largest cap accepted (1 GiB: a longer text could not be decoded into one string). */
export const _MAX_CAP = 2 ** 30;

/** What reading gave: the bytes to parse (and a note when decompressed), or why not. */
export type _Read =
  | { bytes: Uint8Array; size: number; note?: string }
  | { reason: string };

type _Gunzip = (bytes: Uint8Array, options: { maxOutputLength: number }) => Uint8Array;
let _gunzipSync: _Gunzip | null = null;

/** Loads the decompressor once (later calls resolve at once). */
export async function _gunzipReady(): Promise<void> {
  _gunzipSync ??= (await import("node:zlib")).gunzipSync as _Gunzip;
}

/** Whether a path names a gzip file (`.gz`, any case, after a name: not the file `.gz`). */
export function _isGzip(path: string): boolean {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.length > 3 && base.slice(-3).toLowerCase() === ".gz";
}

/** The name inside a `.gz` file (`a/story.txt.gz` → `a/story.txt`); other paths unchanged. */
export function _gzipInner(path: string): string {
  return _isGzip(path) ? path.slice(0, -3) : path;
}

/** What kind of non-regular file `info` describes, for messages. */
function _kind(info: Deno.FileInfo): string {
  if (info.isDirectory) return "a folder";
  if (info.isFifo) return "a named pipe (FIFO)";
  if (info.isSocket) return "a socket";
  if (info.isCharDevice) return "a character device";
  if (info.isBlockDevice) return "a block device";
  return "not a file or folder";
}

/** Why a path with this (followed) file info is not read, or null for a regular file. */
export function _notRegular(info: Deno.FileInfo): string | null {
  return info.isFile ? null : `not a regular file (${_kind(info)}); not opened`;
}

/**
 * The decompressed bytes of gzip data, at most `max` of them, or why not: not gzip (no magic
 * number), corrupt (bad header, checksum, truncated), or over the cap. Needs
 * {@link _gunzipReady} first (throws an Error otherwise: a caller's bug, not the file's).
 */
export function _gunzip(bytes: Uint8Array, max: number): { bytes: Uint8Array } | {
  reason: string;
} {
  if (!_gunzipSync) throw new Error("_gunzip: call await _gunzipReady() first");
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    const found = bytes.length === 0
      ? "an empty file"
      : Array.from(bytes.subarray(0, 2), (b) => b.toString(16).padStart(2, "0")).join(" ");
    return { reason: `not gzip data (expected the bytes 1f 8b at the start, found ${found})` };
  }
  try {
    const out = _gunzipSync(bytes, { maxOutputLength: max });
    return { bytes: new Uint8Array(out.buffer, out.byteOffset, out.length) };
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code === "ERR_BUFFER_TOO_LARGE") {
      return {
        reason: `decompressed size over the cap: more than ${max} bytes (maxDecompressedBytes)`,
      };
    }
    return { reason: `corrupt gzip data: ${err.message}` };
  }
}

/** The bytes read from `path`, decompressed when it is a `.gz` file. */
function _inflate(path: string, bytes: Uint8Array, max: number): _Read {
  if (!_isGzip(path)) return { bytes, size: bytes.length };
  const g = _gunzip(bytes, max);
  if ("reason" in g) return g;
  return {
    bytes: g.bytes,
    size: bytes.length,
    note: `decompressed (gzip, ${bytes.length} bytes to ${g.bytes.length})`,
  };
}

/**
 * Reads a file synchronously: a regular file's bytes (decompressed for `.gz`, at most `max`),
 * or the reason it was not read. For `.gz` files call {@link _gunzipReady} first.
 */
export function _readArticleSync(path: string, max = DEFAULT_MAX_DECOMPRESSED_BYTES): _Read {
  let bytes: Uint8Array;
  try {
    const why = _notRegular(Deno.statSync(path));
    if (why) return { reason: why };
    bytes = Deno.readFileSync(path);
  } catch (e) {
    return { reason: `unreadable: ${(e as Error).message}` };
  }
  return _inflate(path, bytes, max);
}

/** {@link _readArticleSync} with asynchronous reads (in a worker); loads the decompressor. */
export async function _readArticle(
  path: string,
  max = DEFAULT_MAX_DECOMPRESSED_BYTES,
): Promise<_Read> {
  let bytes: Uint8Array;
  try {
    const why = _notRegular(await Deno.stat(path));
    if (why) return { reason: why };
    bytes = await Deno.readFile(path);
  } catch (e) {
    return { reason: `unreadable: ${(e as Error).message}` };
  }
  if (_isGzip(path)) await _gunzipReady();
  return _inflate(path, bytes, max);
}

/**
 * A text file's content (the sidecar CSV), after checking that it is a regular file: a pipe or
 * device throws an Error saying so, never waits. Missing files throw `Deno.errors.NotFound`.
 */
export async function _readTextChecked(path: string): Promise<string> {
  const why = _notRegular(await Deno.stat(path));
  if (why) throw new Error(why);
  return await Deno.readTextFile(path);
}
