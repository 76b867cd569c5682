/**
 * Test helper: signs a CCC request with lib/ccc/sign.ts and POSTs it with fetch, with knobs to break it on purpose
 * (wrong key, stale timestamp, tampered body…). For tests only; the console's real client lives in lib/ccc.
 */
import { signTc3 } from "../lib/ccc/sign";

export interface CccReply {
  status: number;
  Response: { RequestId: string; Error?: { Code: string; Message: string } } & Record<string, unknown>;
}

export interface SignOptions {
  secretId?: string;
  secretKey?: string;
  /** Unix seconds to sign with; default the caller's clock. */
  timestamp?: number;
  version?: string;
  service?: string;
  /** Sign this body but send `sentBody` instead (tampering). */
  sentBody?: string;
  /** Send and sign this exact text instead of JSON.stringify(body). */
  rawBody?: string;
  contentType?: string;
  /** Replace the Authorization header (after signing). */
  authorization?: string | null;
  /** Sign the Host header as this value (the request still sends the real host). */
  signedHost?: string;
  signal?: AbortSignal;
}

export interface CccCaller {
  call(action: string, body: unknown, options?: SignOptions): Promise<CccReply>;
  /** Calls and fails the test unless CCC answered without an error. */
  ok(action: string, body: unknown): Promise<CccReply["Response"]>;
}

export function createCccCaller(
  emulator: { url: string; secretId: string; secretKey: string },
  nowSeconds: () => number = () => Math.floor(Date.now() / 1000),
): CccCaller {
  async function call(action: string, body: unknown, o: SignOptions = {}): Promise<CccReply> {
    const payload = o.rawBody ?? JSON.stringify(body);
    const contentType = o.contentType ?? "application/json";
    const host = new URL(emulator.url).host;
    const timestamp = o.timestamp ?? nowSeconds();
    const signed = signTc3({
      secretId: o.secretId ?? emulator.secretId,
      secretKey: o.secretKey ?? emulator.secretKey,
      service: o.service ?? "ccc",
      timestamp,
      signedHeaders: { "content-type": contentType, host: o.signedHost ?? host, "x-tc-action": action },
      payload,
    });
    const headers: Record<string, string> = {
      "Content-Type": contentType,
      "X-TC-Action": action,
      "X-TC-Version": o.version ?? "2020-02-10",
      "X-TC-Timestamp": String(timestamp),
    };
    const authorization = o.authorization === undefined ? signed.authorization : o.authorization;
    if (authorization !== null) headers.Authorization = authorization;
    const response = await fetch(`${emulator.url}/`, {
      method: "POST",
      headers,
      body: o.sentBody ?? payload,
      signal: o.signal,
    });
    const json = (await response.json()) as { Response: CccReply["Response"] };
    return { status: response.status, Response: json.Response };
  }
  return {
    call,
    async ok(action, body) {
      const reply = await call(action, body);
      if (reply.Response.Error) {
        throw new Error(`${action} failed: ${reply.Response.Error.Code} ${reply.Response.Error.Message}`);
      }
      return reply.Response;
    },
  };
}

/** The error code of a reply, or "OK". */
export const codeOf = (reply: CccReply) => reply.Response.Error?.Code ?? "OK";
