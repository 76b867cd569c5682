import type { ActionError } from "@/lib/actions/action-error";
import type { TAccountLimitCode } from "@/lib/ccc/errors";

/** Codes the console raises itself, each with its own text (messages: Failure.what / Failure.next). */
const CONSOLE_CODES = [
  "unauthenticated",
  "forbidden",
  "forbidden_app",
  "invalid_input",
  "not_found",
  "internal",
  "unreachable",
  "user_not_found",
  "self_lockout",
  "unplaced_field",
  "campaign_started",
  "change_refused",
  "create_in_progress",
  "idempotency_key_used",
  "do_not_call",
] as const;
type ConsoleCode = (typeof CONSOLE_CODES)[number];

/**
 * CCC's codes by their first segment ("InternalError.DbError" → "InternalError"), grouped by what the user is told.
 * A text table, not a decision: whether anything changed comes from the server (ActionError.changed).
 */
const CCC_FAMILIES = {
  AuthFailure: "cccAuth",
  UnauthorizedOperation: "cccAuth",
  OperationDenied: "cccAuth",
  RequestLimitExceeded: "cccThrottled",
  InvalidParameter: "cccInvalid",
  InvalidParameterValue: "cccInvalid",
  MissingParameter: "cccInvalid",
  UnknownParameter: "cccInvalid",
  LimitExceeded: "cccLimit",
  UnsupportedOperation: "cccUnsupported",
  FailedOperation: "cccFailed",
  ResourceNotFound: "cccNotFound",
  ResourceInUse: "cccBusy",
  ResourceUnavailable: "cccBusy",
  InternalError: "cccInternal",
  ServiceUnavailable: "cccInternal",
  Network: "cccNetwork",
} as const;
const CCC_EXACT = {
  "Network.Timeout": "cccTimeout",
  "Network.OutcomeUnknown": "cccOutcomeUnknown",
  // The account's own limits: nothing the supervisor can fix in the form, each with what an administrator does.
  "LimitExceeded.BasePackageExpired": "cccBasePackageExpired",
  "LimitExceeded.InsufficientLicense": "cccInsufficientLicense",
  "LimitExceeded.OutOfQuotaMaxCount": "cccOutOfQuotaMaxCount",
} as const satisfies Record<string, string> & Partial<Record<TAccountLimitCode, string>>;

export type FailureKey =
  | ConsoleCode
  | (typeof CCC_FAMILIES)[keyof typeof CCC_FAMILIES]
  | (typeof CCC_EXACT)[keyof typeof CCC_EXACT]
  | "ccc";

/** The message key of a failure code; "ccc" for a code nobody has written a text for yet. */
export function failureKey(code: string): FailureKey {
  if ((CONSOLE_CODES as readonly string[]).includes(code)) return code as ConsoleCode;
  if (Object.hasOwn(CCC_EXACT, code)) return CCC_EXACT[code as keyof typeof CCC_EXACT];
  const family = code.split(".")[0] ?? "";
  return Object.hasOwn(CCC_FAMILIES, family) ? CCC_FAMILIES[family as keyof typeof CCC_FAMILIES] : "ccc";
}

/** CCC's codes are PascalCase ("InternalError"), the console's snake_case: only CCC's are worth quoting. */
export function isCccCode(code: string): boolean {
  return /^[A-Z]/.test(code);
}

/**
 * Whether anything changed: the server's word when it gave one; otherwise what the console's own codes imply
 * (a refusal before anything ran changed nothing; an unexpected failure or a lost reply may have).
 */
export function changedOf(failure: ActionError): "no" | "unknown" | undefined {
  if (failure.changed) return failure.changed;
  switch (failure.formError?.code) {
    case "unauthenticated":
    case "forbidden":
    case "forbidden_app":
    case "invalid_input":
    case "not_found":
    case "user_not_found":
    case "self_lockout":
    case "idempotency_key_used":
    case "do_not_call":
      return "no";
    case "internal":
    case "unreachable":
    case "create_in_progress":
      return "unknown";
    default:
      return undefined;
  }
}
