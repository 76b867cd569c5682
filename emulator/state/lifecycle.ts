/**
 * Campaign state machines, driven by the emulator's clock. Nothing runs on a timer: every read first "settles" a
 * campaign to the given time, and progress is a pure function of when the current running stretch began, so the
 * numbers are the same however often (or rarely) anybody looks.
 */
import { unsupported } from "../errors";
import type { CruiseRecord, PredictiveRecord } from "./schema";

/** One dialling round: a cruise campaign calls ConcurrencyNumber callees per round, a predictive one a fixed number. */
export const ROUND_SECONDS = 10;
export const PREDICTIVE_CALLEES_PER_ROUND = 3;

const rounds = (from: number, to: number) => Math.max(0, Math.floor((to - from) / ROUND_SECONDS));

/** FinishedCalleeCount at `now`. */
export function predictiveProgress(c: PredictiveRecord, now: number): number {
  const total = c.Callees.length;
  if (c.Status !== 1 || c.runningSince === null) return Math.min(total, c.progressBase);
  const dialled = rounds(c.runningSince, Math.min(now, c.EndTime)) * PREDICTIVE_CALLEES_PER_ROUND;
  return Math.min(total, c.progressBase + dialled);
}

/** CalledCalleeCount at `now`. */
export function cruiseProgress(c: CruiseRecord, now: number): number {
  const total = c.Callees?.length ?? 0;
  if (c.State !== 1 || c.runningSince === null) return Math.min(total, c.progressBase);
  const dialled = rounds(c.runningSince, Math.min(now, c.EndTime)) * c.ConcurrencyNumber;
  return Math.min(total, c.progressBase + dialled);
}

/** Applies the transitions time alone causes: pending → running at StartTime, → finished (timeout) at EndTime. */
export function settlePredictive(c: PredictiveRecord, now: number): void {
  if (c.Status === 1 && c.runningSince === null) c.runningSince = Math.min(now, c.StartTime);
  if (c.Status === 0 && now >= c.StartTime) {
    c.Status = 1;
    c.StatusReason = 0;
    c.runningSince = c.StartTime;
  }
  if ((c.Status === 0 || c.Status === 1 || c.Status === 2) && now >= c.EndTime) {
    c.progressBase = predictiveProgress(c, c.EndTime);
    c.Status = 4;
    c.StatusReason = 2;
    c.runningSince = null;
  }
}

/** Not started → running at StartTime → finished at EndTime. */
export function settleCruise(c: CruiseRecord, now: number): void {
  if (c.State === 1 && c.runningSince === null) c.runningSince = Math.min(now, c.StartTime);
  if (c.State === 0 && now >= c.StartTime) {
    c.State = 1;
    c.runningSince = c.StartTime;
  }
  if ((c.State === 0 || c.State === 1) && now >= c.EndTime) {
    c.progressBase = cruiseProgress(c, c.EndTime);
    c.State = 2;
    c.runningSince = null;
  }
}

const PREDICTIVE_STATUS = ["pending", "running", "paused", "aborted", "finished"] as const;
const describeStatus = (c: PredictiveRecord) => `campaign ${c.CampaignId} is ${PREDICTIVE_STATUS[c.Status]}`;

/** Stops the running stretch, freezing its progress. */
function stopRunning(c: PredictiveRecord, now: number) {
  c.progressBase = predictiveProgress(c, now);
  c.runningSince = null;
}

export function pausePredictive(c: PredictiveRecord, now: number): void {
  if (c.Status !== 1) throw unsupported(`Only a running campaign can be paused; ${describeStatus(c)}`);
  stopRunning(c, now);
  c.Status = 2;
}

export function resumePredictive(c: PredictiveRecord, now: number): void {
  if (c.Status !== 2) throw unsupported(`Only a paused campaign can be resumed; ${describeStatus(c)}`);
  c.Status = 1;
  c.runningSince = now;
}

export function abortPredictive(c: PredictiveRecord, now: number): void {
  if (c.Status === 3 || c.Status === 4) throw unsupported(`The campaign has already ended; ${describeStatus(c)}`);
  stopRunning(c, now);
  c.Status = 3;
  c.StatusReason = 1;
}

export function assertPredictiveDeletable(c: PredictiveRecord): void {
  if (c.Status === 1) throw unsupported(`A running campaign cannot be deleted: pause or abort it first`);
}

/** CCC updates a predictive campaign only before it starts. */
export function assertPredictiveEditable(c: PredictiveRecord, now: number): void {
  if (c.Status !== 0 || now >= c.StartTime) {
    throw unsupported(`Only a pending campaign can be updated before its StartTime; ${describeStatus(c)}`);
  }
}

export function abortCruise(c: CruiseRecord, now: number): void {
  if (c.State === 2 || c.State === 3) {
    throw unsupported(
      `The campaign has already ended; campaign ${c.CampaignId} is ${["", "", "finished", "aborted"][c.State]}`,
    );
  }
  c.progressBase = cruiseProgress(c, now);
  c.runningSince = null;
  c.State = 3;
}

/** What the admin API may set on a predictive campaign. */
export interface PredictivePatch {
  Status?: PredictiveRecord["Status"];
  StatusReason?: PredictiveRecord["StatusReason"];
  StartTime?: number;
  EndTime?: number;
  FinishedCalleeCount?: number;
}

/**
 * Forces a predictive campaign into a state, whatever the transition rules say (admin only). Times win afterwards:
 * Status 0 with a StartTime already passed is running at the next read.
 */
export function patchPredictive(c: PredictiveRecord, patch: PredictivePatch, now: number): void {
  settlePredictive(c, now);
  const progress = patch.FinishedCalleeCount ?? predictiveProgress(c, now);
  if (patch.StartTime !== undefined) c.StartTime = patch.StartTime;
  if (patch.EndTime !== undefined) c.EndTime = patch.EndTime;
  if (patch.Status !== undefined) {
    c.Status = patch.Status;
    c.StatusReason = patch.StatusReason ?? (patch.Status === 3 ? 1 : 0);
  } else if (patch.StatusReason !== undefined) {
    c.StatusReason = patch.StatusReason;
  }
  c.progressBase = progress;
  c.runningSince = c.Status === 1 ? now : null;
  c.updatedAt = now;
  settlePredictive(c, now);
}

/** What the admin API may set on an agent cruise campaign. */
export interface CruisePatch {
  State?: CruiseRecord["State"];
  StartTime?: number;
  EndTime?: number;
  CalledCalleeCount?: number;
}

export function patchCruise(c: CruiseRecord, patch: CruisePatch, now: number): void {
  settleCruise(c, now);
  const progress = patch.CalledCalleeCount ?? cruiseProgress(c, now);
  if (patch.StartTime !== undefined) c.StartTime = patch.StartTime;
  if (patch.EndTime !== undefined) c.EndTime = patch.EndTime;
  if (patch.State !== undefined) c.State = patch.State;
  c.progressBase = progress;
  c.runningSince = c.State === 1 ? now : null;
  c.updatedAt = now;
  settleCruise(c, now);
}
