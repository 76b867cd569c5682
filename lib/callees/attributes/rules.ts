/**
 * The limits on per-callee data (CALLEE_ATTRIBUTE_LIMITS), checked the same way wherever the data is: a file's
 * column mapping and each of its rows in the worker, the whole set in the form and action schemas. Pure and
 * browser-safe; the emulator applies the same limits to CCC's wire names.
 */
import { CALLEE_ATTRIBUTE_LIMITS as L } from "../../campaigns/wire-limits";
import type { RejectReason } from "../types";
import type {
  AttributeColumn,
  AttributeErrorCode,
  CalleeAttribute,
  CalleeVariable,
  MappingError,
  RowAttributes,
} from "./types";

export function isVariableKey(key: string): boolean {
  return key.length > 0 && key.length <= L.variableKeyMax && L.variableKeyPattern.test(key);
}

/** The first problem of a column mapping (read in column order), or null when it can be used. */
export function checkMapping(mapping: readonly AttributeColumn[], phoneColumn: number): MappingError | null {
  let uui = false;
  const keys = new Set<string>();
  for (const entry of mapping) {
    const { column } = entry;
    if (column === phoneColumn) return { code: "phoneColumn", column };
    if (entry.target === "uui") {
      if (uui) return { code: "uuiTwice", column };
      uui = true;
      continue;
    }
    if (!isVariableKey(entry.key)) return { code: "keyInvalid", column };
    if (keys.has(entry.key)) return { code: "keyTwice", column };
    keys.add(entry.key);
    if (keys.size > L.variablesMax) return { code: "variablesMany", column };
  }
  return null;
}

/**
 * One row's data under a valid mapping: empty cells are left out (a callee without a value keeps none), and a
 * value over its limit rejects the row with the reason. Null when the row has no data at all.
 */
export function rowAttributes(
  cells: readonly (string | undefined)[],
  mapping: readonly AttributeColumn[],
): { ok: true; value: RowAttributes | null } | { ok: false; reason: RejectReason } {
  let uui: string | undefined;
  const variables: CalleeVariable[] = [];
  for (const entry of mapping) {
    const cell = (cells[entry.column] ?? "").trim();
    if (cell === "") continue;
    if (entry.target === "uui") {
      if (cell.length > L.uuiMax) return { ok: false, reason: "uui_too_long" };
      uui = cell;
    } else {
      if (cell.length > L.variableValueMax) return { ok: false, reason: "variable_value_too_long" };
      variables.push({ key: entry.key, value: cell });
    }
  }
  if (uui === undefined && variables.length === 0) return { ok: true, value: null };
  const value: RowAttributes = {};
  if (uui !== undefined) value.uui = uui;
  if (variables.length > 0) value.variables = variables;
  return { ok: true, value };
}

function attributeProblem(attribute: CalleeAttribute): AttributeErrorCode | null {
  const { uui, variables } = attribute;
  if (uui === undefined && (variables === undefined || variables.length === 0)) return "attributeEmpty";
  if (uui !== undefined && uui.length > L.uuiMax) return "attributeUuiLong";
  if (!variables) return null;
  if (variables.length > L.variablesMax) return "attributeVariablesMany";
  const keys = new Set<string>();
  for (const { key, value } of variables) {
    if (!isVariableKey(key) || keys.has(key)) return "attributeKeyInvalid";
    keys.add(key);
    if (value.length > L.variableValueMax) return "attributeValueLong";
  }
  return null;
}

/**
 * The first problem of a campaign's per-callee data against its callee list, or null: every attribute names a
 * callee of the list, at most once, within the limits. One answer for the whole set, so 100,000 bad entries give
 * one message, not 100,000.
 */
export function checkAttributes(
  attributes: readonly CalleeAttribute[],
  callees: readonly string[],
): { code: AttributeErrorCode; index: number } | null {
  if (attributes.length === 0) return null;
  const listed = new Set(callees);
  const seen = new Set<string>();
  for (let index = 0; index < attributes.length; index++) {
    const attribute = attributes[index] as CalleeAttribute;
    if (!listed.has(attribute.callee)) return { code: "attributeCalleeUnknown", index };
    if (seen.has(attribute.callee)) return { code: "attributeCalleeTwice", index };
    seen.add(attribute.callee);
    const problem = attributeProblem(attribute);
    if (problem) return { code: problem, index };
  }
  return null;
}
