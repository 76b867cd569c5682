/**
 * What to close when the server stops. Whoever opens a resource registers its closing here (lib/startup.ts: the
 * database); the server entry (server/shutdown.ts) runs the tasks once the last request has finished.
 *
 * The list lives on globalThis: the server entry is bundled apart from Next's server code, so each has its own
 * copy of this module, and both must see the same list.
 */

export type ShutdownTask = () => Promise<void> | void;

export interface ShutdownTaskOutcome {
  readonly name: string;
  readonly ok: boolean;
  /** The error's message when the task failed. */
  readonly error?: string;
  readonly ms: number;
}

const shared = globalThis as { __cccConsoleShutdownTasks?: Map<string, ShutdownTask>; __cccConsoleStopping?: boolean };

/** Set by the server entry when a shutdown begins; a readiness check can then answer "not ready". */
export function markShuttingDown(): void {
  shared.__cccConsoleStopping = true;
}

export function isShuttingDown(): boolean {
  return shared.__cccConsoleStopping === true;
}

function tasks(): Map<string, ShutdownTask> {
  shared.__cccConsoleShutdownTasks ??= new Map();
  return shared.__cccConsoleShutdownTasks;
}

/** Registers (or replaces, by name) a task to run at shutdown. */
export function onShutdown(name: string, task: ShutdownTask): void {
  tasks().delete(name);
  tasks().set(name, task);
}

/**
 * Runs every registered task once, the last registered first (what opened last may depend on what opened first).
 * A failing task does not stop the others; each outcome is returned for the log.
 */
export async function runShutdownTasks(): Promise<ShutdownTaskOutcome[]> {
  const pending = [...tasks()].reverse();
  tasks().clear();
  const outcomes: ShutdownTaskOutcome[] = [];
  for (const [name, task] of pending) {
    const started = performance.now();
    try {
      await task();
      outcomes.push({ name, ok: true, ms: Math.round(performance.now() - started) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcomes.push({ name, ok: false, error: message, ms: Math.round(performance.now() - started) });
    }
  }
  return outcomes;
}
