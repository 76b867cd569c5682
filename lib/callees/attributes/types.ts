/** Per-callee data (CCC's CalleeAttributes) as the console handles it: camelCase, one entry per callee with data. */

export interface CalleeVariable {
  key: string;
  value: string;
}

/** A callee's own UUI and variables (both optional, never both absent). */
export interface RowAttributes {
  uui?: string;
  variables?: CalleeVariable[];
}

/** One callee's data, keyed by its normalized number (E.164). */
export interface CalleeAttribute extends RowAttributes {
  callee: string;
}

/** What an extra column of an imported file holds: the callee's UUI, or one named variable. */
export type AttributeColumn = { column: number; target: "uui" } | { column: number; target: "variable"; key: string };

/** Why a column mapping cannot be used. */
export type MappingErrorCode = "uuiTwice" | "keyInvalid" | "keyTwice" | "variablesMany" | "phoneColumn";

export interface MappingError {
  code: MappingErrorCode;
  /** The 0-based column the problem is about. */
  column: number;
}

/** Why a set of attributes is refused (form and action schemas; keys under `CalleeList.errors`). */
export type AttributeErrorCode =
  | "attributeCalleeUnknown"
  | "attributeCalleeTwice"
  | "attributeUuiLong"
  | "attributeVariablesMany"
  | "attributeKeyInvalid"
  | "attributeValueLong"
  | "attributeEmpty";
