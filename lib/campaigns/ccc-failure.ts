/**
 * What the browser may learn about a failed CCC call: the error code, the RequestId and a category that picks the
 * user message. Never the exception text, which can carry request details.
 */
import type { CccErrorKind, TAccountLimitCode } from "@/lib/ccc/errors";

/**
 * CCC's account refusals (package, licenses, quota), each its own category (their texts: messages' Failure.what /
 * Failure.next, through components/failure/failure-key.ts). Keyed by code so the compiler checks every code has one.
 */
const ACCOUNT_LIMIT_KEYS = {
  "LimitExceeded.BasePackageExpired": "basePackageExpired",
  "LimitExceeded.InsufficientLicense": "insufficientLicense",
  "LimitExceeded.OutOfQuotaMaxCount": "outOfQuotaMaxCount",
} as const satisfies Record<TAccountLimitCode, string>;
export type AccountLimitKey = (typeof ACCOUNT_LIMIT_KEYS)[TAccountLimitCode];

export const accountLimitKey = (code: string): AccountLimitKey | undefined =>
  Object.hasOwn(ACCOUNT_LIMIT_KEYS, code) ? ACCOUNT_LIMIT_KEYS[code as TAccountLimitCode] : undefined;

/** `pending`: not a failure yet: CCC had not answered when the page was rendered (the next poll asks again). */
export type CccFailureCategory =
  | "auth"
  | "throttled"
  | "unavailable"
  | "timeout"
  | "network"
  | "rejected"
  | "other"
  | "pending"
  | AccountLimitKey;

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

/**
 * CCC's answer for a campaign it does not have (an unknown CampaignId is a ResourceNotFound.* or, for some actions,
 * InvalidParameterValue): pages and routes show "not found" (404) rather than a CCC failure.
 */
export const isUnknownCampaignCode = (code: string) =>
  code.startsWith("ResourceNotFound") || code === "InvalidParameterValue";

/** Reduces a CccError to its browser-safe part. A timeout is a network error worth its own wording. */
export function toCccFailure(error: { code: string; kind: CccErrorKind; requestId?: string }): CccFailure {
  const category =
    accountLimitKey(error.code) ?? (error.code === "Network.Timeout" ? "timeout" : categoryByKind[error.kind]);
  return { code: error.code, requestId: error.requestId ?? null, category };
}
