/**
 * The do-not-call page's form schemas, used by the browser and (extended in input-schemas.server.ts) by the actions.
 * Messages are keys under DoNotCall.errors (messages/<locale>/do-not-call.json).
 */
import { z } from "zod";
import { DEFAULT_MAX_CALLEES } from "@/lib/callees/constants";
import { calleesField } from "@/lib/callees/form-schema";
import { WIRE_BYTES_PER_NUMBER } from "@/lib/callees/wire";
import { ZSdkAppId } from "@/lib/ccc/actions/common";

export const MAX_NOTE_CHARS = 200;
/** Numbers one remove may name (the page removes one at a time; a larger batch is an import's job). */
export const MAX_REMOVE = 100;
/** Numbers one import may add: the same ceiling as a campaign's callee list. */
export const MAX_IMPORT = DEFAULT_MAX_CALLEES;

export const DO_NOT_CALL_ERRORS = {
  phoneRequired: "phoneRequired",
  phoneInvalid: "phoneInvalid",
  noteTooLong: "noteTooLong",
  noteInvalid: "noteInvalid",
} as const;

const E164 = /^\+[1-9]\d{1,14}$/;

/** A number as typed: digits with the usual punctuation; the server normalizes it to E.164. */
export const ZPhoneText = z
  .string()
  .trim()
  .min(1, DO_NOT_CALL_ERRORS.phoneRequired)
  .max(40, DO_NOT_CALL_ERRORS.phoneInvalid)
  .regex(/^[+0-9０-９\s\-().]+$/, DO_NOT_CALL_ERRORS.phoneInvalid);

/**
 * PostgreSQL text holds neither a NUL character nor an unpaired surrogate (it refused the insert: an "internal"
 * error, found by the HTTP fuzzer); neither is anything a person types.
 */
export const ZNote = z
  .string()
  .trim()
  .max(MAX_NOTE_CHARS, DO_NOT_CALL_ERRORS.noteTooLong)
  .refine((note) => !note.includes("\u0000") && !/\p{Cs}/u.test(note), DO_NOT_CALL_ERRORS.noteInvalid);

export const ZAddDoNotCallForm = z.strictObject({ sdkAppId: ZSdkAppId, phone: ZPhoneText, note: ZNote });
export type TAddDoNotCallForm = z.infer<typeof ZAddDoNotCallForm>;

export const ZRemoveDoNotCallInput = z.strictObject({
  sdkAppId: ZSdkAppId,
  phones: z.array(z.string().regex(E164, DO_NOT_CALL_ERRORS.phoneInvalid)).min(1).max(MAX_REMOVE),
});
export type TRemoveDoNotCallInput = z.infer<typeof ZRemoveDoNotCallInput>;

/** The import form: the normalized list from the callee list input (the same reader and checks as campaigns). */
export const ZImportDoNotCallForm = z.strictObject({
  sdkAppId: ZSdkAppId,
  numbers: calleesField(MAX_IMPORT),
  note: ZNote,
});
export type TImportDoNotCallForm = z.infer<typeof ZImportDoNotCallForm>;

/** A campaign form asking which of its numbers are listed (the wire form, E.164 joined with "\n"). */
export const ZCheckDoNotCallInput = z.strictObject({
  sdkAppId: ZSdkAppId,
  callees: z.string().max(DEFAULT_MAX_CALLEES * WIRE_BYTES_PER_NUMBER),
});
