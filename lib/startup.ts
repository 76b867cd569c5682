/**
 * What the server checks and prepares before it takes requests (called from instrumentation.ts, Node runtime).
 * Any failure here stops `next start` with a message naming the problem, instead of failing on the first page.
 */
import { randomBytes } from "node:crypto";
import { DEMO_ACCOUNTS } from "./auth/demo-accounts";
import { seedUsers } from "./auth/demo-users";
import { readAuthConfig } from "./config/auth-env";
import { pendingLeaseMs, readCccConfig } from "./config/ccc-env";
import { readObservabilityConfig } from "./config/observability-env";
import { closeDatabase, getDatabase } from "./db/client";
import { settleInterruptedCalls } from "./db/interrupted-calls";
import { logger } from "./log";
import { startTracing } from "./observability/tracing";
import { onShutdown } from "./shutdown";

const log = logger.child({ module: "startup" });

export async function startServer(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const demo = env.CONSOLE_DEMO === "1";
  if (!env.AUTH_SECRET) {
    if (!demo) {
      throw new Error(
        "AUTH_SECRET is not set. Generate one (e.g. `openssl rand -base64 32`) and set it in the server's environment.",
      );
    }
    // `npm run demo` passes a persistent secret; this only covers CONSOLE_DEMO=1 started by hand.
    env.AUTH_SECRET = randomBytes(32).toString("base64url");
    log.warn("CONSOLE_DEMO=1 without AUTH_SECRET: using a random one; sessions end when the server restarts");
  }
  // Both throw ConfigError naming each bad variable (never its value).
  const ccc = readCccConfig(env);
  const signIn = readAuthConfig(env);
  log.info(
    {
      password: signIn.passwordSignIn,
      sso: signIn.oidc ? { issuer: signIn.oidc.issuer, unknownUsers: signIn.oidc.unknownUsers } : null,
    },
    "sign-in methods",
  );
  const observability = readObservabilityConfig(env);
  const tracing = await startTracing(observability.tracing);
  // Registered before the database, so it runs after it at shutdown: the last spans are flushed last.
  if (tracing) onShutdown("traces", tracing.shutdown);
  log.info(
    {
      metrics: observability.metricsToken ? "/api/metrics" : "off",
      traces: observability.tracing ? new URL(observability.tracing.endpoint).origin : "off",
    },
    "observability",
  );
  const database = await getDatabase();
  // Closed after the last request at shutdown (server/shutdown.ts): PGlite writes its files and drops the lock.
  onShutdown("database", closeDatabase);
  log.info({ database: database.kind, location: database.location, apps: ccc.sdkAppIds }, "database ready");
  // Writes a killed console left "pending" become "unknown". On PGlite the directory lock proves their process is
  // gone, so all of them; on PostgreSQL another instance may still be waiting on CCC: only those past the lease.
  const interrupted = await settleInterruptedCalls(database.db, database.kind === "pglite" ? 0 : pendingLeaseMs(ccc));
  if (interrupted.auditEvents + interrupted.idempotencyKeys > 0) {
    log.warn({ interrupted }, "writes interrupted by the previous stop recorded as outcome unknown");
  }
  if (demo) {
    const created = await seedUsers(database.db, DEMO_ACCOUNTS, ccc.sdkAppIds);
    if (created.length > 0) log.info({ created }, "demo users created");
  }
}

/** For instrumentation.ts: the server must not run half-configured, so a failed start ends the process. */
export async function startServerOrExit(): Promise<void> {
  try {
    await startServer();
  } catch (error) {
    // The message names the variable or the locked directory, never a secret's value.
    console.error(`The console cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
