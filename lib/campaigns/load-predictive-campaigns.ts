import "server-only";
import { visibleAppIds } from "@/lib/auth/roles";
import { CccError } from "@/lib/ccc/errors";
import { cccConfig, getCccClient } from "@/lib/ccc/server";
import { logger } from "@/lib/log";
import { type CccFailure, toCccFailure } from "./ccc-failure";
import { type PredictiveCampaignRow, toPredictiveCampaignRow } from "./predictive-campaign-row";
import { PREDICTIVE_PAGE_SIZE, parsePredictiveListParams } from "./predictive-list-params";

const log = logger.child({ module: "campaigns" });

interface ListContext {
  sdkAppIds: readonly number[];
  sdkAppId: number;
  page: number;
}

export type PredictiveCampaignListResult =
  | { state: "unconfigured" }
  | { state: "noApps" }
  | (ListContext & { state: "failed"; failure: CccFailure })
  | (ListContext & { state: "ok"; totalCount: number; rows: PredictiveCampaignRow[] });

function configuredAppIds(): readonly number[] | null {
  try {
    return cccConfig().sdkAppIds;
  } catch (error) {
    // ConfigError's message names the bad variables (never their values): it belongs in the log, not the page.
    log.error({ err: error }, "CCC is not configured");
    return null;
  }
}

/**
 * One page of an app's predictive campaigns, for the list page. Only apps that are both configured and granted to
 * `user` are listed or fetched (`noApps` when there are none). CCC errors come back as a `failed` state carrying
 * only what the browser may see; anything else is a bug and is thrown to the route's error boundary.
 */
export async function loadPredictiveCampaigns(
  searchParams: Record<string, string | string[] | undefined>,
  user: { sdkAppIds: readonly number[] },
): Promise<PredictiveCampaignListResult> {
  const configured = configuredAppIds();
  if (!configured || configured.length === 0) return { state: "unconfigured" };
  const sdkAppIds = visibleAppIds(user, configured);
  const params = parsePredictiveListParams(searchParams, sdkAppIds);
  if (!params) return { state: "noApps" };
  const context = { sdkAppIds, ...params };
  try {
    const response = await getCccClient().call("DescribePredictiveDialingCampaigns", {
      SdkAppId: params.sdkAppId,
      PageSize: PREDICTIVE_PAGE_SIZE,
      PageNumber: params.page - 1,
    });
    return {
      ...context,
      state: "ok",
      totalCount: response.TotalCount,
      rows: response.CampaignList.map(toPredictiveCampaignRow),
    };
  } catch (error) {
    if (!(error instanceof CccError)) throw error;
    // The client has already logged the call in detail; this line ties the failure to the page that showed it.
    log.warn(
      { sdkAppId: params.sdkAppId, code: error.code, kind: error.kind, requestId: error.requestId },
      "predictive campaign list failed",
    );
    return { ...context, state: "failed", failure: toCccFailure(error) };
  }
}
