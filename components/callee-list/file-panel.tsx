"use client";

import { useLocale, useTranslations } from "next-intl";
import { hintClass, inputClass, labelClass } from "@/components/form/text-field";
import { DEFAULT_FILE_LIMITS, type SheetDescription } from "@/lib/callees/files/types";
import { downloadText } from "./download";
import { columnLetter, formatBytes, TEMPLATE_CSV } from "./list-model";
import { linkButtonClass } from "./styles";

export const ACCEPTED_FILES =
  ".csv,.txt,.tsv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface FileChoice {
  sheet: number;
  column: number;
  hasHeader: boolean;
}

/**
 * The upload side: the file input, the template, and once the worker has read the file, the sheet, header and
 * column choices (each change re-reads the column in the worker).
 */
export function FilePanel({
  id,
  disabled,
  describedBy,
  file,
  description,
  choice,
  onFile,
  onSheet,
  onHeader,
  onColumn,
  onBlur,
}: {
  id: string;
  disabled?: boolean;
  describedBy?: string;
  file?: { name: string; size: number };
  description?: SheetDescription;
  choice?: FileChoice;
  onFile: (file: File) => void;
  onSheet: (sheet: number) => void;
  onHeader: (hasHeader: boolean) => void;
  onColumn: (column: number) => void;
  onBlur?: () => void;
}) {
  const t = useTranslations("CalleeList");
  const locale = useLocale();
  const maxSize = formatBytes(DEFAULT_FILE_LIMITS.maxBytes, locale);
  const columnText = (index: number) => {
    const column = description?.columns[index];
    const letter = columnLetter(index);
    const name = column?.header ? t("columnHeader", { letter, header: column.header }) : t("columnName", { letter });
    return t("columnOption", { name, sample: column?.sample.slice(0, 2).join(", ") || t("noSample") });
  };

  return (
    <div className="space-y-3">
      <div>
        <label htmlFor={`${id}-file`} className={labelClass}>
          {t("fileLabel")}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept={ACCEPTED_FILES}
          disabled={disabled}
          aria-describedby={[`${id}-file-hint`, describedBy].filter(Boolean).join(" ")}
          className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-accent-soft file:px-2 file:py-1 file:text-accent`}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen) onFile(chosen);
          }}
          onBlur={onBlur}
        />
        <p id={`${id}-file-hint`} className={hintClass}>
          {t("fileHint", { size: maxSize })}{" "}
          <button
            type="button"
            className={linkButtonClass}
            onClick={() => downloadText(TEMPLATE_CSV, t("templateFile"), "text/csv;charset=utf-8")}
          >
            {t("template")}
          </button>
        </p>
        {file ? (
          <p className={hintClass} data-testid="callee-file-name">
            {t("fileChosen", { name: file.name, size: formatBytes(file.size, locale) })}
          </p>
        ) : null}
      </div>

      {description && choice ? (
        <div className="grid gap-3 sm:grid-cols-2">
          {description.sheets.length > 1 ? (
            <div>
              <label htmlFor={`${id}-sheet`} className={labelClass}>
                {t("sheet")}
              </label>
              <select
                id={`${id}-sheet`}
                className={inputClass}
                disabled={disabled}
                value={choice.sheet}
                onChange={(event) => onSheet(Number(event.target.value))}
              >
                {description.sheets.map((name, index) => (
                  <option key={name} value={index}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {description.columns.length > 1 ? (
            <div className="sm:col-span-2">
              <label htmlFor={`${id}-column`} className={labelClass}>
                {t("column")}
              </label>
              <select
                id={`${id}-column`}
                className={inputClass}
                disabled={disabled}
                value={choice.column}
                onChange={(event) => onColumn(Number(event.target.value))}
              >
                {description.columns.map((column) => (
                  <option key={column.index} value={column.index}>
                    {columnText(column.index)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <label className="flex items-center gap-2 text-sm text-ink sm:col-span-2">
            <input
              type="checkbox"
              id={`${id}-header`}
              checked={choice.hasHeader}
              disabled={disabled}
              onChange={(event) => onHeader(event.target.checked)}
            />
            {t("hasHeader")}
          </label>
        </div>
      ) : null}
    </div>
  );
}
