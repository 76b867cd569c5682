import { describe, expect, it } from "vitest";
import { ZUpdatePredictiveDialingCampaignRequest } from "@/lib/ccc/actions/predictive";
import { toUpdateRequest } from "./to-update-request";
import { type TPredictiveUpdateFields, unsetFieldsCccWouldKeep, ZPredictiveUpdateFields } from "./update-schema";

/** An edit with every optional field left empty, as the form submits a campaign CCC has them unset for. */
const untouched: TPredictiveUpdateFields = {
  sdkAppId: 1400000001,
  campaignId: 7,
  name: "Renewals",
  callees: ["+8613800000001"],
  calleeAttributes: [],
  callers: ["0086075586013388"],
  callOrder: 0,
  skillGroupId: 3,
  priority: 2,
  expectedAbandonRate: 10,
  retryInterval: 600,
  startTime: 2000,
  endTime: 3000,
  retryTimes: undefined,
  ivrId: undefined,
  uui: "",
  variables: [],
};
const nothingInCcc = { uui: null, variables: [] };

describe("the update request sends what CCC requires and only what the user set", () => {
  it("leaves out every optional field CCC has unset and the form left empty", () => {
    const request = toUpdateRequest(untouched, nothingInCcc);
    expect(Object.keys(request).sort()).toEqual(
      [
        "SdkAppId",
        "CampaignId",
        "Name",
        "Callees",
        "Callers",
        "CallOrder",
        "SkillGroupId",
        "Priority",
        "ExpectedAbandonRate",
        "RetryInterval",
        "StartTime",
        "EndTime",
      ].sort(),
    );
    expect(ZUpdatePredictiveDialingCampaignRequest.parse(request)).toEqual(request);
    expect(JSON.stringify(request)).not.toContain("RetryTimes");
  });

  it("sends the optional fields the user set, including a retry count of 0", () => {
    const request = toUpdateRequest(
      { ...untouched, retryTimes: 0, ivrId: 12, uui: "x", variables: [{ key: "k", value: "v" }] },
      nothingInCcc,
    );
    expect(request).toMatchObject({ RetryTimes: 0, IVRId: 12, UUI: "x", Variables: [{ Key: "k", Value: "v" }] });
  });

  it("sends an empty UUI and empty variables only to clear what CCC holds", () => {
    const cleared = toUpdateRequest(untouched, { uui: "old", variables: [{ key: "k", value: "v" }] });
    expect(cleared).toMatchObject({ UUI: "", Variables: [] });
    expect(cleared).not.toHaveProperty("RetryTimes");
    expect(cleared).not.toHaveProperty("IVRId");
  });
});

describe("the edit schema", () => {
  const form = { ...untouched, callees: ["+8613800000001"] };

  it("takes an empty retry count as not set, and still checks a given one", () => {
    expect(ZPredictiveUpdateFields.parse(form).retryTimes).toBeUndefined();
    const bad = ZPredictiveUpdateFields.safeParse({ ...form, retryTimes: 3 });
    expect(bad.success ? [] : bad.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["retryTimes", "retryTimesRange"],
    ]);
  });

  it("refuses emptying a number CCC holds, which leaving it out would silently keep", () => {
    expect(unsetFieldsCccWouldKeep({}, { retryTimes: 2, ivrId: null })).toEqual(["retryTimes"]);
    expect(unsetFieldsCccWouldKeep({ retryTimes: 0 }, { retryTimes: 2, ivrId: 5 })).toEqual(["ivrId"]);
    expect(unsetFieldsCccWouldKeep({}, { retryTimes: null, ivrId: null })).toEqual([]);
  });
});
