import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { ZAppCampaignParams } from "@/lib/api/params";
import { can, visibleAppIds } from "@/lib/auth/roles";
import { requireSessionUser } from "@/lib/auth/session";
import { cccConfig } from "@/lib/ccc/server";
import type { ResultsKind } from "@/lib/queries/results";
import { CampaignResults } from "./campaign-results";
import { CampaignTabs } from "./campaign-tabs";

/**
 * The results tab of a predictive or cruise campaign page. It renders no CCC data itself: the browser reads the
 * results chunk by chunk (their routes check the user again), so opening the tab costs nothing until it shows.
 */
export async function ResultsPage({
  kind,
  params,
  basePath,
}: {
  kind: ResultsKind;
  params: Record<string, string>;
  basePath: (sdkAppId: number, campaignId: number) => string;
}) {
  const user = await requireSessionUser();
  const ids = ZAppCampaignParams.safeParse(params);
  // Another app's campaign is "not found", like one that does not exist.
  if (!ids.success || !visibleAppIds(user, cccConfig().sdkAppIds).includes(ids.data.sdkAppId)) notFound();
  const { sdkAppId, campaignId } = ids.data;
  const t = await getTranslations("Results");
  const tPredictive = await getTranslations("PredictiveDetail");
  return (
    <div className="space-y-6">
      <PageHeading
        title={t("title")}
        description={tPredictive("ids", { campaignId: String(campaignId), sdkAppId: String(sdkAppId) })}
      />
      <CampaignTabs basePath={basePath(sdkAppId, campaignId)} current="results" />
      <CampaignResults
        kind={kind}
        sdkAppId={sdkAppId}
        campaignId={campaignId}
        timeZone={user.timeZone}
        numbersMasked={!can(user.role, "callee:read")}
      />
    </div>
  );
}
