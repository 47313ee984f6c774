/**
 * Byte decoding for the loader: detects UTF-8 (with or without BOM), UTF-16 LE/BE (BOM or NUL
 * pattern), Windows-1251 Cyrillic, binary files (NUL bytes, magic numbers) and empty files.
 * Pure and synchronous.
 * @module
 */

/** Result of {@link _decode}: the text, or why the bytes are not text. */
export type _Decoded =
  | { ok: true; text: string; encoding: _Encoding; bom: boolean; repaired: boolean; note: string }
  | { ok: false; reason: string };

/** Encoding label (WHATWG name) the text was decoded with. */
export type _Encoding = string;

const _MAGIC: readonly { bytes: readonly number[]; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: "PNG image" },
  { bytes: [0x25, 0x50, 0x44, 0x46], name: "PDF document" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: "ZIP archive" },
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: "ZIP archive" },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: "GIF image" },
  { bytes: [0xff, 0xd8, 0xff], name: "JPEG image" },
  { bytes: [0x1f, 0x8b], name: "gzip archive" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: "ELF executable" },
  { bytes: [0x52, 0x61, 0x72, 0x21], name: "RAR archive" },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], name: "7z archive" },
  { bytes: [0x42, 0x5a, 0x68], name: "bzip2 archive" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: "MS Office document" },
  { bytes: [0x00, 0x00, 0x01, 0x00], name: "icon image" },
  { bytes: [0x4d, 0x5a], name: "Windows executable" },
  { bytes: [0x52, 0x49, 0x46, 0x46], name: "RIFF media file" },
  { bytes: [0x4f, 0x67, 0x67, 0x53], name: "Ogg media file" },
  { bytes: [0x49, 0x44, 0x33], name: "MP3 audio" },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], name: "SQLite database" },
];

function _startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/** Name of the binary format the bytes start with, or null. */
export function _magic(bytes: Uint8Array): string | null {
  // "MZ" alone is too weak for short text files: require a plausible PE header offset too.
  for (const m of _MAGIC) {
    if (!_startsWith(bytes, m.bytes)) continue;
    if (m.name === "Windows executable" && bytes.length < 64) continue;
    return m.name;
  }
  return null;
}

/** The strict decoders by label, made once: a decode without `stream` keeps no state. */
const _decoders = new Map<string, TextDecoder>();

/** Decodes strictly; returns null on invalid input. */
function _strict(label: string, bytes: Uint8Array): string | null {
  let d = _decoders.get(label);
  if (!d) {
    d = new TextDecoder(label, { fatal: true, ignoreBOM: true });
    _decoders.set(label, d);
  }
  try {
    return d.decode(bytes);
  } catch {
    return null;
  }
}

/** Index of the first invalid UTF-8 byte sequence (for messages), or -1. */
function _firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let n = 0;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) n = 2;
    else if (b >= 0xf0 && b <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** Control characters other than tab, newline, carriage return, form feed (as counted below). */
// deno-lint-ignore no-control-regex
const _CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/;

/** Share of control characters other than tab, newline, carriage return, form feed. */
function _controlShare(text: string): number {
  // One regex scan settles the common case, a text without any.
  if (text.length === 0 || !_CONTROL.test(text)) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) n++;
  }
  return n / text.length;
}

/** Guesses UTF-16 byte order from where the NUL bytes sit (ASCII-heavy text), or null. */
function _utf16ByNuls(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.02) return "utf-16le";
  if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.02) return "utf-16be";
  return null;
}

/** Share of letters that are Cyrillic, and how many letters there are. */
function _cyrillic(text: string): { share: number; letters: number } {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cyr = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  return { share: letters ? cyr / letters : 0, letters };
}

/**
 * Charset an HTML document declares (`<meta charset>` or `http-equiv` content type) in its
 * first 2048 bytes, lower-cased, or null.
 */
export function _declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?([\w:.-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/**
 * Decodes bytes with a declared charset label (strictly), or null when the label is unknown
 * or the bytes are invalid in it.
 */
export function _decodeAs(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A decoded text, unless it is only whitespace or reads as binary (control characters). */
function _done(
  text: string,
  encoding: _Encoding,
  bom: boolean,
  repaired: boolean,
  note: string,
): _Decoded {
  if (text.trim() === "") return { ok: false, reason: "empty: the file holds only whitespace" };
  if (_controlShare(text) > 0.01) {
    return {
      ok: false,
      reason: `binary: control characters in the text decoded as ${encoding}`,
    };
  }
  return { ok: true, text, encoding, bom, repaired, note };
}

/**
 * Decodes file bytes to text. UTF-8 BOM and UTF-16 BOMs are removed (decoding only: the rest is
 * unaltered). UTF-16 without BOM is recognised by its NUL pattern; invalid UTF-8 that reads as
 * mostly Cyrillic Windows-1251 is decoded as such (`repaired`). Empty, whitespace-only, binary and
 * undecodable bytes give `{ ok: false, reason }`.
 */
export function _decode(bytes: Uint8Array): _Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty: the file has no bytes" };
  if (_startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const t = _strict("utf-8", bytes.subarray(3));
    if (t === null) {
      return {
        ok: false,
        reason: `undecodable: UTF-8 BOM but invalid UTF-8 at byte ${
          3 + _firstInvalidUtf8(bytes.subarray(3))
        }`,
      };
    }
    return _done(t, "utf-8", true, false, "decoded as UTF-8 (BOM removed)");
  }
  if (_startsWith(bytes, [0xff, 0xfe]) && !_startsWith(bytes, [0xff, 0xfe, 0, 0])) {
    const t = _strict("utf-16le", bytes.subarray(2));
    if (t === null) return { ok: false, reason: "undecodable: UTF-16LE BOM but invalid UTF-16" };
    return _done(t, "utf-16le", true, true, "re-decoded as UTF-16LE (byte-order mark)");
  }
  if (_startsWith(bytes, [0xfe, 0xff])) {
    const t = _strict("utf-16be", bytes.subarray(2));
    if (t === null) return { ok: false, reason: "undecodable: UTF-16BE BOM but invalid UTF-16" };
    return _done(t, "utf-16be", true, true, "re-decoded as UTF-16BE (byte-order mark)");
  }
  const magic = _magic(bytes);
  if (magic) return { ok: false, reason: `binary: starts like a ${magic}` };
  if (bytes.includes(0)) {
    const order = _utf16ByNuls(bytes);
    if (order && bytes.length % 2 === 0) {
      const t = _strict(order, bytes);
      if (t !== null) {
        return _done(
          t,
          order,
          false,
          true,
          `re-decoded as ${order.toUpperCase()} (no byte-order mark; NUL-byte pattern)`,
        );
      }
    }
    return { ok: false, reason: `binary: NUL byte at offset ${bytes.indexOf(0)}` };
  }
  const utf8 = _strict("utf-8", bytes);
  if (utf8 !== null) return _done(utf8, "utf-8", false, false, "");
  const bad = _firstInvalidUtf8(bytes);
  const cp = _strict("windows-1251", bytes);
  if (cp !== null) {
    const { share, letters } = _cyrillic(cp);
    if (letters >= 3 && share >= 0.6) {
      return _done(
        cp,
        "windows-1251",
        false,
        true,
        `re-decoded as Windows-1251 (invalid UTF-8 at byte ${bad}; ${
          Math.round(share * 100)
        }% of letters Cyrillic)`,
      );
    }
  }
  return {
    ok: false,
    reason: `undecodable: invalid UTF-8 at byte ${bad} and not Windows-1251 Cyrillic text`,
  };
}
