/**
 * The create behind create-agent-cruise-campaign-action: CCC's request from the parsed form, the shared create path
 * (createOnce: do-not-call, once per idempotency key, audited), then the campaign and the lists sent recorded, and
 * its first Describe asked. Failures come back typed; the action turns them into an ActionError.
 */
import "server-only";
import { withinOr } from "@/lib/async/within-or";
import type { AuditActor } from "@/lib/audit/record";
import { getCccClient, getCccConfig } from "@/lib/ccc/server";
import { type Db, type Json, recordConsoleCampaign, saveCampaignLists, saveCampaignPlan } from "@/lib/db";
import { logger } from "@/lib/log";
import type { CampaignFailure } from "../campaign-failure";
import { createOnce } from "../create-once.server";
import type { TCreateCruiseCampaignInput } from "./create-input-schema.server";
import { type TCruiseCreateRequest, toCreateRequest } from "./create-schema";
import { CRUISE_CREATE_ERROR_FIELDS, type CruiseFormField } from "./fields";

const CCC_ACTION = "CreateAgentCruiseDialingCampaign";

export type CruiseCreateResult =
  | { ok: true; sdkAppId: number; campaignId: number; requestId: string; replayed: boolean }
  | { ok: false; failure: CampaignFailure<CruiseFormField> };

/** What the audit row says about the create: counts only for the lists. */
function auditSummary(request: TCruiseCreateRequest, clonedFromCampaignId: number | undefined): Record<string, Json> {
  return {
    name: request.Name,
    agent: request.Agent,
    concurrencyNumber: request.ConcurrencyNumber,
    startTime: request.StartTime,
    endTime: request.EndTime,
    callOrder: request.CallOrder,
    callees: request.Callees,
    callerCount: request.Callers.length,
    uuiLength: request.UUI?.length ?? 0,
    ...(clonedFromCampaignId ? { clonedFromCampaignId } : {}),
  };
}

/** Creates the campaign (`fields.callees` is already the server's own normalization of the wire string). */
export async function createCruiseCampaign(
  input: TCreateCruiseCampaignInput,
  user: AuditActor,
): Promise<CruiseCreateResult> {
  const { idempotencyKey, clonedFromCampaignId, timeZone, ...fields } = input;
  const request = toCreateRequest(fields);
  const created = await createOnce({
    action: CCC_ACTION,
    request,
    idempotencyKey,
    user,
    summary: auditSummary(request, clonedFromCampaignId),
    errorFields: CRUISE_CREATE_ERROR_FIELDS,
    send: () => getCccClient().createAgentCruiseDialingCampaign(request),
  });
  if (!created.ok) return created;
  const { db, campaignId, requestId, replayed } = created;
  await recordCreated(db, { request, campaignId, requestId, user, clonedFromCampaignId, timeZone, replayed });
  await firstDescribe(request.SdkAppId, campaignId);
  return { ok: true, sdkAppId: request.SdkAppId, campaignId, requestId, replayed };
}

/** How long the create's answer waits for the new campaign's first Describe. */
export const FIRST_DESCRIBE_WAIT_MS = 500;

/**
 * The supervisor opens the new campaign next, and every cruise list shows it as its newest row, each needing a
 * Describe that would otherwise queue behind the lists' other rows for CCC's budget (bench:load: the list's p95
 * waited on exactly these). Asked now, in the interactive lane, its answer is in the read cache before anyone looks
 * (a not-started campaign's answer stays fresh until it starts, up to 30 s: scheduled-freshness.ts), and the other
 * console instances are told to ask too (`announce`), for their own lists. Never fails or holds up the create for
 * long: CCC already made the campaign.
 */
async function firstDescribe(sdkAppId: number, campaignId: number): Promise<void> {
  if (getCccConfig().readFreshMs === 0) return; // no cache to keep the answer in
  const describe = getCccClient()
    .describeAgentCruiseDialingCampaign(
      { SdkAppId: sdkAppId, CampaignId: campaignId },
      { lane: "interactive", announce: true },
    )
    .then(
      () => undefined,
      (error: unknown) => logger.warn({ err: error, sdkAppId, campaignId }, "first describe of a new campaign failed"),
    );
  await withinOr(describe, FIRST_DESCRIBE_WAIT_MS, undefined);
}

/** Records the campaign and (unless replayed) its lists; never fails the create, which CCC already made. */
async function recordCreated(
  db: Db,
  created: {
    request: TCruiseCreateRequest;
    campaignId: number;
    requestId: string;
    user: AuditActor;
    clonedFromCampaignId: number | undefined;
    timeZone: string | undefined;
    replayed: boolean;
  },
): Promise<void> {
  const { request, user } = created;
  const ref = { kind: "cruise" as const, sdkAppId: request.SdkAppId, campaignId: created.campaignId };
  try {
    await recordConsoleCampaign(db, {
      ...ref,
      name: request.Name,
      agent: request.Agent,
      createdBy: user.id,
      createdByEmail: user.email,
      cccRequestId: created.requestId,
      clonedFromCampaignId: created.clonedFromCampaignId ?? null,
    });
    // A replay already stored the lists with the first answer.
    if (!created.replayed) {
      await saveCampaignLists(db, { ...ref, submittedBy: user.id, callees: request.Callees, callers: request.Callers });
    }
    if (created.timeZone) await saveCampaignPlan(db, { ...ref, timeZone: created.timeZone, updatedBy: user.id });
  } catch (error) {
    // The campaign exists in CCC; failing now would invite a second create. Log it and answer with the ids.
    logger.error({ err: error, ...ref }, "cruise campaign created but not recorded in the console database");
  }
}
