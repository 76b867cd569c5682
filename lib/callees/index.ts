/**
 * Callee and caller lists: parse pasted text or a spreadsheet column, normalize to E.164, dedupe, report rejects.
 * Browser-safe (no DOM, no Node APIs): the UI runs `normalizeCallees` in a Web Worker. Server actions use
 * `normalizeCalleesOnServer` from "./server"; spreadsheet reading lives in "./files".
 */
export {
  DEFAULT_MAX_CALLEES,
  DEFAULT_MAX_REJECTED_DETAILS,
  DEFAULT_REGION,
  DEFAULT_REJECT_MESSAGES,
  MAX_ENTRY_CHARS,
} from "./constants";
export {
  CALLEE_FIELD_ERRORS,
  type CalleeFieldError,
  calleesField,
  callersField,
  isCalleeFieldError,
  MAX_CALLERS,
} from "./form-schema";
export { type NumberOutcome, normalizePhoneNumber } from "./normalize-number";
export { normalizeCallees, transferablesOf } from "./pipeline";
export { csvField, guardFormula, type RejectCsvOptions, rejectedToCsv } from "./reject-csv";
export { MIN_STANDALONE_DIGITS } from "./split";
export {
  type CalleeInput,
  type CalleeListResult,
  type CellColumn,
  type NormalizeOptions,
  type ProgressCallback,
  REJECT_REASONS,
  type RejectedEntry,
  type RejectReason,
} from "./types";
export {
  ACTION_BODY_LIMIT_BYTES,
  CALLEES_BODY_BUDGET_BYTES,
  estimateCccCalleesBytes,
  estimateWireBytes,
  fitsActionBody,
  fromWire,
  TC3_MAX_BODY_BYTES,
  toWire,
} from "./wire";
