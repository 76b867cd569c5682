/**
 * The official Tencent Cloud Node SDK, pointed at the emulator, calls every action this project supports and gets
 * replies our registry's response schemas accept. This proves the emulator speaks CCC's wire protocol, including
 * the SDK's Host-without-port signing quirk.
 */
import http from "node:http";
import { Client } from "tencentcloud-sdk-nodejs/tencentcloud/services/ccc/v20200210/ccc_client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CccActionName, cccActionNames, cccActions } from "../lib/ccc/actions";
import { type RunningEmulator, startEmulator } from "./server";

const APP = 1400000001;
const RUNNING_PREDICTIVE = 1004;
/** Seeded finished predictive campaign: 1,320 callees dialled between 10 and 3 days before the seed time. */
const FINISHED_PREDICTIVE = 1007;
const DAY = 86_400;
const NORMAL_CALLER = "0086075586013388";

let emulator: RunningEmulator;
const agent = new http.Agent({
  // "ccc.localhost" must reach the emulator: resolve every name to loopback.
  lookup: (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: "127.0.0.1", family: 4 }]);
    else callback(null, "127.0.0.1", 4);
  },
});

function sdkClient(secretKey = emulator.secretKey) {
  return new Client({
    credential: { secretId: emulator.secretId, secretKey },
    profile: { httpProfile: { endpoint: `ccc.localhost:${emulator.port}`, protocol: "http://", agent } },
  });
}

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  agent.destroy();
  await emulator.close();
});

