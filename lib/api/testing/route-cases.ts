/**
 * Every guarded route handler with how to call it (route-calls.ts): the table behind routes-authz.test.ts and
 * lib/security/session-probes.test.ts, which call the handlers directly with a Request.
 */
import { GET as cruiseResultsGET } from "@/app/api/apps/[sdkAppId]/cruise-campaigns/[campaignId]/results/route";
import { GET as cruiseResultsCsvGET } from "@/app/api/apps/[sdkAppId]/cruise-campaigns/[campaignId]/results.csv/route";
import { GET as cruiseCampaignGET } from "@/app/api/apps/[sdkAppId]/cruise-campaigns/[campaignId]/route";
import { GET as numbersGET } from "@/app/api/apps/[sdkAppId]/numbers/route";
import { GET as predictiveMonitorGET } from "@/app/api/apps/[sdkAppId]/predictive-campaigns/[campaignId]/monitor/route";
import { GET as predictiveResultsGET } from "@/app/api/apps/[sdkAppId]/predictive-campaigns/[campaignId]/results/route";
import { GET as predictiveResultsCsvGET } from "@/app/api/apps/[sdkAppId]/predictive-campaigns/[campaignId]/results.csv/route";
import { GET as predictiveCampaignGET } from "@/app/api/apps/[sdkAppId]/predictive-campaigns/[campaignId]/route";
import { GET as predictiveListGET } from "@/app/api/apps/[sdkAppId]/predictive-campaigns/route";
import { GET as staffGET } from "@/app/api/apps/[sdkAppId]/staff/route";
import { GET as auditExportGET } from "@/app/api/audit/export/route";
import { GET as cruiseListGET } from "@/app/api/cruise-campaigns/route";
import type { can } from "@/lib/auth/roles";
import { getDb, recordConsoleCampaign } from "@/lib/db";
import { type GuardedRouteKey, ROUTE_CALLS, type RouteCall, type SeedIds } from "./route-calls";

export type Handler = ((
  request: Request,
  segments?: { params: Promise<Record<string, string>> },
) => Promise<Response>) & {
  permission: Parameters<typeof can>[1];
};

export interface RouteCase extends RouteCall {
  handler: Handler;
}

const HANDLERS: Record<GuardedRouteKey, Handler> = {
  "GET /api/apps/[sdkAppId]/numbers": numbersGET,
  "GET /api/apps/[sdkAppId]/staff": staffGET,
  "GET /api/apps/[sdkAppId]/predictive-campaigns": predictiveListGET,
  "GET /api/apps/[sdkAppId]/predictive-campaigns/[campaignId]": predictiveCampaignGET,
  "GET /api/apps/[sdkAppId]/cruise-campaigns/[campaignId]": cruiseCampaignGET,
  "GET /api/apps/[sdkAppId]/predictive-campaigns/[campaignId]/monitor": predictiveMonitorGET,
  "GET /api/apps/[sdkAppId]/predictive-campaigns/[campaignId]/results": predictiveResultsGET,
  "GET /api/apps/[sdkAppId]/predictive-campaigns/[campaignId]/results.csv": predictiveResultsCsvGET,
  "GET /api/apps/[sdkAppId]/cruise-campaigns/[campaignId]/results": cruiseResultsGET,
  "GET /api/apps/[sdkAppId]/cruise-campaigns/[campaignId]/results.csv": cruiseResultsCsvGET,
  "GET /api/cruise-campaigns": cruiseListGET,
  "GET /api/audit/export": auditExportGET,
};

export const ROUTES: Record<string, RouteCase> = Object.fromEntries(
  Object.entries(ROUTE_CALLS).map(([key, call]) => [key, { ...call, handler: HANDLERS[key as GuardedRouteKey] }]),
);

/** Calls a route handler directly, as Next would for `sdkAppId` (campaigns from `ids`). */
export function sendRoute(c: RouteCase, sdkAppId: number, ids: SeedIds): Promise<Response> {
  const { path, segments } = c.call(sdkAppId, ids);
  return c.handler(
    new Request(`http://127.0.0.1${path}`),
    segments ? { params: Promise.resolve(segments) } : undefined,
  );
}

/** The cruise list shows what the console recorded: record a seeded campaign as if created here. */
export async function recordSeededCruise(sdkAppId: number, campaignId: number): Promise<void> {
  await recordConsoleCampaign(await getDb(), {
    kind: "cruise",
    sdkAppId,
    campaignId,
    name: "Seeded",
    agent: "agent@test.local",
    createdBy: "00000000-0000-4000-8000-000000000001",
    createdByEmail: "admin@test.local",
  });
}
