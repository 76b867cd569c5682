/**
 * Refuses a malformed server-action body before Next decodes it (lib/security/action-body.ts has the rules), in our
 * own HTTP server: production's console-server.ts and the e2e server run every request through it.
 *
 * Why here and not in proxy.ts: reading the body in the proxy goes through Next's body clone
 * (next/dist/server/body-streams.js), which afterwards copies a buffered stream's internals over the request
 * (`replaceRequestBody`). Under Next's request handler in a custom server that lost action bodies and left the
 * request without its error listeners (an uncaught `aborted` when the client closed the connection). Here the body
 * is read with the stream's own paused-mode API up to its declared length and put back with `unshift`, before the
 * stream has ended, so Next reads the very same bytes from the very same request.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { ACTION_BODY_LIMIT_BYTES } from "../lib/callees/wire";
import {
  type ActionBodyRefusal,
  actionHeadersRefusal,
  mediaType,
  textActionBodyRefusal,
} from "../lib/security/action-body";

/** Reads exactly `length` bytes (fewer if the stream ends first) without letting the stream emit its end. */
function peekBody(req: IncomingMessage, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let got = 0;
    const finish = () => {
      req.off("readable", onReadable);
      req.off("end", onEnd);
      req.off("error", reject);
      resolve(Buffer.concat(chunks, got));
    };
    const onReadable = () => {
      let chunk: Buffer | null = req.read() as Buffer | null;
      while (chunk !== null) {
        chunks.push(chunk);
        got += chunk.length;
        if (got >= length) return finish();
        chunk = req.read() as Buffer | null;
      }
    };
    const onEnd = () => finish();
    req.on("readable", onReadable);
    req.on("end", onEnd);
    req.once("error", reject);
  });
}

async function multipartRefusal(body: Buffer, contentType: string): Promise<ActionBodyRefusal | null> {
  try {
    await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
    return null;
  } catch {
    const message = "A form's body must be valid multipart/form-data with the boundary its Content-Type names.";
    return { status: 400, code: "invalid_action_body", message };
  }
}

function refuse(res: ServerResponse, refusal: ActionBodyRefusal): void {
  const body = JSON.stringify({ formError: { code: refusal.code, message: refusal.message } });
  // The unread rest of a refused body is not worth keeping the connection for.
  res.writeHead(refusal.status, { "content-type": "application/json", connection: "close" }).end(body);
}

/**
 * True when the request was a server action with a malformed body and has been answered; false when Next should
 * handle it (any other request, a well-formed body — put back unread — or one over the limit, which the proxy
 * refuses with 413 from its declared length).
 */
export async function refuseMalformedActionBody(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method !== "POST" || req.headers["next-action"] === undefined) return false;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  const fromHeaders = actionHeadersRefusal(headers);
  if (fromHeaders) {
    refuse(res, fromHeaders);
    return true;
  }
  const length = Number(headers.get("content-length"));
  if (!Number.isSafeInteger(length) || length > ACTION_BODY_LIMIT_BYTES) return false;
  let body: Buffer;
  try {
    body = await peekBody(req, length);
  } catch {
    // The client went away mid-body: nobody is left to answer.
    res.destroy();
    return true;
  }
  if (body.length !== length) {
    refuse(res, { status: 400, code: "invalid_action_body", message: "The body is shorter than its Content-Length." });
    return true;
  }
  const contentType = headers.get("content-type") ?? "";
  const refusal =
    mediaType(contentType) === "text/plain"
      ? textActionBodyRefusal(new Uint8Array(body))
      : await multipartRefusal(body, contentType);
  if (refusal) {
    refuse(res, refusal);
    return true;
  }
  // Back to the front of the stream, unread: the stream has not ended yet (finish stops before its 'end').
  if (body.length > 0) req.unshift(body);
  return false;
}
