/**
 * Test wiring for server actions: a migrated PGlite database and an in-process CCC emulator, installed as the
 * process-wide database and CCC client through the same environment variables the server reads. The session is
 * whatever the test sets with `signInAs` (lib/auth/session is mocked by the calling test file).
 */

import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { type RunningEmulator, startEmulator } from "@/emulator/server";
import type { SessionUser } from "@/lib/auth/session";
import { DEMO_CREDENTIALS } from "@/lib/config/ccc-env";
import { closeDatabase, getDb } from "@/lib/db";
import { freshPgliteDir } from "@/lib/db/test-support/test-db";
import { countRowsForTest } from "./count-rows";

export interface ActionHarness {
  emulator: RunningEmulator;
  close(): Promise<void>;
}

export async function startActionHarness(): Promise<ActionHarness> {
  const emulator = await startEmulator({ rateLimitPerSecond: 0 });
  Object.assign(process.env, {
    PGLITE_DATA_DIR: await freshPgliteDir(),
    CCC_ENDPOINT: emulator.url,
    TENCENTCLOUD_SECRET_ID: DEMO_CREDENTIALS.secretId,
    TENCENTCLOUD_SECRET_KEY: DEMO_CREDENTIALS.secretKey,
    CCC_SDK_APP_ID: emulator.sdkAppIds.join(","),
  });
  await getDb();
  return {
    emulator,
    close: async () => {
      await closeDatabase();
      await emulator.close();
    },
  };
}

/**
 * Starts the harness for this file's tests and puts the emulator back to its seed (state, faults, clock, counts)
 * before each one. Returns an accessor, since the harness exists only once the tests run.
 */
export function setUpActionHarness(): () => ActionHarness {
  let running: ActionHarness | undefined;
  beforeAll(async () => {
    running = await startActionHarness();
  }, 120_000);
  afterAll(async () => running?.close());
  beforeEach(async () => running?.emulator.admin.reset());
  return () => {
    if (!running) throw new Error("the action harness runs only inside this file's tests");
    return running;
  };
}

export { APP_A, APP_B } from "./refusal-inputs";

export function fakeUser(role: SessionUser["role"], sdkAppIds: number[], id = "00000000-0000-4000-8000-000000000001") {
  return { id, email: `${role}@test.local`, displayName: `Test ${role}`, role, sdkAppIds, timeZone: "Asia/Shanghai" };
}

export { countRowsForTest };

/**
 * Runs `act` and asserts that it reached neither CCC (the emulator's request count) nor the database (audit and user
 * rows): what every refusal test of an action or a route checks. Returns what `act` returned.
 */
export async function expectNothingReached<T>(harness: ActionHarness, act: () => Promise<T>): Promise<T> {
  const counts = await harness.emulator.admin.requestCounts();
  const rows = await countRowsForTest(await getDb());
  const result = await act();
  expect((await harness.emulator.admin.requestCounts()).total).toBe(counts.total);
  expect(await countRowsForTest(await getDb())).toEqual(rows);
  return result;
}
