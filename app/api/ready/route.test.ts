/**
 * The probe routes as a load balancer sees them: no session, a status code, and a body with nothing but the
 * status and which checks passed. The database is the real process-wide one (a fresh embedded PGlite).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CREDENTIALS } from "@/lib/config/ccc-env";
import { closeDatabase } from "@/lib/db/client";
import { freshPgliteDir } from "@/lib/db/test-support/test-db";
import { GET as health } from "../health/route";
import { GET as ready } from "./route";

const CCC_ENV = {
  TENCENTCLOUD_SECRET_ID: DEMO_CREDENTIALS.secretId,
  TENCENTCLOUD_SECRET_KEY: DEMO_CREDENTIALS.secretKey,
  CCC_SDK_APP_ID: "1400000001",
};
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  for (const name of [...Object.keys(CCC_ENV), "PGLITE_DATA_DIR", "DATABASE_URL"]) saved[name] = process.env[name];
  Object.assign(process.env, CCC_ENV, { PGLITE_DATA_DIR: await freshPgliteDir() });
  delete process.env.DATABASE_URL;
}, 60_000);

afterAll(async () => {
  await closeDatabase();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("GET /api/health", () => {
  it("answers 200 with only a status, never cached", async () => {
    const response = health();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("GET /api/ready", () => {
  it("answers 200 when the database is migrated and the CCC settings are valid", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      status: "ready",
      checks: { database: "ok", migrations: "ok", cccConfig: "ok" },
    });
  });

  it("answers 503 naming the failed check, without the reason or any setting, when CCC settings are invalid", async () => {
    process.env.TENCENTCLOUD_SECRET_KEY = "";
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({
        status: "not_ready",
        checks: { database: "ok", migrations: "ok", cccConfig: "failed" },
      });
      expect(text).not.toContain("TENCENTCLOUD");
      expect(text).not.toContain(DEMO_CREDENTIALS.secretId);
    } finally {
      process.env.TENCENTCLOUD_SECRET_KEY = CCC_ENV.TENCENTCLOUD_SECRET_KEY;
    }
    expect((await ready()).status).toBe(200);
  });
});
