/** Edits a zip's central directory in place, to build lying and hostile archives in tests. */
export function patchCentralEntry(
  buffer: ArrayBuffer,
  name: string,
  patch: (view: DataView, entryOffset: number) => void,
): ArrayBuffer {
  const copy = buffer.slice(0);
  const view = new DataView(copy);
  const bytes = new Uint8Array(copy);
  const wanted = new TextEncoder().encode(name);
  for (let p = 0; p + 46 <= bytes.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const length = view.getUint16(p + 28, true);
    const candidate = bytes.subarray(p + 46, p + 46 + length);
    if (length === wanted.length && candidate.every((b, i) => b === wanted[i])) {
      patch(view, p);
      return copy;
    }
  }
  throw new Error(`no central directory entry ${name}`);
}

/** Central directory field offsets (from the entry's signature). */
export const CD = { flags: 8, method: 10, compressedSize: 20, size: 24 } as const;
