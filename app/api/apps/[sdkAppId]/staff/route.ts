import { withRoute } from "@/lib/api/guard";
import { ZAppParams } from "@/lib/api/params";
import { toAgentOption } from "@/lib/campaigns/cruise/staff";
import { getCccClient } from "@/lib/ccc/server";
import { ZStaffBody } from "@/lib/queries/schemas";

// CCC allows up to 9,999 staff per page; one page covers any call center this console serves.
const PAGE_SIZE = 9999;

/** The app's agents for the cruise form's picker (name, e-mail, skill groups). Only for users who can create. */
export const GET = withRoute(
  { permission: "campaign:write", params: ZAppParams, response: ZStaffBody },
  async ({ params }) => {
    const response = await getCccClient().describeStaffInfoList({
      SdkAppId: params.sdkAppId,
      PageSize: PAGE_SIZE,
      PageNumber: 0,
    });
    return { agents: response.StaffList.map(toAgentOption), total: response.TotalCount };
  },
);
