/**
 * The safe save behind update-predictive-campaign-action: refuse what can no longer be edited, describe the
 * campaign again right before updating and stop on any difference from the form's snapshot, re-normalize the
 * callees, update, then record the lists sent and an audit entry with a field-level diff.
 */
import "server-only";
import type { AuditActor } from "@/lib/audit/record";
import { withAudit } from "@/lib/audit/record";
import { isCccError } from "@/lib/ccc/errors";
import { getCccClient } from "@/lib/ccc/server";
import { fieldDiff, getDb, type Json, latestCampaignLists, saveCampaignLists, saveCampaignPlan } from "@/lib/db";
import { logger } from "@/lib/log";
import { unixNowSeconds } from "@/lib/time/unix-now";
import { cccFailure } from "../campaign-failure";
import { comparableFields, PREDICTIVE_UPDATE_ERROR_FIELDS } from "./fields";
import { editBlockReason, snapshotChanges, toPredictiveSnapshot } from "./snapshot";
import { toUpdateRequest } from "./to-update-request";
import type { TPredictiveUpdateInput } from "./update-input-schema.server";
import type { PredictiveSaveResult } from "./update-outcome";
import { whyUpdateRefused } from "./update-refused.server";

function countDifference(before: readonly string[], after: readonly string[]) {
  const old = new Set(before);
  const next = new Set(after);
  return { added: after.filter((n) => !old.has(n)).length, removed: before.filter((n) => !next.has(n)).length };
}

export async function updatePredictiveCampaign(
  input: TPredictiveUpdateInput,
  user: AuditActor,
): Promise<PredictiveSaveResult> {
  const { snapshot, timeZone, ...edit } = input;
  // The form never offers this; a direct call does not get as far as CCC.
  const claimed = editBlockReason(snapshot, unixNowSeconds());
  if (claimed) return { outcome: "notEditable", reason: claimed, current: snapshot };

  // Already the server's own normalization of the wire string (calleesWireField in the action's schema).
  const { callees } = edit;
  const callers = edit.callers.map((caller) => caller.trim());
  const ref = { SdkAppId: edit.sdkAppId, CampaignId: edit.campaignId };
  const client = getCccClient();
  // Fresh: the re-check must see CCC as it is now, never a shared answer from the read cache.
  const current = toPredictiveSnapshot(await client.describePredictiveDialingCampaign(ref, { fresh: true }));
  const blocked = editBlockReason(current, unixNowSeconds());
  if (blocked) return { outcome: "notEditable", reason: blocked, current };
  const changes = snapshotChanges(snapshot, current);
  if (changes.length > 0) return { outcome: "conflict", changes, current };

  const db = await getDb();
  const listRef = { kind: "predictive" as const, sdkAppId: edit.sdkAppId, campaignId: edit.campaignId };
  const previous = await latestCampaignLists(db, listRef);
  const next = { ...edit, callees, callers };
  const calleeDelta = previous ? countDifference(previous.callees, callees) : null;
  const summary: Record<string, Json> = {
    diff: fieldDiff(comparableFields(current), comparableFields(next)),
    // Counts only: the numbers themselves never enter the audit trail.
    calleeCount: callees.length,
    calleesAdded: calleeDelta?.added ?? null,
    calleesRemoved: calleeDelta?.removed ?? null,
    callerCount: callers.length,
    callersChanged: previous ? JSON.stringify(previous.callers) !== JSON.stringify(callers) : null,
    // Counts only, like the numbers: the data itself (names, order ids…) stays out of the audit trail.
    calleeAttributeCount: edit.calleeAttributes.length,
    previousCalleeAttributeCount: previous ? previous.calleeAttributes.length : null,
    previousListsKnown: previous !== null,
  };

  let requestId: string;
  try {
    const response = await withAudit(
      {
        user,
        action: "UpdatePredictiveDialingCampaign",
        sdkAppId: edit.sdkAppId,
        campaignId: edit.campaignId,
        summary,
      },
      () => client.updatePredictiveDialingCampaign(toUpdateRequest(next, current)),
    );
    requestId = response.RequestId;
  } catch (error) {
    if (!isCccError(error)) throw error;
    // CCC refuses updates of a campaign that started, but also for reasons it does not name: ask it which.
    if (error.code.startsWith("UnsupportedOperation"))
      return { outcome: "failed", failure: await whyUpdateRefused(error, ref) };
    return { outcome: "failed", failure: cccFailure(error, PREDICTIVE_UPDATE_ERROR_FIELDS) };
  }
  try {
    await saveCampaignLists(db, {
      ...listRef,
      submittedBy: user.id,
      callees,
      callers,
      calleeAttributes: edit.calleeAttributes,
    });
  } catch (error) {
    // CCC already has the change; failing now would invite a second update. The next edit asks for the lists.
    logger.error({ err: error, ...listRef }, "saving the lists of an updated campaign failed");
  }
  if (timeZone) await savePlanQuietly({ ...listRef, timeZone, updatedBy: user.id });
  return { outcome: "saved", requestId };
}

/** The zone of the latest plan; like the lists, a failure to record it must not fail a save CCC already applied. */
async function savePlanQuietly(plan: Parameters<typeof saveCampaignPlan>[1]): Promise<void> {
  try {
    await saveCampaignPlan(await getDb(), plan);
  } catch (error) {
    logger.error({ err: error, ...plan }, "recording the planned zone of an updated campaign failed");
  }
}
