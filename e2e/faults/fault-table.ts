/**
 * The fault suite's one table (`npm run test:faults`): every fault the emulator injects, and what the console must
 * make of it. Both halves — the action × fault matrix over HTTP (matrix.test.ts) and the forms in Chromium
 * (forms.spec.ts) — generate their named tests from it, so a fault added here is tested everywhere.
 */
import type { FaultRuleInput } from "@/emulator/admin-client";

/** The console's CCC timeout in the suite: low, so "no reply" costs little; below LATENCY_MS on purpose. */
export const FAULT_CCC_TIMEOUT_MS = 1_500;
/** The "slow CCC" fault: CCC answers (and applies the write) only after the console stopped waiting. */
export const LATENCY_MS = 3_000;

export interface FaultCase {
  /** The test name's fault part. */
  name: string;
  rule: Omit<FaultRuleInput, "action" | "times" | "probability">;
  /** CCC answered with its JSON and a RequestId, which the user must be shown. */
  answered: boolean;
  /** The request was sent and its reply lost: CCC may have applied it ("unknown"), else nothing changed ("no"). */
  changed: "no" | "unknown";
  /** The error code an idempotent call (read, update, pause…) ends with, after the client's own retries. */
  code: string;
  /** The code the audit trail and the idempotency key record for a create (never retried). */
  createCode: string;
  /** CCC applies the write although the console gave up (the reply came too late). */
  appliesWrite: boolean;
}

const cccError = (code: string): FaultCase => ({
  name: code,
  rule: { kind: "error", code },
  answered: true,
  changed: "no",
  code,
  createCode: code,
  appliesWrite: false,
});

const lostReply = (name: string, rule: FaultCase["rule"], code: string, createCode: string): FaultCase => ({
  name,
  rule,
  answered: false,
  changed: "unknown",
  code,
  createCode,
  appliesWrite: rule.kind === "latency",
});

export const FAULTS: readonly FaultCase[] = [
  cccError("InternalError"),
  cccError("InternalError.DBError"),
  cccError("UnsupportedOperation"),
  cccError("RequestLimitExceeded"),
  lostReply("HTTP 502", { kind: "http", status: 502 }, "InternalError.HttpStatus", "InternalError.HttpStatus"),
  lostReply("no reply (timeout)", { kind: "timeout" }, "Network.Timeout", "Network.OutcomeUnknown"),
  lostReply("connection reset", { kind: "reset" }, "Network.ConnectionLost", "Network.OutcomeUnknown"),
  lostReply("3 s latency", { kind: "latency", latencyMs: LATENCY_MS }, "Network.Timeout", "Network.OutcomeUnknown"),
];

/** The code the cruise form shows: "outcome unknown" whenever CCC may hold the campaign. */
export const createShownCode = (fault: FaultCase) => (fault.changed === "unknown" ? "outcome_unknown" : fault.code);

/** The code the predictive edit form shows: a refusal of a still-pending campaign is "change_refused". */
export const updateShownCode = (fault: FaultCase) =>
  fault.code === "UnsupportedOperation" ? "change_refused" : fault.code;

/** The audit row a failed write leaves: "unknown" when CCC may have applied it, else "error". */
export const auditOutcome = (fault: FaultCase) => (fault.changed === "unknown" ? "unknown" : "error");
