/**
 * Graceful shutdown of the console server on SIGTERM or SIGINT: drain HTTP (server/drain.ts) for up to
 * SHUTDOWN_TIMEOUT_MS, close Next, then run the registered shutdown tasks (lib/shutdown.ts: the database), and exit
 * 0 — or 1 when requests had to be cut or a task failed, so a supervisor can tell a clean stop from a forced one.
 */
import type { Logger } from "pino";
import { markShuttingDown, runShutdownTasks } from "../lib/shutdown";
import type { DrainableServer } from "./drain";

/** Time allowed for closing Next and the database once requests are done, before the process exits anyway. */
export const CLOSE_GRACE_MS = 5_000;

export interface ShutdownDeps {
  readonly drainable: Pick<DrainableServer, "drain" | "inFlight">;
  /** Closes Next's own server (after the last request, as `next start` does). */
  readonly closeApp: () => Promise<void>;
  readonly timeoutMs: number;
  readonly log: Logger;
}

/** Runs one shutdown to the end and returns the exit code. */
export async function shutDown(deps: ShutdownDeps, signal: string): Promise<number> {
  const { drainable, log, timeoutMs } = deps;
  markShuttingDown();
  log.info({ signal, inFlight: drainable.inFlight(), timeoutMs }, "shutting down: no new connections");
  const drained = await drainable.drain(timeoutMs);
  if (drained.cut > 0) log.warn(drained, "shutdown deadline reached: requests still running were cut");
  else log.info(drained, "requests in flight finished");
  try {
    await deps.closeApp();
  } catch (error) {
    log.error({ err: error }, "closing Next failed");
  }
  const tasks = await runShutdownTasks();
  for (const task of tasks.filter((outcome) => !outcome.ok)) log.error(task, "shutdown task failed");
  const code = drained.cut === 0 && tasks.every((task) => task.ok) ? 0 : 1;
  log.info({ tasks: tasks.map((task) => task.name), code }, "shutdown complete");
  return code;
}

/**
 * Installs the SIGTERM/SIGINT handlers. A repeated signal is ignored: Ctrl-C under `npm start` reaches the server
 * twice (from the terminal and forwarded by npm), and must not turn a graceful stop into a cut.
 */
export function exitOnSignals(deps: ShutdownDeps, exit: (code: number) => void = process.exit): () => void {
  let started = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) {
      deps.log.info({ signal }, "already shutting down");
      return;
    }
    started = true;
    const guard = setTimeout(() => {
      deps.log.error({ graceMs: CLOSE_GRACE_MS }, "shutdown did not finish in time: exiting");
      exit(1);
    }, deps.timeoutMs + CLOSE_GRACE_MS);
    guard.unref();
    shutDown(deps, signal).then(
      (code) => {
        clearTimeout(guard);
        exit(code);
      },
      (error: unknown) => {
        deps.log.error({ err: error }, "shutdown failed");
        exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  return () => {
    process.off("SIGTERM", onSignal);
    process.off("SIGINT", onSignal);
  };
}
