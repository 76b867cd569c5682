/**
 * Server-side re-normalization of a callee list received from the browser. The client's work is only a
 * convenience: a server action is a public endpoint, so it gets the wire string back through the same pipeline,
 * with the server's own region and limits, and refuses anything the client should have removed.
 *
 * Pure (no `server-only` import): it holds no secrets, and the benchmark and tests run it directly under Node.
 */
import { DEFAULT_MAX_CALLEES, DEFAULT_REGION } from "./constants";
import { normalizeCallees } from "./pipeline";
import type { RejectedEntry } from "./types";
import { WIRE_BYTES_PER_NUMBER } from "./wire";

/** Options of `normalizeCalleesOnServer`. */
export interface ServerCalleeOptions {
  defaultRegion?: string;
  /** Maximum unique numbers; default `DEFAULT_MAX_CALLEES`. */
  max?: number;
  /** Refuse longer wire strings before parsing; default `max × WIRE_BYTES_PER_NUMBER` characters. */
  maxWireChars?: number;
  /** How many rejected entries to return for the error message. */
  rejectedSample?: number;
}

export type ServerCalleeResult =
  | { ok: true; numbers: string[]; duplicates: number }
  | { ok: false; code: "wire_too_large"; maxWireChars: number }
  | { ok: false; code: "too_many"; count: number; max: number }
  | { ok: false; code: "invalid_entries"; rejected: RejectedEntry[]; rejectedTotal: number };

/**
 * Re-normalizes the wire form (E.164 numbers joined with "\n"). Accepts duplicates (dropped again), refuses
 * rejects and lists over `max`. Never throws for bad input; throws for a bad `defaultRegion` configuration.
 */
export function normalizeCalleesOnServer(wire: string, options: ServerCalleeOptions = {}): ServerCalleeResult {
  const max = options.max ?? DEFAULT_MAX_CALLEES;
  const maxWireChars = options.maxWireChars ?? max * WIRE_BYTES_PER_NUMBER;
  if (typeof wire !== "string" || wire.length > maxWireChars)
    return { ok: false, code: "wire_too_large", maxWireChars };
  const sample = options.rejectedSample ?? 20;
  const result = normalizeCallees(wire, {
    defaultRegion: options.defaultRegion ?? DEFAULT_REGION,
    max,
    maxRejectedDetails: sample,
  });
  if (result.rejectedTotal > 0) {
    return { ok: false, code: "invalid_entries", rejected: result.rejected, rejectedTotal: result.rejectedTotal };
  }
  if (result.tooMany) return { ok: false, code: "too_many", count: result.valid, max };
  return { ok: true, numbers: result.numbers, duplicates: result.duplicates };
}
