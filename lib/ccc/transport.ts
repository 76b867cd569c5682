/**
 * One CCC request on the wire: build and sign it, send it once, turn the reply (or its absence) into a parsed
 * response or a CccError. No retries, limits or logging here; client.ts composes those around sendOnce.
 */
import { z } from "zod";
import type { CccConfig } from "../config/ccc-env";
import { type CccActionName, type CccResponse, cccActions } from "./actions";
import { CccError, fieldFromMessage, isAccountLimitCode, kindForCode, LOCAL_CODES } from "./errors";
import { type HttpPost, HttpTimeoutError } from "./http-post";
import { signTc3, type Tc3SigningKeys } from "./sign";

export const CCC_SERVICE = "ccc";
export const CCC_VERSION = "2020-02-10";
/** Sent and signed byte for byte; no charset parameter, CCC bodies are JSON (UTF-8 by definition). */
export const CCC_CONTENT_TYPE = "application/json";

export interface PreparedRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Headers and URL for one signed POST. Signs content-type, host and x-tc-action; the Host signed is the one sent,
 * port included (URL.host omits only the scheme's default port, exactly as an HTTP client would). `keys` (the
 * client's, long-lived) saves re-deriving the day's signing key; the signature is the same either way.
 */
export function prepareRequest(
  config: CccConfig,
  action: CccActionName,
  body: string,
  timestamp: number,
  keys?: Tc3SigningKeys,
): PreparedRequest {
  const host = config.endpoint.host;
  const signedHeaders = { "content-type": CCC_CONTENT_TYPE, host, "x-tc-action": action };
  const { authorization } = signTc3(
    {
      secretId: config.secretId,
      secretKey: config.secretKey,
      service: CCC_SERVICE,
      timestamp,
      signedHeaders,
      payload: body,
    },
    keys,
  );
  const headers: Record<string, string> = {
    Authorization: authorization,
    "Content-Type": CCC_CONTENT_TYPE,
    Host: host,
    "X-TC-Action": action,
    "X-TC-Version": CCC_VERSION,
    "X-TC-Timestamp": String(timestamp),
  };
  if (config.region) headers["X-TC-Region"] = config.region;
  if (config.sessionToken) headers["X-TC-Token"] = config.sessionToken;
  if (config.language) headers["X-TC-Language"] = config.language;
  return { url: endpointUrl(config.endpoint), headers, body };
}

// The canonical request's path is always "/", so any path on the endpoint is ignored rather than mis-signed.
// Resolved once per endpoint: URL parsing and serializing is measurable at thousands of calls per second.
const endpointUrls = new WeakMap<URL, string>();
function endpointUrl(endpoint: URL): string {
  let url = endpointUrls.get(endpoint);
  if (url === undefined) {
    url = new URL("/", endpoint).toString();
    endpointUrls.set(endpoint, url);
  }
  return url;
}

export interface SendOptions {
  post: HttpPost;
  timeoutMs: number;
  signal?: AbortSignal;
  /** See HttpPostRequest.onWrite. */
  onWrite?: (at: number) => void;
}

/** Sends once and returns the parsed response, or throws a CccError. */
export async function sendOnce<A extends CccActionName>(
  action: A,
  prepared: PreparedRequest,
  options: SendOptions,
): Promise<CccResponse<A>> {
  let status: number;
  let text: string;
  try {
    ({ status, text } = await options.post(prepared.url, {
      headers: prepared.headers,
      body: prepared.body,
      timeoutMs: options.timeoutMs,
      signal: options.signal,
      onWrite: options.onWrite,
    }));
  } catch (cause) {
    throw transportError(action, cause, {
      timedOut: cause instanceof HttpTimeoutError,
      cancelled: options.signal?.aborted === true,
      timeoutMs: options.timeoutMs,
    });
  }
  return parseReply(action, status, text);
}

// Failures while connecting: the request certainly never reached CCC, so even a create can be reported plainly.
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "CERT_HAS_EXPIRED",
]);

