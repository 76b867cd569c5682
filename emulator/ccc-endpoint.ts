/**
 * POST / — the CCC wire protocol. Each request goes through the checks in the order CCC's gateway reports them:
 * size → signature → version → action → (injected fault) → rate limit → body → parameters → business rules.
 * Every reply is HTTP 200 with a RequestId, errors as {"Response":{"Error":{Code,Message},"RequestId"}} — except an
 * injected "http" fault, which answers as a failing gateway in front of CCC would: its status and an HTML page.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { type CccActionName, cccActions } from "../lib/ccc/actions";
import type { Tc3SigningKeys } from "../lib/ccc/sign";
import type { ArrivalLog } from "./arrivals";
import type { EmulatorClock } from "./clock";
import type { RequestCounter } from "./counts";
import { CccError } from "./errors";
import type { FaultRegistry } from "./faults";
import { runHandler } from "./handlers";
import { readBody, sendJson, sleep } from "./http-util";
import type { RateLimiter } from "./rate-limit";
import type { EmulatorStore } from "./state/store";
import { validateRequest } from "./validate-request";
import { headerValue, verifyTc3Request } from "./verify-signature";

export const CCC_VERSION = "2020-02-10";
/** TC3 POST bodies may be up to 10 MB. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface CccEndpointDeps {
  store: EmulatorStore;
  clock: EmulatorClock;
  credentials: ReadonlyMap<string, string>;
  /** Derived TC3 signing keys, kept across requests (they change once a day). */
  signingKeys?: Tc3SigningKeys;
  rateLimiter: RateLimiter;
  faults: FaultRegistry;
  counter: RequestCounter;
  /** Arrival times per action (arrivals.ts), when the caller wants the peak rate. */
  arrivals?: ArrivalLog;
  maxCallees: number;
  /** Called once per request that got a reply (or was dropped by a fault). */
  onRequest?: (entry: RequestLogEntry) => void;
}

export interface RequestLogEntry {
  requestId: string;
  action: string;
  /** Error code, "(timeout)"/"(reset)"/"(http 502)" for dropped requests, undefined on success. */
  code?: string;
  ms: number;
}

type Outcome = { kind: "reply"; payload: Record<string, unknown> } | { kind: "dropped"; code: string };

export async function handleCccRequest(req: IncomingMessage, res: ServerResponse, deps: CccEndpointDeps) {
  const started = performance.now();
  const requestId = randomUUID();
  const action = headerValue(req.headers, "x-tc-action")?.trim() || "(none)";
  deps.arrivals?.record(action);
  let outcome: Outcome;
  let code: string | undefined;
  try {
    outcome = await runPipeline(req, res, deps, action);
  } catch (error) {
    const cccError =
      error instanceof CccError ? error : new CccError("InternalError", "An internal error occurred in the emulator");
    if (!(error instanceof CccError)) console.error(error);
    code = cccError.code;
    outcome = { kind: "reply", payload: { Error: { Code: cccError.code, Message: cccError.message } } };
  }
  if (outcome.kind === "dropped") code = outcome.code;
  deps.counter.record(action, code);
  deps.onRequest?.({ requestId, action, code, ms: Math.round(performance.now() - started) });
  if (outcome.kind === "reply" && !res.destroyed) {
    const traceId = headerValue(req.headers, "x-tc-traceid");
    sendJson(
      res,
      200,
      { Response: { ...outcome.payload, RequestId: requestId } },
      traceId ? { "X-TC-TraceId": traceId } : {},
    );
  }
}

async function runPipeline(
  req: IncomingMessage,
  res: ServerResponse,
  deps: CccEndpointDeps,
  action: string,
): Promise<Outcome> {
  if (req.method !== "POST") throw new CccError("InvalidParameter", "Send CCC requests as POST / with a JSON body");
  const read = await readBody(req, MAX_BODY_BYTES).catch(() => undefined);
  if (!read) return { kind: "dropped", code: "(aborted)" };
  if (!read.ok) {
    throw new CccError("RequestSizeLimitExceeded", `The request body is ${read.bytes} bytes; the limit is 10 MB`);
  }
  const body = read.body.toString("utf8");
  verifyTc3Request({
    headers: req.headers,
    body,
    credentials: deps.credentials,
    nowSeconds: deps.clock.signatureSeconds(),
    keys: deps.signingKeys,
  });
  const version = headerValue(req.headers, "x-tc-version");
  if (!version) throw new CccError("MissingParameter", "X-TC-Version is a required header and is missing");
  if (version !== CCC_VERSION)
    throw new CccError("NoSuchVersion", `CCC has no API version ${version}; use ${CCC_VERSION}`);
  if (action === "(none)") throw new CccError("MissingParameter", "X-TC-Action is a required header and is missing");
  if (!Object.hasOwn(cccActions, action))
    throw new CccError("InvalidAction", `${action} is not a CCC action this endpoint supports`);
  const name = action as CccActionName;

  const fault = deps.faults.take(name);
  if (fault?.latencyMs) await sleep(fault.latencyMs);
  if (fault?.kind === "timeout") return { kind: "dropped", code: "(timeout)" };
  if (fault?.kind === "reset") {
    res.destroy();
    return { kind: "dropped", code: "(reset)" };
  }
  if (fault?.kind === "http") return gatewayError(res, fault.status ?? 502);
  if (fault?.kind === "error") {
    throw new CccError(fault.code ?? "InternalError", fault.message ?? `${fault.code} (injected by the CCC emulator)`);
  }

  if (!deps.rateLimiter.tryAcquire(name)) {
    throw new CccError(
      "RequestLimitExceeded",
      `${name} is limited to ${deps.rateLimiter.limitPerSecond} requests per second`,
    );
  }
  const contentType = headerValue(req.headers, "content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    throw new CccError("InvalidParameter", `Content-Type must be application/json, not "${contentType}"`);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new CccError("InvalidParameter", "The request body is not valid JSON");
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new CccError("InvalidParameter", "The request body must be a JSON object");
  }
  const request = validateRequest(name, json);
  const result = runHandler(
    name,
    { store: deps.store, now: deps.clock.nowSeconds(), maxCallees: deps.maxCallees },
    request,
  );
  return { kind: "reply", payload: { ...result } };
}

/** What a load balancer in front of CCC sends when CCC is unreachable: nothing CCC applied, no RequestId. */
function gatewayError(res: ServerResponse, status: number): Outcome {
  const body = `<html><head><title>${status} Bad Gateway</title></head><body><h1>${status}</h1></body></html>`;
  res.writeHead(status, { "Content-Type": "text/html", "Content-Length": String(Buffer.byteLength(body)) });
  res.end(body);
  return { kind: "dropped", code: `(http ${status})` };
}
