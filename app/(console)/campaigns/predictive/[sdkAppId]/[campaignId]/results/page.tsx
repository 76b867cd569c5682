import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResultsPage } from "@/components/results/results-page";
import { predictiveCampaignHref } from "@/lib/campaigns/predictive/hrefs";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Results");
  return { title: t("title") };
}

export default async function PredictiveResultsPage({ params }: { params: Promise<Record<string, string>> }) {
  return (
    <ResultsPage
      kind="predictive"
      params={await params}
      basePath={(sdkAppId, campaignId) => predictiveCampaignHref({ sdkAppId, campaignId })}
    />
  );
}