function errorCodes(cause: unknown): string[] {
  if (!(cause instanceof Error)) return [];
  const own = "code" in cause && typeof cause.code === "string" ? [cause.code] : [];
  // Node tries IPv6 and IPv4 in turn and reports an AggregateError; all must have failed to connect.
  const nested = cause instanceof AggregateError ? cause.errors.flatMap(errorCodes) : [];
  return [...own, ...nested, ...errorCodes(cause.cause)];
}

function transportError(
  action: CccActionName,
  cause: unknown,
  context: { timedOut: boolean; cancelled: boolean; timeoutMs: number },
): CccError {
  const codes = errorCodes(cause);
  if (!context.timedOut && !context.cancelled && codes.length > 0 && codes.every((code) => NOT_SENT_CODES.has(code))) {
    const refused = codes.includes("ECONNREFUSED");
    return new CccError({
      action,
      cause,
      code: refused ? LOCAL_CODES.connectionRefused : LOCAL_CODES.connectFailed,
      message: `Could not connect to CCC for ${action} (${codes[0]}); nothing was sent`,
    });
  }
  const what = context.timedOut
    ? `no answer within ${context.timeoutMs} ms`
    : context.cancelled
      ? "the request was cancelled"
      : "the connection was lost";
  if (!cccActions[action].idempotent) {
    const subject = action.startsWith("Create")
      ? "the campaign may or may not have been created"
      : "it may or may not have taken effect";
    return new CccError({
      action,
      cause,
      code: LOCAL_CODES.outcomeUnknown,
      message: `${action} was sent but ${what}: ${subject}. Check the campaign list before trying again.`,
    });
  }
  const code = context.timedOut
    ? LOCAL_CODES.timeout
    : context.cancelled
      ? LOCAL_CODES.aborted
      : LOCAL_CODES.connectionLost;
  return new CccError({ action, cause, code, message: `${action} failed: ${what}` });
}

const ZEnvelope = z.object({
  Response: z.looseObject({
    RequestId: z.string().optional(),
    Error: z.object({ Code: z.string(), Message: z.string().optional() }).optional(),
  }),
});

function invalidResponse(action: CccActionName, detail: string, httpStatus: number, requestId?: string): CccError {
  return new CccError({
    action,
    code: LOCAL_CODES.invalidResponse,
    httpStatus,
    requestId,
    message: `CCC's reply to ${action} could not be understood: ${detail}`,
  });
}

/** Turns an HTTP status and body into the action's parsed response, or the CccError it describes. */
export function parseReply<A extends CccActionName>(action: A, status: number, text: string): CccResponse<A> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const envelope = ZEnvelope.safeParse(json);
  const reply = envelope.success ? envelope.data.Response : undefined;
  if (status !== 200) {
    const ccc = reply?.Error ? ` (${reply.Error.Code}: ${reply.Error.Message ?? ""})` : "";
    throw new CccError({
      action,
      kind: "server",
      code: LOCAL_CODES.httpStatus,
      httpStatus: status,
      requestId: reply?.RequestId,
      message: `CCC answered ${action} with HTTP ${status}${ccc}`,
    });
  }
  if (json === undefined) throw invalidResponse(action, "the body is not JSON", status);
  if (!reply) throw invalidResponse(action, "no Response object", status);
  if (reply.Error) {
    const { Code: code, Message: message = code } = reply.Error;
    const aboutField = kindForCode(code) === "validation" && !isAccountLimitCode(code);
    const field = aboutField ? fieldFromMessage(action, message) : undefined;
    throw new CccError({ action, code, message, requestId: reply.RequestId, httpStatus: status, field });
  }
  const parsed = safeParseAs<(typeof cccActions)[A]["response"]>(cccActions[action].response, reply);
  if (!parsed.success) {
    // Paths and rules only: the values may be personal data.
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join(".") || "Response"} ${issue.message}`);
    throw invalidResponse(action, issues.join("; "), status, reply.RequestId);
  }
  return parsed.data;
}

// Keeps the schema's type generic in A, so the parsed data is CccResponse<A> without a cast.
function safeParseAs<S>(schema: S & z.ZodType, value: unknown): z.ZodSafeParseResult<z.output<S>> {
  return schema.safeParse(value);
}
