import { devices } from "@playwright/test";

/** Debian's Chromium (scripts/ensure-chromium.sh installs it); Playwright never downloads a browser here. */
export const chromium = {
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
};
