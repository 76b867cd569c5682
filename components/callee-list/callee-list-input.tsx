"use client";

/**
 * The callee list input of both campaign forms: paste or upload (.csv / .xlsx), checked in a Web Worker, with a
 * report (counts, every rejected line, a CSV of them) and a virtualized preview. The form's value is the
 * normalized, deduplicated E.164 list; the server checks it again.
 */
import { useTranslations } from "next-intl";
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { FieldError, hintClass, labelClass } from "@/components/form/text-field";
import type { CalleeAttribute, MappingError } from "@/lib/callees/attributes/types";
import { DEFAULT_MAX_CALLEES, DEFAULT_REGION } from "@/lib/callees/constants";
import { DEFAULT_FILE_LIMITS, type SheetDescription } from "@/lib/callees/files/types";
import type { CalleeWorkerErrorCode } from "@/lib/callees/worker/protocol";
import { AttributeMapping, type ColumnUse, type ColumnUses, toAttributeColumns } from "./attribute-mapping";
import { AttributePreview } from "./attribute-preview";
import { BusyLine } from "./busy-line";
import { FileError } from "./file-error";
import { type FileChoice, FilePanel } from "./file-panel";
import { attributesValueOf, type CheckedList, checkedFromPrefill, checkedFromResult, formValueOf } from "./list-model";
import { ListReport } from "./list-report";
import { PastePanel } from "./paste-panel";
import { type Progress, useCalleeWorker } from "./use-callee-worker";

export interface CalleeListInputProps {
  id: string;
  label: ReactNode;
  /** Normalized E.164 numbers, deduplicated, in first-occurrence order: the form's value. */
  value: string[];
  onChange: (numbers: string[]) => void;
  onBlur?: () => void;
  /** Per-campaign maximum, shown to the user. */
  max?: number;
  /** ISO region for national numbers (default CN). */
  defaultRegion?: string;
  /** Translated error from the form (schema or CCC). */
  error?: string;
  disabled?: boolean;
  /** Shown above the input when `value` was prefilled (e.g. "the list last sent on …"). */
  prefillNote?: ReactNode;
  /**
   * Per-callee data (CCC's CalleeAttributes) travelling with the list: given, a file's extra columns can be mapped
   * to each callee's UUI and variables, and every new list replaces `value` with its own data (none for a paste).
   */
  attributes?: { value: CalleeAttribute[]; onChange: (attributes: CalleeAttribute[]) => void };
}

type Mode = "paste" | "file";
const MODES: Mode[] = ["paste", "file"];

