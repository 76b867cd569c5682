// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

// next-intl reads the locale per request (cookie / Accept-Language), not from the URL: see lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native or WASM packages that break when bundled (PGlite builds but fails at its first query otherwise).
  serverExternalPackages: ["@electric-sql/pglite", "pino", "@node-rs/argon2"],
};

module.exports = withNextIntl(nextConfig);
