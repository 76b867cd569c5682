/**
 * Injected faults, per action: an error reply, added latency, no reply at all (the client must time out), a reset
 * connection or a gateway's HTTP error (e.g. 502 with an HTML page: no CCC JSON, no RequestId) — for the next N calls, a fraction of calls, or every call until cleared. Fractions use a seeded
 * generator so a test run is repeatable.
 */
import { z } from "zod";
import { cccActionNames } from "../lib/ccc/actions";

export const ZFaultRuleInput = z
  .strictObject({
    /** A CCC action name, or "*" for every action. */
    action: z.union([z.enum(cccActionNames as [string, ...string[]]), z.literal("*")]).default("*"),
    kind: z.enum(["error", "latency", "timeout", "reset", "http"]),
    /** Error code for kind "error", e.g. "InternalError" or "RequestLimitExceeded". */
    code: z.string().min(1).optional(),
    message: z.string().optional(),
    /** HTTP status for kind "http" (default 502), answered by "the gateway" before CCC sees the request. */
    status: z.number().int().min(400).max(599).optional(),
    /** Delay before the fault takes effect; for kind "latency" the delay is the whole fault. */
    latencyMs: z.number().int().min(0).max(600_000).optional(),
    /** Only the next N matching calls. */
    times: z.number().int().positive().optional(),
    /** Only this fraction of matching calls (0–1). */
    probability: z.number().min(0).max(1).optional(),
  })
  .refine((rule) => rule.kind !== "error" || rule.code, { message: 'kind "error" needs a code', path: ["code"] })
  .refine((rule) => rule.kind !== "latency" || rule.latencyMs !== undefined, {
    message: 'kind "latency" needs latencyMs',
    path: ["latencyMs"],
  });

export type FaultRuleInput = z.input<typeof ZFaultRuleInput>;
export type FaultRule = z.output<typeof ZFaultRuleInput> & {
  id: string;
  /** How many more calls a next-N rule applies to. */
  remaining?: number;
  /** How many calls it has affected so far. */
  fired: number;
};

export class FaultRegistry {
  private rules: FaultRule[] = [];
  private nextId = 1;
  private readonly random: () => number;

  constructor(seed = 0x5eed) {
    this.random = mulberry32(seed);
  }

  add(input: FaultRuleInput): FaultRule {
    const parsed = ZFaultRuleInput.parse(input);
    const rule: FaultRule = { ...parsed, id: `fault-${this.nextId++}`, remaining: parsed.times, fired: 0 };
    this.rules.push(rule);
    return rule;
  }

  list(): FaultRule[] {
    return structuredClone(this.rules);
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((rule) => rule.id !== id);
    return this.rules.length < before;
  }

  clear(): void {
    this.rules = [];
  }

  /** The first rule that fires for this call, if any; a next-N rule is used up as it fires. */
  take(action: string): FaultRule | undefined {
    for (const rule of this.rules) {
      if (rule.action !== "*" && rule.action !== action) continue;
      if (rule.probability !== undefined && this.random() >= rule.probability) continue;
      rule.fired += 1;
      if (rule.remaining !== undefined) {
        rule.remaining -= 1;
        if (rule.remaining <= 0) this.remove(rule.id);
      }
      return { ...rule };
    }
    return undefined;
  }
}

/** Small, fast, seedable PRNG (public domain); plenty for picking which calls fail. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
