import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CccErrorNotice } from "@/components/ccc-error-notice";
import { Notice } from "@/components/notice";
import { PageHeading } from "@/components/page-heading";
import { requireSessionUser } from "@/lib/auth/session";
import { predictiveNewHref } from "@/lib/campaigns/predictive/hrefs";
import { predictiveListHref } from "@/lib/campaigns/predictive/list-params";
import { loadNewPredictiveCampaign } from "@/lib/campaigns/predictive/load-new.server";
import { AppSwitcher } from "../_components/app-switcher";
import { CreatePredictiveForm } from "./_components/create-predictive-form";

// Skill groups and the campaign to clone are read from CCC on every visit.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PredictiveCreate");
  return { title: t("title") };
}

export default async function NewPredictiveCampaignPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireSessionUser();
  const [t, tList, tErrors, tConfig, tAccess, loaded] = await Promise.all([
    getTranslations("PredictiveCreate"),
    getTranslations("PredictiveDetail"),
    getTranslations("Errors"),
    getTranslations("ConfigError"),
    getTranslations("AppAccess"),
    searchParams.then((params) => loadNewPredictiveCampaign(user, params)),
  ]);
  const back = (
    <Link href="/campaigns/predictive" className="text-sm font-medium text-accent hover:underline">
      {tList("back")}
    </Link>
  );
  if (loaded.state === "forbidden" || loaded.state === "noApps" || loaded.state === "unconfigured") {
    return (
      <div className="space-y-6">
        {back}
        <PageHeading title={t("title")} />
        {loaded.state === "forbidden" ? (
          <Notice title={tErrors("noAccessTitle")}>
            <p>{tErrors("forbidden")}</p>
          </Notice>
        ) : loaded.state === "noApps" ? (
          <Notice title={tAccess("title")}>
            <p>{tAccess("body")}</p>
          </Notice>
        ) : (
          <Notice title={tConfig("title")} tone="danger" alert>
            <p>{tConfig("body")}</p>
          </Notice>
        )}
      </div>
    );
  }
  const switcher =
    loaded.appIds.length > 1 ? (
      <AppSwitcher
        sdkAppIds={loaded.appIds}
        current={loaded.sdkAppId}
        hrefOf={(sdkAppId) => predictiveNewHref(sdkAppId)}
      />
    ) : null;
  if (loaded.state === "failed") {
    return (
      <div className="space-y-6">
        {back}
        <PageHeading title={t("title")} />
        {switcher}
        <CccErrorNotice failure={loaded.failure} retryHref={predictiveNewHref(loaded.sdkAppId)} />
      </div>
    );
  }

  const { clone, sdkAppId, skillGroups, initialValues } = loaded;
  const prefill = clone?.prefill;
  const campaignId = String(clone?.campaignId ?? "");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href={predictiveListHref(sdkAppId, 1)} className="text-sm font-medium text-accent hover:underline">
        {tList("back")}
      </Link>
      <PageHeading
        title={clone ? t("cloneTitle", { campaignId }) : t("title")}
        description={`${t("app", { sdkAppId: String(sdkAppId) })} · ${t("description")}`}
      />
      {clone ? null : switcher}
      {clone ? (
        <Notice title={t("cloneNotice.title", { campaignId })}>
          {prefill ? (
            <>
              <p data-testid="clone-notice">{t("cloneNotice.body", { campaignId })}</p>
              {prefill.timesMoved ? <p data-testid="clone-times-moved">{t("cloneNotice.timesMoved")}</p> : null}
              {prefill.listsFound ? null : <p data-testid="clone-no-lists">{t("cloneNotice.noLists")}</p>}
              <p data-testid="clone-hours">
                {prefill.hoursFound ? t("cloneNotice.hoursKnown") : t("cloneNotice.hoursUnknown")}
              </p>
            </>
          ) : (
            <p data-testid="clone-failed">{t("cloneNotice.failed", { campaignId })}</p>
          )}
        </Notice>
      ) : null}
      <CreatePredictiveForm
        sdkAppId={sdkAppId}
        skillGroups={skillGroups}
        initialValues={initialValues}
        viewerTimeZone={user.timeZone}
        clonedFromCampaignId={prefill ? clone?.campaignId : undefined}
        prefillNote={
          prefill?.listsFound ? (
            <p className="text-sm text-ink-muted">{t("cloneNotice.listsNote", { campaignId })}</p>
          ) : undefined
        }
      />
    </div>
  );
}
