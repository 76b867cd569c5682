import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

import { getSessionUser } from "@/lib/auth/session";
import { withRoute } from "./guard";

const session = vi.mocked(getSessionUser);
const user = (role: "admin" | "supervisor" | "viewer") => ({
  id: "00000000-0000-4000-8000-000000000001",
  email: "u@test.local",
  displayName: "U",
  role,
  sdkAppIds: [1400000001],
  timeZone: "UTC",
});

const handler = vi.fn(async () => Response.json({ ok: true }));
const route = withRoute(
  { permission: "campaign:write", schema: z.object({ sdkAppId: z.coerce.number().int().positive() }) },
  handler,
);
const get = (query: string) => route(new Request(`http://127.0.0.1/api/x?${query}`));

beforeEach(() => {
  session.mockReset();
  handler.mockClear();
});

describe("withRoute", () => {
  it("401 without a session", async () => {
    session.mockResolvedValue(null);
    const res = await get("sdkAppId=1400000001");
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ formError: { code: "unauthenticated" } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("403 for a role without the permission", async () => {
    session.mockResolvedValue(user("viewer"));
    expect((await get("sdkAppId=1400000001")).status).toBe(403);
    expect(handler).not.toHaveBeenCalled();
  });

  it("400 with field errors for invalid input", async () => {
    session.mockResolvedValue(user("supervisor"));
    const res = await get("sdkAppId=abc");
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors).toHaveProperty("sdkAppId");
    expect(handler).not.toHaveBeenCalled();
  });

  it("403 for an SdkAppId outside the user's apps", async () => {
    session.mockResolvedValue(user("supervisor"));
    const res = await get("sdkAppId=1400000002");
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ formError: { code: "forbidden_app" } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("runs the handler, and hides an unexpected error's text behind a reference", async () => {
    session.mockResolvedValue(user("supervisor"));
    expect((await get("sdkAppId=1400000001")).status).toBe(200);
    handler.mockRejectedValueOnce(new Error("secret connection string"));
    const res = await get("sdkAppId=1400000001");
    const body = await res.json();
    expect(res.status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("secret");
    expect(body.formError.ref).toMatch(/^[0-9a-f-]{36}$/);
  });
});
