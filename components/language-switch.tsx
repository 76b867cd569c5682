"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setLocaleAction } from "@/lib/actions/set-locale-action";
import type { Locale } from "@/lib/i18n/locales";

const options = [
  { locale: "en", labelKey: "en" },
  { locale: "zh-CN", labelKey: "zhCN" },
] as const satisfies ReadonlyArray<{ locale: Locale; labelKey: "en" | "zhCN" }>;

/** A two-button toggle (aria-pressed) rather than a <select>: switching is one click and never surprises on input. */
export function LanguageSwitch() {
  const t = useTranslations("LanguageSwitch");
  const current = useLocale();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);

  function onSelect(locale: Locale) {
    if (locale === current || pending) return;
    startTransition(async () => {
      try {
        const result = await setLocaleAction(locale);
        setFailed(!result.ok);
      } catch {
        setFailed(true);
      }
    });
  }

  return (
    <div className="flex items-center gap-2">
      <fieldset
        aria-busy={pending}
        className="inline-flex rounded-md border border-line bg-canvas p-0.5 text-xs font-medium"
      >
        <legend className="sr-only">{t("label")}</legend>
        {options.map(({ locale, labelKey }) => {
          const active = locale === current;
          return (
            <button
              key={locale}
              type="button"
              lang={locale}
              aria-pressed={active}
              // Not `disabled` while pending: that would drop keyboard focus to <body> mid-switch.
              onClick={() => onSelect(locale)}
              className={`rounded px-2.5 py-1 transition-colors ${pending ? "cursor-wait" : ""} ${
                active ? "bg-surface text-ink shadow-sm ring-1 ring-line" : "text-ink-muted hover:text-ink"
              }`}
            >
              {t(labelKey)}
            </button>
          );
        })}
      </fieldset>
      <p role="status" className={failed ? "text-xs text-danger" : "sr-only"}>
        {failed ? t("failed") : ""}
      </p>
    </div>
  );
}
