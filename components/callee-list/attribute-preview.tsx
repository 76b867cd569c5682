"use client";

import { useTranslations } from "next-intl";
import type { CalleeAttribute } from "@/lib/callees/attributes/types";

const SAMPLE_ROWS = 5;

/** How many callees carry their own data, and that data for the first few, as it will be sent. */
export function AttributePreview({ id, attributes }: { id: string; attributes: readonly CalleeAttribute[] }) {
  const t = useTranslations("CalleeData");
  if (attributes.length === 0) return null;
  const sample = attributes.slice(0, SAMPLE_ROWS);
  return (
    <section aria-labelledby={`${id}-data-title`} className="mt-3 space-y-1" data-testid="attribute-preview">
      <h3 id={`${id}-data-title`} className="text-sm font-medium text-ink">
        {t("previewTitle")}
      </h3>
      <p className="text-xs text-ink-muted" data-testid="attribute-count">
        {t("previewCount", { count: attributes.length, shown: sample.length })}
      </p>
      <div className="overflow-x-auto rounded-md border border-line">
        <table className="w-full text-left text-sm">
          <thead className="bg-canvas text-xs text-ink-muted">
            <tr>
              <th scope="col" className="px-2.5 py-1.5">
                {t("callee")}
              </th>
              <th scope="col" className="px-2.5 py-1.5">
                {t("uui")}
              </th>
              <th scope="col" className="px-2.5 py-1.5">
                {t("variables")}
              </th>
            </tr>
          </thead>
          <tbody>
            {sample.map((a) => (
              <tr key={a.callee} className="border-t border-line">
                <td className="px-2.5 py-1.5 font-mono">{a.callee}</td>
                <td className="px-2.5 py-1.5">{a.uui ?? ""}</td>
                <td className="px-2.5 py-1.5">{(a.variables ?? []).map((v) => `${v.key}=${v.value}`).join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
