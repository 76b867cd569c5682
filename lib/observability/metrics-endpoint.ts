/**
 * GET /api/metrics: the Prometheus exposition, for a scraper holding METRICS_TOKEN as a bearer token. No session:
 * the token is the whole check. Unset, the endpoint does not exist (404), so metrics are never open by accident.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { Registry } from "prom-client";

const NO_STORE = { "cache-control": "no-store" };

// Compared as SHA-256 digests: equal length whatever was sent, so neither the comparison's time nor an early
// length check says how much of the token a guess got right.
function sameToken(presented: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

/** The token of an `Authorization: Bearer <token>` header (scheme case-insensitive), else undefined. */
export function bearerToken(header: string | null): string | undefined {
  const match = header ? /^Bearer[ ]+(\S+)[ ]*$/i.exec(header) : null;
  return match?.[1];
}

/** 404 without a configured token, 401 (with WWW-Authenticate) for a missing or wrong one, else the metrics. */
export async function answerMetricsRequest(
  request: Request,
  expectedToken: string | undefined,
  registry: Registry,
): Promise<Response> {
  if (!expectedToken) return new Response("Not Found\n", { status: 404, headers: NO_STORE });
  const presented = bearerToken(request.headers.get("authorization"));
  if (presented === undefined || !sameToken(presented, expectedToken)) {
    return new Response("Unauthorized\n", {
      status: 401,
      headers: { ...NO_STORE, "www-authenticate": 'Bearer realm="metrics"' },
    });
  }
  return new Response(await registry.metrics(), {
    status: 200,
    headers: { ...NO_STORE, "content-type": registry.contentType },
  });
}
