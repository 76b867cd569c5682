import { describe, expect, it } from "vitest";
import { cruiseListHref, parseCruiseListParams } from "./list-params";

const APPS = [1400000001, 1400000002];

describe("parseCruiseListParams", () => {
  it("reads every filter", () => {
    expect(
      parseCruiseListParams({ app: "1400000002", agent: " li.na@example.com ", state: "running", page: "3" }, APPS),
    ).toEqual({ sdkAppId: 1400000002, agent: "li.na@example.com", state: "running", page: 3 });
  });

  it("drops an app the user lacks, an unknown state and a bad page instead of failing", () => {
    expect(parseCruiseListParams({ app: "999", state: "paused", page: "-1", agent: "" }, APPS)).toEqual({
      sdkAppId: undefined,
      agent: undefined,
      state: undefined,
      page: 1,
    });
  });

  it("round-trips through cruiseListHref", () => {
    const params = { sdkAppId: 1400000001, agent: "a@b.c", state: "aborted" as const, page: 2 };
    const href = cruiseListHref(params);
    expect(href).toBe("/campaigns/cruise?app=1400000001&agent=a%40b.c&state=aborted&page=2");
    const query = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseCruiseListParams(query, APPS)).toEqual(params);
    expect(cruiseListHref({})).toBe("/campaigns/cruise");
  });
});
