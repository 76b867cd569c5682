import type { ReactNode } from "react";
import { ConsoleHeader } from "@/components/console-header";
import { SkipLink } from "@/components/skip-link";

export default function ConsoleLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <ConsoleHeader />
      <main id="main" tabIndex={-1} className="mx-auto max-w-console px-4 py-8 outline-none sm:px-6">
        {children}
      </main>
    </>
  );
}
