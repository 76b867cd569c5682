import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResultsPage } from "@/components/results/results-page";
import { cruiseCampaignHref } from "@/lib/campaigns/cruise/list-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Results");
  return { title: t("title") };
}

export default async function CruiseResultsPage({ params }: { params: Promise<Record<string, string>> }) {
  return <ResultsPage kind="cruise" params={await params} basePath={cruiseCampaignHref} />;
}
