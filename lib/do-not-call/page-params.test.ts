import { describe, expect, it } from "vitest";
import { doNotCallHref, parseDoNotCallParams } from "./page-params";

describe("do-not-call page params", () => {
  it("keeps an app the user has, else falls back to their first", () => {
    expect(parseDoNotCallParams({ app: "2", q: " 138 ", page: "3" }, [1, 2])).toEqual({
      sdkAppId: 2,
      search: "138",
      page: 3,
    });
    expect(parseDoNotCallParams({ app: "9", page: "-1" }, [1, 2])).toEqual({ sdkAppId: 1, search: "", page: 1 });
    expect(parseDoNotCallParams({}, [])).toBeNull();
  });

  it("builds the URL back without defaults", () => {
    expect(doNotCallHref({ sdkAppId: 7, search: "", page: 1 })).toBe("/do-not-call?app=7");
    expect(doNotCallHref({ sdkAppId: 7, search: "+86", page: 2 })).toBe("/do-not-call?app=7&q=%2B86&page=2");
  });
});
