/**
 * The user CLI (scripts/user.ts) as the standalone folder and the Docker image run it: `node console-user.js add …`.
 * The only difference is where the migrations are: in the folder, not under the working directory.
 */
import path from "node:path";

process.env.DRIZZLE_MIGRATIONS_DIR ||= path.join(__dirname, "drizzle");
// Loaded after the line above: the CLI opens the database as soon as it is loaded.
void import("../scripts/user");
