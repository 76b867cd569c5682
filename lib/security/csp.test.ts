import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { newNonce, pageContentSecurityPolicy, servedOverHttps } from "./csp";

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values.join(" ")];
    }),
  );

describe("newNonce", () => {
  it("is 128 random bits in base64, never repeated", () => {
    const nonces = Array.from({ length: 10_000 }, newNonce);
    for (const nonce of nonces.slice(0, 100)) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});

describe("pageContentSecurityPolicy", () => {
  it("allows scripts by nonce and 'strict-dynamic' only: no 'unsafe-inline', no 'unsafe-eval' in production", () => {
    const script = directives(pageContentSecurityPolicy("abc", { dev: false, https: false }))["script-src"];
    expect(script).toBe("'nonce-abc' 'strict-dynamic' 'self'");
  });

  it("asks for https upgrades only when served over https", () => {
    expect(pageContentSecurityPolicy("n", { dev: false, https: true })).toContain("upgrade-insecure-requests");
    expect(pageContentSecurityPolicy("n", { dev: false, https: false })).not.toContain("upgrade-insecure-requests");
    expect(servedOverHttps({ AUTH_URL: "https://console.example.com" })).toBe(true);
    expect(servedOverHttps({ AUTH_URL: "http://127.0.0.1:3000" })).toBe(false);
  });
});

describe("next.config.js's static policy (API answers, assets, anything the proxy does not see)", () => {
  it("has the pages' directives, with scripts from 'self' only and never inline", async () => {
    const require = createRequire(import.meta.url);
    const config = require(path.resolve(__dirname, "../../next.config.js")) as {
      headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]>;
    };
    const sent = (await config.headers()).flatMap((rule) => rule.headers);
    const staticPolicy = directives(sent.find((h) => h.key === "Content-Security-Policy")?.value ?? "");
    // Vitest runs with NODE_ENV=test, which next.config.js treats as dev.
    const { "script-src": pageScripts, ...page } = directives(
      pageContentSecurityPolicy("n", { dev: true, https: false }),
    );
    const { "script-src": staticScripts, ...rest } = staticPolicy;
    expect(rest).toEqual(page);
    expect(pageScripts).toContain("'nonce-n'");
    expect(staticScripts).toBe("'self' 'unsafe-eval'");
  });
});
