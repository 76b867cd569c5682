/**
 * How to call each guarded route handler under app/api, and which role lacks its permission. Free of server imports,
 * so the vitest refusal tables (route-cases.ts) and the Playwright probes (e2e/security/) make the same calls.
 */
import type { Role } from "@/lib/auth/roles";

/** A campaign of each kind in the app being called (read from the emulator's state, not hard-coded). */
export interface SeedIds {
  predictive: number;
  cruise: number;
}

export interface RouteCall {
  /** A role without the permission; null when every role holds it (routes-authz.test.ts checks which). */
  deniedRole: Role | null;
  /** The path and segments of a call about `sdkAppId`, for campaigns `ids` where one is needed. */
  call: (sdkAppId: number, ids: SeedIds) => { path: string; segments?: Record<string, string> };
  /** Set for a route answered from the console's database alone: its 200 is checked by content type instead. */
  databaseOnly?: { contentType: string };
}

const appCall = (suffix: string) => (sdkAppId: number) => ({
  path: `/api/apps/${sdkAppId}/${suffix}`,
  segments: { sdkAppId: String(sdkAppId) },
});

const campaignCall =
  (kind: keyof SeedIds, suffix = "") =>
  (sdkAppId: number, ids: SeedIds) => ({
    path: `/api/apps/${sdkAppId}/${kind}-campaigns/${ids[kind]}${suffix}`,
    segments: { sdkAppId: String(sdkAppId), campaignId: String(ids[kind]) },
  });

/** One row per exported method of each guarded route file, keyed "METHOD /api/path/[segment]". */
export const ROUTE_CALLS = {
  "GET /api/apps/[sdkAppId]/numbers": { deniedRole: null, call: appCall("numbers") },
  "GET /api/apps/[sdkAppId]/staff": { deniedRole: "viewer", call: appCall("staff") },
  "GET /api/apps/[sdkAppId]/predictive-campaigns": {
    deniedRole: null,
    call: appCall("predictive-campaigns?status=running"),
  },
  "GET /api/apps/[sdkAppId]/predictive-campaigns/[campaignId]": {
    deniedRole: null,
    call: campaignCall("predictive"),
  },
  "GET /api/apps/[sdkAppId]/cruise-campaigns/[campaignId]": { deniedRole: null, call: campaignCall("cruise") },
  "GET /api/apps/[sdkAppId]/predictive-campaigns/[campaignId]/monitor": {
    deniedRole: null,
    call: campaignCall("predictive", "/monitor"),
  },
  "GET /api/apps/[sdkAppId]/predictive-campaigns/[campaignId]/results": {
    deniedRole: null,
    call: campaignCall("predictive", "/results?chunk=0"),
  },
  "GET /api/apps/[sdkAppId]/predictive-campaigns/[campaignId]/results.csv": {
    deniedRole: null,
    call: campaignCall("predictive", "/results.csv"),
  },
  "GET /api/apps/[sdkAppId]/cruise-campaigns/[campaignId]/results": {
    deniedRole: null,
    call: campaignCall("cruise", "/results?chunk=0"),
  },
  "GET /api/apps/[sdkAppId]/cruise-campaigns/[campaignId]/results.csv": {
    deniedRole: null,
    call: campaignCall("cruise", "/results.csv"),
  },
  "GET /api/cruise-campaigns": {
    deniedRole: null,
    call: (sdkAppId: number) => ({ path: `/api/cruise-campaigns?app=${sdkAppId}` }),
  },
  "GET /api/audit/export": {
    deniedRole: "viewer",
    call: (sdkAppId: number) => ({ path: `/api/audit/export?app=${sdkAppId}` }),
    databaseOnly: { contentType: "text/csv" },
  },
} as const satisfies Record<string, RouteCall>;

export type GuardedRouteKey = keyof typeof ROUTE_CALLS;

/** Deliberately public routes, with why; everything else under app/api needs a ROUTE_CALLS row. */
export const PUBLIC_ROUTES: Record<string, string> = {
  "GET /api/health": "liveness probe: answers {status:'ok'} only, touches neither CCC nor the database",
  "GET /api/ready": "readiness probe: names which checks passed, never calls CCC (lib/health/readiness.ts)",
};

/** Running campaigns of each kind in `sdkAppId` (a finished one, once seen, is answered without CCC). */
export function runningCampaigns(
  state: {
    apps: {
      SdkAppId: number;
      predictiveCampaigns: { CampaignId: number; Status: number }[];
      cruiseCampaigns: { CampaignId: number; State: number }[];
    }[];
  },
  sdkAppId: number,
): SeedIds {
  const app = state.apps.find((a) => a.SdkAppId === sdkAppId);
  const predictive = app?.predictiveCampaigns.find((c) => c.Status === 1)?.CampaignId;
  const cruise = app?.cruiseCampaigns.find((c) => c.State === 1)?.CampaignId;
  if (!predictive || !cruise) throw new Error(`the emulator's demo seed has no running campaigns in ${sdkAppId}`);
  return { predictive, cruise };
}
