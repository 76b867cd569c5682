import { describe, expect, it } from "vitest";
import { parseAcceptLanguage, resolveLocale } from "./resolve-locale";

describe("resolveLocale", () => {
  it("prefers a valid cookie over Accept-Language", () => {
    expect(resolveLocale("zh-CN", "en-US,en;q=0.9")).toBe("zh-CN");
    expect(resolveLocale("en", "zh-CN,zh;q=0.9")).toBe("en");
  });

  it("ignores an unknown cookie value", () => {
    expect(resolveLocale("fr", "zh-TW")).toBe("zh-CN");
  });

  it("maps every Chinese variant to Simplified Chinese", () => {
    for (const header of ["zh", "zh-CN", "zh-TW", "zh-Hans-CN", "ZH-hk"]) {
      expect(resolveLocale(undefined, header)).toBe("zh-CN");
    }
  });

  it("takes the most preferred supported language", () => {
    expect(resolveLocale(undefined, "fr-FR, en;q=0.5, zh;q=0.8")).toBe("zh-CN");
    expect(resolveLocale(undefined, "de, en-GB;q=0.9")).toBe("en");
  });

  it("falls back to English", () => {
    expect(resolveLocale(undefined, undefined)).toBe("en");
    expect(resolveLocale(undefined, "")).toBe("en");
    expect(resolveLocale(undefined, "fr, de;q=0.9")).toBe("en");
    expect(resolveLocale(undefined, "zh;q=0")).toBe("en");
  });
});

describe("parseAcceptLanguage", () => {
  it("orders by quality and keeps header order on ties", () => {
    expect(parseAcceptLanguage("a;q=0.5, b, c;q=0.5, d;q=abc").map((range) => range.tag)).toEqual(["b", "a", "c"]);
  });
});
