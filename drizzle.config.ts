/**
 * drizzle-kit settings for `drizzle-kit generate` (writes SQL migrations into drizzle/ from lib/db/schema.ts).
 * Generation needs no database; the files are committed and applied at server start by lib/db/migrate.ts.
 */
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema.ts",
  out: "./drizzle",
  strict: true,
  verbose: true,
});
