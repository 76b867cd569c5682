"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { hintClass, inputClass } from "@/components/form/text-field";
import { linkButtonClass } from "./styles";

/** Parsing waits this long after the last keystroke; a paste is one input event, so it is checked at once after. */
const DEBOUNCE_MS = 250;

/**
 * The paste box. Uncontrolled on purpose: a 100,000-line value must not go through React state on every keystroke
 * (re-rendering a 1.5 MB controlled textarea blocks the main thread); the text is read on input, debounced.
 */
export function PastePanel({
  id,
  disabled,
  describedBy,
  invalid,
  onText,
  onBlur,
}: {
  /** The field's id: the textarea takes it (the field's <label> points here). */
  id: string;
  disabled?: boolean;
  describedBy?: string;
  invalid?: boolean;
  onText: (text: string) => void;
  onBlur?: () => void;
}) {
  const t = useTranslations("CalleeList");
  const area = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  function schedule() {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onText(area.current?.value ?? ""), DEBOUNCE_MS);
  }

  return (
    <div>
      <div className="flex items-end justify-between gap-2">
        <p id={`${id}-paste-hint`} className={hintClass}>
          {t("pasteLabel")}
        </p>
        <button
          type="button"
          className={linkButtonClass}
          disabled={disabled}
          onClick={() => {
            if (area.current) area.current.value = "";
            clearTimeout(timer.current);
            onText("");
            area.current?.focus();
          }}
        >
          {t("clear")}
        </button>
      </div>
      <textarea
        ref={area}
        id={id}
        rows={8}
        spellCheck={false}
        autoComplete="off"
        disabled={disabled}
        placeholder={t("pastePlaceholder")}
        aria-describedby={[`${id}-paste-hint`, describedBy].filter(Boolean).join(" ")}
        aria-invalid={invalid ? true : undefined}
        className={`${inputClass} font-mono`}
        onInput={schedule}
        onBlur={onBlur}
      />
    </div>
  );
}
