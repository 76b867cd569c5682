import { z } from "zod";
import { withRoute } from "@/lib/api/guard";
import { loadCruiseList } from "@/lib/campaigns/cruise/load.server";
import { ZCruiseListBody } from "@/lib/queries/schemas";

// The list page's filters as they appear in its URL. `app` becomes sdkAppId so withRoute's app scope sees it.
const ZListQuery = z
  .object({
    app: z
      .string()
      .regex(/^[1-9]\d{0,15}$/, "must be a positive whole number")
      .transform(Number)
      .optional(),
    agent: z.string().optional(),
    state: z.string().optional(),
    page: z.string().optional(),
  })
  // No key at all without an app: withRoute's scope check refuses an sdkAppId that is not a number (fail closed).
  .transform(({ app, ...rest }) => ({ ...rest, ...(app === undefined ? {} : { sdkAppId: app }) }));

/** The cruise list's poll: the console's cruise campaigns in the user's apps with their live state from CCC. */
export const GET = withRoute(
  { permission: "campaign:read", query: ZListQuery, response: ZCruiseListBody },
  async ({ query, apps }) => {
    const { sdkAppId, ...filters } = query;
    return loadCruiseList({ ...filters, app: sdkAppId === undefined ? undefined : String(sdkAppId) }, apps);
  },
);
