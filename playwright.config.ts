/**
 * Browser tests: Chromium → `next start` → signed CCC client → the bundled CCC emulator, all on loopback.
 * Build first (`next build`); this config only starts servers. See e2e/support/assert-local.ts for the guard.
 */
import { defineConfig, devices } from "@playwright/test";
import { assertLocal } from "./e2e/support/assert-local";
import { APP_PORT, APP_URL, EMULATOR_PORT, EMULATOR_URL } from "./e2e/support/urls";
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
assertLocal({ E2E_BASE_URL: APP_URL, E2E_EMULATOR_URL: EMULATOR_URL });

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
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
          ],
        },
      },
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
      command: `npx next start -p ${APP_PORT} -H 127.0.0.1`,
      url: `${APP_URL}/favicon.svg`,
      reuseExistingServer: !CI,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH_TRUST_HOST: "1",
        CCC_ENDPOINT: EMULATOR_URL,
        ...cccEnv,
      },
    },
  ],
});
