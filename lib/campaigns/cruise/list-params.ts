/** The cruise list's URL filters: `?app=` (one of the user's apps, or all), `?agent=`, `?state=`, `?page=`. */
import { z } from "zod";
import { CRUISE_STATES, type CruiseState } from "./campaign-view";

export const CRUISE_PAGE_SIZE = 20;
/**
 * State lives in CCC, not in our table, so a state filter describes this many of the newest campaigns and keeps the
 * matching ones. Enough for a supervisor's recent work without flooding CCC (20 requests per second per action).
 */
export const CRUISE_STATE_SCAN_LIMIT = 100;

type SearchParamValue = string | string[] | undefined;
const first = (value: SearchParamValue) => (Array.isArray(value) ? value[0] : value);

// Bad or hostile values fall back to "no filter" instead of failing the page: they come straight from the URL.
const ZPage = z.coerce.number().int().min(1).max(10_000).catch(1);
const ZAppId = z.coerce.number().int().positive().optional().catch(undefined);
const ZAgent = z.string().trim().max(254).optional().catch(undefined);
const ZState = z.enum(CRUISE_STATES).optional().catch(undefined);

export interface CruiseListParams {
  /** Undefined: every app the user may see. */
  sdkAppId?: number;
  agent?: string;
  state?: CruiseState;
  page: number;
}

export function parseCruiseListParams(
  searchParams: Record<string, SearchParamValue>,
  allowedAppIds: readonly number[],
): CruiseListParams {
  const app = ZAppId.parse(first(searchParams.app));
  const agent = ZAgent.parse(first(searchParams.agent)) || undefined;
  return {
    sdkAppId: app !== undefined && allowedAppIds.includes(app) ? app : undefined,
    agent,
    state: ZState.parse(first(searchParams.state)),
    page: ZPage.parse(first(searchParams.page) ?? 1),
  };
}

export function cruiseListHref(params: Partial<CruiseListParams>): string {
  const query = new URLSearchParams();
  if (params.sdkAppId !== undefined) query.set("app", String(params.sdkAppId));
  if (params.agent) query.set("agent", params.agent);
  if (params.state) query.set("state", params.state);
  if (params.page && params.page > 1) query.set("page", String(params.page));
  const search = query.toString();
  return search ? `/campaigns/cruise?${search}` : "/campaigns/cruise";
}

export const cruiseCampaignHref = (sdkAppId: number, campaignId: number) =>
  `/campaigns/cruise/${sdkAppId}/${campaignId}`;
