import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("@/lib/ccc/server", () => ({ cccConfig: vi.fn() }));

import { getSessionUser } from "@/lib/auth/session";
import { CccError } from "@/lib/ccc/errors";
import { cccConfig } from "@/lib/ccc/server";
import { cccRefusal, notFoundRefusal, withRoute } from "./guard";
import { ZAppCampaignParams, ZAppParams } from "./params";

const session = vi.mocked(getSessionUser);
const OWN = 1400000001;
const FOREIGN = 1400000002;
/** Granted to the user but not configured in this console. */
const UNCONFIGURED = 1400000003;

const user = (role: "admin" | "supervisor" | "viewer") => ({
  id: "00000000-0000-4000-8000-000000000001",
  email: "u@test.local",
  displayName: "U",
  role,
  sdkAppIds: [OWN, UNCONFIGURED],
  timeZone: "UTC",
});

const handler = vi.fn(async ({ params, query, apps }: { params: unknown; query: unknown; apps: number[] }) => ({
  params,
  query,
  apps,
  secret: "never sent",
}));
const ZBody = z.object({ params: z.unknown(), query: z.unknown(), apps: z.array(z.number()) });
const route = withRoute(
  {
    permission: "campaign:write",
    params: ZAppCampaignParams,
    query: z.object({ owner: z.coerce.number().optional() }).transform((q) => (q.owner ? { sdkAppId: q.owner } : {})),
    response: ZBody,
  },
  handler,
);
const get = (sdkAppId: string, campaignId = "7", search = "") =>
  route(new Request(`http://127.0.0.1/api/apps/${sdkAppId}/x/${campaignId}${search}`), {
    params: Promise.resolve({ sdkAppId, campaignId }),
  });

beforeEach(() => {
  session.mockReset();
  handler.mockClear();
  vi.mocked(cccConfig).mockReturnValue({ sdkAppIds: [OWN, FOREIGN], endpoint: "http://x", timeoutMs: 1 });
});

describe("withRoute refusals (the handler never runs)", () => {
  it("401 JSON without a session", async () => {
    session.mockResolvedValue(null);
    const res = await get(String(OWN));
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toEqual({ formError: { code: "unauthenticated", message: "Sign in to continue." } });
  });

  it("403 for a role without the permission, before the input is parsed", async () => {
    session.mockResolvedValue(user("viewer"));
    const res = await get("not-a-number");
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ formError: { code: "forbidden" } });
  });

  it("400 naming the path segment that is not an id", async () => {
    session.mockResolvedValue(user("supervisor"));
    for (const bad of ["abc", "0", "1e3", "0x10", " 12", "012", "99999999999999999"]) {
      const res = await get(bad);
      expect(res.status, bad).toBe(400);
      expect(Object.keys((await res.json()).fieldErrors), bad).toEqual(["sdkAppId"]);
    }
    expect((await get(String(OWN), "-1")).status).toBe(400);
  });

  it("403 forbidden_app for an app the user lacks, and for a granted app the console is not configured for", async () => {
    session.mockResolvedValue(user("supervisor"));
    for (const app of [FOREIGN, UNCONFIGURED]) {
      const res = await get(String(app));
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ formError: { code: "forbidden_app" } });
    }
  });

  it("checks an SdkAppId the query names as well", async () => {
    session.mockResolvedValue(user("supervisor"));
    expect((await get(String(OWN), "7", `?owner=${FOREIGN}`)).status).toBe(403);
  });

  it("a route without a params schema refuses any path segment (fail closed)", async () => {
    session.mockResolvedValue(user("supervisor"));
    const bare = withRoute({ permission: "campaign:read", response: z.object({}) }, async () => ({}));
    const res = await bare(new Request("http://127.0.0.1/api/x/1"), { params: Promise.resolve({ sdkAppId: "1" }) });
    expect(res.status).toBe(400);
  });

  afterEach(() => expect(handler).not.toHaveBeenCalled());
});

describe("withRoute answers", () => {
  it("200 with the parsed segments, the user's visible apps, and only the response schema's keys", async () => {
    session.mockResolvedValue(user("supervisor"));
    const res = await get(String(OWN), "7", `?owner=${OWN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(await res.json()).toEqual({
      params: { sdkAppId: OWN, campaignId: 7 },
      query: { sdkAppId: OWN },
      apps: [OWN],
    });
  });

  it("passes a handler's refusal through: 404, and a CCC failure as 502 with code and RequestId", async () => {
    session.mockResolvedValue(user("supervisor"));
    handler.mockRejectedValueOnce(notFoundRefusal());
    const missing = await get(String(OWN));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ formError: { code: "not_found" } });

    handler.mockRejectedValueOnce(
      cccRefusal({ code: "RequestLimitExceeded", requestId: "req-1", category: "throttled" }),
    );
    const busy = await get(String(OWN));
    expect(busy.status).toBe(502);
    expect(await busy.json()).toEqual({
      formError: { code: "RequestLimitExceeded", message: "CCC is busy. Wait a moment and try again." },
      requestId: "req-1",
    });
  });

  it("maps a thrown CccError to 502 and anything else to 500 with a log reference, never the error's text", async () => {
    session.mockResolvedValue(user("supervisor"));
    handler.mockRejectedValueOnce(
      new CccError({ code: "InternalError", action: "DescribeNumbers", requestId: "req-2", message: "x" }),
    );
    const ccc = await get(String(OWN));
    expect(ccc.status).toBe(502);
    expect(await ccc.json()).toMatchObject({ formError: { code: "InternalError" }, requestId: "req-2" });

    handler.mockRejectedValueOnce(new Error("secret connection string"));
    const res = await get(String(OWN));
    const body = await res.json();
    expect(res.status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("secret");
    expect(body.formError.ref).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("carries its permission for the refusal-table test", () => {
    expect(route.permission).toBe("campaign:write");
    expect(
      withRoute({ permission: "campaign:read", params: ZAppParams, response: z.object({}) }, async () => ({})),
    ).toHaveProperty("permission", "campaign:read");
  });
});
