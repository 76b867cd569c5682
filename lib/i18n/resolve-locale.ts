import { defaultLocale, isLocale, type Locale } from "./locales";

interface LanguageRange {
  tag: string;
  quality: number;
}

/** Parses an Accept-Language header into ranges, most preferred first; malformed entries are skipped. */
export function parseAcceptLanguage(header: string | null | undefined): LanguageRange[] {
  if (!header) return [];
  const ranges: LanguageRange[] = [];
  for (const part of header.split(",")) {
    const [rawTag, ...params] = part.trim().split(";");
    const tag = rawTag?.trim().toLowerCase();
    if (!tag) continue;
    let quality = 1;
    for (const param of params) {
      const [key, value] = param.trim().split("=");
      if (key?.trim() === "q") quality = Number(value);
    }
    if (!Number.isFinite(quality) || quality <= 0 || quality > 1) continue;
    ranges.push({ tag, quality });
  }
  // Array.prototype.sort is stable, so equal qualities keep the header's order.
  return ranges.sort((a, b) => b.quality - a.quality);
}

function localeForTag(tag: string): Locale | undefined {
  // Every Chinese variant (zh, zh-TW, zh-Hans-CN…) gets Simplified Chinese: it is the only Chinese we ship.
  if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
  if (tag === "en" || tag.startsWith("en-")) return "en";
  return undefined;
}

/**
 * The request's locale: a valid `NEXT_LOCALE` cookie wins; otherwise the first Accept-Language range we support;
 * otherwise English.
 */
export function resolveLocale(cookieValue: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  for (const { tag } of parseAcceptLanguage(acceptLanguage)) {
    const locale = localeForTag(tag);
    if (locale) return locale;
  }
  return defaultLocale;
}
