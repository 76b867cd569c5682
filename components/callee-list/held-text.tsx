"use client";

import { useLocale, useTranslations } from "next-intl";
import { type ClipboardEvent, useEffect, useRef } from "react";
import { inputClass } from "@/components/form/text-field";
import { formatBytes } from "./list-model";
import type { Held } from "./paste-panel";
import { secondaryButtonClass } from "./styles";

/**
 * Stands in for the paste box while a large pasted text is held as data: says so (the report below has the
 * counts), takes focus from the box that went away (a screen reader reads the field's label and the note), accepts
 * another paste to replace the list, and offers "Edit as text" when the text is small enough to lay out.
 */
export function HeldText({
  id,
  held,
  disabled,
  invalid,
  describedBy,
  onEdit,
  onPasted,
  onBlur,
}: {
  id: string;
  held: Held;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
  onEdit: () => void;
  onPasted: (text: string) => void;
  onBlur?: () => void;
}) {
  const t = useTranslations("CalleeList");
  const locale = useLocale();
  const box = useRef<HTMLFieldSetElement>(null);
  // Mounted by a paste or drop on the box: focus moves here rather than to the page's start.
  useEffect(() => box.current?.focus(), []);

  function onPaste(event: ClipboardEvent<HTMLFieldSetElement>) {
    if (disabled) return;
    event.preventDefault();
    onPasted(event.clipboardData.getData("text/plain"));
  }

  return (
    <fieldset
      ref={box}
      id={`${id}-held`}
      // Focusable by script only (it takes focus from the box that went away); Tab reaches its button and Clear.
      tabIndex={-1}
      aria-labelledby={`${id}-label`}
      aria-describedby={[`${id}-held-note`, describedBy].filter(Boolean).join(" ")}
      aria-invalid={invalid ? true : undefined}
      data-testid="callee-held"
      className={`${inputClass} space-y-2 py-3`}
      onPaste={onPaste}
      onBlur={onBlur}
    >
      <p id={`${id}-held-note`}>{t("held", { size: formatBytes(held.chars, locale) })}</p>
      {held.editable ? (
        <button type="button" className={secondaryButtonClass} disabled={disabled} onClick={onEdit}>
          {t("editAsText")}
        </button>
      ) : null}
    </fieldset>
  );
}
