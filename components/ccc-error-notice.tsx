import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CccFailure } from "@/lib/campaigns/ccc-failure";
import { FailureNotice } from "./failure-notice";
import { buttonVariants } from "./ui/button";

/**
 * Shown in place of CCC data when a read failed: the one failure notice (a read changed nothing) with a retry link.
 * Its parts are `ccc-error-code`, `ccc-error-request-id`.
 */
export function CccErrorNotice({ failure, retryHref }: { failure: CccFailure; retryHref: string }) {
  const t = useTranslations("CccError");
  const asAction = {
    formError: { code: failure.code, message: "" },
    requestId: failure.requestId ?? undefined,
    changed: "no" as const,
  };
  return (
    <FailureNotice failure={asAction} testId="ccc-error" title={t("title")}>
      <Link href={retryHref} className={buttonVariants({ size: "sm" })}>
        {t("retry")}
      </Link>
    </FailureNotice>
  );
}
