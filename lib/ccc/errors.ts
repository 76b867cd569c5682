/**
 * The one error type the CCC client throws. `kind` is what callers branch on (retry, form field, "check before
 * creating again"); `code` is CCC's own code, or one of ours (LOCAL_CODES) for failures CCC never answered.
 */
import { z } from "zod";
import { type CccActionName, type CccRequest, cccActions } from "./actions";

export type CccErrorKind = "auth" | "validation" | "throttled" | "conflict" | "server" | "network" | "ambiguous";

/** Codes we raise ourselves when CCC gave no usable answer. */
export const LOCAL_CODES = {
  /** Request schema rejected the input before anything was sent (same code CCC uses, so forms handle both alike). */
  invalidRequest: "InvalidParameterValue",
  timeout: "Network.Timeout",
  aborted: "Network.Aborted",
  connectionRefused: "Network.ConnectionRefused",
  connectFailed: "Network.ConnectFailed",
  connectionLost: "Network.ConnectionLost",
  /** A non-idempotent call (a create) may have reached CCC, and we do not know what happened. */
  outcomeUnknown: "Network.OutcomeUnknown",
  invalidResponse: "InternalError.InvalidResponse",
  httpStatus: "InternalError.HttpStatus",
  localQueueFull: "RequestLimitExceeded.LocalQueueFull",
  rateLimiterFailed: "InternalError.RateLimiter",
} as const;

/**
 * Refusals about the account — its base package, seat licenses, quotas — not about any value sent: they never land
 * on a form field, whatever CCC's message names, and each has its own message (lib/campaigns/ccc-failure.ts).
 */
export const ACCOUNT_LIMIT_CODES = [
  "LimitExceeded.BasePackageExpired",
  "LimitExceeded.InsufficientLicense",
  "LimitExceeded.OutOfQuotaMaxCount",
] as const;
export type TAccountLimitCode = (typeof ACCOUNT_LIMIT_CODES)[number];

export const isAccountLimitCode = (code: string): code is TAccountLimitCode =>
  (ACCOUNT_LIMIT_CODES as readonly string[]).includes(code);

// First match wins; `(\.|$)` keeps "LimitExceeded" from matching "RequestLimitExceeded".
const KIND_RULES: ReadonlyArray<readonly [RegExp, CccErrorKind]> = [
  [/^(AuthFailure|UnauthorizedOperation|OperationDenied)(\.|$)/, "auth"],
  [/^RequestLimitExceeded(\.|$)/, "throttled"],
  [
    /^(InvalidParameter|InvalidParameterValue|MissingParameter|UnknownParameter|LimitExceeded|InvalidAction|NoSuchVersion|RequestSizeLimitExceeded|UnsupportedRegion|UnsupportedProtocol)(\.|$)/,
    "validation",
  ],
  [/^(UnsupportedOperation|ResourceNotFound|ResourceInUse|ResourceUnavailable|FailedOperation)(\.|$)/, "conflict"],
  [/^(InternalError|ServiceUnavailable)(\.|$)/, "server"],
  [/^Network\.OutcomeUnknown$/, "ambiguous"],
  [/^Network(\.|$)/, "network"],
];

/** The kind of a CCC (or local) error code. Unknown codes count as "server": CCC failed in a way we cannot act on. */
export function kindForCode(code: string): CccErrorKind {
  for (const [pattern, kind] of KIND_RULES) if (pattern.test(code)) return kind;
  return "server";
}

export interface CccErrorInit {
  code: string;
  message: string;
  action: CccActionName;
  /** Defaults to kindForCode(code). */
  kind?: CccErrorKind;
  requestId?: string;
  httpStatus?: number;
  /** Top-level request field the error is about, when known (local validation or a CCC message naming it). */
  field?: string;
  cause?: unknown;
}

/**
 * Marks CccErrors across bundle copies of this module. Next bundles route handlers and server actions separately,
 * while the CCC client is one process-wide instance (lib/ccc/server.ts keeps it on globalThis): an error thrown by
 * the client can come from another copy of this class and fail `instanceof`. `Symbol.for` is shared by all copies.
 */
