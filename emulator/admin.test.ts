/** The admin API through its typed client: faults, counts, reset, seed, campaign overrides and the token. */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createEmulatorAdmin, EmulatorAdminError } from "./admin-client";
import { type RunningEmulator, startEmulator } from "./server";
import { type CccCaller, codeOf, createCccCaller } from "./test-support";

const APP = 1400000001;
let emulator: RunningEmulator;
let ccc: CccCaller;
const numbers = () => ccc.call("DescribeNumbers", { SdkAppId: APP });

beforeAll(async () => {
  emulator = await startEmulator({ rateLimitPerSecond: 0, randomSeed: 42 });
  ccc = createCccCaller(emulator);
});
beforeEach(() => emulator.admin.reset());
afterAll(() => emulator.close());

describe("faults", () => {
  it("answers the next N calls of one action with the injected error, then recovers", async () => {
    const rule = await emulator.admin.injectFault({
      action: "DescribeNumbers",
      kind: "error",
      code: "InternalError.DBError",
      message: "db down",
      times: 2,
    });
    expect(rule).toMatchObject({ id: expect.any(String), remaining: 2, fired: 0 });
    const staff = await ccc.call("DescribeStaffInfoList", { SdkAppId: APP, PageSize: 1, PageNumber: 0 });
    expect(codeOf(staff)).toBe("OK");
    const first = await numbers();
    expect(first.Response.Error).toEqual({ Code: "InternalError.DBError", Message: "db down" });
    expect(first.Response.RequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(codeOf(await numbers())).toBe("InternalError.DBError");
    expect(codeOf(await numbers())).toBe("OK");
    expect(await emulator.admin.faults()).toEqual([]);
  });

  it("fails a fraction of calls, repeatably, until cleared", async () => {
    await emulator.admin.injectFault({ kind: "error", code: "ServiceUnavailable", probability: 0.5 });
    const codes = [];
    for (let i = 0; i < 40; i++) codes.push(codeOf(await numbers()));
    const failed = codes.filter((c) => c === "ServiceUnavailable").length;
    expect(failed).toBeGreaterThan(8);
    expect(failed).toBeLessThan(32);
    expect(codes.filter((c) => c === "OK")).toHaveLength(40 - failed);
    const [rule] = await emulator.admin.faults();
    expect(rule?.fired).toBe(failed);
    await emulator.admin.clearFaults();
    expect(codeOf(await numbers())).toBe("OK");
  });

  it("holds the connection without a reply (timeout) until the client gives up", async () => {
    await emulator.admin.injectFault({ action: "DescribeNumbers", kind: "timeout", times: 1 });
    const started = Date.now();
    await expect(ccc.call("DescribeNumbers", { SdkAppId: APP }, { signal: AbortSignal.timeout(300) })).rejects.toThrow(
      /aborted|timeout/i,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(codeOf(await numbers())).toBe("OK");
    expect((await emulator.admin.requestCounts()).byErrorCode["(timeout)"]).toBe(1);
  });

  it("resets the connection, and adds latency", async () => {
    await emulator.admin.injectFault({ action: "DescribeNumbers", kind: "reset", times: 1 });
    await expect(numbers()).rejects.toThrow(/fetch failed/);
    await emulator.admin.injectFault({ action: "DescribeNumbers", kind: "latency", latencyMs: 250, times: 1 });
    const started = Date.now();
    expect(codeOf(await numbers())).toBe("OK");
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    expect((await emulator.admin.requestCounts()).byErrorCode["(reset)"]).toBe(1);
  });

  it("answers as a failing gateway (HTTP 502, an HTML page, no CCC JSON) without handling the call", async () => {
    await emulator.admin.injectFault({ action: "DescribeNumbers", kind: "http", times: 1 });
    // The test caller reads every reply as CCC JSON: a gateway's HTML page is not.
    await expect(numbers()).rejects.toThrow(/JSON/);
    await emulator.admin.injectFault({ action: "DescribeNumbers", kind: "http", status: 503, times: 1 });
    await expect(numbers()).rejects.toThrow(/JSON/);
    expect(codeOf(await numbers())).toBe("OK");
    const counts = await emulator.admin.requestCounts();
    expect([counts.byErrorCode["(http 502)"], counts.byErrorCode["(http 503)"]]).toEqual([1, 1]);
  });

  it("refuses a fault for an action CCC does not have, or an error fault without a code", async () => {
    await expect(emulator.admin.injectFault({ action: "DescribeNumber", kind: "timeout" })).rejects.toMatchObject({
      status: 400,
    });
    await expect(emulator.admin.injectFault({ kind: "error" })).rejects.toThrow(/code/);
  });
});

describe("counts, reset and seed", () => {
  it("counts every request per action and per error code, rejected ones included, and resets the counts", async () => {
    await numbers();
    await ccc.call("DescribeNumbers", { SdkAppId: APP }, { secretKey: "wrong-wrong-wrong-wrong-wrong-00000" });
    await ccc.call("NoSuchAction", {});
    expect(await emulator.admin.requestCounts()).toEqual({
      total: 3,
      succeeded: 1,
      failed: 2,
      byAction: {
        DescribeNumbers: { total: 2, succeeded: 1, failed: 1 },
        NoSuchAction: { total: 1, succeeded: 0, failed: 1 },
      },
      byErrorCode: { "AuthFailure.SignatureFailure": 1, InvalidAction: 1 },
    });
    await emulator.admin.resetCounts();
    expect((await emulator.admin.requestCounts()).total).toBe(0);
  });

  it("reset puts back the seed, the clock and the faults", async () => {
    await ccc.ok("AbortPredictiveDialingCampaign", { SdkAppId: APP, CampaignId: 1001 });
    await emulator.admin.advanceClock(600);
    await emulator.admin.injectFault({ kind: "timeout" });
    await emulator.admin.reset();
    expect((await emulator.admin.predictiveCampaign(APP, 1001)).Status).toBe(0);
    expect((await emulator.admin.clock()).offsetSeconds).toBe(0);
    expect(await emulator.admin.faults()).toEqual([]);
  });

  it("seeds from a body or a file, and reset returns to that seed", async () => {
    await emulator.admin.seed({ apps: [{ SdkAppId: 42 }] });
    expect(codeOf(await numbers())).toBe("InvalidParameterValue.InstanceNotExist");
    expect((await ccc.ok("DescribeNumbers", { SdkAppId: 42 })).TotalCount).toBe(0);

    const dir = await mkdtemp(path.join(tmpdir(), "ccc-emulator-seed-"));
    const file = path.join(dir, "seed.json");
    const state = await emulator.admin.state();
    await writeFile(
      file,
      JSON.stringify({ apps: [{ SdkAppId: 7, numbers: [{ Number: "0086075500000001", State: 1 }] }] }),
    );
    expect(state.apps.map((a) => a.SdkAppId)).toEqual([42]);
    expect(await emulator.admin.seed({ file })).toMatchObject({ sdkAppIds: [7] });
    await emulator.admin.reset();
    expect((await ccc.ok("DescribeNumbers", { SdkAppId: 7 })).TotalCount).toBe(1);
    await expect(emulator.admin.seed({ apps: [{ SdkAppId: "x" as unknown as number }] })).rejects.toMatchObject({
      status: 400,
    });

    expect(await emulator.admin.seed({ demo: true })).toMatchObject({ sdkAppIds: [1400000001, 1400000002] });
    await emulator.admin.reset();
    expect((await ccc.ok("DescribeNumbers", { SdkAppId: APP })).TotalCount).toBe(6);
  });

  it("accepts its own state() output as a seed", async () => {
    await ccc.ok("PausePredictiveDialingCampaign", { SdkAppId: APP, CampaignId: 1004 });
    const before = await emulator.admin.state();
    await emulator.admin.seed(before);
    await emulator.admin.reset();
    const after = await emulator.admin.state();
    // Counts of running campaigns follow the real clock; the stored fields that determine them must be equal.
    const stored = (state: typeof before) =>
      state.apps.map(({ predictiveCampaigns, cruiseCampaigns, ...app }) => ({
        ...app,
        predictive: predictiveCampaigns.map(({ FinishedCalleeCount: _, ...c }) => c),
        cruise: cruiseCampaigns.map(({ CalledCalleeCount: _, ...c }) => c),
      }));
    expect(stored(after)).toEqual(stored(before));
    await emulator.admin.seed({ demo: true });
  });
});

describe("campaign overrides", () => {
  it("sets a predictive campaign's status and times", async () => {
    const view = await emulator.admin.setPredictiveCampaign(APP, 1001, { Status: 1, FinishedCalleeCount: 40 });
    expect(view).toMatchObject({ CampaignId: 1001, Status: 1, StatusReason: 0, FinishedCalleeCount: 40 });
    expect(view.Callees).toHaveLength(view.CalleeCount);
    expect((await ccc.ok("DescribePredictiveDialingCampaign", { SdkAppId: APP, CampaignId: 1001 })).Status).toBe(1);

    const { nowSeconds } = await emulator.admin.clock();
    const ended = await emulator.admin.setPredictiveCampaign(APP, 1002, {
      EndTime: nowSeconds - 1,
      StartTime: nowSeconds - 100,
    });
    expect(ended).toMatchObject({ Status: 4, StatusReason: 2 });
    await expect(emulator.admin.setPredictiveCampaign(APP, 1001, { Status: 9 as 0 })).rejects.toMatchObject({
      status: 400,
    });
    await expect(emulator.admin.setPredictiveCampaign(APP, 999_999, { Status: 1 })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("sets an agent cruise campaign's state", async () => {
    const view = await emulator.admin.setCruiseCampaign(APP, 1501, { State: 3, CalledCalleeCount: 7 });
    expect(view).toMatchObject({ State: 3, CalledCalleeCount: 7, TotalCalleeCount: 60 });
    const described = await ccc.ok("DescribeAgentCruiseDialingCampaign", { SdkAppId: APP, CampaignId: 1501 });
    expect(described).toMatchObject({ State: 3, CalledCalleeCount: 7 });
  });
});

describe("admin access", () => {
  it("needs the token when one is configured, and ignores CCC credentials", async () => {
    const guarded = await startEmulator({ adminToken: "s3cret-token" });
    try {
      expect((await guarded.admin.health()).ok).toBe(true);
      const anonymous = createEmulatorAdmin(guarded.url);
      await expect(anonymous.state()).rejects.toMatchObject({ status: 401 });
      const wrong = createEmulatorAdmin(guarded.url, { token: "s3cret-tokeN" });
      await expect(wrong.reset()).rejects.toBeInstanceOf(EmulatorAdminError);
    } finally {
      await guarded.close();
    }
  });

  it("refuses bodies that are not JSON (no cross-site form posts) and unknown routes", async () => {
    const form = await fetch(`${emulator.url}/__admin/reset`, { method: "POST", body: "a=1" });
    expect(form.status).toBe(415);
    expect((await fetch(`${emulator.url}/__admin/nothing`)).status).toBe(404);
    expect((await fetch(`${emulator.url}/__admin/state`, { method: "DELETE" })).status).toBe(405);
  });

  it("will not listen beyond loopback without an admin token", async () => {
    await expect(startEmulator({ host: "0.0.0.0" })).rejects.toThrow(/admin token/);
  });
});
