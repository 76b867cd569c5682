"use client";

import { useLocale, useTranslations } from "next-intl";
import { DEFAULT_FILE_LIMITS } from "@/lib/callees/files/types";
import type { CalleeWorkerErrorCode } from "@/lib/callees/worker/protocol";
import { formatBytes } from "./list-model";

/** A file the readers refused, named in words (the typed code picks the message); announced as an alert. */
export function FileError({ code }: { code: CalleeWorkerErrorCode }) {
  const t = useTranslations("CalleeList.fileErrors");
  const locale = useLocale();
  return (
    <p role="alert" data-testid="callee-file-error" data-code={code} className="mt-3 text-sm font-medium text-danger">
      {t(code, { size: formatBytes(DEFAULT_FILE_LIMITS.maxBytes, locale) })}
    </p>
  );
}
