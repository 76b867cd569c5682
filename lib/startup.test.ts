/**
 * What the server refuses to start without, and what demo mode (and only demo mode) seeds. Runs startServer against
 * a fresh embedded database, as instrumentation.ts does at `next start`.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "./auth/demo-accounts";
import { DEMO_CREDENTIALS } from "./config/ccc-env";
import { appendAuditEvent, listAuditEvents } from "./db/audit";
import { closeDatabase, getDatabase } from "./db/client";
import { beginIdempotentRequest } from "./db/idempotency";
import { freshPgliteDir } from "./db/test-support/test-db";
import { listUsers } from "./db/users";
import { startServer } from "./startup";

const ccc = {
  TENCENTCLOUD_SECRET_ID: DEMO_CREDENTIALS.secretId,
  TENCENTCLOUD_SECRET_KEY: DEMO_CREDENTIALS.secretKey,
  CCC_SDK_APP_ID: DEMO_CREDENTIALS.sdkAppIds.join(","),
};
const env = (extra: Record<string, string>) => ({ ...ccc, ...extra }) as unknown as NodeJS.ProcessEnv;
const emails = async () => (await listUsers((await getDatabase()).db)).map((user) => user.email).sort();

beforeEach(async () => {
  process.env.PGLITE_DATA_DIR = await freshPgliteDir();
}, 60_000);
afterEach(() => closeDatabase());

describe("startServer", () => {
  it("refuses to start without AUTH_SECRET outside demo mode, naming the variable", async () => {
    await expect(startServer(env({}))).rejects.toThrow(/AUTH_SECRET is not set/);
  });

  it("refuses a bad CCC variable, naming it and its rule", async () => {
    await expect(startServer(env({ AUTH_SECRET: "x".repeat(32), CCC_SDK_APP_ID: "14000,abc" }))).rejects.toThrow(
      /CCC_SDK_APP_ID "abc" is not a positive integer SdkAppId/,
    );
  });

  it("refuses a bad sign-in variable before opening the database, naming it", async () => {
    await expect(
      startServer(
        env({ AUTH_SECRET: "x".repeat(32), AUTH_OIDC_ISSUER: "http://login.example.com", AUTH_OIDC_ID: "c" }),
      ),
    ).rejects.toThrow(
      "Invalid sign-in configuration: AUTH_OIDC_ISSUER must use https (plain http is accepted only on loopback, for tests)",
    );
    await expect(startServer(env({ AUTH_SECRET: "x".repeat(32), AUTH_PASSWORD_SIGNIN: "0" }))).rejects.toThrow(
      "AUTH_PASSWORD_SIGNIN=0 needs single sign-on (AUTH_OIDC_ISSUER)",
    );
  });

  it("refuses a bad metrics or traces variable, naming it", async () => {
    await expect(startServer(env({ AUTH_SECRET: "x".repeat(32), METRICS_TOKEN: "too-short" }))).rejects.toThrow(
      "Invalid metrics/traces configuration: METRICS_TOKEN must be at least 16 characters",
    );
  });

  it("seeds nothing outside demo mode", async () => {
    await startServer(env({ AUTH_SECRET: "x".repeat(32) }));
    expect(await emails()).toEqual([]);
  });

  it("seeds the demo accounts in demo mode, once", async () => {
    await startServer(env({ CONSOLE_DEMO: "1", AUTH_SECRET: "x".repeat(32) }));
    await startServer(env({ CONSOLE_DEMO: "1", AUTH_SECRET: "x".repeat(32) }));
    expect(await emails()).toEqual(DEMO_ACCOUNTS.map((account) => account.email).sort());
  });

  it("on PGlite, settles what a killed console left pending: its writer is gone, whatever their age", async () => {
    const { db } = await getDatabase();
    const row = await appendAuditEvent(db, { userId: null, userEmail: "s@x", action: "probe", outcome: "pending" });
    const key = { key: "k-1", userId: crypto.randomUUID(), action: "a", sdkAppId: 1, requestHash: "h" };
    expect(await beginIdempotentRequest(db, key)).toEqual({ status: "new" });
    await closeDatabase();

    // A lease of a day: only "the lock is mine, so no one else is waiting" can settle them now.
    await startServer(env({ AUTH_SECRET: "x".repeat(32), CCC_PENDING_LEASE_MS: "86400000" }));
    const reopened = (await getDatabase()).db;
    expect((await listAuditEvents(reopened, { action: "probe" })).rows).toMatchObject([
      { id: row.id, outcome: "unknown", errorCode: "Interrupted" },
    ]);
    expect(await beginIdempotentRequest(reopened, key)).toMatchObject({ status: "done", state: "unknown" });
  });
});
