/** next-intl's per-request configuration (registered in next.config.js). Runs on the server for every render. */
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_TIME_ZONE, LOCALE_COOKIE, type Locale } from "./locales";
import { resolveLocale } from "./resolve-locale";

// Lazy per locale: a request loads only its own language's catalogue.
const catalogues = {
  en: () => import("@/messages/en"),
  "zh-CN": () => import("@/messages/zh-CN"),
} satisfies Record<Locale, () => Promise<{ default: unknown }>>;

export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
  const messages = (await catalogues[locale]()).default;
  return { locale, messages, timeZone: DEFAULT_TIME_ZONE };
});
