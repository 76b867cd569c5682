import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/notice";
import { PageHeading } from "@/components/page-heading";
import { Pagination } from "@/components/pagination";
import { AUDIT_PAGE_SIZE, auditListHref } from "@/lib/audit/audit-list-params";
import { loadAuditPage } from "@/lib/audit/load-audit-page";
import { can } from "@/lib/auth/roles";
import { requireSessionUser } from "@/lib/auth/session";
import { AuditExportLink } from "./_components/audit-export-link";
import { AuditFilters } from "./_components/audit-filters";
import { AuditTable } from "./_components/audit-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Audit");
  return { title: t("title") };
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [user, t, tErrors] = await Promise.all([
    requireSessionUser(),
    getTranslations("Audit"),
    getTranslations("Errors"),
  ]);
  if (!can(user.role, "audit:read")) {
    return (
      <Notice title={tErrors("noAccessTitle")} tone="danger" alert>
        <p>{t("forbidden")}</p>
      </Notice>
    );
  }
  const data = await loadAuditPage(user, await searchParams);
  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} description={t("description")} />
      <AuditFilters params={data.params} users={data.users} apps={data.apps} timeZone={user.timeZone} />
      <AuditExportLink params={data.params} />
      {data.scoped ? <p className="text-xs text-ink-muted">{t("scopeNote")}</p> : null}
      <div className="overflow-hidden rounded-card border border-line bg-surface shadow-xs">
        {data.rows.length === 0 ? (
          <p className="px-5 py-8 text-center text-sm text-ink-muted">{t("empty")}</p>
        ) : (
          <AuditTable rows={data.rows} fields={data.fields} timeZone={user.timeZone} page={data.params.page} />
        )}
        <div className="border-t border-line px-4 py-3">
          <Pagination
            page={data.params.page}
            pageSize={AUDIT_PAGE_SIZE}
            total={data.total}
            hrefFor={(page) => auditListHref(data.params, page)}
          />
        </div>
      </div>
    </div>
  );
}
