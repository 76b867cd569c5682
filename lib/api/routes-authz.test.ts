/**
 * Every route handler under app/api (Auth.js's own excepted) refuses callers without a session, callers whose role
 * lacks the route's permission, and SdkAppIds outside the caller's apps — each with a JSON answer and without a single
 * request reaching CCC (emulator counts) or a row changing in the database. The enumeration test makes a new
 * app/api/** /route.ts fail until it has a row in ROUTES, as lib/actions/actions-authz.test.ts does for actions.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

import { GET as cruiseCampaignGET } from "@/app/api/apps/[sdkAppId]/cruise-campaigns/[campaignId]/route";
import { GET as numbersGET } from "@/app/api/apps/[sdkAppId]/numbers/route";
import { GET as predictiveCampaignGET } from "@/app/api/apps/[sdkAppId]/predictive-campaigns/[campaignId]/route";
import { GET as predictiveListGET } from "@/app/api/apps/[sdkAppId]/predictive-campaigns/route";
import { GET as staffGET } from "@/app/api/apps/[sdkAppId]/staff/route";
import { GET as auditExportGET } from "@/app/api/audit/export/route";
import { GET as cruiseListGET } from "@/app/api/cruise-campaigns/route";
import {
  type ActionHarness,
  APP_A,
  APP_B,
  expectNothingReached,
  fakeUser,
  startActionHarness,
} from "@/lib/actions/testing/action-harness";
import { can, ROLES, type Role } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";
import { getDb, recordConsoleCampaign } from "@/lib/db";

const session = vi.mocked(getSessionUser);
const API_DIR = path.resolve(__dirname, "../../app/api");

type Handler = ((request: Request, segments?: { params: Promise<Record<string, string>> }) => Promise<Response>) & {
  permission: Parameters<typeof can>[1];
};

interface RouteCase {
  handler: Handler;
  /** A role without the permission; null when every role holds it (checked below). */
  deniedRole: Role | null;
  /** The URL and path segments of a call about `sdkAppId` (a campaign the emulator has, where one is needed). */
  call: (sdkAppId: number, ids: SeedIds) => { url: string; segments?: Record<string, string> };
  /** Set for a route answered from the console's database alone: its 200 is checked by content type instead. */
  databaseOnly?: { contentType: string };
}

/** A campaign of each kind in APP_A, read from the emulator's seed (not hard-coded). */
interface SeedIds {
  predictive: number;
  cruise: number;
}

const appCall = (suffix: string) => (sdkAppId: number) => ({
  url: `http://127.0.0.1/api/apps/${sdkAppId}/${suffix}`,
  segments: { sdkAppId: String(sdkAppId) },
});

const campaignCall = (kind: keyof SeedIds) => (sdkAppId: number, ids: SeedIds) => ({
  url: `http://127.0.0.1/api/apps/${sdkAppId}/${kind}-campaigns/${ids[kind]}`,
  segments: { sdkAppId: String(sdkAppId), campaignId: String(ids[kind]) },
});

/** One row per exported method of each route file, keyed "METHOD /api/path/[segment]". */
const ROUTES: Record<string, RouteCase> = {
  "GET /api/apps/[sdkAppId]/numbers": { handler: numbersGET, deniedRole: null, call: appCall("numbers") },
  "GET /api/apps/[sdkAppId]/staff": { handler: staffGET, deniedRole: "viewer", call: appCall("staff") },
  "GET /api/apps/[sdkAppId]/predictive-campaigns": {
    handler: predictiveListGET,
    deniedRole: null,
    call: appCall("predictive-campaigns?status=running"),
  },
  "GET /api/apps/[sdkAppId]/predictive-campaigns/[campaignId]": {
    handler: predictiveCampaignGET,
    deniedRole: null,
    call: campaignCall("predictive"),
  },
  "GET /api/apps/[sdkAppId]/cruise-campaigns/[campaignId]": {
    handler: cruiseCampaignGET,
    deniedRole: null,
    call: campaignCall("cruise"),
  },
  "GET /api/cruise-campaigns": {
    handler: cruiseListGET,
    deniedRole: null,
    call: (sdkAppId) => ({ url: `http://127.0.0.1/api/cruise-campaigns?app=${sdkAppId}` }),
  },
  "GET /api/audit/export": {
    handler: auditExportGET,
    deniedRole: "viewer",
    call: (sdkAppId) => ({ url: `http://127.0.0.1/api/audit/export?app=${sdkAppId}` }),
    databaseOnly: { contentType: "text/csv" },
  },
};

// `export const GET = withRoute(…)` and `export (async) function GET`: a handler written either way is found.
const METHOD_EXPORT = /^export\s+(?:const|(?:async\s+)?function)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/gm;

