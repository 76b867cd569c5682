/**
 * `npm run test:durability`: the crash-durability test (e2e/durability/), apart from `npm run test:unit` because it
 * needs a production build and a PostgreSQL server (TEST_DATABASE_URL), and kills real console processes.
 */
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
  resolve: base.resolve,
  test: {
    environment: "node",
    include: ["e2e/durability/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 150_000,
  },
});
