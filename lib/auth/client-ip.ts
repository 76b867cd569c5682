/**
 * The client address used for per-IP login throttling.
 *
 * `next start` fills `x-forwarded-for` with the socket's remote address only when the request has none; a client
 * talking to Next directly can therefore put anything there. So:
 * - TRUST_PROXY=1 (behind a reverse proxy that sets the header): the first hop of x-forwarded-for.
 * - otherwise: the whole header as Next passed it — the socket address for ordinary browsers. A client forging the
 *   header only dodges the per-IP limit; the per-account limit still holds.
 */
export type HeaderSource = { get(name: string): string | null };

export function clientIp(headers: HeaderSource, env: Readonly<Record<string, string | undefined>> = process.env) {
  const forwarded = headers.get("x-forwarded-for")?.trim() ?? "";
  if (!forwarded) return "unknown";
  if (env.TRUST_PROXY === "1") return forwarded.split(",")[0]?.trim() || "unknown";
  // Bounded: the value becomes a limiter key.
  return forwarded.slice(0, 200);
}