/** Deliberately public routes, with why; everything else under app/api needs a ROUTES row. */
const PUBLIC_ROUTES: Record<string, string> = {
  "GET /api/health": "liveness probe: answers {status:'ok'} only, touches neither CCC nor the database",
  "GET /api/ready": "readiness probe: names which checks passed, never calls CCC (lib/health/readiness.ts)",
};

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "auth" && dir === API_DIR ? [] : routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

describe("every route handler has refusal cases", () => {
  it("lists each exported method of app/api/**/route.ts (except auth) in ROUTES", () => {
    const exported = routeFiles(API_DIR).flatMap((file) => {
      const route = `/api/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/")}`;
      return [...readFileSync(file, "utf8").matchAll(METHOD_EXPORT)].map((match) => `${match[1]} ${route}`);
    });
    expect(exported.length).toBeGreaterThan(0);
    expect(
      exported.filter((key) => !(key in ROUTES) && !(key in PUBLIC_ROUTES)),
      "add a ROUTES row for these",
    ).toEqual([]);
    expect([...Object.keys(ROUTES), ...Object.keys(PUBLIC_ROUTES)].filter((key) => !exported.includes(key))).toEqual(
      [],
    );
  });

  it("names a denied role exactly when some role lacks the permission", () => {
    for (const [key, c] of Object.entries(ROUTES)) {
      const lacking = ROLES.filter((role) => !can(role, c.handler.permission));
      if (c.deniedRole === null) expect(lacking, key).toEqual([]);
      else expect(lacking, key).toContain(c.deniedRole);
    }
  });
});

describe("refusals reach neither CCC nor the database", () => {
  let harness: ActionHarness;
  let ids: SeedIds;
  beforeAll(async () => {
    // Every allowed call must reach CCC to prove the counts can move: no shared answers between the cases.
    process.env.CCC_READ_FRESH_MS = "0";
    harness = await startActionHarness();
    const app = (await harness.emulator.admin.state()).apps.find((a) => a.SdkAppId === APP_A);
    // Running ones: a finished campaign, once seen, is answered from the console's record without CCC.
    const predictive = app?.predictiveCampaigns.find((c) => c.Status === 1)?.CampaignId;
    const cruise = app?.cruiseCampaigns.find((c) => c.State === 1)?.CampaignId;
    if (!predictive || !cruise) throw new Error("the emulator's demo seed has no running campaigns in APP_A");
    ids = { predictive, cruise };
    // The cruise list shows what the console recorded; record the seeded campaign as if created here.
    await recordConsoleCampaign(await getDb(), {
      kind: "cruise",
      sdkAppId: APP_A,
      campaignId: cruise,
      name: "Seeded",
      agent: "agent@test.local",
      createdBy: "00000000-0000-4000-8000-000000000001",
      createdByEmail: "admin@test.local",
    });
  }, 120_000);
  afterAll(async () => harness?.close());
  beforeEach(() => session.mockReset());

  async function send(c: RouteCase, sdkAppId: number) {
    const { url, segments } = c.call(sdkAppId, ids);
    return c.handler(new Request(url), segments ? { params: Promise.resolve(segments) } : undefined);
  }

  async function expectRefused(c: RouteCase, sdkAppId: number, status: number, code: string) {
    const response = await expectNothingReached(harness, () => send(c, sdkAppId));
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(((await response.json()) as { formError?: { code: string } }).formError?.code).toBe(code);
  }

  for (const [key, c] of Object.entries(ROUTES)) {
    describe(key, () => {
      it("answers 401 without a session", async () => {
        session.mockResolvedValue(null);
        await expectRefused(c, APP_A, 401, "unauthenticated");
      });
      it.runIf(c.deniedRole !== null)(`answers 403 to a ${c.deniedRole ?? "role without the permission"}`, async () => {
        session.mockResolvedValue(fakeUser(c.deniedRole ?? "viewer", [APP_A, APP_B]));
        await expectRefused(c, APP_A, 403, "forbidden");
      });
      it("answers 403 for an SdkAppId outside the caller's apps", async () => {
        session.mockResolvedValue(fakeUser("admin", [APP_A]));
        await expectRefused(c, APP_B, 403, "forbidden_app");
      });
      // The other side of the refusals: the same call by an allowed caller does reach CCC, so the counts can move.
      it("answers 200 to an allowed caller, through CCC", async () => {
        session.mockResolvedValue(fakeUser("admin", [APP_A]));
        const before = (await harness.emulator.admin.requestCounts()).total;
        const response = await send(c, APP_A);
        expect(response.status, await response.clone().text()).toBe(200);
        if (c.databaseOnly) expect(response.headers.get("content-type")).toContain(c.databaseOnly.contentType);
        else expect((await harness.emulator.admin.requestCounts()).total).toBeGreaterThan(before);
      });
    });
  }
});
