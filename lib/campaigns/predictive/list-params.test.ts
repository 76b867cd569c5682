import { describe, expect, it } from "vitest";
import { parsePredictiveListParams, predictiveListHref } from "./list-params";

const apps = [1400000001, 1400000002];

describe("parsePredictiveListParams", () => {
  it("defaults to the first app and page 1", () => {
    expect(parsePredictiveListParams({}, apps)).toEqual({ sdkAppId: 1400000001, page: 1 });
  });

  it("reads a configured app and a page", () => {
    expect(parsePredictiveListParams({ app: "1400000002", page: "3" }, apps)).toEqual({
      sdkAppId: 1400000002,
      page: 3,
    });
  });

  it("falls back on an unknown app and on bad pages", () => {
    for (const page of ["0", "-1", "abc", "1.5", ""]) {
      expect(parsePredictiveListParams({ app: "999", page }, apps)).toEqual({ sdkAppId: 1400000001, page: 1 });
    }
  });

  it("takes the first of repeated parameters", () => {
    expect(parsePredictiveListParams({ page: ["2", "5"] }, apps)?.page).toBe(2);
  });

  it("returns null when no app is configured", () => {
    expect(parsePredictiveListParams({}, [])).toBeNull();
  });
});

describe("predictiveListHref", () => {
  it("omits page 1", () => {
    expect(predictiveListHref(1400000001, 1)).toBe("/campaigns/predictive?app=1400000001");
    expect(predictiveListHref(1400000001, 2)).toBe("/campaigns/predictive?app=1400000001&page=2");
  });
});

describe("list filters", () => {
  it("reads name, skill group and status", () => {
    expect(parsePredictiveListParams({ q: " Renew ", group: "3", status: "paused" }, apps)).toEqual({
      sdkAppId: 1400000001,
      page: 1,
      name: "Renew",
      skillGroupId: 3,
      status: "paused",
    });
  });

  it("drops bad filter values instead of failing", () => {
    expect(parsePredictiveListParams({ q: "  ", group: "x", status: "deleted" }, apps)).toEqual({
      sdkAppId: 1400000001,
      page: 1,
    });
  });

  it("puts the filters in the URL, and they read back the same", () => {
    const href = predictiveListHref(1400000002, 2, { name: "A&B", skillGroupId: 4, status: "running" });
    expect(href).toBe("/campaigns/predictive?app=1400000002&q=A%26B&group=4&status=running&page=2");
    const query = Object.fromEntries(new URLSearchParams(href.split("?")[1]));
    expect(parsePredictiveListParams(query, apps)).toEqual({
      sdkAppId: 1400000002,
      page: 2,
      name: "A&B",
      skillGroupId: 4,
      status: "running",
    });
  });
});
