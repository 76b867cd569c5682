/**
 * The campaigns of one app for the schedule page: the predictive ones from CCC's list (times from Describe, which the
 * list lacks) and the cruise ones this console created (CCC has no list for those). Every read goes through the
 * shared paths: the read cache (one CCC call per question and window, however many viewers), and the console's
 * record of finished and aborted campaigns, which are then never asked about again.
 */
import "server-only";
import { type CccFailure, toCccFailure } from "@/lib/campaigns/ccc-failure";
import { toCruiseCampaignView } from "@/lib/campaigns/cruise/campaign-view";
import { describeCruiseCampaign } from "@/lib/campaigns/cruise/load.server";
import { predictiveStatuses } from "@/lib/campaigns/predictive/campaign-row";
import { loadSkillGroups } from "@/lib/campaigns/predictive/load-skill-groups.server";
import {
  recordedCruiseAnswers,
  recordedPredictiveAnswer,
  recordingListClient,
  recordPredictiveDescribe,
  refKey,
} from "@/lib/campaigns/terminal-records.server";
import type { TPredictiveCampaignListItem } from "@/lib/ccc/actions/predictive";
import { isCccError } from "@/lib/ccc/errors";
import { getCccClient } from "@/lib/ccc/server";
import { getDb, listConsoleCampaigns } from "@/lib/db";
import { logger } from "@/lib/log";
import type { ScheduleCampaign, ScheduleStatus } from "./layout";

const log = logger.child({ module: "schedule" });

/** CCC's largest page; 5 pages = 500 campaigns, as far as the schedule looks (it says so when it stops there). */
const PAGE_SIZE = 100;
const MAX_PAGES = 5;
/** The newest console cruise campaigns considered (listConsoleCampaigns' largest page). */
const CRUISE_LIMIT = 100;

export interface ScheduleSource {
  campaigns: ScheduleCampaign[];
  /** CCC refused the predictive list: the page says so and still shows the cruise campaigns. */
  predictiveFailure: CccFailure | null;
  /** Campaigns left out: beyond the scan limit, or whose Describe failed. */
  missing: number;
}

async function predictiveTimes(sdkAppId: number, item: TPredictiveCampaignListItem) {
  const ref = { sdkAppId, campaignId: item.CampaignId };
  // Finished or aborted: the console's record answers, CCC is not asked again.
  if (item.Status >= 3) {
    const recorded = await recordedPredictiveAnswer(ref);
    if (recorded) return recorded.response;
  }
  const described = await getCccClient().describePredictiveDialingCampaign({
    SdkAppId: sdkAppId,
    CampaignId: item.CampaignId,
  });
  await recordPredictiveDescribe(ref, described);
  return described;
}

async function predictiveList(sdkAppId: number): Promise<{ items: TPredictiveCampaignListItem[]; complete: boolean }> {
  const client = recordingListClient(getCccClient());
  const items: TPredictiveCampaignListItem[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const response = await client.describePredictiveDialingCampaigns({
      SdkAppId: sdkAppId,
      PageSize: PAGE_SIZE,
      PageNumber: page,
    });
    items.push(...response.CampaignList);
    if (response.CampaignList.length < PAGE_SIZE || items.length >= response.TotalCount)
      return { items, complete: true };
  }
  return { items, complete: false };
}

async function predictiveCampaigns(sdkAppId: number) {
  const [list, groups] = await Promise.all([predictiveList(sdkAppId), loadSkillGroups(sdkAppId).catch(() => [])]);
  const names = new Map(groups.map((group) => [group.id, group.name]));
  const described = await Promise.all(
    list.items.map(async (item): Promise<ScheduleCampaign | null> => {
      try {
        const d = await predictiveTimes(sdkAppId, item);
        return {
          kind: "predictive",
          sdkAppId,
          campaignId: item.CampaignId,
          name: item.Name,
          status: predictiveStatuses[item.Status],
          startTime: d.StartTime,
          endTime: d.EndTime,
          progress: { done: item.FinishedCalleeCount, total: item.CalleeCount },
          resource: { type: "skillGroup", id: item.SkillGroupId, name: names.get(item.SkillGroupId) ?? null },
        };
      } catch (error) {
        if (!isCccError(error)) throw error;
        log.warn({ sdkAppId, campaignId: item.CampaignId, code: error.code }, "schedule: describe failed");
        return null;
      }
    }),
  );
  const campaigns = described.filter((c): c is ScheduleCampaign => c !== null);
  return { campaigns, missing: described.length - campaigns.length + (list.complete ? 0 : 1) };
}

const CRUISE_STATUS: Record<string, ScheduleStatus> = {
  notStarted: "pending",
  running: "running",
  finished: "finished",
  aborted: "aborted",
};

async function cruiseCampaigns(sdkAppId: number) {
  const { rows, total } = await listConsoleCampaigns(
    await getDb(),
    { kind: "cruise", sdkAppIds: [sdkAppId] },
    { limit: CRUISE_LIMIT },
  );
  const recorded = await recordedCruiseAnswers(rows);
  const results = await Promise.all(
    rows.map(async (row) => {
      const known = recorded.get(refKey(row));
      if (known) return toCruiseCampaignView(known.ref, known.response);
      const result = await describeCruiseCampaign(row.sdkAppId, row.campaignId);
      return result.ok ? result.view : null;
    }),
  );
  const campaigns = results.flatMap((view): ScheduleCampaign[] =>
    view
      ? [
          {
            kind: "cruise",
            sdkAppId,
            campaignId: view.campaignId,
            name: view.name,
            status: CRUISE_STATUS[view.state] ?? "pending",
            startTime: view.startTime,
            endTime: view.endTime,
            progress: { done: view.called, total: view.total },
            resource: { type: "agent", id: view.agent },
          },
        ]
      : [],
  );
  return { campaigns, missing: total - campaigns.length };
}

/** One app's campaigns of both kinds; a CCC failure of the predictive list is reported, not thrown. */
export async function loadScheduleSource(sdkAppId: number): Promise<ScheduleSource> {
  const [predictive, cruise] = await Promise.all([
    predictiveCampaigns(sdkAppId).catch((error: unknown) => {
      if (!isCccError(error)) throw error;
      log.warn({ sdkAppId, code: error.code, requestId: error.requestId }, "schedule: predictive list failed");
      return toCccFailure(error);
    }),
    cruiseCampaigns(sdkAppId),
  ]);
  const failed = "category" in predictive;
  return {
    campaigns: [...(failed ? [] : predictive.campaigns), ...cruise.campaigns],
    predictiveFailure: failed ? predictive : null,
    missing: (failed ? 0 : predictive.missing) + cruise.missing,
  };
}
