/** A small integer hash, so every generated call is a pure function of (campaign, index): same answer on every read. */
export function hash32(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
  }
  return h >>> 0;
}

/** Picks from weighted choices with a value in [0, 1000). Weights sum to 1000. */
export function pickWeighted<T>(choices: readonly (readonly [T, number])[], roll: number): T {
  let left = roll;
  for (const [value, weight] of choices) {
    if (left < weight) return value;
    left -= weight;
  }
  return (choices.at(-1) as readonly [T, number])[0];
}

export function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