describe("the official tencentcloud-sdk-nodejs CCC client against the emulator", () => {
  it("calls every supported action and gets replies the registry's response schemas accept", async () => {
    const client = sdkClient();
    const covered = new Set<CccActionName>();
    const check = <A extends CccActionName>(action: A, reply: unknown) => {
      covered.add(action);
      const parsed = cccActions[action].response.safeParse(reply);
      expect(parsed.error?.issues ?? [], action).toEqual([]);
      expect((reply as { RequestId: string }).RequestId).toMatch(/^[0-9a-f-]{36}$/);
      return reply as Record<string, unknown>;
    };
    const now = Math.floor(Date.now() / 1000);
    const campaign = {
      SdkAppId: APP,
      Name: "SDK 外呼测试",
      Callees: ["+8613800000001", "13800000002"],
      Callers: [NORMAL_CALLER],
      CallOrder: 1,
      SkillGroupId: 101,
      Priority: 2,
      ExpectedAbandonRate: 10,
      RetryInterval: 600,
      StartTime: now + 3600,
      EndTime: now + 7200,
    };

    const created = check("CreatePredictiveDialingCampaign", await client.CreatePredictiveDialingCampaign(campaign));
    const CampaignId = created.CampaignId as number;
    check(
      "UpdatePredictiveDialingCampaign",
      await client.UpdatePredictiveDialingCampaign({ ...campaign, CampaignId, Name: "SDK 外呼测试 v2", Priority: 1 }),
    );
    const described = check(
      "DescribePredictiveDialingCampaign",
      await client.DescribePredictiveDialingCampaign({ SdkAppId: APP, CampaignId }),
    );
    expect(described).toMatchObject({ CampaignId, Name: "SDK 外呼测试 v2", Priority: 1, Status: 0, StatusReason: 0 });
    expect(Object.keys(described).sort()).toEqual(
      [
        "CampaignId",
        "Name",
        "CallOrder",
        "SkillGroupId",
        "IVRId",
        "Priority",
        "ExpectedAbandonRate",
        "RetryTimes",
        "RetryInterval",
        "StartTime",
        "EndTime",
        "Variables",
        "UUI",
        "Status",
        "StatusReason",
        "RequestId",
      ].sort(),
    );
    const list = check(
      "DescribePredictiveDialingCampaigns",
      await client.DescribePredictiveDialingCampaigns({ SdkAppId: APP, PageSize: 100, PageNumber: 0, CampaignId }),
    );
    expect(list.TotalCount).toBe(1);
    const ref = { SdkAppId: APP, CampaignId: RUNNING_PREDICTIVE };
    check("PausePredictiveDialingCampaign", await client.PausePredictiveDialingCampaign(ref));
    check("ResumePredictiveDialingCampaign", await client.ResumePredictiveDialingCampaign(ref));
    check("AbortPredictiveDialingCampaign", await client.AbortPredictiveDialingCampaign({ SdkAppId: APP, CampaignId }));
    check(
      "DeletePredictiveDialingCampaign",
      await client.DeletePredictiveDialingCampaign({ SdkAppId: APP, CampaignId }),
    );

    const cruise = check(
      "CreateAgentCruiseDialingCampaign",
      await client.CreateAgentCruiseDialingCampaign({
        SdkAppId: APP,
        Name: "SDK cruise",
        Agent: "li.na@example.com",
        ConcurrencyNumber: 3,
        StartTime: now + 600,
        EndTime: now + 4200,
        Callees: ["+8613800000003"],
        Callers: [NORMAL_CALLER],
        CallOrder: 0,
        UUI: "sdk",
      }),
    );
    const cruiseRef = { SdkAppId: APP, CampaignId: cruise.CampaignId as number };
    const cruiseDescribed = check(
      "DescribeAgentCruiseDialingCampaign",
      await client.DescribeAgentCruiseDialingCampaign(cruiseRef),
    );
    expect(cruiseDescribed).toMatchObject({ Agent: "li.na@example.com", State: 0, TotalCalleeCount: 1 });
    check("AbortAgentCruiseDialingCampaign", await client.AbortAgentCruiseDialingCampaign(cruiseRef));

    const groups = check(
      "DescribeSkillGroupInfoList",
      await client.DescribeSkillGroupInfoList({ SdkAppId: APP, PageSize: 100, PageNumber: 0 }),
    );
    expect(groups.TotalCount).toBe(6);
    const staff = check(
      "DescribeStaffInfoList",
      await client.DescribeStaffInfoList({ SdkAppId: APP, PageSize: 100, PageNumber: 0 }),
    );
    expect(staff.TotalCount).toBe(8);
    const numbers = check("DescribeNumbers", await client.DescribeNumbers({ SdkAppId: APP }));
    expect(numbers.TotalCount).toBe(6);

    const sessions = check(
      "DescribePredictiveDialingSessions",
      await client.DescribePredictiveDialingSessions({
        SdkAppId: APP,
        CampaignId: FINISHED_PREDICTIVE,
        PageSize: 1000,
        PageNumber: 1,
      }),
    );
    expect(sessions.TotalCount).toBe(1320);
    const sessionIds = sessions.SessionList as string[];
    expect(sessionIds).toHaveLength(320);
    const cdrs = check(
      "DescribeTelCdr",
      await client.DescribeTelCdr({
        SdkAppId: APP,
        StartTimeStamp: now - 30 * DAY,
        EndTimeStamp: now,
        PageSize: 100,
        PageNumber: 0,
        SessionIds: sessionIds.slice(0, 100),
      }),
    );
    expect(cdrs.TotalCount).toBe(100);
    const records = cdrs.TelCdrList as { SessionId: string; Direction: number; CallType: number }[];
    expect(records.map((r) => r.SessionId)).toEqual(sessionIds.slice(0, 100));
    expect(records[0]).toMatchObject({ Direction: 1, CallType: 5 });
    const staffStatus = check(
      "DescribeStaffStatusMetrics",
      await client.DescribeStaffStatusMetrics({ SdkAppId: APP, GroupIdList: [101] }),
    );
    expect((staffStatus.Metrics as unknown[]).length).toBeGreaterThan(0);
    const callIn = check(
      "DescribeCallInMetrics",
      await client.DescribeCallInMetrics({ SdkAppId: APP, EnabledSkillGroup: true, GroupIdList: [101] }),
    );
    expect(callIn.SkillGroupMetrics).toEqual([expect.objectContaining({ SkillGroupId: 101 })]);

    expect([...covered].sort()).toEqual([...cccActionNames].sort());
  });

  it("refuses call-record requests beyond CCC's documented limits with InvalidParameterValue", async () => {
    const client = sdkClient();
    const now = Math.floor(Date.now() / 1000);
    const cdr = { SdkAppId: APP, StartTimeStamp: now - DAY, EndTimeStamp: now, PageSize: 100, PageNumber: 0 };
    const refusals = [
      client.DescribePredictiveDialingSessions({ SdkAppId: APP, CampaignId: 1007, PageSize: 1001, PageNumber: 0 }),
      client.DescribeTelCdr({ ...cdr, PageSize: 101 }),
      client.DescribeTelCdr({ ...cdr, StartTimeStamp: now - 181 * DAY, EndTimeStamp: now - 100 * DAY }),
      client.DescribeTelCdr({ ...cdr, StartTimeStamp: now - 90 * DAY }),
    ];
    const codes = await Promise.all(
      refusals.map((p) =>
        p.then(
          () => "ok",
          (e: { code: string }) => e.code,
        ),
      ),
    );
    expect(codes).toEqual(Array(4).fill("InvalidParameterValue"));
  });

  it("rejects the SDK's request signed with the wrong key as AuthFailure.SignatureFailure", async () => {
    const client = sdkClient("not-the-right-secret-key-0000000000");
    await expect(client.DescribeNumbers({ SdkAppId: APP })).rejects.toMatchObject({
      code: "AuthFailure.SignatureFailure",
    });
  });

  it("passes the SDK's business errors through with CCC's codes", async () => {
    await expect(
      sdkClient().UpdatePredictiveDialingCampaign({
        SdkAppId: APP,
        CampaignId: RUNNING_PREDICTIVE,
        Name: "too late",
        Callees: [],
        Callers: [],
        CallOrder: 0,
        SkillGroupId: 101,
        Priority: 1,
        ExpectedAbandonRate: 5,
        RetryInterval: 60,
        StartTime: 1,
        EndTime: 2,
      }),
    ).rejects.toMatchObject({ code: "UnsupportedOperation" });
  });
});
