import "server-only";
import { cache } from "react";
import { getCccClient } from "@/lib/ccc/server";
import type { SkillGroupOption } from "./skill-group-option";

const PAGE_SIZE = 100;
/** 10 pages = 1,000 groups: far above a real contact center, and a bound on requests if CCC misreports TotalCount. */
const MAX_PAGES = 10;

/**
 * Every skill group of an app, paging DescribeSkillGroupInfoList at its maximum page size. Cached for one request
 * (React cache), so the list and the pickers on one page share the calls. Throws CccError.
 */
export const loadSkillGroups = cache(async (sdkAppId: number): Promise<SkillGroupOption[]> => {
  const client = getCccClient();
  const groups: SkillGroupOption[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const response = await client.describeSkillGroupInfoList({
      SdkAppId: sdkAppId,
      PageSize: PAGE_SIZE,
      PageNumber: page,
    });
    for (const g of response.SkillGroupList) {
      groups.push({ id: g.SkillGroupId, name: g.SkillGroupName, phone: g.SkillGroupType === 0 });
    }
    if (response.SkillGroupList.length < PAGE_SIZE || groups.length >= response.TotalCount) break;
  }
  return groups;
});
