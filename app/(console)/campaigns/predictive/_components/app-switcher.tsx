import Link from "next/link";
import { useTranslations } from "next-intl";
import { predictiveListHref } from "@/lib/campaigns/predictive/list-params";

/**
 * Chooses which configured CCC app (SdkAppId) the page shows; the choice lives in `?app=` so it can be shared.
 * `hrefOf` makes the link for an app (default: the list's first page).
 */
export function AppSwitcher({
  sdkAppIds,
  current,
  hrefOf = (sdkAppId) => predictiveListHref(sdkAppId, 1),
}: {
  sdkAppIds: readonly number[];
  current: number;
  hrefOf?: (sdkAppId: number) => string;
}) {
  const t = useTranslations("PredictiveCampaigns.appSwitcher");
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-3">
      <span aria-hidden="true" className="text-xs font-medium text-ink-muted">
        {t("label")}
      </span>
      <ul className="inline-flex flex-wrap gap-1 rounded-lg border border-line bg-surface p-1">
        {sdkAppIds.map((sdkAppId) => {
          const active = sdkAppId === current;
          return (
            <li key={sdkAppId}>
              <Link
                href={hrefOf(sdkAppId)}
                aria-current={active ? "page" : undefined}
                className={`block rounded-md px-3 py-1 text-xs font-medium tabular-nums transition-colors ${
                  active ? "bg-ink text-surface" : "text-ink-muted hover:bg-canvas hover:text-ink"
                }`}
              >
                {t("app", { sdkAppId: String(sdkAppId) })}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
