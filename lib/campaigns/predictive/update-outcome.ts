/** What the update action answers besides errors: browser-safe, so the form can branch on it. */
import type { CampaignFailure } from "../campaign-failure";
import type { PredictiveFormField } from "./fields";
import type { EditBlockReason, SnapshotChange, TPredictiveSnapshot } from "./snapshot";

export type PredictiveUpdateOutcome =
  | { outcome: "saved"; requestId: string }
  /** CCC's campaign changed since the form opened: nothing was sent; `current` is the new snapshot. */
  | { outcome: "conflict"; changes: SnapshotChange[]; current: TPredictiveSnapshot }
  /** The console's own check: the campaign can no longer be edited (nothing was sent); `current` is CCC's state. */
  | { outcome: "notEditable"; reason: EditBlockReason; current: TPredictiveSnapshot };

/** Codes of the form-level failures of a refused update (CCC's UnsupportedOperation), after describing it again. */
export const PREDICTIVE_UPDATE_CODES = {
  /** It is no longer pending, or its start has passed: CCC no longer accepts changes. */
  campaignStarted: "campaign_started",
  /** Still pending with a future start: CCC refused this change for a reason of its own. */
  changeRefused: "change_refused",
} as const;

/** The domain's answer: an outcome for the form, or a failure the action turns into an ActionError. */
export type PredictiveSaveResult =
  | PredictiveUpdateOutcome
  | { outcome: "failed"; failure: CampaignFailure<PredictiveFormField> };
