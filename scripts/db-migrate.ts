/**
 * Applies pending migrations and exits: `npx tsx scripts/db-migrate.ts`. Uses the same settings as the server
 * (DATABASE_URL for PostgreSQL, else PGLITE_DATA_DIR / DATA_DIR / .data/pglite). The server also migrates at
 * start; this is for deploys that migrate PostgreSQL before starting instances, and for checking a PGlite copy.
 * Fails with DatabaseLockedError if a running console holds the PGlite directory.
 */

import { sql } from "drizzle-orm";
import { openDatabase, queryRows } from "../lib/db/client";

async function main(): Promise<void> {
  const handle = await openDatabase();
  try {
    const [row] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    console.log(`${handle.kind} at ${handle.location}: ${row?.n ?? 0} migrations applied`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
