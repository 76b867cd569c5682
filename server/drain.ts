/**
 * An HTTP server that can be drained. drain() stops accepting connections, closes idle keep-alive connections,
 * lets the requests in flight finish (answering them with `Connection: close`), and at the deadline cuts whatever
 * still runs. It resolves when every connection is closed, without waiting for keep-alive timeouts.
 *
 * Requests that arrive during the drain on a connection opened before it (browsers and proxies reuse
 * connections) are still served, with `Connection: close`: refusing them would turn a request the client already
 * sent into an error, while a closed listening socket is something every client and load balancer retries.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface DrainOutcome {
  /** Requests in flight when the drain began. */
  readonly inFlightAtStart: number;
  /** Requests still running at the deadline; their connections were closed under them. */
  readonly cut: number;
  readonly ms: number;
}

export interface DrainableServer {
  readonly server: Server;
  /** Requests being handled right now. */
  inFlight(): number;
  /** Resolves once no request is in flight, or at `timeoutMs` after cutting the rest. Call once. */
  drain(timeoutMs: number): Promise<DrainOutcome>;
}

/** `onError` gets a handler's rejection (the response is ended with 500 if nothing was sent yet). */
export function createDrainableServer(handler: RequestHandler, onError: (error: unknown) => void): DrainableServer {
  const active = new Set<ServerResponse>();
  let draining = false;
  let onIdle: (() => void) | undefined;

  const server = createServer((req, res) => {
    active.add(res);
    if (draining) res.setHeader("connection", "close");
    res.once("close", () => {
      active.delete(res);
      if (draining && active.size === 0) onIdle?.();
    });
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((error: unknown) => {
        onError(error);
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end("Internal Server Error");
      });
  });

  async function drain(timeoutMs: number): Promise<DrainOutcome> {
    const started = performance.now();
    const inFlightAtStart = active.size;
    draining = true;
    for (const res of active) if (!res.headersSent) res.setHeader("connection", "close");
    // close() stops listening at once and closes idle keep-alive connections; its callback waits for the rest.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    if (active.size > 0) await idleOrDeadline(timeoutMs);
    const cut = active.size;
    // Cuts what still runs, and ends keep-alive connections whose last response just finished.
    server.closeAllConnections();
    await closed;
    return { inFlightAtStart, cut, ms: Math.round(performance.now() - started) };
  }

  function idleOrDeadline(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      onIdle = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  return { server, inFlight: () => active.size, drain };
}
