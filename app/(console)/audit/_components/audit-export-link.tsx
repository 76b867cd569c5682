import { useTranslations } from "next-intl";
import { buttonVariants } from "@/components/ui/button";
import { auditFilterQuery, type TAuditListParams } from "@/lib/audit/audit-list-params";

/** Downloads the events matching the applied filters (every page) as CSV, from app/api/audit/export. */
export function AuditExportLink({ params }: { params: TAuditListParams }) {
  const t = useTranslations("AuditTrail");
  const query = auditFilterQuery(params).toString();
  return (
    <p className="flex flex-wrap items-center gap-3 text-xs text-ink-muted">
      <a
        href={query ? `/api/audit/export?${query}` : "/api/audit/export"}
        download
        className={buttonVariants({ variant: "secondary", size: "sm" })}
        aria-describedby="audit-export-hint"
      >
        {t("export.link")}
      </a>
      <span id="audit-export-hint">{t("export.hint")}</span>
    </p>
  );
}
