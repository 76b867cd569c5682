/**
 * What our HTTP server answers itself before Next sees a request (production's console-server.ts and the e2e
 * server): a request line too long to be one of ours (414), and a malformed server-action body
 * (action-body-guard.ts). True when the request has been answered.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { refuseMalformedActionBody } from "./action-body-guard";

/**
 * Far above any URL the console makes (the longest, a filtered audit export, stays under 1 KiB); as nginx's
 * default header buffer. Past it Next echoes the path back in a redirect's Location and Refresh headers, which
 * clients refuse to read (undici's 16 KiB header limit: the HTTP fuzzer saw "fetch failed").
 */
export const MAX_URL_BYTES = 8 * 1024;

export async function guardRequest(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (Buffer.byteLength(req.url ?? "") > MAX_URL_BYTES) {
    const message = `The address is longer than ${MAX_URL_BYTES / 1024} KiB.`;
    res
      .writeHead(414, { "content-type": "application/json", connection: "close" })
      .end(JSON.stringify({ formError: { code: "uri_too_long", message } }));
    return true;
  }
  return refuseMalformedActionBody(req, res);
}
