/**
 * What the browser may learn about a failed CCC call: the error code, the RequestId and a category that picks the
 * user message. Never the exception text, which can carry request details.
 */
import type { CccErrorKind } from "@/lib/ccc/errors";

/** `pending`: not a failure yet: CCC had not answered when the page was rendered (the next poll asks again). */
export type CccFailureCategory =
  | "auth"
  | "throttled"
  | "unavailable"
  | "timeout"
  | "network"
  | "rejected"
  | "other"
  | "pending";

export interface CccFailure {
  code: string;
  /** Absent when CCC never answered (timeout, connection refused). */
  requestId: string | null;
  category: CccFailureCategory;
}

const categoryByKind: Record<CccErrorKind, CccFailureCategory> = {
  auth: "auth",
  throttled: "throttled",
  server: "unavailable",
  network: "network",
  validation: "rejected",
  conflict: "rejected",
  ambiguous: "other",
};

/** A read still waiting for CCC when its page had to answer. */
export const NOT_ANSWERED_YET: CccFailure = { code: "Pending", requestId: null, category: "pending" };

export const isNotAnsweredYet = (failure: CccFailure) => failure.category === "pending";

/** Reduces a CccError to its browser-safe part. A timeout is a network error worth its own wording. */
export function toCccFailure(error: { code: string; kind: CccErrorKind; requestId?: string }): CccFailure {
  const category = error.code === "Network.Timeout" ? "timeout" : categoryByKind[error.kind];
  return { code: error.code, requestId: error.requestId ?? null, category };
}
