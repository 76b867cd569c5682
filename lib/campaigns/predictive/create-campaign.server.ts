/**
 * The create behind create-predictive-campaign-action, the same path as the cruise create: re-apply the do-not-call
 * list, call CCC at most once per idempotency key (runOnce), audit the attempt, then record the lists sent and the
 * plan (the zone and calling windows CCC never returns). A double click or a network retry replays the first answer;
 * a timeout after sending is "outcome unknown" and never retried.
 */
import "server-only";
import { type AuditActor, withAudit } from "@/lib/audit/record";
import { isCccError } from "@/lib/ccc/errors";
import { getCccClient, getCccConfig } from "@/lib/ccc/server";
import { pendingLeaseMs } from "@/lib/config/ccc-env";
import { type Db, getDb, type Json, saveCampaignLists, saveCampaignPlan } from "@/lib/db";
import { doNotCallFailure } from "@/lib/do-not-call/suppress.server";
import { runOnce } from "@/lib/idempotency/run-once";
import { logger } from "@/lib/log";
import type { CampaignFailure } from "../campaign-failure";
import { createFailure, replayFailure } from "../create-errors";
import type { TPredictiveCreateActionInput } from "./create-input-schema.server";
import { PREDICTIVE_CREATE_ERROR_FIELDS, type PredictiveCreateFormField } from "./fields";
import { toPredictiveCreateRequest } from "./to-create-request";

const CCC_ACTION = "CreatePredictiveDialingCampaign";

export type PredictiveCreateResult =
  | { ok: true; sdkAppId: number; campaignId: number; requestId: string; replayed: boolean }
  | { ok: false; failure: CampaignFailure<PredictiveCreateFormField> };

type Request = ReturnType<typeof toPredictiveCreateRequest>;

/** What the audit row says about the create: the settings, and counts only for the lists and per-callee data. */
function auditSummary(request: Request, clonedFromCampaignId: number | undefined): Record<string, Json> {
  return {
    name: request.Name,
    skillGroupId: request.SkillGroupId,
    priority: request.Priority,
    expectedAbandonRate: request.ExpectedAbandonRate,
    retryInterval: request.RetryInterval,
    retryTimes: request.RetryTimes ?? null,
    ivrId: request.IVRId ?? null,
    startTime: request.StartTime,
    endTime: request.EndTime,
    callOrder: request.CallOrder,
    timeZone: request.TimeZone ?? null,
    availableTime: (request.AvailableTime ?? []).map((w) => `${w.StartTime.slice(0, 5)}–${w.EndTime.slice(0, 5)}`),
    calleeCount: request.Callees.length,
    callerCount: request.Callers.length,
    calleeAttributeCount: request.CalleeAttributes?.length ?? 0,
    variableCount: request.Variables?.length ?? 0,
    uuiLength: request.UUI?.length ?? 0,
    ...(clonedFromCampaignId ? { clonedFromCampaignId } : {}),
  };
}

export async function createPredictiveCampaign(
  input: TPredictiveCreateActionInput,
  user: AuditActor,
): Promise<PredictiveCreateResult> {
  const { idempotencyKey, clonedFromCampaignId, ...fields } = input;
  const request = toPredictiveCreateRequest(fields);
  // The do-not-call list as it is now, whatever the form showed: a listed number never reaches CCC.
  const listed = await doNotCallFailure(request.SdkAppId, request.Callees);
  if (listed) return { ok: false, failure: listed };
  const db = await getDb();
  const summary = auditSummary(request, clonedFromCampaignId);
  let outcome: Awaited<ReturnType<typeof runOnce<{ CampaignId: number; RequestId: string }>>>;
  try {
    outcome = await runOnce(
      {
        db,
        key: idempotencyKey,
        userId: user.id,
        action: CCC_ACTION,
        sdkAppId: request.SdkAppId,
        request,
        leaseMs: pendingLeaseMs(getCccConfig()),
      },
      async () => {
        const response = await withAudit({ user, action: CCC_ACTION, sdkAppId: request.SdkAppId, summary }, () =>
          getCccClient().createPredictiveDialingCampaign(request),
        );
        return { CampaignId: response.CampaignId, RequestId: response.RequestId };
      },
    );
  } catch (error) {
    if (isCccError(error)) return { ok: false, failure: createFailure(error, PREDICTIVE_CREATE_ERROR_FIELDS) };
    throw error;
  }
  if (outcome.status !== "done") return { ok: false, failure: replayFailure(outcome) };

  const { CampaignId: campaignId, RequestId: requestId } = outcome.result;
  if (!outcome.replayed) await recordCreated(db, { input: fields, campaignId, user });
  return { ok: true, sdkAppId: request.SdkAppId, campaignId, requestId, replayed: outcome.replayed };
}

/** Records the lists and the plan; never fails the create, which CCC already made. */
async function recordCreated(
  db: Db,
  created: { input: Omit<TPredictiveCreateActionInput, "idempotencyKey">; campaignId: number; user: AuditActor },
): Promise<void> {
  const { input, user } = created;
  const ref = { kind: "predictive" as const, sdkAppId: input.sdkAppId, campaignId: created.campaignId };
  try {
    await saveCampaignLists(db, {
      ...ref,
      submittedBy: user.id,
      callees: input.callees,
      callers: input.callers.map((caller) => caller.trim()),
      calleeAttributes: input.calleeAttributes,
    });
    await saveCampaignPlan(db, {
      ...ref,
      timeZone: input.timeZone,
      availableTime: input.availableTime,
      updatedBy: user.id,
    });
  } catch (error) {
    // The campaign exists in CCC; failing now would invite a second create. Log it and answer with the ids.
    logger.error({ err: error, ...ref }, "predictive campaign created but not recorded in the console database");
  }
}
