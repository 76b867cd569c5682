import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/notice";
import { PageHeading } from "@/components/page-heading";
import { requireSessionUser } from "@/lib/auth/session";
import { loadNewCruiseCampaign } from "@/lib/campaigns/cruise/load-new.server";
import { CruiseCampaignForm } from "../_components/cruise-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CruiseForm");
  return { title: t("title") };
}

export default async function NewCruiseCampaignPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireSessionUser();
  const [t, tErrors, tConfig, tAccess, loaded] = await Promise.all([
    getTranslations("CruiseForm"),
    getTranslations("Errors"),
    getTranslations("ConfigError"),
    getTranslations("AppAccess"),
    searchParams.then((params) => loadNewCruiseCampaign(user, params)),
  ]);
  if (loaded.state !== "ready") {
    return (
      <div className="space-y-6">
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

  const { clone, appIds, initialValues, timeZone } = loaded;
  const prefill = clone?.prefill;
  const campaignId = String(clone?.campaignId ?? "");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeading title={clone ? t("cloneTitle", { campaignId }) : t("title")} description={t("description")} />
      {clone ? (
        <Notice title={t("cloneNotice.title")}>
          {prefill ? (
            <>
              <p data-testid="clone-notice">{t("cloneNotice.body", { campaignId })}</p>
              {prefill.timesMoved ? <p data-testid="clone-times-moved">{t("cloneNotice.timesMoved")}</p> : null}
              {prefill.listsFound ? null : <p>{t("cloneNotice.noLists")}</p>}
            </>
          ) : (
            <p>{t("cloneNotice.failed", { campaignId })}</p>
          )}
        </Notice>
      ) : null}
      <CruiseCampaignForm
        appIds={appIds}
        defaultTimeZone={timeZone}
        initialValues={initialValues}
        clonedFromCampaignId={prefill ? clone?.campaignId : undefined}
        prefillNote={prefill?.listsFound ? t("cloneNotice.listsNote", { campaignId }) : undefined}
      />
    </div>
  );
}
