import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Overview | Results above a campaign's pages; each tab is its own address, so either can be bookmarked. */
export async function CampaignTabs({ basePath, current }: { basePath: string; current: "overview" | "results" }) {
  const t = await getTranslations("CampaignTabs");
  const tabs = [
    { key: "overview", href: basePath, label: t("overview") },
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
