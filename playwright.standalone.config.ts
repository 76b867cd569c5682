/**
 * The standalone build as it is deployed: each spec in e2e/standalone starts `node console-server.js` from the
 * assembled folder (`npm run build`) and the bundled emulator (`npm run build:emulator`) itself, on free loopback
 * ports, because it signals and restarts them. `npm run test:standalone` runs it.
 */
import { defineConfig } from "@playwright/test";
import { chromium } from "./e2e/support/chromium";

const CI = Boolean(process.env.CI);

export default defineConfig({
  testDir: "e2e/standalone",
  fullyParallel: false,
  workers: 1,
  forbidOnly: CI,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: { headless: true, locale: "en-US", trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [{ name: "standalone", use: chromium }],
});
