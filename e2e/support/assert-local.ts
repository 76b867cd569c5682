/**
 * Refuses to run e2e tests against anything but this machine: the tests reset the emulator's state and inject
 * faults, which must never reach a real CCC or a shared environment.
 */
import { isIP } from "node:net";

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  if (isIP(host) === 6) return host === "::1";
  return false;
}

/** Throws unless every URL is http(s) on a loopback host. */
export function assertLocal(urls: Record<string, string>): void {
  for (const [name, raw] of Object.entries(urls)) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new Error(`e2e guard: ${name} (${raw}) is not a URL`);
    }
    if (!/^https?:$/.test(url.protocol) || !isLoopbackHost(url.hostname)) {
      throw new Error(`e2e guard: ${name} must be a loopback http(s) URL, got ${url.origin}. Refusing to run.`);
    }
  }
}
