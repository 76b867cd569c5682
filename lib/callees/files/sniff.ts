/**
 * What kind of file this is, by its bytes rather than its name: users rename files, and a PNG called
 * "callees.csv" must be refused as binary rather than parsed into thousands of garbage rejects.
 */
import { type FileResult, fail } from "./types";

export type Sniffed = { kind: "zip" } | { kind: "ole2" } | { kind: "binary"; what: string } | { kind: "text" };

const SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ["png", [0x89, 0x50, 0x4e, 0x47]],
  ["jpeg", [0xff, 0xd8, 0xff]],
  ["gif", [0x47, 0x49, 0x46, 0x38]],
  ["pdf", [0x25, 0x50, 0x44, 0x46]],
  ["gzip", [0x1f, 0x8b]],
  ["7z", [0x37, 0x7a, 0xbc, 0xaf]],
  ["rar", [0x52, 0x61, 0x72, 0x21]],
  ["elf", [0x7f, 0x45, 0x4c, 0x46]],
];
// No two-letter signatures such as "BM" or "MZ": a CSV may start with those letters, and such binaries are caught
// by their NUL bytes anyway.

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

export function sniff(bytes: Uint8Array): Sniffed {
  // "PK\3\4" (an entry) or "PK\5\6" (an empty archive).
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)) return { kind: "zip" };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: "ole2" };
  for (const [what, sig] of SIGNATURES) if (startsWith(bytes, sig)) return { kind: "binary", what };
  return { kind: "text" };
}

/** Control characters other than tab, LF, CR, FF in the first 64 KiB: text files have none (or almost none). */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 65_536);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) controls++;
  }
  return controls > end / 100;
}

function decode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    // Invalid for this encoding, or the encoding is unknown to this runtime.
    return undefined;
  }
}

/**
 * Decodes a text file: UTF-8 or UTF-16 by BOM, else UTF-8, else GB18030 (what Excel on Chinese Windows saves
 * as "CSV"). The BOM is dropped.
 */
export function decodeText(bytes: Uint8Array): FileResult<{ text: string; encoding: string }> {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decode("utf-16le", bytes);
    return text === undefined ? fail("not_text", "utf-16le") : { ok: true, value: { text, encoding: "utf-16le" } };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decode("utf-16be", bytes);
    return text === undefined ? fail("not_text", "utf-16be") : { ok: true, value: { text, encoding: "utf-16be" } };
  }
  if (looksBinary(bytes)) return fail("binary_file", "control characters");
  for (const encoding of ["utf-8", "gb18030"]) {
    const text = decode(encoding, bytes);
    if (text !== undefined) return { ok: true, value: { text, encoding } };
  }
  return fail("not_text");
}
