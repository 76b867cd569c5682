/**
 * Server loaders of the cruise pages: one campaign (Describe + what the console recorded), and the list of campaigns
 * created from the console with their live state. CCC errors come back as browser-safe failures.
 */
import "server-only";
import { visibleAppIds } from "@/lib/auth/roles";
import { CccError } from "@/lib/ccc/errors";
import { cccConfig, getCccClient } from "@/lib/ccc/server";
import {
  type ConsoleCampaign,
  findConsoleCampaign,
  getDb,
  latestCampaignLists,
  listConsoleCampaignAgents,
  listConsoleCampaigns,
} from "@/lib/db";
import { logger } from "@/lib/log";
import { type CccFailure, toCccFailure } from "../ccc-failure";
import { type CruiseCampaignView, toCruiseCampaignView } from "./campaign-view";
import { CRUISE_PAGE_SIZE, CRUISE_STATE_SCAN_LIMIT, type CruiseListParams, parseCruiseListParams } from "./list-params";

const log = logger.child({ module: "cruise" });

/** The apps this user may work with here, or null when CCC is not configured. */
export function cruiseAppIds(user: { sdkAppIds: readonly number[] }): number[] | null {
  try {
    return visibleAppIds(user, cccConfig().sdkAppIds);
  } catch (error) {
    log.error({ err: error }, "CCC is not configured");
    return null;
  }
}

export type DescribeResult = { ok: true; view: CruiseCampaignView } | { ok: false; failure: CccFailure };

export async function describeCruiseCampaign(sdkAppId: number, campaignId: number): Promise<DescribeResult> {
  try {
    const response = await getCccClient().describeAgentCruiseDialingCampaign({
      SdkAppId: sdkAppId,
      CampaignId: campaignId,
    });
    return { ok: true, view: toCruiseCampaignView({ sdkAppId, campaignId }, response) };
  } catch (error) {
    if (!(error instanceof CccError)) throw error;
    log.warn({ sdkAppId, campaignId, code: error.code, requestId: error.requestId }, "cruise describe failed");
    return { ok: false, failure: toCccFailure(error) };
  }
}

export interface CruiseCampaignPageData {
  describe: DescribeResult;
  /** The console's record when the campaign was created here (who, when, RequestId), else null. */
  record: ConsoleCampaign | null;
}

export async function loadCruiseCampaign(sdkAppId: number, campaignId: number): Promise<CruiseCampaignPageData> {
  const db = await getDb();
  const [describe, record] = await Promise.all([
    describeCruiseCampaign(sdkAppId, campaignId),
    findConsoleCampaign(db, { kind: "cruise", sdkAppId, campaignId }),
  ]);
  return { describe, record };
}

/** The lists a campaign was created with (for a clone), or null when it was not created from this console. */
export async function loadCruiseLists(sdkAppId: number, campaignId: number) {
  const lists = await latestCampaignLists(await getDb(), { kind: "cruise", sdkAppId, campaignId });
  return lists ? { callees: lists.callees, callers: lists.callers } : null;
}

export interface CruiseListRow {
  record: ConsoleCampaign;
  describe: DescribeResult;
}

export interface CruiseListData {
  params: CruiseListParams;
  appIds: number[];
  agents: string[];
  rows: CruiseListRow[];
  /** Rows matching the filters; with a state filter, among the newest CRUISE_STATE_SCAN_LIMIT. */
  total: number;
  /** With a state filter: whether older campaigns were left out of the scan. */
  scanCapped: boolean;
}

export async function loadCruiseList(
  searchParams: Record<string, string | string[] | undefined>,
  appIds: number[],
): Promise<CruiseListData> {
  const params = parseCruiseListParams(searchParams, appIds);
  const db = await getDb();
  const filter = {
    kind: "cruise" as const,
    sdkAppIds: params.sdkAppId !== undefined ? [params.sdkAppId] : appIds,
    agent: params.agent,
  };
  const agents = await listConsoleCampaignAgents(db, { kind: "cruise", sdkAppIds: appIds });
  const describeAll = (records: ConsoleCampaign[]) =>
    Promise.all(
      records.map(async (record) => ({
        record,
        describe: await describeCruiseCampaign(record.sdkAppId, record.campaignId),
      })),
    );

  if (!params.state) {
    const page = await listConsoleCampaigns(db, filter, {
      limit: CRUISE_PAGE_SIZE,
      offset: (params.page - 1) * CRUISE_PAGE_SIZE,
    });
    return { params, appIds, agents, rows: await describeAll(page.rows), total: page.total, scanCapped: false };
  }
  const scan = await listConsoleCampaigns(db, filter, { limit: CRUISE_STATE_SCAN_LIMIT });
  const matching = (await describeAll(scan.rows)).filter(
    (row) => row.describe.ok && row.describe.view.state === params.state,
  );
  const start = (params.page - 1) * CRUISE_PAGE_SIZE;
  return {
    params,
    appIds,
    agents,
    rows: matching.slice(start, start + CRUISE_PAGE_SIZE),
    total: matching.length,
    scanCapped: scan.total > scan.rows.length,
  };
}
