/** What the update action answers besides errors: browser-safe, so the form can branch on it. */
import type { EditBlockReason, SnapshotChange, TPredictiveSnapshot } from "./snapshot";

export type PredictiveUpdateOutcome =
  | { outcome: "saved"; requestId: string }
  /** CCC's campaign changed since the form opened: nothing was sent; `current` is the new snapshot. */
  | { outcome: "conflict"; changes: SnapshotChange[]; current: TPredictiveSnapshot }
  /** The campaign can no longer be edited; `current` is null when CCC itself refused (UnsupportedOperation). */
  | { outcome: "notEditable"; reason: EditBlockReason | "started"; current: TPredictiveSnapshot | null };
