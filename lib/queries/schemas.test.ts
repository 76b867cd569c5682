/**
 * The response schemas are the wire contract between the routes and the components. These checks fail to compile
 * when a loader's view type and its schema drift apart (the routes themselves fail to compile when a loader's
 * result no longer fits the schema's input: withRoute types the handler's result as z.input of `response`).
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type { CallerNumbersResponse } from "@/lib/callees/caller-numbers";
import type { CruiseCampaignView } from "@/lib/campaigns/cruise/campaign-view";
import type { CruiseListParams } from "@/lib/campaigns/cruise/list-params";
import type { CruiseAgentOption } from "@/lib/campaigns/cruise/staff";
import type { PredictiveCampaignRow } from "@/lib/campaigns/predictive/campaign-row";
import type { PredictiveListParams } from "@/lib/campaigns/predictive/list-params";
import type { SkillGroupOption } from "@/lib/campaigns/predictive/skill-group-option";
import type { TPredictiveSnapshot } from "@/lib/campaigns/predictive/snapshot";
import {
  type TCallerNumbersBody,
  type TCruiseCampaignBody,
  type TCruiseListBody,
  type TPredictiveCampaignBody,
  type TPredictiveListBody,
  type TStaffBody,
  ZCruiseListBody,
} from "./schemas";

describe("response schemas fit the view types the components take", () => {
  it("predictive", () => {
    expectTypeOf<TPredictiveListBody["rows"][number]>().toEqualTypeOf<PredictiveCampaignRow>();
    expectTypeOf<TPredictiveListBody["params"]>().toExtend<PredictiveListParams>();
    expectTypeOf<TPredictiveListBody["skillGroups"][number]>().toEqualTypeOf<SkillGroupOption>();
    expectTypeOf<TPredictiveCampaignBody["snapshot"]>().toEqualTypeOf<TPredictiveSnapshot>();
  });

  it("agent cruise and directory", () => {
    expectTypeOf<TCruiseCampaignBody>().toEqualTypeOf<CruiseCampaignView>();
    expectTypeOf<TCruiseListBody["params"]>().toExtend<CruiseListParams>();
    expectTypeOf<TStaffBody["agents"][number]>().toEqualTypeOf<CruiseAgentOption>();
    expectTypeOf<TCallerNumbersBody>().toExtend<CallerNumbersResponse>();
  });
});

describe("ZCruiseListBody", () => {
  it("sends only what the table shows of the console's record (not who created it, nor CCC's RequestId)", () => {
    const record = {
      id: "r1",
      kind: "cruise",
      sdkAppId: 1400000001,
      campaignId: 5,
      name: "N",
      agent: "a@test.local",
      createdBy: "00000000-0000-4000-8000-000000000001",
      createdByEmail: "boss@test.local",
      cccRequestId: "req",
      createdAt: new Date(),
    };
    const failure = { code: "InternalError", requestId: null, category: "unavailable" } as const;
    const body = ZCruiseListBody.parse({
      params: { page: 1 },
      appIds: [1400000001],
      agents: ["a@test.local"],
      rows: [{ record, describe: { ok: false, failure } }],
      total: 1,
      scanCapped: false,
    });
    expect(body).toEqual({
      params: { page: 1 },
      rows: [
        {
          record: { sdkAppId: 1400000001, campaignId: 5, name: "N", agent: "a@test.local" },
          describe: { ok: false, failure },
        },
      ],
      total: 1,
      scanCapped: false,
    });
  });
});
