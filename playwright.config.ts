/**
 * Browser tests: Chromium → `next start` → signed CCC client → the bundled CCC emulator, all on loopback.
 * Build first (`next build`); this config only starts servers. See e2e/support/assert-local.ts for the guard.
 */
import { defineConfig } from "@playwright/test";
import { assertLocal } from "./e2e/support/assert-local";
import { chromium } from "./e2e/support/chromium";
import { CONTROL_PORT, CONTROL_URL } from "./e2e/support/console-control";
import { CONSOLE_SSO_ENV, OIDC_ISSUER, OIDC_PORT } from "./e2e/support/sso";
import { APP_PORT, APP_URL, EMULATOR_PORT, EMULATOR_URL } from "./e2e/support/urls";
import { E2E_AUTH_SECRET, storageStatePath } from "./e2e/support/users";
import { DEMO_CREDENTIALS } from "./lib/config/ccc-env";

const CI = Boolean(process.env.CI);

// Both servers get the same explicit credentials, so CCC settings in the developer's shell cannot leak in.
const cccEnv = {
  TENCENTCLOUD_SECRET_ID: DEMO_CREDENTIALS.secretId,
  TENCENTCLOUD_SECRET_KEY: DEMO_CREDENTIALS.secretKey,
  // Blank counts as unset (lib/config/ccc-env.ts).
  TENCENTCLOUD_SESSION_TOKEN: "",
  CCC_SDK_APP_ID: DEMO_CREDENTIALS.sdkAppIds.join(","),
};

// Checked here as well as in globalSetup: Playwright starts the web servers before globalSetup runs.
assertLocal({
  E2E_BASE_URL: APP_URL,
  E2E_EMULATOR_URL: EMULATOR_URL,
  E2E_CONTROL_URL: CONTROL_URL,
  E2E_OIDC_ISSUER: OIDC_ISSUER,
});

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/support/global-setup.ts",
  fullyParallel: false,
  // Tests share one emulator and reset it between tests, so they cannot run side by side.
  workers: 1,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: APP_URL,
    headless: true,
    locale: "en-US",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    // Signs in once per role and saves the cookies in e2e/.auth/ (git-ignored) for the projects below.
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: chromium },
    {
      name: "campaigns",
      testMatch: /(campaigns|results)\/.*\.spec\.ts$/,
      dependencies: ["setup"],
      use: { ...chromium, storageState: storageStatePath("supervisor") },
    },
    // Starts signed out; specs that need a role load its state themselves.
    { name: "auth", testMatch: /auth\/.*\.spec\.ts$/, dependencies: ["setup"], use: chromium },
    // Users, audit, authorization and security headers; each spec loads the role's state it needs.
    {
      name: "console",
      testMatch: /(admin|audit|authz|schedule|security|health|do-not-call)\/.*\.spec\.ts$/,
      dependencies: ["setup"],
      use: chromium,
    },
  ],
  webServer: [
    {
      command: `npx tsx emulator/main.ts --port ${EMULATOR_PORT}`,
      url: `${EMULATOR_URL}/__admin/health`,
      reuseExistingServer: !CI,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
      // No state file and no admin token: every run starts from the demo seed, and tests drive the admin API.
      env: { ...cccEnv, CCC_EMULATOR_STATE_FILE: "", CCC_EMULATOR_SEED_FILE: "", CCC_EMULATOR_ADMIN_TOKEN: "" },
    },
    {
      // A real OpenID Connect provider for the single sign-on specs (e2e/auth/sso.spec.ts).
      command: "npx tsx scripts/e2e-oidc-provider.ts",
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      reuseExistingServer: !CI,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
      env: { E2E_OIDC_PORT: String(OIDC_PORT), E2E_APP_PORT: String(APP_PORT) },
    },
    {
      // `next start` in-process after wiping .data/e2e-pglite and seeding e2e/support/users.ts (see the script).
      command: "npx tsx scripts/e2e-server.ts",
      url: `${APP_URL}/favicon.svg`,
      reuseExistingServer: !CI,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(APP_PORT),
        E2E_CONTROL_PORT: String(CONTROL_PORT),
        // A fixed secret for a throw-away database; never used outside e2e.
        AUTH_SECRET: E2E_AUTH_SECRET,
        AUTH_TRUST_HOST: "1",
        // Lets a test pose as another client address (X-Forwarded-For), so throttling one cannot block the rest.
        TRUST_PROXY: "1",
        CONSOLE_DEMO: "",
        DATABASE_URL: "",
        LOG_LEVEL: "warn",
        CCC_ENDPOINT: EMULATOR_URL,
        // Specs change CCC through the emulator's admin API and reload at once: no shared answers (single-flight
        // only), so a page never shows what CCC said before the change.
        CCC_READ_FRESH_MS: "0",
        // Password sign-in and single sign-on together, as most sites start; specs switch passwords off themselves.
        ...CONSOLE_SSO_ENV,
        AUTH_PASSWORD_SIGNIN: "1",
        ...cccEnv,
      },
    },
  ],
});
