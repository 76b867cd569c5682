/** Predictive dialing campaigns: create, update (only while pending), describe, list and the lifecycle calls. */
import {
  abortPredictive,
  assertPredictiveDeletable,
  assertPredictiveEditable,
  pausePredictive,
  predictiveProgress,
  resumePredictive,
} from "../state/lifecycle";
import type { AppState, PredictiveRecord } from "../state/schema";
import type { CccParsedRequest } from "../validate-request";
import {
  checkAvailableTime,
  checkCalleeAttributes,
  checkCalleeLimit,
  checkCallees,
  checkCallers,
  checkSkillGroup,
  checkTimes,
  checkTimeZone,
} from "./campaign-rules";
import { type HandlerContext, type HandlerMap, includesIgnoringCase, paginate } from "./types";

type PredictiveActions =
  | "CreatePredictiveDialingCampaign"
  | "UpdatePredictiveDialingCampaign"
  | "DescribePredictiveDialingCampaign"
  | "DescribePredictiveDialingCampaigns"
  | "PausePredictiveDialingCampaign"
  | "ResumePredictiveDialingCampaign"
  | "AbortPredictiveDialingCampaign"
  | "DeletePredictiveDialingCampaign";

type CampaignFields = CccParsedRequest<"UpdatePredictiveDialingCampaign">;

/** The rules create and update share, in the order a caller would fix them. */
function checkCampaign(ctx: HandlerContext, app: AppState, req: Omit<CampaignFields, "CampaignId">): void {
  checkCalleeLimit(req.Callees, ctx.maxCallees);
  checkTimes(req.StartTime, req.EndTime, ctx.now);
  checkSkillGroup(app, req.SkillGroupId);
  checkCallers(app, req.Callers);
  checkCallees(req.Callees);
  checkCalleeAttributes(req.CalleeAttributes, req.Callees);
}

/** Runs `change` on one campaign of the request's app, then records that the state changed. */
function withCampaign(
  ctx: HandlerContext,
  req: { SdkAppId: number; CampaignId: number },
  change: (campaign: PredictiveRecord, app: AppState) => void,
): Record<string, never> {
  const app = ctx.store.requireApp(req.SdkAppId);
  const campaign = ctx.store.requirePredictive(app, req.CampaignId, ctx.now);
  change(campaign, app);
  campaign.updatedAt = ctx.now;
  ctx.store.changed();
  return {};
}

export const predictiveHandlers: HandlerMap<PredictiveActions> = {
  CreatePredictiveDialingCampaign(ctx, req) {
    const app = ctx.store.requireApp(req.SdkAppId);
    checkCampaign(ctx, app, req);
    checkTimeZone(req.TimeZone);
    checkAvailableTime(req.AvailableTime);
    const { SdkAppId: _, ...fields } = req;
    const campaign: PredictiveRecord = {
      CampaignId: ctx.store.nextCampaignId(),
      ...fields,
      Status: 0,
      StatusReason: 0,
      progressBase: 0,
      runningSince: null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    app.predictiveCampaigns.push(campaign);
    ctx.store.changed();
    return { CampaignId: campaign.CampaignId };
  },

  UpdatePredictiveDialingCampaign(ctx, req) {
    const app = ctx.store.requireApp(req.SdkAppId);
    const campaign = ctx.store.requirePredictive(app, req.CampaignId, ctx.now);
    assertPredictiveEditable(campaign, ctx.now);
    checkCampaign(ctx, app, req);
    // Optional fields left out keep their stored values; TimeZone and AvailableTime cannot be updated.
    const { SdkAppId: _, CampaignId: __, ...fields } = req;
    Object.assign(campaign, fields, { updatedAt: ctx.now });
    ctx.store.changed();
    return {};
  },

  DescribePredictiveDialingCampaign(ctx, req) {
    const app = ctx.store.requireApp(req.SdkAppId);
    const c = ctx.store.requirePredictive(app, req.CampaignId, ctx.now);
    // Exactly the documented fields: CCC does not return Callees or Callers here.
    return {
      CampaignId: c.CampaignId,
      Name: c.Name,
      CallOrder: c.CallOrder,
      SkillGroupId: c.SkillGroupId,
      IVRId: c.IVRId ?? null,
      Priority: c.Priority,
      ExpectedAbandonRate: c.ExpectedAbandonRate,
      RetryTimes: c.RetryTimes ?? null,
      RetryInterval: c.RetryInterval,
      StartTime: c.StartTime,
      EndTime: c.EndTime,
      Variables: c.Variables ?? null,
      UUI: c.UUI ?? null,
      Status: c.Status,
      StatusReason: c.StatusReason,
    };
  },

  DescribePredictiveDialingCampaigns(ctx, req) {
    const app = ctx.store.requireApp(req.SdkAppId);
    const matches = ctx.store
      .predictiveCampaigns(app, ctx.now)
      .filter((c) => !req.Name || includesIgnoringCase(c.Name, req.Name))
      .filter((c) => req.SkillGroupId === undefined || c.SkillGroupId === req.SkillGroupId)
      .filter((c) => req.CampaignId === undefined || c.CampaignId === req.CampaignId)
      .sort((a, b) => b.CampaignId - a.CampaignId);
    return {
      TotalCount: matches.length,
      CampaignList: paginate(matches, req.PageNumber, req.PageSize).map((c) => ({
        CampaignId: c.CampaignId,
        Name: c.Name,
        Status: c.Status,
        StatusReason: c.StatusReason,
        CalleeCount: c.Callees.length,
        FinishedCalleeCount: predictiveProgress(c, ctx.now),
        Priority: c.Priority,
        SkillGroupId: c.SkillGroupId,
      })),
    };
  },

  PausePredictiveDialingCampaign: (ctx, req) => withCampaign(ctx, req, (c) => pausePredictive(c, ctx.now)),
  ResumePredictiveDialingCampaign: (ctx, req) => withCampaign(ctx, req, (c) => resumePredictive(c, ctx.now)),
  AbortPredictiveDialingCampaign: (ctx, req) => withCampaign(ctx, req, (c) => abortPredictive(c, ctx.now)),
  DeletePredictiveDialingCampaign: (ctx, req) =>
    withCampaign(ctx, req, (c, app) => {
      assertPredictiveDeletable(c);
      app.predictiveCampaigns = app.predictiveCampaigns.filter((other) => other !== c);
    }),
};
