import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CccFailure } from "@/lib/campaigns/ccc-failure";
import { Notice } from "./notice";
import { buttonVariants } from "./ui/button";

/**
 * Shown in place of CCC data when a call failed: a plain-language reason plus the code and RequestId support
 * needs to trace the call in CCC's logs.
 */
export function CccErrorNotice({ failure, retryHref }: { failure: CccFailure; retryHref: string }) {
  const t = useTranslations("CccError");
  return (
    <Notice title={t("title")} tone="danger" alert>
      <p className="text-ink">{t(failure.category)}</p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-xs">
        <dt className="text-ink-muted">{t("code")}</dt>
        <dd data-testid="ccc-error-code" className="font-mono text-ink select-all">
          {failure.code}
        </dd>
        <dt className="text-ink-muted">{t("requestId")}</dt>
        <dd data-testid="ccc-request-id" className="font-mono break-all text-ink select-all">
          {failure.requestId ?? t("noRequestId")}
        </dd>
      </dl>
      <p className="text-xs">{t("support")}</p>
      <Link href={retryHref} className={buttonVariants({ size: "sm" })}>
        {t("retry")}
      </Link>
    </Notice>
  );
}
