// Types every `t("…")` key and `useLocale()` against the English catalogue, so a typo fails typecheck.
import type en from "@/messages/en";
import type { Locale } from "./locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
