/** Campaign state machines driven by the emulator's clock (injected here), plus the seeded demo data. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "./server";
import { type CccCaller, codeOf, createCccCaller } from "./test-support";

const T0 = 1_760_000_000;
const APP = 1400000001;
const CALLER = "0086075586013388";
const callees = (n: number) => Array.from({ length: n }, (_, i) => `+86139${String(i).padStart(8, "0")}`);

let now = T0;
let emulator: RunningEmulator;
let ccc: CccCaller;

beforeAll(async () => {
  emulator = await startEmulator({ now: () => now * 1000, rateLimitPerSecond: 0 });
  ccc = createCccCaller(emulator, () => now);
});
afterAll(() => emulator.close());

async function predictiveStatus(CampaignId: number) {
  const described = await ccc.ok("DescribePredictiveDialingCampaign", { SdkAppId: APP, CampaignId });
  const list = await ccc.ok("DescribePredictiveDialingCampaigns", {
    SdkAppId: APP,
    PageSize: 1,
    PageNumber: 0,
    CampaignId,
  });
  const item = (list.CampaignList as { FinishedCalleeCount: number; CalleeCount: number }[])[0];
  return { Status: described.Status, StatusReason: described.StatusReason, Finished: item?.FinishedCalleeCount };
}

async function cruiseState(CampaignId: number) {
  const r = await ccc.ok("DescribeAgentCruiseDialingCampaign", { SdkAppId: APP, CampaignId });
  return { State: r.State, Called: r.CalledCalleeCount, Total: r.TotalCalleeCount };
}

describe("predictive campaign lifecycle", () => {
  it("starts at StartTime, advances, pauses, resumes and finishes by timeout at EndTime", async () => {
    now = T0;
    const created = await ccc.ok("CreatePredictiveDialingCampaign", {
      SdkAppId: APP,
      Name: "clock test",
      Callees: callees(200),
      Callers: [CALLER],
      CallOrder: 1,
      SkillGroupId: 101,
      Priority: 1,
      ExpectedAbandonRate: 5,
      RetryInterval: 60,
      StartTime: T0 + 100,
      EndTime: T0 + 1000,
    });
    const id = created.CampaignId as number;
    expect(await predictiveStatus(id)).toEqual({ Status: 0, StatusReason: 0, Finished: 0 });

    now = T0 + 99;
    expect((await predictiveStatus(id)).Status).toBe(0);
    now = T0 + 100;
    expect(await predictiveStatus(id)).toEqual({ Status: 1, StatusReason: 0, Finished: 0 });
    now = T0 + 135; // three 10-second rounds of 3 callees
    expect(await predictiveStatus(id)).toEqual({ Status: 1, StatusReason: 0, Finished: 9 });

    await ccc.ok("PausePredictiveDialingCampaign", { SdkAppId: APP, CampaignId: id });
    now = T0 + 500;
    expect(await predictiveStatus(id)).toEqual({ Status: 2, StatusReason: 0, Finished: 9 });
    await ccc.ok("ResumePredictiveDialingCampaign", { SdkAppId: APP, CampaignId: id });
    now = T0 + 520;
    expect(await predictiveStatus(id)).toEqual({ Status: 1, StatusReason: 0, Finished: 15 });

    now = T0 + 5000; // 9 before the pause + 50 rounds between resume (T0+500) and EndTime (T0+1000)
    expect(await predictiveStatus(id)).toEqual({ Status: 4, StatusReason: 2, Finished: 159 });
  });

  it("allows updates only while pending and before StartTime", async () => {
    now = T0;
    const body = {
      SdkAppId: APP,
      Name: "edit me",
      Callees: ["+8613800000001"],
      Callers: [CALLER],
      CallOrder: 0,
      SkillGroupId: 101,
      Priority: 3,
      ExpectedAbandonRate: 10,
      RetryInterval: 600,
      StartTime: T0 + 60,
      EndTime: T0 + 600,
      UUI: "first",
    };
    const id = (await ccc.ok("CreatePredictiveDialingCampaign", body)).CampaignId as number;
    const update = { ...body, CampaignId: id, Name: "edited", Callees: ["+8613800000009", "+8613800000008"] };
    const { UUI: _omitted, ...withoutUui } = update;
    await ccc.ok("UpdatePredictiveDialingCampaign", withoutUui);

    const stored = await emulator.admin.predictiveCampaign(APP, id);
    expect(stored).toMatchObject({ Name: "edited", Callees: ["+8613800000009", "+8613800000008"], UUI: "first" });
    expect(stored.CalleeCount).toBe(2);

    now = T0 + 60; // StartTime reached: the campaign is running and can no longer be edited
    const late = await ccc.call("UpdatePredictiveDialingCampaign", update);
    expect(codeOf(late)).toBe("UnsupportedOperation");
    expect(late.Response.Error?.Message).toContain(`campaign ${id} is running`);
  });

  it("applies the pause/resume/abort/delete rules and refuses every other transition", async () => {
    now = T0;
    const create = async () =>
      (
        await ccc.ok("CreatePredictiveDialingCampaign", {
          SdkAppId: APP,
          Name: "rules",
          Callees: [],
          Callers: [],
          CallOrder: 0,
          SkillGroupId: 102,
          Priority: 5,
          ExpectedAbandonRate: 5,
          RetryInterval: 60,
          StartTime: T0 + 10,
          EndTime: T0 + 10_000,
        })
      ).CampaignId as number;
    const op = async (action: string, CampaignId: number) =>
      codeOf(await ccc.call(`${action}PredictiveDialingCampaign`, { SdkAppId: APP, CampaignId }));

    const pending = await create();
    expect(await op("Pause", pending)).toBe("UnsupportedOperation");
    expect(await op("Resume", pending)).toBe("UnsupportedOperation");
    expect(await op("Abort", pending)).toBe("OK");
    expect(await predictiveStatus(pending)).toMatchObject({ Status: 3, StatusReason: 1 });
    expect(await op("Abort", pending)).toBe("UnsupportedOperation");
    expect(await op("Resume", pending)).toBe("UnsupportedOperation");
    expect(await op("Delete", pending)).toBe("OK");
    expect(await op("Delete", pending)).toBe("ResourceNotFound");

    const running = await create();
    now = T0 + 10;
    expect(await op("Resume", running)).toBe("UnsupportedOperation");
    expect(await op("Delete", running)).toBe("UnsupportedOperation");
    expect(await op("Pause", running)).toBe("OK");
    expect(await op("Pause", running)).toBe("UnsupportedOperation");
    expect(await op("Delete", running)).toBe("OK");

    now = T0 + 20_000;
    expect(await op("Abort", 1007)).toBe("UnsupportedOperation"); // seeded, finished
    expect(await op("Pause", 1007)).toBe("UnsupportedOperation");
  });
});

describe("agent cruise campaign lifecycle", () => {
  it("runs from StartTime to EndTime, calling ConcurrencyNumber callees per round, and stops on abort", async () => {
    now = T0;
    const base = {
      SdkAppId: APP,
      Name: "cruise clock",
      Agent: "wang.wei@example.com",
      ConcurrencyNumber: 4,
      StartTime: T0 + 60,
      EndTime: T0 + 600,
      Callees: callees(100),
      Callers: [CALLER],
    };
    const a = (await ccc.ok("CreateAgentCruiseDialingCampaign", base)).CampaignId as number;
    const b = (await ccc.ok("CreateAgentCruiseDialingCampaign", { ...base, Callees: callees(30) }))
      .CampaignId as number;
    expect(await cruiseState(a)).toEqual({ State: 0, Called: 0, Total: 100 });

    now = T0 + 95;
    expect(await cruiseState(a)).toEqual({ State: 1, Called: 12, Total: 100 });
    await ccc.ok("AbortAgentCruiseDialingCampaign", { SdkAppId: APP, CampaignId: a });
    now = T0 + 700;
    expect(await cruiseState(a)).toEqual({ State: 3, Called: 12, Total: 100 });
    expect(await cruiseState(b)).toEqual({ State: 2, Called: 30, Total: 30 });
    const again = await ccc.call("AbortAgentCruiseDialingCampaign", { SdkAppId: APP, CampaignId: b });
    expect(codeOf(again)).toBe("UnsupportedOperation");
  });
});

describe("campaign ids", () => {
  it("are never reused, even across an admin reset", async () => {
    now = T0;
    const body = {
      SdkAppId: APP,
      Name: "ids",
      Agent: "wang.wei@example.com",
      ConcurrencyNumber: 1,
      StartTime: T0 + 60,
      EndTime: T0 + 600,
      Callees: callees(1),
      Callers: [CALLER],
    };
    const before = (await ccc.ok("CreateAgentCruiseDialingCampaign", body)).CampaignId as number;
    await emulator.admin.reset();
    const after = (await ccc.ok("CreateAgentCruiseDialingCampaign", body)).CampaignId as number;
    expect(after).toBeGreaterThan(before);
  });
});

describe("admin clock offset", () => {
  it("moves campaign time without breaking signatures made with the real clock", async () => {
    const live = await startEmulator({ rateLimitPerSecond: 0 });
    try {
      const caller = createCccCaller(live);
      const pending = { SdkAppId: APP, CampaignId: 1001 };
      expect((await caller.ok("DescribePredictiveDialingCampaign", pending)).Status).toBe(0);
      const clock = await live.admin.advanceClock(3 * 3600);
      expect(clock.offsetSeconds).toBe(3 * 3600);
      expect((await caller.ok("DescribePredictiveDialingCampaign", pending)).Status).toBe(1);
    } finally {
      await live.close();
    }
  });
});

describe("seeded demo data", () => {
  it("has every status, state and type the console must show, for each configured SdkAppId", async () => {
    now = T0;
    const fresh = await startEmulator({ now: () => T0 * 1000, sdkAppIds: [1400000001, 1400000002] });
    try {
      const caller = createCccCaller(fresh, () => T0);
      for (const SdkAppId of fresh.sdkAppIds) {
        const list = await caller.ok("DescribePredictiveDialingCampaigns", { SdkAppId, PageSize: 100, PageNumber: 0 });
        const campaigns = list.CampaignList as { Status: number; StatusReason: number; CalleeCount: number }[];
        expect(campaigns.map((c) => c.Status).sort()).toEqual([0, 0, 0, 1, 2, 3, 4, 4]);
        expect(campaigns.every((c) => c.CalleeCount > 0)).toBe(true);
        const state = await fresh.admin.state();
        const app = state.apps.find((a) => a.SdkAppId === SdkAppId);
        expect(app?.cruiseCampaigns.map((c) => c.State).sort()).toEqual([0, 0, 1, 2, 3]);
        expect(app?.numbers.map((n) => n.State).sort()).toEqual([1, 1, 1, 2, 4, 5]);
        expect(new Set(app?.skillGroups.map((g) => g.SkillGroupType))).toEqual(new Set([0, 1, 3, 4]));
        const pending = app?.predictiveCampaigns.filter((c) => c.Status === 0) ?? [];
        expect(pending.every((c) => c.StartTime > T0)).toBe(true);
      }
      const first = await caller.ok("DescribePredictiveDialingCampaign", { SdkAppId: APP, CampaignId: 1004 });
      expect(first).toMatchObject({ Name: "618 大促回访 618 promo follow-up", Status: 1 });
    } finally {
      await fresh.close();
    }
  });

  it("filters and paginates the lists", async () => {
    now = T0;
    const fresh = await startEmulator({ now: () => T0 * 1000 });
    try {
      const caller = createCccCaller(fresh, () => T0);
      const page = async (action: string, body: Record<string, unknown>, key: string, id: string) => {
        const r = await caller.ok(action, { SdkAppId: APP, ...body });
        return { total: r.TotalCount, ids: (r[key] as Record<string, unknown>[]).map((x) => x[id]) };
      };
      const campaigns = (body: Record<string, unknown>) =>
        page("DescribePredictiveDialingCampaigns", body, "CampaignList", "CampaignId");
      expect(await campaigns({ PageSize: 3, PageNumber: 1 })).toEqual({ total: 8, ids: [1005, 1004, 1003] });
      expect(await campaigns({ PageSize: 10, PageNumber: 0, Name: "suv" })).toEqual({ total: 1, ids: [1002] });
      expect(await campaigns({ PageSize: 10, PageNumber: 0, SkillGroupId: 102 })).toEqual({
        total: 2,
        ids: [1007, 1005],
      });

      const staff = (body: Record<string, unknown>) => page("DescribeStaffInfoList", body, "StaffList", "Mail");
      expect(await staff({ PageSize: 3, PageNumber: 2 })).toEqual({
        total: 8,
        ids: ["chen.jing@example.com", "huang.lei@example.com"],
      });
      expect(await staff({ PageSize: 10, PageNumber: 0, StaffMail: "Emma.Chen@example.com" })).toEqual({
        total: 1,
        ids: ["emma.chen@example.com"],
      });
      expect((await staff({ PageSize: 10, PageNumber: 0, SkillGroupId: 103 })).ids).toEqual([
        "li.na@example.com",
        "emma.chen@example.com",
        "chen.jing@example.com",
      ]);
      const groups = await page(
        "DescribeSkillGroupInfoList",
        { PageSize: 2, PageNumber: 1 },
        "SkillGroupList",
        "SkillGroupId",
      );
      expect(groups).toEqual({ total: 6, ids: [103, 104] });
      const numbers = await page("DescribeNumbers", { PageSize: 4, PageNumber: 1 }, "Numbers", "Number");
      expect(numbers).toEqual({ total: 6, ids: ["0086020381104508", "0086057187650218"] });
    } finally {
      await fresh.close();
    }
  });
});
