/**
 * `npm run test:faults`, second half: the forms under every injected fault (e2e/faults/forms.spec.ts) in Chromium.
 * The e2e servers of playwright.config.ts, with the console's CCC timeout lowered (fault-table.ts) so a fault
 * without a reply costs seconds, not tens of them. Build first (`next build`).
 */
import { defineConfig } from "@playwright/test";
import { FAULT_CCC_TIMEOUT_MS } from "./e2e/faults/fault-table";
import { chromium } from "./e2e/support/chromium";
import { storageStatePath } from "./e2e/support/users";
import base from "./playwright.config";

const servers = Array.isArray(base.webServer) ? base.webServer : base.webServer ? [base.webServer] : [];
const setup = base.projects?.find((project) => project.name === "setup");
if (!setup) throw new Error("playwright.config.ts has no setup project");

export default defineConfig({
  ...base,
  projects: [
    setup,
    {
      name: "faults",
      testMatch: /e2e\/faults\/.*\.spec\.ts$/,
      dependencies: ["setup"],
      use: { ...chromium, storageState: storageStatePath("supervisor") },
    },
  ],
  webServer: servers.map((server) =>
    server.command.includes("e2e-server")
      ? { ...server, env: { ...server.env, CCC_TIMEOUT_MS: String(FAULT_CCC_TIMEOUT_MS) } }
      : server,
  ),
});
