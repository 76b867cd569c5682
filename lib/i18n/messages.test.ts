import { describe, expect, it } from "vitest";
import en, { areas as enAreas } from "@/messages/en";
import zhCN, { areas as zhCNAreas } from "@/messages/zh-CN";

type Catalogue = { [key: string]: string | Catalogue };

/** Flattens a catalogue into "Namespace.key" → message. */
function flatten(catalogue: Catalogue, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [nested, message] of flatten(value, path)) entries.set(nested, message);
  }
  return entries;
}

/**
 * ICU argument names (`{name}`, `{count, plural, …}`) and rich-text tags (`<hint>`): a translation must use the same
 * ones as English, or values and markup silently go missing.
 */
function argumentNames(message: string): string[] {
  const args = [...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((match) => match[1] ?? "");
  const tags = [...message.matchAll(/<([A-Za-z]\w*)>/g)].map((match) => `<${match[1] ?? ""}>`);
  return [...new Set([...args, ...tags])].sort();
}

const catalogues = { en: flatten(en), "zh-CN": flatten(zhCN) };

describe("message catalogues", () => {
  it.each([
    ["en", enAreas],
    ["zh-CN", zhCNAreas],
  ] as const)("%s defines each namespace in one area file only", (_locale, areas) => {
    const owners = new Map<string, string[]>();
    for (const [area, catalogue] of Object.entries(areas)) {
      for (const namespace of Object.keys(catalogue)) owners.set(namespace, [...(owners.get(namespace) ?? []), area]);
    }
    const shared = [...owners].filter(([, areaNames]) => areaNames.length > 1);
    expect(shared).toEqual([]);
  });

  it("have exactly the same keys", () => {
    expect([...catalogues["zh-CN"].keys()].sort()).toEqual([...catalogues.en.keys()].sort());
  });

  it.each(Object.entries(catalogues))("%s has no empty messages", (_locale, messages) => {
    const empty = [...messages].filter(([, message]) => message.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("use the same ICU arguments and tags in every language", () => {
    const mismatches = [...catalogues.en]
      .filter(([key, message]) => {
        const translated = catalogues["zh-CN"].get(key) ?? "";
        return argumentNames(message).join() !== argumentNames(translated).join();
      })
      .map(([key]) => key);
    expect(mismatches).toEqual([]);
  });
});
