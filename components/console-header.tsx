import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { can, type Role } from "@/lib/auth/roles";
import { CurrentApp } from "./current-app";
import { LanguageSwitch } from "./language-switch";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

/** What the header shows about the signed-in user (a subset of lib/auth's SessionUser, nothing secret). */
export interface HeaderUser {
  displayName: string;
  role: Role;
  sdkAppIds: readonly number[];
}

/** The console's top bar: product name, navigation for the user's role, the user, the current app, language. */
export async function ConsoleHeader({ user, appIds }: { user: HeaderUser; appIds: readonly number[] }) {
  const [t, tHeader, tCruise, tSchedule, tDoNotCall, tSettings] = await Promise.all([
    getTranslations("Console"),
    getTranslations("Header"),
    getTranslations("CruiseNav"),
    getTranslations("Schedule"),
    getTranslations("DoNotCall"),
    getTranslations("MySettings"),
  ]);
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex min-h-14 max-w-console flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 sm:px-6">
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
          <NavLink href="/campaigns/cruise">{tCruise("link")}</NavLink>
          <NavLink href="/campaigns/schedule">{tSchedule("navLink")}</NavLink>
          <NavLink href="/do-not-call">{tDoNotCall("navLink")}</NavLink>
          {can(user.role, "audit:read") ? <NavLink href="/audit">{tHeader("nav.audit")}</NavLink> : null}
          {can(user.role, "users:manage") ? <NavLink href="/admin/users">{tHeader("nav.users")}</NavLink> : null}
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-4">
          <Suspense fallback={null}>
            <CurrentApp sdkAppIds={appIds} />
          </Suspense>
          <section aria-label={tHeader("userLabel")} className="flex items-center gap-3 text-sm">
            <span className="flex flex-col leading-tight">
              <span data-testid="header-user-name" className="font-medium text-ink">
                {user.displayName}
              </span>
              <span data-testid="header-user-role" data-role={user.role} className="text-xs text-ink-muted">
                {tHeader(`role.${user.role}`)}
              </span>
            </span>
            <NavLink href="/settings">{tSettings("link")}</NavLink>
            <SignOutButton />
          </section>
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
