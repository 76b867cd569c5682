import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { buttonVariants } from "./ui/button";

// Both states look like the kit's small secondary button; the missing page is a span marked aria-disabled.
const linkClass = buttonVariants({ size: "sm" });

/** Previous/next pagination with the visible range. Pages are 1-based; `hrefFor` builds each page's URL. */
export function Pagination({
  page,
  pageSize,
  total,
  hrefFor,
}: {
  page: number;
  pageSize: number;
  total: number;
  hrefFor: (page: number) => string;
}) {
  const t = useTranslations("Pagination");
  const format = useFormatter();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);

  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-4 text-xs text-ink-muted">
      <p>
        {t("range", { from: format.number(from), to: format.number(to), total: format.number(total) })}
        <span className="mx-2 text-line-strong" aria-hidden="true">
          ·
        </span>
        <span>{t("status", { page: format.number(page), pages: format.number(pages) })}</span>
      </p>
      {/* One page needs no buttons; the range above already says everything is shown. */}
      {pages > 1 ? (
        <div className="flex gap-2">
          {page > 1 ? (
            <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
              {t("previous")}
            </Link>
          ) : (
            <span aria-disabled="true" className={linkClass}>
              {t("previous")}
            </span>
          )}
          {page < pages ? (
            <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
              {t("next")}
            </Link>
          ) : (
            <span aria-disabled="true" className={linkClass}>
              {t("next")}
            </span>
          )}
        </div>
      ) : null}
    </nav>
  );
}
