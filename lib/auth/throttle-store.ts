/** The process-wide login throttle: PostgreSQL-backed when DATABASE_URL is set, in memory otherwise. */
import "server-only";
import { Pool } from "pg";
import { createMemoryThrottle, createPostgresThrottle, type LoginThrottle } from "./throttle";

const shared = globalThis as { __cccConsoleLoginThrottle?: Promise<LoginThrottle> };

export function getLoginThrottle(): Promise<LoginThrottle> {
  shared.__cccConsoleLoginThrottle ??= (async () => {
    const url = process.env.DATABASE_URL;
    if (!url) return createMemoryThrottle();
    // A small pool of its own: the drizzle handle does not expose its pool, and throttle queries are tiny.
    const pool = new Pool({ connectionString: url, max: 2 });
    pool.on("error", () => undefined);
    return createPostgresThrottle(pool);
  })().catch((error: unknown) => {
    shared.__cccConsoleLoginThrottle = undefined;
    throw error;
  });
  return shared.__cccConsoleLoginThrottle;
}
