/**
 * The sign-in check behind the Credentials provider, free of Next.js and Auth.js so it is tested directly.
 * Unknown account, wrong password and disabled account all give the same "invalid" answer in about the same time.
 */
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { UserRow } from "@/lib/db/schema";
import { findUserCredentials, normalizeEmail } from "@/lib/db/users";
import { MAX_PASSWORD_LENGTH, verifyDummyPassword, verifyPassword } from "./password";
import type { LoginThrottle } from "./throttle";

export const ZCredentials = z.object({
  email: z.string().trim().min(3).max(320),
  // No minimum beyond 1 here: the rule for new passwords lives in the CLI/admin form, not at the door.
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});
export type TCredentials = z.infer<typeof ZCredentials>;

export type CredentialsResult =
  | { ok: true; user: UserRow }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export interface CredentialsDeps {
  db: Db;
  throttle: LoginThrottle;
}

export async function checkCredentials(
  { db, throttle }: CredentialsDeps,
  input: unknown,
  ip: string,
): Promise<CredentialsResult> {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = { account: normalizeEmail(email), ip };

  // Checked before hashing: a throttled attacker gets no answer and costs no CPU.
  const wait = await throttle.blockedFor(keys);
  if (wait !== null) return { ok: false, reason: "throttled", retryAfterSeconds: wait };

  const user = await findUserCredentials(db, email);
  let valid = false;
  // A user without a password (single sign-on only) is refused like an unknown one, at the same cost.
  if (user?.passwordHash && !user.disabled) valid = await verifyPassword(user.passwordHash, password);
  else await verifyDummyPassword(password);

  if (!user || user.disabled || !valid) {
    await throttle.recordFailure(keys);
    return { ok: false, reason: "invalid" };
  }
  await throttle.recordSuccess(keys);
  return { ok: true, user };
}
