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

import { GET as cruiseResultsGET } from "@/app/api/apps/[sdkAppId]/cruise-campaigns/[campaignId]/results/route";
import { GET as cruiseResultsCsvGET } from "@/app/api/apps/[sdkAppId]/cruise-campaigns/[campaignId]/results.csv/route";
import { GET as cruiseCampaignGET } from "@/app/api/apps/[sdkAppId]/cruise-campaigns/[campaignId]/route";
import { GET as numbersGET } from "@/app/api/apps/[sdkAppId]/numbers/route";
import { GET as predictiveResultsGET } from "@/app/api/apps/[sdkAppId]/predictive-campaigns/[campaignId]/results/route";
import { GET as predictiveResultsCsvGET } from "@/app/api/apps/[sdkAppId]/predictive-campaigns/[campaignId]/results.csv/route";
import { GET as predictiveCampaignGET } from "@/app/api/apps/[sdkAppId]/predictive-campaigns/[campaignId]/route";
import { GET as predictiveListGET } from "@/app/api/apps/[sdkAppId]/predictive-campaigns/route";
import { GET as staffGET } from "@/app/api/apps/[sdkAppId]/staff/route";
import { GET as cruiseListGET } from "@/app/api/cruise-campaigns/route";
import { GET as metricsGET } from "@/app/api/metrics/route";
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

const campaignCall =
  (kind: keyof SeedIds, suffix = "") =>
  (sdkAppId: number, ids: SeedIds) => ({
    url: `http://127.0.0.1/api/apps/${sdkAppId}/${kind}-campaigns/${ids[kind]}${suffix}`,
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
  "GET /api/apps/[sdkAppId]/predictive-campaigns/[campaignId]/results": {
    handler: predictiveResultsGET,
    deniedRole: null,
    call: campaignCall("predictive", "/results?chunk=0"),
  },
  "GET /api/apps/[sdkAppId]/predictive-campaigns/[campaignId]/results.csv": {
    handler: predictiveResultsCsvGET,
    deniedRole: null,
    call: campaignCall("predictive", "/results.csv"),
  },
  "GET /api/apps/[sdkAppId]/cruise-campaigns/[campaignId]/results": {
    handler: cruiseResultsGET,
    deniedRole: null,
    call: campaignCall("cruise", "/results?chunk=0"),
  },
  "GET /api/apps/[sdkAppId]/cruise-campaigns/[campaignId]/results.csv": {
    handler: cruiseResultsCsvGET,
    deniedRole: null,
    call: campaignCall("cruise", "/results.csv"),
  },
  "GET /api/cruise-campaigns": {
    handler: cruiseListGET,
    deniedRole: null,
    call: (sdkAppId) => ({ url: `http://127.0.0.1/api/cruise-campaigns?app=${sdkAppId}` }),
  },
};

// `export const GET = withRoute(…)` and `export (async) function GET`: a handler written either way is found.
const METHOD_EXPORT = /^export\s+(?:const|(?:async\s+)?function)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/gm;

/** Deliberately public routes, with why; everything else under app/api needs a ROUTES row. */
const PUBLIC_ROUTES: Record<string, string> = {
  "GET /api/health": "liveness probe: answers {status:'ok'} only, touches neither CCC nor the database",
  "GET /api/ready": "readiness probe: names which checks passed, never calls CCC (lib/health/readiness.ts)",
};

/**
 * Routes guarded by a token from the environment instead of a session, with why. Each is refused below: 404 while
 * its variable is unset, 401 for a missing or wrong bearer token (a session does not count), 200 only with it.
 */
const TOKEN_ROUTES: Record<string, { handler: (request: Request) => Promise<Response>; env: string; why: string }> = {
  "GET /api/metrics": {
    handler: metricsGET,
    env: "METRICS_TOKEN",
    why: "Prometheus scrape: counters of this process only, no CCC, no database (lib/observability)",
  },
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
    const listed = [...Object.keys(ROUTES), ...Object.keys(PUBLIC_ROUTES), ...Object.keys(TOKEN_ROUTES)];
    expect(
      exported.filter((key) => !listed.includes(key)),
      "add a ROUTES row for these",
    ).toEqual([]);
    expect(listed.filter((key) => !exported.includes(key))).toEqual([]);
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
        const body = await response.text();
        expect(response.status, body).toBe(200);
        expect((await harness.emulator.admin.requestCounts()).total).toBeGreaterThan(before);
      });
    });
  }

  const TOKEN = "route-test-token-0123456789";
  for (const [key, route] of Object.entries(TOKEN_ROUTES)) {
    describe(`${key} (token: ${route.env})`, () => {
      const call = (authorization?: string) =>
        expectNothingReached(harness, () =>
          route.handler(new Request("http://127.0.0.1/api/x", { headers: authorization ? { authorization } : {} })),
        );
      afterAll(() => {
        delete process.env[route.env];
      });

      it(`answers 404 while ${route.env} is unset, whatever the caller sends`, async () => {
        delete process.env[route.env];
        session.mockResolvedValue(fakeUser("admin", [APP_A]));
        expect((await call(`Bearer ${TOKEN}`)).status).toBe(404);
        expect((await call()).status).toBe(404);
      });

      it("answers 401 with WWW-Authenticate to a missing or wrong token, even with an admin session", async () => {
        process.env[route.env] = TOKEN;
        session.mockResolvedValue(fakeUser("admin", [APP_A]));
        const wrongSameLength = `${TOKEN.slice(0, -1)}${TOKEN.endsWith("x") ? "y" : "x"}`;
        for (const header of [undefined, `Bearer ${wrongSameLength}`, `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, TOKEN]) {
          const response = await call(header);
          expect(response.status, String(header)).toBe(401);
          expect(response.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
          expect(await response.text()).toBe("Unauthorized\n");
        }
      });

      it("answers 200 to the right bearer token, without a session", async () => {
        process.env[route.env] = TOKEN;
        session.mockResolvedValue(null);
        expect((await call(`Bearer ${TOKEN}`)).status).toBe(200);
        expect((await call(`bearer  ${TOKEN}`)).status).toBe(200);
      });
    });
  }
});
