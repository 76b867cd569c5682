// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

// next-intl reads the locale per request (cookie / Accept-Language), not from the URL: see lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const dev = process.env.NODE_ENV !== "production";
// HSTS only when the console is really served over https: sent over plain http (the loopback e2e setup) it would
// be ignored at best, and pinned to the wrong host at worst. Decided when `next build` runs (headers are baked into
// the build), from CONSOLE_URL / AUTH_URL, or forced with SECURITY_HSTS=1 behind a TLS-terminating proxy.
const https =
  process.env.SECURITY_HSTS === "1" ||
  [process.env.CONSOLE_URL, process.env.AUTH_URL].some((url) => url?.startsWith("https://"));

/**
 * A static policy (no nonces): Next's App Router streams its RSC payload in inline <script> tags, so script-src
 * needs 'unsafe-inline' unless a per-request nonce is added by the proxy (see CODE_STYLE.md, "Security
 * headers"). 'unsafe-eval' only in dev, where React's dev tooling needs it.
 */
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
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

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // For browsers without CSP frame-ancestors support.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets several builds live side by side in one checkout (parallel e2e runs on other ports).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // Native or WASM packages that break when bundled (PGlite builds but fails at its first query otherwise).
  serverExternalPackages: ["@electric-sql/pglite", "pino", "@node-rs/argon2"],
  experimental: {
    serverActions: {
      // Campaign forms send `callees: string[]` (JSON). Worst case per number: "+" and 15 digits, 2 quotes and a
      // comma = 19 bytes; DEFAULT_MAX_CALLEES 100,000 × 19 = 1.9 MB, plus callers (≤ 1,000 × ~35 B) and the other
      // fields (a few KB) ≈ 1.95 MB. 3 MB leaves ~50 % headroom. Keep in step with ACTION_BODY_LIMIT_BYTES in
      // lib/callees/wire.ts: the list input refuses, before sending, a list that would not fit (a test checks both).
      bodySizeLimit: "3mb",
    },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
