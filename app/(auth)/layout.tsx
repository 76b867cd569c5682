import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/language-switch";

/** Signed-out pages: no console navigation, just the product mark and the language switch. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <div className="flex justify-end px-4 py-3 sm:px-6">
        <LanguageSwitch />
      </div>
      <main id="main" className="flex flex-1 items-start justify-center px-4 pb-16 pt-8 sm:pt-16">
        {children}
      </main>
    </div>
  );
}
