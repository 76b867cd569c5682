/**
 * Readiness: 200 when this instance can serve (database reachable, migrations applied, CCC settings valid), else
 * 503. No session. The answer names only which checks passed; why one failed goes to the server log, once per
 * change of state rather than on every probe. See docs/operations.md.
 */
import { getDb } from "@/lib/db";
import { defaultMigrationsDir } from "@/lib/db/migrate";
import { checkReadiness, type Readiness } from "@/lib/health/readiness";
import { logger } from "@/lib/log";
import { recordReadiness } from "@/lib/observability/actions";

export const dynamic = "force-dynamic";

const log = logger.child({ module: "health" });
let lastReady: boolean | undefined;

function logChange(result: Readiness): void {
  if (result.ready === lastReady) return;
  lastReady = result.ready;
  if (result.ready) log.info("ready");
  else log.warn({ problems: result.problems }, "not ready");
}

export async function GET(): Promise<Response> {
  const result = await checkReadiness({ db: getDb, migrationsDir: defaultMigrationsDir(), env: process.env });
  logChange(result);
  recordReadiness(result.checks); // console_ready_check, for alerting (docs/operations.md)
  return Response.json(
    { status: result.ready ? "ready" : "not_ready", checks: result.checks },
    { status: result.ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