export function CalleeListInput({
  id,
  label,
  value,
  onChange,
  onBlur,
  max = DEFAULT_MAX_CALLEES,
  defaultRegion = DEFAULT_REGION,
  error,
  disabled,
  prefillNote,
  attributes,
}: CalleeListInputProps) {
  const t = useTranslations("CalleeList");
  const { send, warm } = useCalleeWorker({ warmWhenIdle: true });
  const [mode, setMode] = useState<Mode>("paste");
  const [list, setList] = useState<CheckedList | undefined>(() =>
    value.length > 0 ? checkedFromPrefill(value, max, attributes?.value) : undefined,
  );
  const [busy, setBusy] = useState<Progress | undefined>();
  const [failure, setFailure] = useState<CalleeWorkerErrorCode | undefined>();
  const [file, setFile] = useState<{ name: string; size: number } | undefined>();
  const [description, setDescription] = useState<SheetDescription | undefined>();
  const [choice, setChoice] = useState<FileChoice | undefined>();
  const [pasteHeld, setPasteHeld] = useState(false);
  const [uses, setUses] = useState<ColumnUses>({});
  const [mappingError, setMappingError] = useState<MappingError | undefined>();
  const tabs = useRef<Record<Mode, HTMLButtonElement | null>>({ paste: null, file: null });
  const prefilled = useRef(value.length > 0);
  /** Counts list checks (paste or column); only the latest one's answer is shown. */
  const listCall = useRef(0);

  // A form that loads its prefill after mounting (e.g. the list last sent) still shows it.
  useEffect(() => {
    if (!list && value.length > 0 && !prefilled.current) {
      prefilled.current = true;
      setList(checkedFromPrefill(value, max, attributes?.value));
    }
  }, [list, value, max, attributes?.value]);

  const options = { defaultRegion, max };
  const progress = (update: Progress) => setBusy(update);

  function apply(next: CheckedList | undefined) {
    // From now on the form's value is the user's list, never a late prefill: a cleared list must not come back as
    // "Current list" while the form still holds the old value for a frame.
    prefilled.current = true;
    setList(next);
    // The form's update (react-hook-form copies the array, the form re-renders) runs as its own task once the
    // report has been painted, so the report never waits for it and neither makes one long task of both.
    const value = formValueOf(next);
    const data = attributesValueOf(next);
    requestAnimationFrame(() =>
      setTimeout(() => {
        onChange(value);
        attributes?.onChange(data);
      }, 0),
    );
  }

  async function checkText(text: string) {
    setFailure(undefined);
    // Clearing the box also outdates a check still running (its answer must not bring the old list back).
    const call = ++listCall.current;
    if (text.trim() === "") {
      setBusy(undefined);
      return apply(undefined);
    }
    setBusy({ type: "progress", id: 0, phase: "normalizing", done: 0, total: 0 });
    const answer = await send({ type: "paste", text, options }, progress);
    if (answer.type === "stale" || call !== listCall.current) return;
    setBusy(undefined);
    if (answer.type === "result") apply(checkedFromResult("paste", answer.result, max, answer.elapsedMs));
    else if (answer.type === "failed") setFailure(answer.error.code);
  }

  async function checkColumn(next: FileChoice, sheet = description, columnUses = uses) {
    setChoice(next);
    setMappingError(undefined);
    const call = ++listCall.current;
    setBusy({ type: "progress", id: 0, phase: "normalizing", done: 0, total: 0 });
    const mapped = attributes && sheet?.hasHeader ? toAttributeColumns(columnUses, sheet) : undefined;
    const answer = await send({ type: "column", ...next, options, attributes: mapped }, progress);
    if (answer.type === "stale" || call !== listCall.current) return;
    setBusy(undefined);
    if (answer.type === "result") apply(checkedFromResult("file", answer.result, max, answer.elapsedMs));
    else if (answer.type === "failed") setFailure(answer.error.code);
    else if (answer.type === "unmapped") {
      // Nothing is handed to the form while the mapping cannot be sent: saving would drop or misplace the data.
      setMappingError(answer.mapping);
      apply(undefined);
    }
  }

  function onUse(column: number, use: ColumnUse) {
    const next = { ...uses, [column]: use };
    setUses(next);
    if (choice) void checkColumn(choice, description, next);
  }

  function described(next: SheetDescription, keepColumn?: number) {
    setDescription(next);
    if (next.columns.length === 0) return setFailure("empty_file");
    const sheet = Math.max(0, next.sheets.indexOf(next.sheet));
    const column =
      keepColumn !== undefined && keepColumn < next.columns.length ? keepColumn : (next.suggestedColumn ?? 0);
    return checkColumn({ sheet, column, hasHeader: next.hasHeader }, next);
  }

  async function describeAgain(request: { sheet: number; hasHeader?: boolean }, keepColumn?: number) {
    setFailure(undefined);
    setBusy({ type: "progress", id: 0, phase: "reading", done: 0, total: 0 });
    const answer = await send({ type: "describe", ...request });
    if (answer.type === "stale") return;
    setBusy(undefined);
    if (answer.type === "described") await described(answer.description, keepColumn);
    else if (answer.type === "failed") setFailure(answer.error.code);
  }

  async function onFile(chosen: File) {
    setFailure(undefined);
    setDescription(undefined);
    setChoice(undefined);
    setUses({});
    setFile({ name: chosen.name, size: chosen.size });
    // Refused before reading a byte: the readers would say the same, after copying the file into memory.
    if (chosen.size === 0) return setFailure("empty_file");
    if (chosen.size > DEFAULT_FILE_LIMITS.maxBytes) return setFailure("file_too_large");
    setBusy({ type: "progress", id: 0, phase: "reading", done: 0, total: chosen.size });
    const answer = await send({ type: "file", buffer: await chosen.arrayBuffer() }, progress);
    if (answer.type === "stale") return;
    setBusy(undefined);
    if (answer.type === "described") await described(answer.description);
    else if (answer.type === "failed") setFailure(answer.error.code);
  }

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    const jump = event.key === "Home" ? MODES[0] : event.key === "End" ? MODES[MODES.length - 1] : undefined;
    const next = jump ?? (step ? MODES[(MODES.indexOf(mode) + step + MODES.length) % MODES.length] : undefined);
    if (!next) return;
    event.preventDefault();
    setMode(next);
    tabs.current[next]?.focus();
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, error ? errorId : undefined].filter(Boolean).join(" ");

  return (
    <div data-testid="callee-list-input">
      {/* The paste box carries the field's id and label, so `#id` and getByLabel(label) reach the text. While a
          large paste is held as data the box is gone, and the note standing in for it is labelled by this label. */}
      <label id={`${id}-label`} htmlFor={pasteHeld ? undefined : id} className={labelClass}>
        {label}
      </label>
      {prefillNote && list?.source === "prefill" ? (
        <div className="mt-1 rounded-md border border-line bg-accent-soft px-3 py-2 text-sm text-ink">
          {prefillNote}
        </div>
      ) : null}
      <p id={hintId} className={hintClass}>
        {t("maxHint", { max, region: defaultRegion })}
      </p>

      <div role="tablist" aria-label={t("modes")} className="mt-2 inline-flex rounded-md border border-line-strong">
        {MODES.map((m) => (
          <button
            key={m}
            ref={(node) => {
              tabs.current[m] = node;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${m}`}
            aria-selected={mode === m}
            aria-controls={`${id}-panel-${m}`}
            tabIndex={mode === m ? 0 : -1}
            disabled={disabled}
            onClick={() => setMode(m)}
            onKeyDown={onTabKey}
            className={`px-3 py-1.5 text-sm font-medium first:rounded-l-md last:rounded-r-md ${
              mode === m ? "bg-accent text-white" : "bg-surface text-ink hover:bg-canvas"
            }`}
          >
            {t(m === "paste" ? "modePaste" : "modeFile")}
          </button>
        ))}
      </div>

      <div
        role="tabpanel"
        id={`${id}-panel-paste`}
        aria-labelledby={`${id}-tab-paste`}
        hidden={mode !== "paste"}
        className="mt-3"
      >
        <PastePanel
          id={id}
          disabled={disabled}
          describedBy={describedBy}
          invalid={Boolean(error)}
          onText={(text) => void checkText(text)}
          onBlur={onBlur}
          onHeldChange={setPasteHeld}
          onFocus={warm}
        />
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel-file`}
        aria-labelledby={`${id}-tab-file`}
        hidden={mode !== "file"}
        className="mt-3"
      >
        <FilePanel
          id={id}
          disabled={disabled}
          describedBy={error ? errorId : undefined}
          file={file}
          description={description}
          choice={choice}
          onFile={(chosen) => void onFile(chosen)}
          onSheet={(sheet) => void describeAgain({ sheet })}
          onHeader={(hasHeader) => choice && void describeAgain({ sheet: choice.sheet, hasHeader }, choice.column)}
          onColumn={(column) => choice && void checkColumn({ ...choice, column })}
          onBlur={onBlur}
        />
        {attributes && description && choice ? (
          <AttributeMapping
            id={id}
            description={description}
            phoneColumn={choice.column}
            uses={uses}
            error={mappingError}
            disabled={disabled}
            onUse={onUse}
          />
        ) : null}
      </div>

      {busy ? <BusyLine progress={busy} /> : null}
      {failure ? <FileError code={failure} /> : null}
      <FieldError id={errorId} message={error} />
      {list && !busy ? <ListReport id={id} list={list} max={max} /> : null}
      {list && !busy ? <AttributePreview id={id} attributes={list.attributes} /> : null}
    </div>
  );
}
