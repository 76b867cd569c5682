/**
 * Every server action refuses callers without a session, callers whose role lacks the permission, and inputs that
 * name an SdkAppId outside the caller's apps — and a refusal reaches neither CCC (emulator request counts) nor the
 * database (audit and user rows). The enumeration test makes a new lib/actions/*-action.ts fail until it has a row
 * in REFUSALS.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

import { getSessionUser } from "@/lib/auth/session";
import {
  type ActionHarness,
  APP_A,
  APP_B,
  expectNothingReached,
  fakeUser,
  startActionHarness,
} from "./testing/action-harness";
import { REFUSALS } from "./testing/refusal-cases";
import { PUBLIC_ACTIONS } from "./testing/refusal-inputs";

const session = vi.mocked(getSessionUser);

// Read from the source rather than imported: importing would drag in each action's dependencies (next-auth…).
const EXPORTED = /^export\s+(?:async\s+function|const|function)\s+([A-Za-z0-9_]+)/gm;

describe("every exported server action has refusal cases", () => {
  it("lists each export of lib/actions/*-action.ts in REFUSALS (or PUBLIC_ACTIONS)", () => {
    // Server-action modules ("use server"); safe-action.ts is the client they are built with, not an action.
    const sources = readdirSync(__dirname)
      .filter((f) => f.endsWith("-action.ts"))
      .map((f) => readFileSync(path.join(__dirname, f), "utf8"))
      .filter((source) => source.startsWith('"use server"'));
    expect(sources.length).toBeGreaterThanOrEqual(Object.keys(REFUSALS).length);
    const exported: string[] = [];
    for (const source of sources) {
      for (const match of source.matchAll(EXPORTED)) {
        if (match[1]) exported.push(match[1]);
      }
    }
    const missing = exported.filter((name) => !(name in REFUSALS) && !PUBLIC_ACTIONS.has(name));
    expect(missing, "add a REFUSALS row (no session / lacking role / foreign app) for these actions").toEqual([]);
    expect(Object.keys(REFUSALS).filter((name) => !exported.includes(name))).toEqual([]);
  });
});

describe("refusals reach neither CCC nor the database", () => {
  let harness: ActionHarness;
  beforeAll(async () => {
    harness = await startActionHarness();
  }, 120_000);
  afterAll(async () => harness?.close());
  beforeEach(() => session.mockReset());

  async function expectRefused(run: () => Promise<unknown>, code: string) {
    const result = (await expectNothingReached(harness, run)) as {
      serverError?: { formError?: { code: string; message: string } };
      data?: unknown;
    };
    expect(result.serverError?.formError?.code).toBe(code);
    expect(result.data).toBeUndefined();
  }

  for (const [name, c] of Object.entries(REFUSALS)) {
    describe(name, () => {
      it("refuses without a session", async () => {
        session.mockResolvedValue(null);
        await expectRefused(() => c.action(c.input as never), "unauthenticated");
      });
      const { deniedRole } = c;
      it.runIf(deniedRole !== null)(`refuses a ${deniedRole}`, async () => {
        session.mockResolvedValue(fakeUser(deniedRole ?? "viewer", [APP_A, APP_B]));
        await expectRefused(() => c.action(c.input as never), "forbidden");
      });
      it.runIf(c.foreignInput !== null)("refuses an SdkAppId outside the caller's apps", async () => {
        session.mockResolvedValue(fakeUser(c.allowedRole, [APP_A]));
        await expectRefused(() => c.action(c.foreignInput as never), "forbidden_app");
      });
    });
  }
});
