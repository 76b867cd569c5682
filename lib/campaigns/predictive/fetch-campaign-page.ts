/**
 * One page of an app's predictive campaigns with the list's filters. CCC filters by Name and SkillGroupId itself;
 * it has no status filter. Filtering one CCC page by status would show short or empty pages while matches sit on
 * other pages, and the count would be wrong. So with a status filter we read the app's campaigns (matching Name and
 * SkillGroupId) 100 at a time, CCC's largest page, filter by status and paginate here. The client's limiter keeps
 * those calls within CCC's 20 requests/second; the scan stops after STATUS_SCAN_MAX_PAGES pages and the list says
 * how many campaigns it looked at, rather than pretending the result is complete.
 */
import type { CccClient } from "@/lib/ccc/client";
import { type PredictiveCampaignRow, toPredictiveCampaignRow } from "./campaign-row";
import { PREDICTIVE_PAGE_SIZE, type PredictiveListParams } from "./list-params";

export const STATUS_SCAN_PAGE_SIZE = 100;
/** 10 × 100 = 1,000 campaigns: half a second of CCC's rate limit, and more than an app keeps in practice. */
export const STATUS_SCAN_MAX_PAGES = 10;

export interface CampaignPage {
  totalCount: number;
  rows: PredictiveCampaignRow[];
  /** Set when a status filter was applied here: how many campaigns were read, and whether that was all of them. */
  statusScan: { scanned: number; complete: boolean } | null;
}

type ListClient = Pick<CccClient, "describePredictiveDialingCampaigns">;

export async function fetchCampaignPage(client: ListClient, params: PredictiveListParams): Promise<CampaignPage> {
  const base = {
    SdkAppId: params.sdkAppId,
    ...(params.name ? { Name: params.name } : {}),
    ...(params.skillGroupId !== undefined ? { SkillGroupId: params.skillGroupId } : {}),
  };
  if (!params.status) {
    const response = await client.describePredictiveDialingCampaigns({
      ...base,
      PageSize: PREDICTIVE_PAGE_SIZE,
      PageNumber: params.page - 1,
    });
    return {
      totalCount: response.TotalCount,
      rows: response.CampaignList.map(toPredictiveCampaignRow),
      statusScan: null,
    };
  }
  const all: PredictiveCampaignRow[] = [];
  let total = 0;
  let complete = false;
  for (let page = 0; page < STATUS_SCAN_MAX_PAGES; page++) {
    const response = await client.describePredictiveDialingCampaigns({
      ...base,
      PageSize: STATUS_SCAN_PAGE_SIZE,
      PageNumber: page,
    });
    total = response.TotalCount;
    all.push(...response.CampaignList.map(toPredictiveCampaignRow));
    if (response.CampaignList.length < STATUS_SCAN_PAGE_SIZE || all.length >= total) {
      complete = true;
      break;
    }
  }
  const matching = all.filter((row) => row.status === params.status);
  const start = (params.page - 1) * PREDICTIVE_PAGE_SIZE;
  return {
    totalCount: matching.length,
    rows: matching.slice(start, start + PREDICTIVE_PAGE_SIZE),
    statusScan: { scanned: all.length, complete },
  };
}
