/**
 * Which lifecycle calls CCC accepts in which status. CCC does not document it; these are the transitions its
 * console offers (and the emulator enforces): pause a running campaign, resume a paused one, abort anything that
 * has not ended; delete one that has not started (CCC refuses to delete a running one; the console offers it only
 * before the start, where nothing has been dialled yet). Hiding a control is a courtesy: CCC's UnsupportedOperation still reaches the user if it refuses.
 */
import type { PredictiveStatus } from "./campaign-row";

export type PredictiveLifecycleAction = "pause" | "resume" | "abort" | "delete";

const ALLOWED: Record<PredictiveStatus, readonly PredictiveLifecycleAction[]> = {
  pending: ["abort", "delete"],
  running: ["pause", "abort"],
  paused: ["resume", "abort"],
  aborted: [],
  finished: [],
};

export function lifecycleActions(status: PredictiveStatus): readonly PredictiveLifecycleAction[] {
  return ALLOWED[status];
}
