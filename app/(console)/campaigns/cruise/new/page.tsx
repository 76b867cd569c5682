import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/notice";
import { PageHeading } from "@/components/page-heading";
import { can } from "@/lib/auth/roles";
import { requireSessionUser } from "@/lib/auth/session";
import { type ClonePrefill, clonePrefill } from "@/lib/campaigns/cruise/clone";
import type { TCruiseCampaignInput } from "@/lib/campaigns/cruise/create-schema";
import { cruiseAppIds, describeCruiseCampaign, loadCruiseLists } from "@/lib/campaigns/cruise/load.server";
import { parseCampaignSegments } from "@/lib/campaigns/cruise/route-params";
import { unixNowSeconds } from "@/lib/time/unix-now";
import { CruiseCampaignForm } from "../_components/cruise-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CruiseForm");
  return { title: t("title") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** `?app=&from=`: the campaign to clone, when the user may see its app. */
async function loadClone(
  searchParams: Record<string, string | string[] | undefined>,
  appIds: readonly number[],
): Promise<{ campaignId: number; prefill: ClonePrefill | null } | null> {
  const segments = parseCampaignSegments({ sdkAppId: first(searchParams.app), campaignId: first(searchParams.from) });
  if (!segments?.campaignId || !appIds.includes(segments.sdkAppId)) return null;
  const [described, lists] = await Promise.all([
    describeCruiseCampaign(segments.sdkAppId, segments.campaignId),
    loadCruiseLists(segments.sdkAppId, segments.campaignId),
  ]);
  return {
    campaignId: segments.campaignId,
    prefill: described.ok ? clonePrefill(described.view, lists, unixNowSeconds()) : null,
  };
}

export default async function NewCruiseCampaignPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireSessionUser();
  const [t, tErrors, tConfig, tAccess] = await Promise.all([
    getTranslations("CruiseForm"),
    getTranslations("Errors"),
    getTranslations("ConfigError"),
    getTranslations("AppAccess"),
  ]);
  const appIds = cruiseAppIds(user);
  if (!can(user.role, "campaign:write")) {
    return (
      <div className="space-y-6">
        <PageHeading title={t("title")} />
        <Notice title={tErrors("noAccessTitle")}>
          <p>{tErrors("forbidden")}</p>
        </Notice>
      </div>
    );
  }
  if (!appIds || appIds.length === 0) {
    return (
      <div className="space-y-6">
        <PageHeading title={t("title")} />
        {appIds ? (
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

  const clone = await loadClone(await searchParams, appIds);
  const blank: TCruiseCampaignInput = {
    sdkAppId: appIds.length === 1 ? appIds[0] : undefined,
    name: "",
    agent: "",
    concurrencyNumber: 3,
    startTime: undefined,
    endTime: undefined,
    callees: [],
    callers: [],
    callOrder: 0,
    uui: "",
  };
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
        defaultTimeZone={user.timeZone}
        initialValues={prefill?.values ?? blank}
        clonedFromCampaignId={prefill ? clone?.campaignId : undefined}
        prefillNote={prefill?.listsFound ? t("cloneNotice.listsNote", { campaignId }) : undefined}
      />
    </div>
  );
}
