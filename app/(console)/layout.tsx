import type { ReactNode } from "react";
import { ConsoleHeader } from "@/components/console-header";
import { SkipLink } from "@/components/skip-link";
import { visibleAppIds } from "@/lib/auth/roles";
import { requireSessionUser } from "@/lib/auth/session";
import { cccConfig } from "@/lib/ccc/server";

function configuredAppIds(): readonly number[] {
  try {
    return cccConfig().sdkAppIds;
  } catch {
    // The page itself reports a bad CCC configuration; the header just shows no app.
    return [];
  }
}

/** Every console page is signed-in only: the proxy redirects early, this re-checks against the database. */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await requireSessionUser();
  return (
    <>
      <SkipLink />
      <ConsoleHeader user={user} appIds={visibleAppIds(user, configuredAppIds())} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-console px-4 py-8 outline-none sm:px-6">
        {children}
      </main>
    </>
  );
}
