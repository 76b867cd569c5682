"use server";

import { returnServerError } from "next-safe-action";
import { withAudit } from "@/lib/audit/record";
import { cruiseCreateFailure, cruiseReplayFailure } from "@/lib/campaigns/cruise/create-errors";
import {
  createCruiseCampaignInputSchema,
  type TCreateCruiseCampaignInput,
} from "@/lib/campaigns/cruise/create-input-schema";
import { nowInSeconds, toCreateRequest } from "@/lib/campaigns/cruise/create-schema";
import { isCccError } from "@/lib/ccc/errors";
import { getCccClient, getCccConfig } from "@/lib/ccc/server";
import { pendingLeaseMs } from "@/lib/config/ccc-env";
import { getDb, recordConsoleCampaign, saveCampaignLists } from "@/lib/db";
import { runOnce } from "@/lib/idempotency/run-once";
import { logger } from "@/lib/log";
import { defineAction } from "./safe-action";

const CCC_ACTION = "CreateAgentCruiseDialingCampaign";

/**
 * Creates an agent cruise campaign. The schema is the form's own, parsed again here with the server's clock (a form
 * left open past its start time is refused) and the callee list re-normalized from its wire form. `runOnce` with the key the form generated when it opened makes a
 * double click or a network retry replay the first answer instead of creating a second campaign; a timeout after
 * sending is reported as "outcome unknown" and never retried.
 */
export const createAgentCruiseCampaignAction = defineAction(
  { actionName: "createAgentCruiseCampaignAction", permission: "campaign:write" },
  createCruiseCampaignInputSchema(nowInSeconds),
  async ({ parsedInput, ctx }) => {
    const { idempotencyKey, clonedFromCampaignId, ...fields } = parsedInput satisfies TCreateCruiseCampaignInput;
    // `fields.callees` is already the server's own normalization of the wire string (see create-input-schema.ts).
    const request = toCreateRequest(fields);
    const db = await getDb();
    const summary = {
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

    let outcome: Awaited<ReturnType<typeof runOnce<{ CampaignId: number; RequestId: string }>>>;
    try {
      outcome = await runOnce(
        {
          db,
          key: idempotencyKey,
          userId: ctx.user.id,
          action: CCC_ACTION,
          sdkAppId: request.SdkAppId,
          request,
          leaseMs: pendingLeaseMs(getCccConfig()),
        },
        async () => {
          const response = await withAudit(
            { user: ctx.user, action: CCC_ACTION, sdkAppId: request.SdkAppId, summary },
            () => getCccClient().createAgentCruiseDialingCampaign(request),
          );
          return { CampaignId: response.CampaignId, RequestId: response.RequestId };
        },
      );
    } catch (error) {
      if (isCccError(error)) returnServerError(cruiseCreateFailure(error));
      throw error;
    }
    if (outcome.status !== "done") return returnServerError(cruiseReplayFailure(outcome));

    const { CampaignId: campaignId, RequestId: requestId } = outcome.result;
    const ref = { kind: "cruise" as const, sdkAppId: request.SdkAppId, campaignId };
    try {
      await recordConsoleCampaign(db, {
        ...ref,
        name: request.Name,
        agent: request.Agent,
        createdBy: ctx.user.id,
        createdByEmail: ctx.user.email,
        cccRequestId: requestId,
        clonedFromCampaignId: clonedFromCampaignId ?? null,
      });
      // A replay already stored the lists with the first answer.
      if (!outcome.replayed) {
        await saveCampaignLists(db, {
          ...ref,
          submittedBy: ctx.user.id,
          callees: request.Callees,
          callers: request.Callers,
        });
      }
    } catch (error) {
      // The campaign exists in CCC; failing now would invite a second create. Log it and answer with the ids.
      logger.error({ err: error, ...ref }, "cruise campaign created but not recorded in the console database");
    }
    return { sdkAppId: request.SdkAppId, campaignId, requestId, replayed: outcome.replayed };
  },
);
