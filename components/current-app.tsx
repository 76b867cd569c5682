"use client";

import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

/**
 * The app the current page works on: `?app=` when the user may see it, else their first app — the same rule the
 * campaign pages apply (lib/campaigns/predictive/list-params.ts), so header and page never disagree.
 */
export function CurrentApp({ sdkAppIds }: { sdkAppIds: readonly number[] }) {
  const t = useTranslations("Header");
  const requested = Number(useSearchParams().get("app"));
  const current = sdkAppIds.includes(requested) ? requested : sdkAppIds[0];
  return (
    <span title={t("currentAppLabel")} data-testid="header-current-app" className="font-mono text-xs text-ink-muted">
      <span className="sr-only">{t("currentAppLabel")}: </span>
      {current === undefined ? t("noApp") : t("currentApp", { sdkAppId: current })}
    </span>
  );
}
