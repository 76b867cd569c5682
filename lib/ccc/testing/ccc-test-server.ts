/**
 * A tiny real HTTP server on 127.0.0.1:0 for the client's unit tests: it records every request (headers, body,
 * arrival time) and answers with whatever the current responder says, including never answering or hanging up.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import type { CccConfig } from "../../config/ccc-env";
import type { CccRequest } from "../actions";
import { type CccClient, type CccClientOptions, createCccClient } from "../client";
import { type CccError, isCccError } from "../errors";

export interface ReceivedRequest {
  /** performance.now() when the body had arrived. */
  at: number;
  action: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Answers one request; may leave `res` open (a hang) or destroy the socket (a dropped connection). */
export type Responder = (request: ReceivedRequest, res: ServerResponse, index: number) => void;

export interface CccTestServer {
  url: string;
  port: number;
  requests: ReceivedRequest[];
  respond(responder: Responder): void;
  close(): Promise<void>;
}

export function sendJson(res: ServerResponse, body: unknown, status = 200): void {
  res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
}

export const requestId = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`;

export const replyOk =
  (fields: Record<string, unknown> = {}): Responder =>
  (_request, res, index) =>
    sendJson(res, { Response: { ...fields, RequestId: requestId(index) } });

export const replyError =
  (code: string, message = `${code} happened`): Responder =>
  (_request, res, index) =>
    sendJson(res, { Response: { Error: { Code: code, Message: message }, RequestId: requestId(index) } });

export const hang: Responder = () => {};

export const hangUp: Responder = (_request, res) => {
  res.socket?.destroy();
};

export async function startCccTestServer(initial: Responder = replyOk()): Promise<CccTestServer> {
  let responder = initial;
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const received: ReceivedRequest = {
        at: performance.now(),
        action: String(req.headers["x-tc-action"] ?? ""),
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(received);
      responder(received, res, requests.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    respond(next) {
      responder = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const TEST_SECRET_KEY = "testSecretKey0123456789abcdefTOPSECRET";

export function testConfig(endpoint: string, overrides: Partial<CccConfig> = {}): CccConfig {
  return {
    secretId: "AKIDtestSecretId000000000000000000000",
    secretKey: TEST_SECRET_KEY,
    endpoint: new URL(endpoint),
    sdkAppIds: [1400000001],
    timeoutMs: 2_000,
    readFreshMs: 2_000,
    ...overrides,
  };
}

/** Tiny backoff so retry tests take milliseconds. */
export const FAST_RETRY = { retries: 3, minTimeoutMs: 1, maxTimeoutMs: 5 };

/** A client for the test server at `url`: tiny backoff and no limiter unless a test asks for them. */
export function testClient(url: string, options: CccClientOptions = {}, config: Partial<CccConfig> = {}): CccClient {
  return createCccClient(testConfig(url, config), {
    retry: FAST_RETRY,
    rateLimitPerSecond: Number.POSITIVE_INFINITY,
    ...options,
  });
}

export const createRequest: CccRequest<"CreateAgentCruiseDialingCampaign"> = {
  SdkAppId: 1400000001,
  Name: "Spring renewals",
  Agent: "agent@example.com",
  ConcurrencyNumber: 5,
  StartTime: 1_900_000_000,
  EndTime: 1_900_086_400,
  Callees: ["+8613800138000", "+8613900139000"],
};

/** The CccError a promise rejects with; fails the test if it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<CccError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isCccError(error)) throw new Error(`expected a CccError, got ${String(error)}`);
  return error;
}
