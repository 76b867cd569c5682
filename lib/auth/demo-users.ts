/** Seeds accounts: the demo's (CONSOLE_DEMO=1, from lib/startup.ts) and the e2e server's. */

import { DEMO_CREDENTIALS } from "@/lib/config/ccc-env";
import type { Db } from "@/lib/db/client";
import { createUser, findUserByEmail } from "@/lib/db/users";
import type { DemoAccount } from "./demo-accounts";
import { hashPassword } from "./password";

/** Creates the accounts that do not exist yet (an existing one is left as the demo user changed it). */
export async function seedUsers(
  db: Db,
  accounts: readonly DemoAccount[],
  sdkAppIds: readonly number[] = DEMO_CREDENTIALS.sdkAppIds,
): Promise<string[]> {
  const created: string[] = [];
  for (const account of accounts) {
    if (await findUserByEmail(db, account.email)) continue;
    await createUser(db, {
      email: account.email,
      displayName: account.displayName,
      role: account.role,
      passwordHash: await hashPassword(account.password),
      sdkAppIds: account.sdkAppIds ?? sdkAppIds,
    });
    created.push(account.email);
  }
  return created;
}
