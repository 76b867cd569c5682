/**
 * Entry point of `npm run user`. Uses the same database as the server: PGlite in .data/pglite (PGLITE_DATA_DIR /
 * DATA_DIR) or PostgreSQL when DATABASE_URL is set. PGlite allows one process per directory, so with the embedded
 * database this cannot run while the console server (`npm run demo`, `npm start`) is running.
 */
import { openDatabase } from "../lib/db/client";
import { DatabaseLockedError } from "../lib/db/lock";
import { parseCommand, runCommand, USAGE, UsageError } from "./user-cli";

async function main(): Promise<number> {
  let command: ReturnType<typeof parseCommand>;
  try {
    command = parseCommand(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.name === "help") {
    console.log(USAGE);
    return 0;
  }
  const handle = await openDatabase();
  try {
    await runCommand(handle.db, command, (line) => console.log(line));
    return 0;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof DatabaseLockedError) {
      console.error(
        `${error.message}\nThe console server keeps the embedded database open while it runs: stop it (Ctrl-C in ` +
          "`npm run demo`), run this command, then start it again.",
      );
    } else if (error instanceof UsageError) {
      console.error(error.message);
    } else {
      // Database errors are cleaned of query parameters (lib/db/errors.ts), so no hash reaches the terminal.
      console.error(error instanceof Error ? error.message : String(error));
    }
    process.exit(1);
  },
);
