/**
 * Checks an .xlsx zip before any library inflates it, so a hostile file cannot exhaust memory or time:
 * 1. read the central directory: entry count, compression methods, encryption, declared sizes, and that every
 *    entry lies inside the file; refuse when the declared sizes add up past the limit (classic zip bomb);
 * 2. inflate the XML parts in a stream, counting bytes, and stop as soon as an entry produces more than it
 *    declared or the total passes the limit (a bomb that lies about its sizes); meanwhile count worksheet rows.
 * fflate's one-shot inflate, used by read-excel-file, writes into a buffer of the declared size but keeps
 * decoding past its end, so a lying entry would cost time proportional to its real size: step 2 prevents that.
 */
import { Inflate } from "fflate";
import { type FileLimits, type FileResult, fail } from "./types";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  dataStart: number;
}

const u16 = (b: Uint8Array, o: number) => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number) => (u16(b, o) + u16(b, o + 2) * 65_536) >>> 0;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 4_294_967_296;
const names = new TextDecoder("utf-8");

function findEndOfCentralDirectory(b: Uint8Array): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
    if (u32(b, i) === 0x06054b50) return i;
  }
  return -1;
}

/** Entry count and central directory offset, following the ZIP64 record when the 32-bit fields overflow. */
function directory(b: Uint8Array, eocd: number): { count: number; offset: number } {
  let count = u16(b, eocd + 10);
  let offset = u32(b, eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && u32(b, eocd - 20) === 0x07064b50) {
    const record = Number(u64(b, eocd - 12));
    if (u32(b, record) === 0x06064b50) {
      count = u64(b, record + 32);
      offset = u64(b, record + 48);
    }
  }
  return { count, offset };
}

/** Reads and checks the central directory (step 1). */
export function readZipDirectory(b: Uint8Array, limits: FileLimits): FileResult<ZipEntry[]> {
  const eocd = findEndOfCentralDirectory(b);
  if (eocd < 0) return fail("invalid_zip", "no end of central directory");
  const { count, offset } = directory(b, eocd);
  if (count > limits.maxZipEntries) return fail("too_many_entries", String(count));
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) return fail("invalid_zip", "central directory");
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    let compressedSize = u32(b, p + 20);
    let size = u32(b, p + 24);
    const nameLength = u16(b, p + 28);
    const extraLength = u16(b, p + 30);
    let local = u32(b, p + 42);
    const name = names.decode(b.subarray(p + 46, p + 46 + nameLength));
    // ZIP64 extra field (id 1): 64-bit values, present only for the fields that overflowed, in this order.
    for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength; e += 4 + u16(b, e + 2)) {
      if (u16(b, e) !== 1) continue;
      let f = e + 4;
      if (size === 0xffffffff) {
        size = u64(b, f);
        f += 8;
      }
      if (compressedSize === 0xffffffff) {
        compressedSize = u64(b, f);
        f += 8;
      }
      if (local === 0xffffffff) local = u64(b, f);
    }
    if (flags & 1) return fail("unsupported_zip", `encrypted entry ${name}`);
    if (method !== 0 && method !== 8) return fail("unsupported_zip", `compression method ${method}`);
    total += size;
    if (total > limits.maxUncompressedBytes) return fail("expands_too_large", `declared ${total} bytes`);
    if (local + 30 > b.length || u32(b, local) !== 0x04034b50) return fail("invalid_zip", `local header of ${name}`);
    const dataStart = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    if (dataStart + compressedSize > b.length) return fail("invalid_zip", `${name} is truncated`);
    if (method === 0 && compressedSize !== size) return fail("invalid_zip", `${name} sizes differ`);
    entries.push({ name, method, compressedSize, size, dataStart });
    p += 46 + nameLength + extraLength + u16(b, p + 32);
  }
  return { ok: true, value: entries };
}

/** Counts `<row` / `<x:row` start tags across chunk boundaries (an upper bound: enough for a cap). */
class RowCounter {
  rows = 0;
  private tail = new Uint8Array(0);
  push(chunk: Uint8Array): void {
    const data = this.tail.length ? concat(this.tail, chunk) : chunk;
    const from = this.tail.length;
    // From the tail's last byte: a 'w' that ended the previous chunk was left undecided.
    for (let i = data.indexOf(0x77, Math.max(3, from - 1)); i >= 0; i = data.indexOf(0x77, i + 1)) {
      // "...<row " or "...:row>": 'w' preceded by "ro" and '<' or ':', followed by a space, '>' or '/'.
      if (data[i - 1] !== 0x6f || data[i - 2] !== 0x72) continue;
      const before = data[i - 3];
      const after = data[i + 1];
      if (before !== 0x3c && before !== 0x3a) continue;
      if (after === undefined) break; // decided with the next chunk
      if (after === 0x20 || after === 0x3e || after === 0x2f || after === 0x09 || after === 0x0a || after === 0x0d)
        this.rows++;
    }
    this.tail = data.slice(Math.max(0, data.length - 4));
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Compressed bytes per push: deflate expands at most ~1032×, so one push yields at most ~16 MB. */
const CHUNK = 16 * 1024;

/**
 * Step 2: inflates the XML parts that read-excel-file will read, counting real sizes and worksheet rows.
 * Returns the total row count.
 */
export function verifyZipEntries(b: Uint8Array, entries: readonly ZipEntry[], limits: FileLimits): FileResult<number> {
  let total = 0;
  let rows = 0;
  for (const entry of entries) {
    if (!entry.name.endsWith(".xml") && !entry.name.endsWith(".rels")) continue;
    const counter = entry.name.startsWith("xl/worksheets/") ? new RowCounter() : undefined;
    const data = b.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    let produced = 0;
    let overrun: string | undefined;
    const onChunk = (chunk: Uint8Array) => {
      produced += chunk.length;
      if (produced > entry.size) overrun = "invalid_zip";
      else if (total + produced > limits.maxUncompressedBytes) overrun = "expands_too_large";
      else counter?.push(chunk);
    };
    if (entry.method === 0) onChunk(data);
    else {
      const inflate = new Inflate(onChunk);
      try {
        for (let o = 0; o < data.length && !overrun; o += CHUNK) {
          inflate.push(data.subarray(o, o + CHUNK), o + CHUNK >= data.length);
        }
      } catch (error) {
        return fail("invalid_zip", `${entry.name}: ${error instanceof Error ? error.message : "inflate failed"}`);
      }
    }
    if (overrun === "expands_too_large") return fail("expands_too_large", entry.name);
    if (overrun || produced !== entry.size) return fail("invalid_zip", `${entry.name} is not the size it declares`);
    total += produced;
    rows += counter?.rows ?? 0;
    if (rows > limits.maxRows) return fail("too_many_rows", `more than ${limits.maxRows}`);
  }
  return { ok: true, value: rows };
}
