import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { buttonVariants } from "@/components/ui/button";
import { canAccessApp } from "@/lib/auth/roles";
import { requireSessionUser } from "@/lib/auth/session";
import { cruiseCampaignHref } from "@/lib/campaigns/cruise/list-params";
import { parseCampaignSegments } from "@/lib/campaigns/cruise/route-params";
import { findConsoleCampaign, getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CruiseCreated");
  return { title: t("title") };
}

/** After a create: the ids CCC returned (CampaignId, RequestId), read back from the console's own record. */
export default async function CruiseCreatedPage({
  params,
  searchParams,
}: {
  params: Promise<{ sdkAppId: string; campaignId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireSessionUser();
  const segments = parseCampaignSegments(await params);
  if (!segments?.campaignId || !canAccessApp(user, segments.sdkAppId)) notFound();
  const { sdkAppId, campaignId } = segments;
  const [t, record, query] = await Promise.all([
    getTranslations("CruiseCreated"),
    findConsoleCampaign(await getDb(), { kind: "cruise", sdkAppId, campaignId }),
    searchParams,
  ]);
  if (!record) notFound();

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeading title={t("title")} />
      <section
        aria-labelledby="created-summary"
        className="space-y-4 rounded-card border border-emerald-600/30 bg-emerald-50 px-5 py-5"
      >
        <p id="created-summary" className="text-sm text-ink">
          {t("body", { name: record.name })}
        </p>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="text-ink-muted">{t("campaignId")}</dt>
          <dd className="font-mono text-ink select-all" data-testid="created-campaign-id">
            {campaignId}
          </dd>
          <dt className="text-ink-muted">{t("requestId")}</dt>
          <dd className="font-mono break-all text-ink select-all" data-testid="created-request-id">
            {record.cccRequestId ?? "—"}
          </dd>
          <dt className="text-ink-muted">{t("app")}</dt>
          <dd className="font-mono text-ink">{sdkAppId}</dd>
        </dl>
        {query.replayed ? <p className="text-sm text-ink-muted">{t("replayed")}</p> : null}
      </section>
      <div className="flex flex-wrap gap-3">
        <Link href={cruiseCampaignHref(sdkAppId, campaignId)} className={buttonVariants({ variant: "primary" })}>
          {t("open")}
        </Link>
        <Link href="/campaigns/cruise" className={buttonVariants()}>
          {t("list")}
        </Link>
        <Link href="/campaigns/cruise/new" className={buttonVariants()}>
          {t("another")}
        </Link>
      </div>
    </div>
  );
}
