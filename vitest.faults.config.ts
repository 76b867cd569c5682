/**
 * `npm run test:faults`, first half: the action × fault matrix (e2e/faults/matrix.test.ts), apart from
 * `npm run test:unit` because it needs a production build and a PostgreSQL server (TEST_DATABASE_URL) and starts
 * the standalone console and the emulator as processes. The second half is Playwright (playwright.faults.config.ts).
 */
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
  resolve: base.resolve,
  test: {
    environment: "node",
    include: ["e2e/faults/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 150_000,
    // A fault's five writes (or five reads) run side by side: each on its own CCC action and campaign.
    maxConcurrency: 5,
  },
});
