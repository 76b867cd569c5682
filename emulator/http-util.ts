/** Small node:http helpers: a size-capped body reader and JSON replies. */
import type { IncomingMessage, ServerResponse } from "node:http";

export type BodyResult = { ok: true; body: Buffer } | { ok: false; bytes: number };

/**
 * Reads the body, keeping at most `limit` bytes. Past the limit it keeps counting and discarding (so the reply
 * reaches a client that is still uploading) up to `drainLimit`, then drops the connection.
 */
export function readBody(req: IncomingMessage, limit: number, drainLimit = limit * 4): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let tooLarge = Number(req.headers["content-length"] ?? 0) > limit;
    req.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      else if (chunks.length > 0) chunks.length = 0;
      if (bytes > drainLimit) req.socket.destroy();
    });
    req.on("end", () => resolve(tooLarge ? { ok: false, bytes } : { ok: true, body: Buffer.concat(chunks) }));
    req.on("error", reject);
    req.on("close", () => {
      if (!req.complete) reject(new Error("connection closed before the body was complete"));
    });
  });
}

export function sendJson(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}) {
  const body = JSON.stringify(payload);
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(body);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
