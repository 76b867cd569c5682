import { withRoute } from "@/lib/api/guard";
import { ZAppParams } from "@/lib/api/params";
import { getCccClient } from "@/lib/ccc/server";
import { ZCallerNumbersBody } from "@/lib/queries/schemas";
import { listAllNumbers } from "./list-numbers";

/**
 * The app's caller numbers (all DescribeNumbers pages) for the campaign forms' caller select. Readable by every
 * role that can read campaigns (viewers see the numbers on campaign pages too). A CCC refusal answers 502 with CCC's
 * code and RequestId (withRoute).
 */
export const GET = withRoute(
  { permission: "campaign:read", params: ZAppParams, response: ZCallerNumbersBody },
  async ({ params }) => listAllNumbers(getCccClient(), params.sdkAppId),
);
