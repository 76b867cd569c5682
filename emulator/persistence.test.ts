/** The optional state file: a demo survives a restart, written atomically. */
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startEmulator } from "./server";
import { createCccCaller } from "./test-support";

const APP = 1400000001;

describe("state file", () => {
  it("keeps created campaigns (with their callee lists), lifecycle changes and the id counter across a restart", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ccc-emulator-state-"));
    const persistPath = path.join(dir, "nested", "state.json");
    const first = await startEmulator({ persistPath });
    const now = Math.floor(Date.now() / 1000);
    const request = {
      SdkAppId: APP,
      Name: "重启后还在 survives restart",
      Callees: ["+8613800000001", "13800000002"],
      Callers: ["0086075586013388"],
      CallOrder: 1,
      SkillGroupId: 102,
      Priority: 2,
      ExpectedAbandonRate: 0,
      RetryInterval: 3600,
      StartTime: now + 3600,
      EndTime: now + 7200,
      RetryTimes: 2,
      Variables: [{ Key: "k", Value: "v" }],
      CalleeAttributes: [{ Callee: "13800000002", UUI: "vip" }],
      TimeZone: "Asia/Shanghai",
      AvailableTime: [{ StartTime: "09:00:00", EndTime: "18:00:00" }],
    };
    const created = await createCccCaller(first).ok("CreatePredictiveDialingCampaign", request);
    await createCccCaller(first).ok("AbortPredictiveDialingCampaign", { SdkAppId: APP, CampaignId: 1002 });
    await first.close();
    expect((await readdir(path.dirname(persistPath))).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(JSON.parse(await readFile(persistPath, "utf8")).apps).toHaveLength(2);

    const second = await startEmulator({ persistPath });
    try {
      const { SdkAppId: _, ...stored } = request;
      const view = await second.admin.predictiveCampaign(APP, created.CampaignId as number);
      expect(view).toMatchObject({ ...stored, Status: 0, StatusReason: 0 });
      expect((await second.admin.predictiveCampaign(APP, 1002)).Status).toBe(3);
      const next = await createCccCaller(second).ok("CreatePredictiveDialingCampaign", request);
      expect(next.CampaignId).toBe((created.CampaignId as number) + 1);
    } finally {
      await second.close();
    }
  });

  it("refuses to start on a state file that is not valid, naming the file", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ccc-emulator-state-"));
    const persistPath = path.join(dir, "state.json");
    await writeFile(persistPath, JSON.stringify({ apps: [{ SdkAppId: -1 }] }));
    await expect(startEmulator({ persistPath })).rejects.toThrow(
      `${persistPath}: Invalid emulator state: apps.0.SdkAppId`,
    );
  });
});
