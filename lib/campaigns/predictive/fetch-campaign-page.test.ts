import { describe, expect, it } from "vitest";
import type { TPredictiveCampaignListItem } from "@/lib/ccc/actions/predictive";
import { fetchCampaignPage, STATUS_SCAN_MAX_PAGES } from "./fetch-campaign-page";

function campaigns(count: number): TPredictiveCampaignListItem[] {
  return Array.from({ length: count }, (_, i) => ({
    CampaignId: i + 1,
    Name: `C${i + 1}`,
    Status: (i % 5) as 0 | 1 | 2 | 3 | 4,
    StatusReason: 0,
    CalleeCount: 10,
    FinishedCalleeCount: 0,
    Priority: 3,
    SkillGroupId: 1,
  }));
}

/** A fake CCC list call over `items`, recording each request. */
function fakeClient(items: TPredictiveCampaignListItem[]) {
  const requests: { PageSize: number; PageNumber: number; Name?: string; SkillGroupId?: number }[] = [];
  return {
    requests,
    describePredictiveDialingCampaigns: async (req: (typeof requests)[number] & { SdkAppId: number }) => {
      requests.push(req);
      const slice = items.slice(req.PageNumber * req.PageSize, (req.PageNumber + 1) * req.PageSize);
      return { RequestId: "r", TotalCount: items.length, CampaignList: slice };
    },
  };
}

describe("fetchCampaignPage", () => {
  it("passes name and skill group to CCC and asks for one page without a status filter", async () => {
    const client = fakeClient(campaigns(45));
    const page = await fetchCampaignPage(client, { sdkAppId: 1, page: 3, name: "C", skillGroupId: 1 });
    expect(client.requests).toEqual([{ SdkAppId: 1, Name: "C", SkillGroupId: 1, PageSize: 20, PageNumber: 2 }]);
    expect(page.rows.map((r) => r.campaignId)).toEqual([41, 42, 43, 44, 45]);
    expect(page.totalCount).toBe(45);
    expect(page.statusScan).toBeNull();
  });

  it("with a status, reads every page at 100, filters and paginates here", async () => {
    const client = fakeClient(campaigns(250));
    const page = await fetchCampaignPage(client, { sdkAppId: 1, page: 2, status: "paused" });
    expect(client.requests.map((r) => [r.PageSize, r.PageNumber])).toEqual([
      [100, 0],
      [100, 1],
      [100, 2],
    ]);
    expect(page.totalCount).toBe(50);
    expect(page.rows).toHaveLength(20);
    expect(page.rows.every((r) => r.status === "paused")).toBe(true);
    expect(page.rows[0]?.campaignId).toBe(103);
    expect(page.statusScan).toEqual({ scanned: 250, complete: true });
  });

  it("stops after the page cap and says the scan was incomplete", async () => {
    const client = fakeClient(campaigns(STATUS_SCAN_MAX_PAGES * 100 + 1));
    const page = await fetchCampaignPage(client, { sdkAppId: 1, page: 1, status: "running" });
    expect(client.requests).toHaveLength(STATUS_SCAN_MAX_PAGES);
    expect(page.statusScan).toEqual({ scanned: STATUS_SCAN_MAX_PAGES * 100, complete: false });
  });
});
