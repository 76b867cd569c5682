/**
 * The one HTTP operation the client needs: POST a string and read the whole reply as text, within a time limit.
 *
 * The default is undici 7 (Node ≥ 20.18) on a keep-alive pool per origin, through its Dispatcher.dispatch API.
 * Client CPU per request against a minimal local server, 8 at a time, same run (CCC replies are small JSON bodies,
 * so this machinery is most of a call's cost): node:http with a keep-alive agent ~175 µs, Node 20's global fetch
 * ~480 µs, undici's request() ~100 µs, dispatch ~70 µs. request() builds a Readable per reply, and a timeout there
 * needs an AbortSignal, whose EventTarget listeners are slow on Node 20; dispatch hands over the chunks, and one
 * plain timer per request bounds it.
 */
import { Agent, type Dispatcher } from "undici";

export interface HttpReply {
  status: number;
  text: string;
}

export interface HttpPostRequest {
  headers: Record<string, string>;
  body: string;
  /** From handing the request over until the whole reply is read, queueing and connecting included. */
  timeoutMs: number;
  /** The caller's cancellation: rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Called with the `performance.now()` time the request is about to be written (a connection took it up: after a
   * new connection's handshake, or a busy event loop). The rate limiter's spacing depends on it (client.ts).
   */
  onWrite?: (at: number) => void;
}

/** Rejections carry undici's or node's `code` (ECONNREFUSED, UND_ERR_SOCKET…), which transport.ts classifies. */
export type HttpPost = (url: string, request: HttpPostRequest) => Promise<HttpReply>;

/** How an HttpPost reports that `timeoutMs` ran out, whatever the HTTP library. */
export class HttpTimeoutError extends Error {
  override readonly name = "TimeoutError";
  constructor(timeoutMs: number) {
    super(`No complete reply within ${timeoutMs} ms`);
  }
}

export interface UndiciPostOptions {
  /** Most open connections per origin (each carries one request at a time). */
  connections?: number;
}

// The endpoint is one URL for the client's lifetime: parse it once, not per request.
function targetCache() {
  const parsed = new Map<string, { origin: string; path: string }>();
  return (url: string) => {
    let target = parsed.get(url);
    if (!target) {
      const { origin, pathname, search } = new URL(url);
      target = { origin, path: `${pathname}${search}` };
      if (parsed.size > 16) parsed.clear();
      parsed.set(url, target);
    }
    return target;
  };
}

/** The client's default HttpPost. Rejects with HttpTimeoutError, the caller's abort reason, or undici's error. */
export function createUndiciPost(options: UndiciPostOptions = {}): HttpPost {
  const agent = new Agent({
    connections: options.connections ?? 64,
    // Never pipeline: a create must not queue behind another request on a connection that may die under both.
    pipelining: 1,
    // Our own timer bounds the whole exchange (queueing included); undici's idle timers must not fire first.
    headersTimeout: 0,
    bodyTimeout: 0,
  });
  const target = targetCache();

  return (url, { headers, body, timeoutMs, signal, onWrite }) =>
    new Promise<HttpReply>((resolve, reject) => {
      const { origin, path } = target(url);
      let controller: Dispatcher.DispatchController | undefined;
      // Set once we stop waiting; a request still queued in the pool is aborted when undici gets to it.
      let abortReason: Error | undefined;
      let status = 0;
      const chunks: Buffer[] = [];

      const finish = (error?: Error) => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        if (error) reject(error);
        else resolve({ status, text: Buffer.concat(chunks).toString("utf8") });
      };
      const stop = (reason: Error) => {
        if (abortReason) return;
        abortReason = reason;
        controller?.abort(reason);
        finish(reason);
      };
      const onAbort = () => stop(signal?.reason instanceof Error ? signal.reason : new Error("Aborted"));
      const timer = setTimeout(() => stop(new HttpTimeoutError(timeoutMs)), timeoutMs);
      if (signal?.aborted) return onAbort();
      signal?.addEventListener("abort", onAbort, { once: true });

      const handler: Dispatcher.DispatchHandler = {
        onRequestStart(started) {
          // Called as a connection takes the request up, right before it is written.
          controller = started;
          if (abortReason) started.abort(abortReason);
          else onWrite?.(performance.now());
        },
        onResponseStart(_controller, statusCode) {
          status = statusCode; // 1xx are informational: the final status overwrites them.
        },
        onResponseData(_controller, chunk) {
          if (status >= 200) chunks.push(chunk);
        },
        onResponseEnd() {
          if (!abortReason) finish();
        },
        onResponseError(_controller, error) {
          if (!abortReason) finish(error);
        },
      };
      try {
        agent.dispatch({ origin, path, method: "POST", headers, body }, handler);
      } catch (error) {
        stop(error instanceof Error ? error : new Error(String(error)));
      }
    });
}

/** Adapts a fetch implementation (tests that wrap or count calls). */
export function fetchPost(fetchImpl: typeof fetch): HttpPost {
  return async (url, { headers, body, timeoutMs, signal }) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetchImpl(url, {
        method: "POST",
        headers,
        body,
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        redirect: "manual",
      });
      return { status: response.status, text: await response.text() };
    } catch (error) {
      throw timeout.aborted && !signal?.aborted ? new HttpTimeoutError(timeoutMs) : error;
    }
  };
}
