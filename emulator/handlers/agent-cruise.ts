/** Agent cruise ("individual auto dialing") campaigns: create, describe, abort. CCC has no update for them. */
import { abortCruise, cruiseProgress } from "../state/lifecycle";
import type { CruiseRecord } from "../state/schema";
import { checkAgent, checkCalleeLimit, checkCallees, checkCallers, checkTimes } from "./campaign-rules";
import type { HandlerMap } from "./types";

type CruiseActions =
  | "CreateAgentCruiseDialingCampaign"
  | "DescribeAgentCruiseDialingCampaign"
  | "AbortAgentCruiseDialingCampaign";

export const agentCruiseHandlers: HandlerMap<CruiseActions> = {
  CreateAgentCruiseDialingCampaign(ctx, req) {
    const app = ctx.store.requireApp(req.SdkAppId);
    checkCalleeLimit(req.Callees, ctx.maxCallees);
    checkTimes(req.StartTime, req.EndTime, ctx.now);
    checkAgent(app, req.Agent);
    checkCallers(app, req.Callers);
    checkCallees(req.Callees);
    const { SdkAppId: _, ...fields } = req;
    const campaign: CruiseRecord = {
      CampaignId: ctx.store.nextCampaignId(),
      ...fields,
      State: 0,
      progressBase: 0,
      runningSince: null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    app.cruiseCampaigns.push(campaign);
    ctx.store.changed();
    return { CampaignId: campaign.CampaignId };
  },

  DescribeAgentCruiseDialingCampaign(ctx, req) {
    const app = ctx.store.requireApp(req.SdkAppId);
    const c = ctx.store.requireCruise(app, req.CampaignId, ctx.now);
    return {
      Name: c.Name,
      Agent: c.Agent,
      ConcurrencyNumber: c.ConcurrencyNumber,
      StartTime: c.StartTime,
      EndTime: c.EndTime,
      CallOrder: c.CallOrder ?? null,
      UUI: c.UUI ?? null,
      State: c.State,
      TotalCalleeCount: c.Callees?.length ?? 0,
      CalledCalleeCount: cruiseProgress(c, ctx.now),
    };
  },

  AbortAgentCruiseDialingCampaign(ctx, req) {
    const app = ctx.store.requireApp(req.SdkAppId);
    const c = ctx.store.requireCruise(app, req.CampaignId, ctx.now);
    abortCruise(c, ctx.now);
    c.updatedAt = ctx.now;
    ctx.store.changed();
    return {};
  },
};
