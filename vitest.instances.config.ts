/**
 * `npm run test:instances`: the several-instance test (e2e/instances/), apart from `npm run test:unit` because it
 * needs a production build and a PostgreSQL server (TEST_DATABASE_URL), and starts real `next start` processes.
 */
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
  resolve: base.resolve,
  test: {
    environment: "node",
    include: ["e2e/instances/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 150_000,
  },
});
