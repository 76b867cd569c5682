/**
 * A set of E.164 numbers keyed by their digits as a double, in an open-addressing table on typed arrays.
 *
 * Why not `Set<string>`: for 100,000+ numbers it was the largest single cost of the pipeline (~20 ms per 100k on
 * this machine), since every key is a freshly built string V8 must hash, compare and keep alive through rehashes.
 * E.164 has at most 15 digits and never a leading zero, so the digits are an exact, unique double below 2^53.
 * Anything longer (not E.164, but libphonenumber accepts a few longer national numbers) goes to a plain Set.
 */
const MAX_EXACT_DIGITS = 15;
const EMPTY = 0;

/** murmur3's finalizer: spreads FNV's weak low bits over the whole word before masking. */
function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

export class E164Set {
  private keys: Float64Array;
  /** Hashes kept beside the keys so growing does not recompute them. */
  private hashes: Int32Array;
  private mask: number;
  private count = 0;
  private readonly long = new Set<string>();

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count + this.long.size;
  }

  /** Adds "+digits"; true when it was not there yet. */
  add(e164: string): boolean {
    const length = e164.length;
    if (length - 1 > MAX_EXACT_DIGITS) {
      if (this.long.has(e164)) return false;
      this.long.add(e164);
      return true;
    }
    // One pass computes the exact value and an FNV-1a hash of the digits (no float division for the hash).
    let value = 0;
    let hash = 0x811c9dc5;
    for (let i = 1; i < length; i++) {
      const c = e164.charCodeAt(i);
      value = value * 10 + (c - 48);
      hash = Math.imul(hash ^ c, 0x01000193);
    }
    return this.insert(value, mix(hash));
  }

  private insert(value: number, hash: number): boolean {
    let i = hash & this.mask;
    for (;;) {
      const key = this.keys[i];
      if (key === value) return false;
      if (key === EMPTY) break;
      i = (i + 1) & this.mask;
    }
    this.keys[i] = value;
    this.hashes[i] = hash;
    // Keep the table at most half full so probe chains stay short.
    if (++this.count * 2 > this.keys.length) this.grow();
    return true;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.hashes = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const key = oldKeys[j] ?? EMPTY;
      if (key === EMPTY) continue;
      const hash = oldHashes[j] ?? 0;
      let i = hash & this.mask;
      while (this.keys[i] !== EMPTY) i = (i + 1) & this.mask;
      this.keys[i] = key;
      this.hashes[i] = hash;
    }
  }
}
