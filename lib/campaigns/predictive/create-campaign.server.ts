/**
 * The create behind create-predictive-campaign-action: CCC's request from the parsed form, the shared create path
 * (createOnce: do-not-call, once per idempotency key, audited), then the lists sent and the plan recorded (the zone
 * and calling windows CCC never returns).
 */
import "server-only";
import type { AuditActor } from "@/lib/audit/record";
import { getCccClient } from "@/lib/ccc/server";
import { type Db, type Json, saveCampaignLists, saveCampaignPlan } from "@/lib/db";
import { logger } from "@/lib/log";
import type { CampaignFailure } from "../campaign-failure";
import { createOnce } from "../create-once.server";
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
  const created = await createOnce({
    action: CCC_ACTION,
    request,
    idempotencyKey,
    user,
    summary: auditSummary(request, clonedFromCampaignId),
    errorFields: PREDICTIVE_CREATE_ERROR_FIELDS,
    send: () => getCccClient().createPredictiveDialingCampaign(request),
  });
  if (!created.ok) return created;
  const { db, campaignId, requestId, replayed } = created;
  if (!replayed) await recordCreated(db, { input: fields, campaignId, user });
  return { ok: true, sdkAppId: request.SdkAppId, campaignId, requestId, replayed };
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
