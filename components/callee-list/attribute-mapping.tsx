"use client";

import { useTranslations } from "next-intl";
import { hintClass, inputClass, labelClass } from "@/components/form/text-field";
import type { AttributeColumn, MappingError } from "@/lib/callees/attributes/types";
import type { SheetDescription } from "@/lib/callees/files/types";
import { CALLEE_ATTRIBUTE_LIMITS as L } from "@/lib/campaigns/wire-limits";
import { columnLetter } from "./list-model";

/** What the user chose for one extra column. */
export type ColumnUse = "ignore" | "uui" | "variable";
export type ColumnUses = Readonly<Record<number, ColumnUse>>;

/** The mapping the worker reads: each used column with its target, a variable named by the column's header. */
export function toAttributeColumns(uses: ColumnUses, description: SheetDescription): AttributeColumn[] {
  const out: AttributeColumn[] = [];
  for (const column of description.columns) {
    const use = uses[column.index] ?? "ignore";
    if (use === "uui") out.push({ column: column.index, target: "uui" });
    else if (use === "variable") out.push({ column: column.index, target: "variable", key: column.header ?? "" });
  }
  return out;
}

/**
 * One select per extra column of a file with a header row: ignore it, or send it as each callee's UUI or as a
 * variable named by the header. A mapping that cannot be sent says why, on the column it is about.
 */
export function AttributeMapping({
  id,
  description,
  phoneColumn,
  uses,
  error,
  disabled,
  onUse,
}: {
  id: string;
  description: SheetDescription;
  phoneColumn: number;
  uses: ColumnUses;
  error?: MappingError;
  disabled?: boolean;
  onUse: (column: number, use: ColumnUse) => void;
}) {
  const t = useTranslations("CalleeData");
  const extra = description.columns.filter((c) => c.index !== phoneColumn);
  if (!description.hasHeader || extra.length === 0) return null;
  return (
    <fieldset className="space-y-2 sm:col-span-2" data-testid="attribute-mapping">
      <legend className={labelClass}>{t("mappingTitle")}</legend>
      <p className={hintClass}>
        {t("mappingHint", { variables: L.variablesMax, uui: L.uuiMax, value: L.variableValueMax })}
      </p>
      {extra.map((column) => {
        const selectId = `${id}-map-${column.index}`;
        const header = column.header || t("noHeader");
        const wrong = error?.column === column.index;
        return (
          <div key={column.index} className="grid items-center gap-2 sm:grid-cols-[14rem_1fr]">
            <label htmlFor={selectId} className="text-sm text-ink">
              {t("columnLabel", { letter: columnLetter(column.index), header })}
            </label>
            <select
              id={selectId}
              className={inputClass}
              disabled={disabled}
              value={uses[column.index] ?? "ignore"}
              aria-invalid={wrong || undefined}
              aria-describedby={wrong ? `${id}-mapping-error` : undefined}
              onChange={(event) => onUse(column.index, event.target.value as ColumnUse)}
            >
              <option value="ignore">{t("ignore")}</option>
              <option value="uui">{t("uui")}</option>
              <option value="variable">{t("variable", { name: header })}</option>
            </select>
          </div>
        );
      })}
      {error ? (
        <p id={`${id}-mapping-error`} role="alert" className="text-sm font-medium text-danger">
          {t(`mappingErrors.${error.code}`, {
            letter: columnLetter(error.column),
            header: description.columns[error.column]?.header ?? "",
          })}
        </p>
      ) : null}
    </fieldset>
  );
}
