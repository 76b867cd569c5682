"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Notice } from "@/components/notice";
import { buttonVariants } from "@/components/ui/button";

/**
 * Last resort for unexpected failures on every campaign page, predictive and cruise (CCC errors are handled in
 * the pages). In production Next.js replaces the message of a server error with a digest, which is the only thing
 * shown here, as a reference for the server log.
 */
export default function CampaignsError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("ErrorBoundary");
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <Notice title={t("title")} tone="danger" alert>
      <p>{t("body")}</p>
      {digest ? (
        <p className="text-xs">
          {t.rich("reference", {
            digest,
            code: (chunks) => <span className="font-mono text-ink select-all">{chunks}</span>,
          })}
        </p>
      ) : null}
      <button type="button" onClick={retry} className={buttonVariants({ size: "sm" })}>
        {t("retry")}
      </button>
    </Notice>
  );
}
