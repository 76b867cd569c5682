/**
 * The pages' Content-Security-Policy, with a fresh nonce per request (proxy.ts). Next reads the nonce from the
 * request's own CSP header and puts it on every script it renders (framework chunks and the inline RSC payload), so
 * script-src needs no 'unsafe-inline' and no host list: 'strict-dynamic' lets those nonced scripts load the chunks
 * they import. 'self' is only for CSP 2 browsers (CSP 3 ignores it next to 'strict-dynamic'). An injected inline
 * script has no nonce and does not run. Styles keep 'unsafe-inline': React and the UI kit set style attributes.
 */

/** 128 random bits, base64: what CSP asks of a nonce. Web Crypto, so it runs wherever the proxy runs. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export interface CspOptions {
  /** `next dev`: React's dev tooling needs eval, and the dev server a websocket. */
  dev: boolean;
  /** Served over https (decides upgrade-insecure-requests). */
  https: boolean;
}

export function pageContentSecurityPolicy(nonce: string, { dev, https }: CspOptions): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic' 'self'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    // The callee-file parsing worker is created from a blob: URL.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Whether the console is served over https, by the same settings next.config.js reads for HSTS. */
export function servedOverHttps(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env.SECURITY_HSTS === "1" || [env.CONSOLE_URL, env.AUTH_URL].some((url) => url?.startsWith("https://"));
}
