import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";
import { sessionMaxAgeSeconds } from "./settings";

const headers = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientIp", () => {
  it("takes the first hop only behind a trusted proxy", () => {
    expect(clientIp(headers("203.0.113.9, 10.0.0.2"), { TRUST_PROXY: "1" })).toBe("203.0.113.9");
    expect(clientIp(headers("203.0.113.9, 10.0.0.2"), {})).toBe("203.0.113.9, 10.0.0.2");
  });

  it("uses the address Next filled in, and a fixed key when there is none", () => {
    expect(clientIp(headers("127.0.0.1"), {})).toBe("127.0.0.1");
    expect(clientIp(headers(), {})).toBe("unknown");
    expect(clientIp(headers(" , x"), { TRUST_PROXY: "1" })).toBe("unknown");
  });

  it("bounds the key length", () => {
    expect(clientIp(headers("1".repeat(1000)), {})).toHaveLength(200);
  });
});

describe("sessionMaxAgeSeconds", () => {
  it("defaults to 8 hours and accepts sane values only", () => {
    expect(sessionMaxAgeSeconds({})).toBe(28_800);
    expect(sessionMaxAgeSeconds({ SESSION_MAX_AGE_SECONDS: "3600" })).toBe(3600);
    for (const bad of ["0", "-5", "1.5", "abc", "99999999"]) {
      expect(sessionMaxAgeSeconds({ SESSION_MAX_AGE_SECONDS: bad })).toBe(28_800);
    }
  });
});
