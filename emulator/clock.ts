/**
 * The emulator's two notions of "now". Signatures are checked against the injected clock alone, because clients sign
 * with their own wall clock; campaign time adds the admin offset so tests can jump past a StartTime without
 * breaking every client's signature.
 */
export class EmulatorClock {
  offsetSeconds = 0;

  constructor(private readonly base: () => number = Date.now) {}

  /** Injected clock in Unix seconds, without the admin offset: what signatures are checked against. */
  signatureSeconds(): number {
    return Math.floor(this.base() / 1000);
  }

  /** Campaign time in Unix seconds: the injected clock plus the admin offset. */
  nowSeconds(): number {
    return this.signatureSeconds() + this.offsetSeconds;
  }
}
