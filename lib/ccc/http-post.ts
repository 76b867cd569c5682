/**
 * The one HTTP operation the client needs: POST a string, read the whole reply as text.
 *
 * The default goes through node:http/https with a keep-alive agent. Node 20's global fetch (undici) costs roughly
 * twice as much per small request on this path (bench/ccc-client.ts measured 0.6× the official SDK's throughput
 * with fetch), and CCC replies are small JSON bodies where that overhead dominates.
 */
import http from "node:http";
import https from "node:https";

export interface HttpReply {
  status: number;
  text: string;
}

export interface HttpPostRequest {
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal;
}

export type HttpPost = (url: string, request: HttpPostRequest) => Promise<HttpReply>;

/** Errors carry node's `code` (ECONNREFUSED, ECONNRESET, ABORT_ERR…), which transport.ts classifies. */
export function createNodeHttpPost(options: { maxSockets?: number } = {}): HttpPost {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 64, scheduling: "lifo" as const };
  const agents = { "http:": new http.Agent(agentOptions), "https:": new https.Agent(agentOptions) };

  return (url, { headers, body, signal }) =>
    new Promise<HttpReply>((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === "https:";
      const send = secure ? https.request : http.request;
      const request = send(
        target,
        {
          method: "POST",
          agent: secure ? agents["https:"] : agents["http:"],
          headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
          signal,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
          );
          response.on("error", reject);
        },
      );
      request.on("error", reject);
      request.end(body);
    });
}

/** Adapts a fetch implementation (tests that wrap or count calls). */
export function fetchPost(fetchImpl: typeof fetch): HttpPost {
  return async (url, { headers, body, signal }) => {
    const response = await fetchImpl(url, { method: "POST", headers, body, signal, redirect: "manual" });
    return { status: response.status, text: await response.text() };
  };
}
