/**
 * Every guarded server action with its refusal inputs (refusal-inputs.ts): the table behind actions-authz.test.ts
 * (role and app refusals on a mocked session) and lib/security/session-probes.test.ts (the real session check).
 */
import { abortAgentCruiseCampaignAction } from "../abort-agent-cruise-campaign-action";
import { abortPredictiveCampaignAction } from "../abort-predictive-campaign-action";
import { addDoNotCallAction } from "../add-do-not-call-action";
import { checkDoNotCallAction } from "../check-do-not-call-action";
import { createAgentCruiseCampaignAction } from "../create-agent-cruise-campaign-action";
import { createPredictiveCampaignAction } from "../create-predictive-campaign-action";
import { createUserAction } from "../create-user-action";
import { deletePredictiveCampaignAction } from "../delete-predictive-campaign-action";
import { importDoNotCallAction } from "../import-do-not-call-action";
import { pausePredictiveCampaignAction } from "../pause-predictive-campaign-action";
import { removeDoNotCallAction } from "../remove-do-not-call-action";
import { resetUserPasswordAction } from "../reset-user-password-action";
import { resumePredictiveCampaignAction } from "../resume-predictive-campaign-action";
import { setMyTimeZoneAction } from "../set-my-time-zone-action";
import { setUserDisabledAction } from "../set-user-disabled-action";
import { trackCruiseCampaignAction } from "../track-cruise-campaign-action";
import { updatePredictiveCampaignAction } from "../update-predictive-campaign-action";
import { updateUserAction } from "../update-user-action";
import { ACTION_REFUSAL_INPUTS, type GuardedActionName, type RefusalInputs } from "./refusal-inputs";

export type ActionOutcome = {
  serverError?: { formError?: { code: string; message: string } };
  data?: unknown;
  validationErrors?: unknown;
};
export type AnyAction = (input: never) => Promise<ActionOutcome | undefined>;

export interface RefusalCase extends RefusalInputs {
  action: AnyAction;
}

const ACTIONS: Record<GuardedActionName, AnyAction> = {
  abortPredictiveCampaignAction: abortPredictiveCampaignAction as AnyAction,
  pausePredictiveCampaignAction: pausePredictiveCampaignAction as AnyAction,
  resumePredictiveCampaignAction: resumePredictiveCampaignAction as AnyAction,
  updatePredictiveCampaignAction: updatePredictiveCampaignAction as AnyAction,
  createAgentCruiseCampaignAction: createAgentCruiseCampaignAction as AnyAction,
  createPredictiveCampaignAction: createPredictiveCampaignAction as AnyAction,
  deletePredictiveCampaignAction: deletePredictiveCampaignAction as AnyAction,
  abortAgentCruiseCampaignAction: abortAgentCruiseCampaignAction as AnyAction,
  trackCruiseCampaignAction: trackCruiseCampaignAction as AnyAction,
  createUserAction: createUserAction as AnyAction,
  updateUserAction: updateUserAction as AnyAction,
  setUserDisabledAction: setUserDisabledAction as AnyAction,
  resetUserPasswordAction: resetUserPasswordAction as AnyAction,
  addDoNotCallAction: addDoNotCallAction as AnyAction,
  removeDoNotCallAction: removeDoNotCallAction as AnyAction,
  importDoNotCallAction: importDoNotCallAction as AnyAction,
  checkDoNotCallAction: checkDoNotCallAction as AnyAction,
  setMyTimeZoneAction: setMyTimeZoneAction as AnyAction,
};

/** One row per guarded action, keyed by its exported name. */
export const REFUSALS: Record<string, RefusalCase> = Object.fromEntries(
  Object.entries(ACTION_REFUSAL_INPUTS).map(([name, inputs]) => [
    name,
    { ...inputs, action: ACTIONS[name as GuardedActionName] },
  ]),
);
