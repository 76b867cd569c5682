/** Signs in once per role and stores the browser state the other projects start from. */
import { test as setup } from "./support/fixtures";
import { signIn } from "./support/sign-in";
import { E2E_USERS, storageStatePath } from "./support/users";

for (const role of ["admin", "supervisor", "viewer"] as const) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, E2E_USERS[role]);
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
