/**
 * The do-not-call actions' input schemas: the forms' own, with the numbers normalized again on the server (the
 * browser's normalization is a convenience; a server action is a public endpoint).
 */
import "server-only";
import { DEFAULT_REGION } from "@/lib/callees/constants";
import { normalizePhoneNumber } from "@/lib/callees/normalize-number";
import { calleesWireField } from "@/lib/callees/wire-field";
import { DO_NOT_CALL_ERRORS, MAX_IMPORT, ZAddDoNotCallForm, ZImportDoNotCallForm, ZPhoneText } from "./schemas";

/** The typed number as E.164, or the field error `phoneInvalid`. */
const ZPhoneE164 = ZPhoneText.transform((text, ctx) => {
  const outcome = normalizePhoneNumber(text, DEFAULT_REGION);
  if (outcome.ok) return outcome.e164;
  ctx.addIssue({ code: "custom", message: DO_NOT_CALL_ERRORS.phoneInvalid });
  return text;
});

export const addDoNotCallInputSchema = ZAddDoNotCallForm.extend({ phone: ZPhoneE164 });

/** The import's list as the wire string, re-normalized (any reject or more than MAX_IMPORT refused). */
export const importDoNotCallInputSchema = ZImportDoNotCallForm.extend({ numbers: calleesWireField(MAX_IMPORT) });
