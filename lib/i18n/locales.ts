/** The console's languages. URLs carry no locale: the choice lives in a cookie (see resolve-locale.ts). */
export const locales = ["en", "zh-CN"] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "en";

/** next-intl's conventional cookie name, so its tooling and ours agree. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** A year: the choice is a preference, not a session. */
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

/** CCC's users work in mainland China; design.md makes this the default until users pick their own zone. */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
