import { describe, expect, it } from "vitest";
import {
  ZDescribePredictiveDialingCampaignResponse,
  ZUpdatePredictiveDialingCampaignRequest,
} from "@/lib/ccc/actions/predictive";
import { comparableFields, PREDICTIVE_UPDATE_ERROR_FIELDS, PREDICTIVE_WIRE_NAMES } from "./fields";
import { toPredictiveSnapshot, ZPredictiveSnapshot } from "./snapshot";
import { toUpdateRequest } from "./to-update-request";

const edit = {
  sdkAppId: 1400000001,
  campaignId: 7,
  name: "Renewals",
  callees: ["+8613800000001"],
  calleeAttributes: [],
  callers: ["0086075586013388"],
  callOrder: 1 as const,
  skillGroupId: 3,
  priority: 2,
  expectedAbandonRate: 10,
  retryInterval: 600,
  retryTimes: 1,
  startTime: 2000,
  endTime: 3000,
  ivrId: undefined,
  uui: undefined,
  variables: [{ key: "k", value: "v" }],
};

describe("the predictive field table", () => {
  it("places every UpdatePredictiveDialingCampaign field, and only those", () => {
    expect(Object.keys(PREDICTIVE_UPDATE_ERROR_FIELDS).sort()).toEqual(
      Object.keys(ZUpdatePredictiveDialingCampaignRequest.shape).sort(),
    );
    expect(PREDICTIVE_UPDATE_ERROR_FIELDS).toMatchObject({
      UUI: "uui",
      IVRId: "ivrId",
      SdkAppId: null,
      CampaignId: null,
    });
  });

  it("names every snapshot field (but status) by a field Describe answers", () => {
    const snapshotFields = Object.keys(ZPredictiveSnapshot.shape).filter((f) => !f.startsWith("status"));
    expect(Object.keys(PREDICTIVE_WIRE_NAMES).sort()).toEqual(snapshotFields.sort());
    for (const wire of Object.values(PREDICTIVE_WIRE_NAMES)) {
      expect(ZDescribePredictiveDialingCampaignResponse.shape).toHaveProperty(wire);
    }
  });

  it("builds a request CCC's schema accepts, which reads back as the same campaign", () => {
    const request = toUpdateRequest({ ...edit, uui: "" }, { uui: "old", variables: [] });
    expect(ZUpdatePredictiveDialingCampaignRequest.parse(request)).toEqual(request);
    expect(request).toMatchObject({ UUI: "", Variables: [{ Key: "k", Value: "v" }], RetryTimes: 1, SkillGroupId: 3 });
    expect(request).not.toHaveProperty("CalleeAttributes");
    const withData = toUpdateRequest(
      {
        ...edit,
        calleeAttributes: [{ callee: "+8613800000001", uui: "u", variables: [{ key: "a", value: "b" }] }],
      },
      { uui: null, variables: [] },
    );
    expect(withData.CalleeAttributes).toEqual([
      { Callee: "+8613800000001", UUI: "u", Variables: [{ Key: "a", Value: "b" }] },
    ]);
    const snapshot = toPredictiveSnapshot({ ...request, Status: 0, StatusReason: 0 });
    expect(comparableFields(snapshot)).toEqual(comparableFields(edit));
  });
});
