/**
 * Campaign modules are told apart by name: `*.server.ts` reaches CCC, the database or the server's callee
 * normalizer and starts with `import "server-only"`; every other module is browser-safe and imports no server
 * module at run time (types are fine: they are erased). See CODE_STYLE.md, "Campaign modules".
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.join(process.cwd(), "lib/campaigns");
const SERVER_MODULES = [
  "@/lib/db",
  "@/lib/ccc/server",
  "@/lib/log",
  "@/lib/audit/record",
  "@/lib/auth/session",
  "@/lib/callees/server",
  "@/lib/callees/wire-field",
  "@/lib/idempotency/run-once",
];

const modules = readdirSync(ROOT, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.startsWith("testing"))
  .sort();

/** Specifiers this module imports values from (`import type` and `import { type … }`-only lines excluded). */
function valueImports(source: string): string[] {
  const imports = [...source.matchAll(/^import (?!type )([^;]*?) from "([^"]+)";/gms)];
  return imports
    .filter(([, names = ""]) => !/^\{\s*(type \w+(,\s*)?)+\s*\}$/.test(names.trim()))
    .map(([, , specifier = ""]) => specifier);
}

describe("lib/campaigns modules", () => {
  it("finds the modules", () => expect(modules.length).toBeGreaterThan(20));

  it.each(modules)("%s: server-only exactly when named *.server.ts", (file) => {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    expect(/^import "server-only";$/m.test(source)).toBe(file.endsWith(".server.ts"));
  });

  it.each(modules.filter((file) => !file.endsWith(".server.ts")))("%s imports no server module", (file) => {
    const imports = valueImports(readFileSync(path.join(ROOT, file), "utf8"));
    expect(imports.filter((s) => s.endsWith(".server") || SERVER_MODULES.includes(s))).toEqual([]);
  });
});
