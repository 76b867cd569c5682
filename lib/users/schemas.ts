/**
 * Schemas of the user administration forms, shared by the browser (react-hook-form) and the server actions.
 * Messages are keys under the "Users.errors" messages namespace, so both sides show the same translated text.
 */
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Length first; then at least three of: lower case, upper case, digits, other characters. */
export function passwordStrengthOk(password: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  return classes >= 3;
}

export const ZUserId = z.uuid({ error: "invalidUser" });
export const ZTimeZone = z.string().trim().min(1, "timeZoneRequired").refine(isTimeZone, "timeZoneUnknown");
export const ZRole = z.enum(ROLES, { error: "roleRequired" });
export const ZUserSdkAppIds = z.array(z.number().int().positive()).max(100);

export const ZPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, "passwordTooShort")
  .max(MAX_PASSWORD_LENGTH, "passwordTooLong")
  .refine(passwordStrengthOk, "passwordWeak");

export const ZCreateUserInput = z.strictObject({
  email: z
    .string()
    .trim()
    .min(1, "emailRequired")
    .max(254, "emailInvalid")
    .pipe(z.email({ error: "emailInvalid" })),
  // An unpaired surrogate cannot be stored as UTF-8: PostgreSQL refused the insert, a 500 (found by the fuzzer).
  displayName: z
    .string()
    .trim()
    .min(1, "displayNameRequired")
    .max(100, "displayNameTooLong")
    .refine((name) => !/\p{Cs}/u.test(name), "displayNameInvalid"),
  role: ZRole,
  sdkAppIds: ZUserSdkAppIds,
  timeZone: ZTimeZone,
  password: ZPassword,
});
export type TCreateUserInput = z.infer<typeof ZCreateUserInput>;

export const ZUpdateUserInput = z.strictObject({
  userId: ZUserId,
  role: ZRole,
  sdkAppIds: ZUserSdkAppIds,
  timeZone: ZTimeZone,
});
export type TUpdateUserInput = z.infer<typeof ZUpdateUserInput>;

export const ZSetUserDisabledInput = z.strictObject({ userId: ZUserId, disabled: z.boolean() });
export type TSetUserDisabledInput = z.infer<typeof ZSetUserDisabledInput>;

export const ZResetUserPasswordInput = z.strictObject({ userId: ZUserId });
export type TResetUserPasswordInput = z.infer<typeof ZResetUserPasswordInput>;
