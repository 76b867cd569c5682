/**
 * The pages' Content-Security-Policy, with a fresh nonce per request (proxy.ts). Next reads the nonce from the
 * request's own CSP header and puts it on every script it renders (framework chunks and the inline RSC payload), so
 * script-src needs no 'unsafe-inline' and no host list: 'strict-dynamic' lets those nonced scripts load the chunks
 * they import. 'self' is only for CSP 2 browsers (CSP 3 ignores it next to 'strict-dynamic'). An injected inline
 * script has no nonce and does not run. Styles keep 'unsafe-inline': React and the UI kit set style attributes.
 */

import shared from "./csp-directives.json";

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

/**
 * The directives both policies share (this one and next.config.js's static one, which requires the same file):
 * everything from 'self', inline styles, data:/blob: images, the callee-file worker from a blob: URL, no plugins,
 * no framing.
 */
export const SHARED_DIRECTIVES: Readonly<Record<string, string>> = shared;

export function pageContentSecurityPolicy(nonce: string, { dev, https }: CspOptions): string {
  return [
    ...Object.entries(SHARED_DIRECTIVES).map(([name, value]) => `${name} ${value}`),
    `script-src 'nonce-${nonce}' 'strict-dynamic' 'self'${dev ? " 'unsafe-eval'" : ""}`,
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Whether the console is served over https, by the same settings next.config.js reads for HSTS. */
export function servedOverHttps(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env.SECURITY_HSTS === "1" || [env.CONSOLE_URL, env.AUTH_URL].some((url) => url?.startsWith("https://"));
}
