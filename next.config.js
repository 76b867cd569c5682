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
 * Pages get their policy from proxy.ts, with a per-request nonce and no 'unsafe-inline' (lib/security/csp.ts, which
 * overrides this header on every page). This static one covers everything else the server answers — API JSON, Next's
 * assets, the callee worker's script, public files — and any page that ever escaped the proxy: the same directives,
 * but scripts only from 'self' and no inline script at all, so such a page would fail loudly rather than run with a
 * weak policy. The shared directives live in lib/security/csp-directives.json.
 */
const csp = [
  ...Object.entries(require("./lib/security/csp-directives.json")).map(([name, value]) => `${name} ${value}`),
  `script-src 'self'${dev ? " 'unsafe-eval'" : ""}`,
  `connect-src 'self'${dev ? " ws: wss:" : ""}`,
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

/**
 * Callees per campaign (CONSOLE_MAX_CALLEES, default 100,000, at most 500,000): a build-time setting, because the
 * server-action body limit below must fit it. Same rule as parseMaxCallees in lib/callees/constants.ts.
 */
function readMaxCallees(raw) {
  if (raw === undefined || raw.trim() === "") return 100_000;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < 1 || value > 500_000) {
    throw new Error(`CONSOLE_MAX_CALLEES must be a whole number from 1 to 500,000, got "${raw}"`);
  }
  return value;
}
const maxCallees = readMaxCallees(process.env.CONSOLE_MAX_CALLEES);

/**
 * The build id every instance built from the same source must share (README, "Running several instances"): the
 * browser router compares it with each answer and falls back to full page loads when it differs. CONSOLE_BUILD_ID
 * when set, else the git commit being built, else null (Next's random id: fine for one instance or one build
 * copied to every machine, not for instances built separately).
 */
function readBuildId() {
  const fromEnv = process.env.CONSOLE_BUILD_ID?.trim();
  if (fromEnv) {
    if (!/^[A-Za-z0-9_.-]{1,64}$/.test(fromEnv)) {
      throw new Error(`CONSOLE_BUILD_ID must be 1-64 letters, digits, "_", "." or "-", got "${fromEnv}"`);
    }
    return fromEnv;
  }
  try {
    const sha = require("node:child_process")
      .execFileSync("git", ["rev-parse", "HEAD"], { cwd: __dirname, stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
    return /^[0-9a-f]{40}$/.test(sha) ? `git-${sha.slice(0, 12)}` : null;
  } catch {
    return null;
  }
}

/** @type {import("next").NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets several builds live side by side in one checkout (parallel e2e runs on other ports).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A self-contained server folder (.next/standalone) for `npm start` and the Docker image; scripts/assemble-standalone.ts
  // completes it (static assets, the server entry). See docs/operations.md.
  output: "standalone",
  // Read at run time from the working directory (lib/db/migrate.ts), so no import traces them.
  outputFileTracingIncludes: { "/*": ["./drizzle/**/*"] },
  reactStrictMode: true,
  poweredByHeader: false,
  generateBuildId: readBuildId,
  // Native or WASM packages that break when bundled (PGlite builds but fails at its first query otherwise).
  serverExternalPackages: ["@electric-sql/pglite", "pino", "@node-rs/argon2"],
  // Inlined into server and browser code at build time (lib/callees/constants.ts reads it).
  env: { CONSOLE_MAX_CALLEES: String(maxCallees) },
  experimental: {
    serverActions: {
      // Campaign forms send the callee list as one "\n"-joined string. Worst case 17 bytes a number ("+", 15
      // digits, "\n"), 256 KiB for the rest of the form (callers, names, times), 50 % headroom, whole MiB:
      // 100,000 numbers → 3 MiB. The same arithmetic is actionBodyLimitMiB in lib/callees/wire.ts, which the list
      // input checks before sending (lib/callees/body-limit.test.ts keeps the two equal).
      bodySizeLimit: `${Math.ceil(((maxCallees * 17 + 256 * 1024) * 1.5) / (1024 * 1024))}mb`,
    },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
