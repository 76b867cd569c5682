import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/notice";
import { PageHeading } from "@/components/page-heading";
import { can } from "@/lib/auth/roles";
import { requireSessionUser } from "@/lib/auth/session";
import { cruiseAppIds } from "@/lib/campaigns/cruise/load.server";
import { getDb, listDoNotCall } from "@/lib/db";
import { DO_NOT_CALL_PAGE_SIZE, parseDoNotCallParams } from "@/lib/do-not-call/page-params";
import { AddNumberForm } from "./_components/add-number-form";
import { DoNotCallFilters } from "./_components/do-not-call-filters";
import { DoNotCallTable } from "./_components/do-not-call-table";
import { ImportNumbersForm } from "./_components/import-numbers-form";
import { DNC_ANNOUNCEMENT_ID } from "./_components/remove-number-button";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DoNotCall");
  return { title: t("title") };
}

/** One app's do-not-call list: everyone reads it; supervisors and admins add, import and remove. */
export default async function DoNotCallPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [user, t] = await Promise.all([requireSessionUser(), getTranslations("DoNotCall")]);
  const apps = cruiseAppIds(user);
  const params = apps ? parseDoNotCallParams(await searchParams, apps) : null;
  if (!apps || !params) {
    return (
      <Notice title={t("title")} tone="danger">
        <p>{apps ? t("noApps") : t("unconfigured")}</p>
      </Notice>
    );
  }
  const canWrite = can(user.role, "campaign:write");
  const list = await listDoNotCall(await getDb(), { ...params, pageSize: DO_NOT_CALL_PAGE_SIZE });
  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} description={t("description")} />
      {canWrite ? null : (
        <p className="text-sm text-ink-muted" data-testid="dnc-read-only">
          {t("readOnly")}
        </p>
      )}
      <DoNotCallFilters params={params} apps={apps} />
      <p
        id={DNC_ANNOUNCEMENT_ID}
        role="status"
        aria-live="polite"
        tabIndex={-1}
        className="text-sm font-medium text-ink empty:hidden"
        data-testid="dnc-announcement"
      />
      <DoNotCallTable
        params={params}
        entries={list.entries.map((entry) => ({ ...entry, addedAt: entry.addedAt.toISOString() }))}
        total={list.total}
        canWrite={canWrite}
        timeZone={user.timeZone}
      />
      {canWrite ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <section className="rounded-card border border-line bg-surface p-5 shadow-xs">
            <AddNumberForm sdkAppId={params.sdkAppId} />
          </section>
          <section className="rounded-card border border-line bg-surface p-5 shadow-xs">
            <ImportNumbersForm sdkAppId={params.sdkAppId} />
          </section>
        </div>
      ) : null}
    </div>
  );
}
