/**
 * Refuses a malformed server-action body before Next decodes it (lib/security/action-body.ts has the rules), in our
 * own HTTP server: production's console-server.ts and the e2e server run every request through it.
 *
 * Why here and not in proxy.ts: reading the body in the proxy goes through Next's body clone
 * (next/dist/server/body-streams.js), which afterwards copies a buffered stream's internals over the request
 * (`replaceRequestBody`) and must hold the whole body in the proxy. Here the body is read with the stream's own
 * paused-mode API and put back with `unshift` in the same tick, before the stream can emit its end, so Next reads the
 * very same bytes from the very same request. (The first try, in the proxy, also demanded a Content-Length: that
 * refused Next's own forwarding of an action posted to another page's worker, which is chunked — the "lost bodies"
 * it was blamed on.)
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { ACTION_BODY_LIMIT_BYTES } from "../lib/callees/wire";
import {
  type ActionBodyRefusal,
  actionHeadersRefusal,
  mediaType,
  textActionBodyRefusal,
} from "../lib/security/action-body";

/**
 * Reads the whole body (or, past `limit` bytes, stops: `tooLarge`) and puts it back at the front of the stream at
 * once. At once matters: the read that drains an ended stream schedules its 'end' for the next tick, and a promise's
 * continuation runs only after that — an `unshift` there would come after the end (and destroy the request).
 * `complete` is IncomingMessage's "the whole message has arrived", which is known before the stream's 'end'.
 */
function peekBody(req: IncomingMessage, limit: number): Promise<{ body: Buffer; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let got = 0;
    const finish = (tooLarge: boolean) => {
      req.off("readable", onReadable);
      req.off("end", onEnd);
      req.off("error", reject);
      const body = Buffer.concat(chunks, got);
      if (!tooLarge && body.length > 0 && !req.readableEnded) req.unshift(body);
      resolve({ body, tooLarge });
    };
    const onReadable = () => {
      let chunk = req.read() as Buffer | null;
      while (chunk !== null) {
        chunks.push(chunk);
        got += chunk.length;
        if (got > limit) return finish(true);
        chunk = req.read() as Buffer | null;
      }
      if (req.complete) finish(false);
    };
    const onEnd = () => finish(false);
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
 * True when the request was a server action with a malformed (or, when chunked, oversized) body and has been
 * answered; false when Next should handle it: any other request, a well-formed body (put back unread), or one that
 * declares a length over the limit (the proxy answers that 413 from the header).
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
  // A declared length over the limit: the proxy answers 413 without reading (the stream is left to Next's limit).
  if (Number(headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT_BYTES) return false;
  let peeked: { body: Buffer; tooLarge: boolean };
  try {
    peeked = await peekBody(req, ACTION_BODY_LIMIT_BYTES);
  } catch {
    // The client went away mid-body: nobody is left to answer.
    res.destroy();
    return true;
  }
  if (peeked.tooLarge) {
    const limitMiB = ACTION_BODY_LIMIT_BYTES / (1024 * 1024);
    const message = `The request body is over the ${limitMiB} MiB limit for server actions.`;
    refuse(res, { status: 413, code: "body_too_large", message });
    return true;
  }
  const { body } = peeked;
  const contentType = headers.get("content-type") ?? "";
  const refusal =
    mediaType(contentType) === "text/plain"
      ? textActionBodyRefusal(new Uint8Array(body))
      : await multipartRefusal(body, contentType);
  if (refusal) {
    refuse(res, refusal);
    return true;
  }
  // Already back at the front of the stream, unread (peekBody): Next reads the same bytes from the same request.
  return false;
}