const CCC_ERROR_BRAND = Symbol.for("ccc-console.CccError");

export class CccError extends Error {
  override readonly name = "CccError";
  readonly [CCC_ERROR_BRAND] = true;
  readonly code: string;
  readonly kind: CccErrorKind;
  readonly action: CccActionName;
  readonly requestId?: string;
  readonly httpStatus?: number;
  readonly field?: string;

  constructor(init: CccErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.kind = init.kind ?? kindForCode(init.code);
    this.action = init.action;
    this.requestId = init.requestId;
    this.httpStatus = init.httpStatus;
    this.field = init.field;
  }
}

/** Type guard; with `kind`, also narrows on the kind (e.g. `isCccError(e, "ambiguous")`). */
export function isCccError(value: unknown, kind?: CccErrorKind): value is CccError {
  const branded =
    typeof value === "object" && value !== null && (value as { [CCC_ERROR_BRAND]?: unknown })[CCC_ERROR_BRAND] === true;
  return branded && (kind === undefined || (value as CccError).kind === kind);
}

/**
 * Whether a failed call may have changed anything in CCC. "unknown" only when the request may have reached CCC and
 * its reply was lost (a timeout or reset after sending, an ambiguous create) or a reply we could not read; "no" for
 * every answer CCC gave (refusals, validation, throttling, InternalError: nothing was applied, a retry is safe) and
 * for anything that failed before sending. A read (Describe*) changes nothing whatever happened.
 */
export function whetherChanged(error: Pick<CccError, "code" | "kind" | "action">): "no" | "unknown" {
  // `?.`: a branded error from another bundle's copy of this class is trusted by brand, not by shape.
  if (error.action?.startsWith("Describe")) return "no";
  if (error.kind === "ambiguous") return "unknown";
  return REPLY_LOST.has(error.code) ? "unknown" : "no";
}

// Sent, but no readable answer came back: CCC may have applied the request.
const REPLY_LOST: ReadonlySet<string> = new Set([
  LOCAL_CODES.timeout,
  LOCAL_CODES.aborted,
  LOCAL_CODES.connectionLost,
  LOCAL_CODES.invalidResponse,
  LOCAL_CODES.httpStatus,
]);

/** Top-level request field names of an action. */
export type CccRequestField<A extends CccActionName> = Extract<keyof CccRequest<A>, string>;

function requestFields<A extends CccActionName>(action: A): CccRequestField<A>[] {
  const schema: z.ZodType = cccActions[action].request;
  if (!(schema instanceof z.ZodObject)) return [];
  // The registry's request schemas are objects whose shape keys are exactly keyof CccRequest<A>.
  return Object.keys(schema.shape) as CccRequestField<A>[];
}

// Quoted names first (`Name`, "Name", 'Name', [Name]) because they are the most deliberate; then every bare word.
const QUOTED = /[`"'[]([A-Za-z][A-Za-z0-9]*)/g;
const WORD = /[A-Za-z][A-Za-z0-9]*/g;

/**
 * The request field an error message names, if any: "The value of parameter `ConcurrencyNumber` is invalid",
 * "Callees[3] is not a phone number", "参数 SdkAppId 错误" → the top-level field. Matches field names of `action`
 * only, exact case first, then case-insensitively among quoted names. Used to put a CCC error under a form input.
 */
export function fieldFromMessage<A extends CccActionName>(action: A, message: string): CccRequestField<A> | undefined {
  const fields = requestFields(action);
  const quoted = [...message.matchAll(QUOTED)].map((m) => m[1] ?? "");
  const words = [...message.matchAll(WORD)].map((m) => m[0]);
  const exact = [...quoted, ...words].find((word): word is CccRequestField<A> => (fields as string[]).includes(word));
  if (exact) return exact;
  for (const word of quoted) {
    const hit = fields.find((field) => field.toLowerCase() === word.toLowerCase());
    if (hit) return hit;
  }
  return undefined;
}
