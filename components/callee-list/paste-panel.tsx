"use client";

import { useTranslations } from "next-intl";
import { type ClipboardEvent, type DragEvent, useCallback, useEffect, useRef, useState } from "react";
import { hintClass, inputClass } from "@/components/form/text-field";
import { HeldText } from "./held-text";
import { dropInto, isEditable, pasteInto, shouldHold } from "./large-paste";
import { linkButtonClass } from "./styles";

/** Parsing waits this long after the last keystroke; a paste is one input event, so it is checked at once after. */
const DEBOUNCE_MS = 250;

/** A text held as data: its length for the message, and whether "Edit as text" is offered. */
export interface Held {
  chars: number;
  editable: boolean;
}

/**
 * The paste box. Uncontrolled on purpose: a 100,000-line value must not go through React state on every keystroke
 * (re-rendering a 1.5 MB controlled textarea blocks the main thread); the text is read on input, debounced.
 * A paste or drop that would make the text large (large-paste.ts) never reaches the box: the browser's insertion is
 * cancelled and the text is held here as data and checked at once; the box is replaced by a note with "Edit as
 * text" (for texts small enough) and the panel's "Clear".
 */
export function PastePanel({
  id,
  disabled,
  describedBy,
  invalid,
  onText,
  onBlur,
  onHeldChange,
  onFocus,
}: {
  /** The field's id: the textarea takes it (the field's <label> points here). */
  id: string;
  disabled?: boolean;
  describedBy?: string;
  invalid?: boolean;
  onText: (text: string) => void;
  onBlur?: () => void;
  /** Told when the box gives way to a held text and back (the label then has no textarea to point at). */
  onHeldChange?: (held: boolean) => void;
  /** The box got focus: a paste may follow (the list input starts its worker). */
  onFocus?: () => void;
}) {
  const t = useTranslations("CalleeList");
  const area = useRef<HTMLTextAreaElement | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [held, setHeld] = useState<Held | undefined>();
  /** The held text itself: in a ref, never in state or the DOM. */
  const heldText = useRef("");
  /** Text (and focus) for the box when it comes back: after "Edit as text", "Clear" or a small paste on the note. */
  const next = useRef<{ text: string; focus: boolean } | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const areaRef = useCallback((node: HTMLTextAreaElement | null) => {
    area.current = node;
    if (!node || !next.current) return;
    node.value = next.current.text;
    if (next.current.focus) node.focus();
    next.current = undefined;
  }, []);

  function schedule() {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onText(area.current?.value ?? ""), DEBOUNCE_MS);
  }

  function hold(text: string) {
    clearTimeout(timer.current);
    heldText.current = text;
    setHeld({ chars: text.length, editable: isEditable(text) });
    onHeldChange?.(true);
    onText(text);
  }

  /** Back to the box with `text` in it; `check` when the text is new (not the held one being edited). */
  function release(text: string, check: boolean) {
    next.current = { text, focus: true };
    heldText.current = "";
    setHeld(undefined);
    onHeldChange?.(false);
    if (check) onText(text);
  }

  /**
   * Holds `text` in a task of its own: the paste's task already carries the clipboard read (~10 ms for 1.5 MB), and
   * the re-render, the focus move and the hand-over to the worker would make it one long task. The debounce timer
   * is reused, so a check still pending from typing is replaced.
   */
  function holdSoon(text: string) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => hold(text), 0);
  }

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const box = event.currentTarget;
    const text = pasteInto(box.value, box.selectionStart, box.selectionEnd, event.clipboardData.getData("text/plain"));
    if (!shouldHold(text)) return;
    event.preventDefault();
    holdSoon(text);
  }

  function onDrop(event: DragEvent<HTMLTextAreaElement>) {
    const dropped = event.dataTransfer.getData("text/plain");
    const text = dropped ? dropInto(event.currentTarget.value, dropped) : "";
    if (!shouldHold(text)) return;
    event.preventDefault();
    holdSoon(text);
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
            clearTimeout(timer.current);
            if (held) release("", false);
            else if (area.current) {
              area.current.value = "";
              area.current.focus();
            }
            onText("");
          }}
        >
          {t("clear")}
        </button>
      </div>
      {held ? (
        <HeldText
          id={id}
          held={held}
          disabled={disabled}
          invalid={invalid}
          describedBy={describedBy}
          onEdit={() => release(heldText.current, false)}
          onPasted={(text) => (shouldHold(text) ? holdSoon(text) : release(text, true))}
          onBlur={onBlur}
        />
      ) : (
        <textarea
          ref={areaRef}
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
          onPaste={onPaste}
          onDrop={onDrop}
          onFocus={onFocus}
          onBlur={onBlur}
        />
      )}
    </div>
  );
}
