import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * Overview | (Live) | Results above a campaign's pages; each tab is its own address, so any can be bookmarked.
 * `live`: the campaign has a live monitor (predictive campaigns).
 */
export async function CampaignTabs({
  basePath,
  current,
  live = false,
}: {
  basePath: string;
  current: "overview" | "live" | "results";
  live?: boolean;
}) {
  const t = await getTranslations("CampaignTabs");
  const tabs = [
    { key: "overview", href: basePath, label: t("overview") },
    ...(live ? [{ key: "live", href: `${basePath}/live`, label: t("live") } as const] : []),
    { key: "results", href: `${basePath}/results`, label: t("results") },
  ] as const;
  return (
    <nav aria-label={t("label")} className="flex gap-1 border-b border-line text-sm">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? "page" : undefined}
          prefetch={false}
          className={
            tab.key === current
              ? "-mb-px border-b-2 border-accent px-3 py-2 font-medium text-ink"
              : "px-3 py-2 text-ink-muted hover:text-ink"
          }
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
