import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./language-switch";
import { NavLink } from "./nav-link";

/** The console's top bar: product name, main navigation, language switch. */
export async function ConsoleHeader() {
  const t = await getTranslations("Console");
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex h-14 max-w-console items-center gap-6 px-4 sm:px-6">
        <Link
          href="/campaigns/predictive"
          aria-label={t("homeLink")}
          className="flex shrink-0 items-center gap-2 text-sm font-semibold tracking-tight text-ink"
        >
          {/* biome-ignore lint/performance/noImgElement: a static 20px SVG gains nothing from next/image. */}
          <img src="/favicon.svg" alt="" width={20} height={20} />
          <span>{t("productName")}</span>
        </Link>
        <nav aria-label={t("navLabel")} className="flex items-center gap-1">
          <NavLink href="/campaigns/predictive">{t("nav.predictive")}</NavLink>
        </nav>
        <div className="ml-auto">
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
