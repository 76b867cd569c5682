/**
 * `npm run fuzz` (bench/fuzz.ts): the fuzzers at full size, one file after another. The in-process layers
 * (lib/fuzz/*-fuzz.test.ts) also run a few cases each inside `npm run test:unit`; the HTTP layer (e2e/fuzz/) needs a
 * production build and a PostgreSQL server (TEST_DATABASE_URL), like the durability suite.
 */
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
  resolve: base.resolve,
  test: {
    environment: "node",
    include: ["lib/fuzz/*-fuzz.test.ts", "e2e/fuzz/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 150_000,
  },
});
