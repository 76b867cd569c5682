/**
 * The fault matrix (`npm run test:faults`, after `npm run build`): every write the console sends CCC (cruise create,
 * predictive update, pause, resume, abort) and the Describe behind each page, against every fault of
 * fault-table.ts, injected through the emulator's admin API into the production console (standalone server,
 * PostgreSQL, CCC_TIMEOUT_MS lowered). One named test per action × fault; a fault's writes run side by side (each on
 * its own CCC action and campaign), then its reads. Per case: the failure the user gets (code, RequestId when CCC
 * gave one, whether anything changed), nothing answered as success, the audit row's outcome, and what CCC holds.
 * Across the suite: no create retried by itself, the same idempotency key never sent twice, no duplicate campaign.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmulatorAdmin, type EmulatorAdmin } from "@/emulator/admin-client";
import {
  type Backend,
  type ConsoleProcess,
  postgresBackend,
  startStandaloneConsole,
} from "@/scripts/durability/console-process";
import { cccEnv, consoleEnv } from "@/scripts/instances/cluster";
import { signIn } from "@/scripts/instances/console-http";
import type { ActionAnswer } from "@/scripts/instances/flight";
import { type RunningProcess, startEmulatorProcess } from "@/scripts/instances/processes";
import { CREATE_CRUISE, demoApp } from "@/scripts/instances/workload";
import { auditOutcome, FAULT_CCC_TIMEOUT_MS, FAULTS, type FaultCase, LATENCY_MS } from "./fault-table";
import {
  arrivalsOf,
  auditRows,
  type CallContext,
  createInputFor,
  createName,
  prepareTargets,
  READS,
  type ReadCase,
  updateName,
  WRITES,
  type WriteCase,
} from "./matrix-support";

const appPort = Number(process.env.FAULTS_APP_PORT ?? 3530);
const emulatorPort = Number(process.env.FAULTS_EMULATOR_PORT ?? 4530);
const serverUrl = process.env.TEST_DATABASE_URL;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const supervisor = {
  email: "supervisor@faults.local",
  password: "faults-supervisor-password",
  displayName: "Fay",
  role: "supervisor",
} as const;

const processes: RunningProcess[] = [];
let backend: Backend;
let consoleProcess: ConsoleProcess;
let admin: EmulatorAdmin;
let ctx: CallContext;
const started = Date.now();
const figures = { cases: 0, createArrivals: 0, faults: FAULTS.length, writes: WRITES.length, reads: READS.length };

beforeAll(async () => {
  if (!serverUrl) throw new Error('Set TEST_DATABASE_URL: eval "$(bash scripts/pg-test-server.sh start)"');
  const onSpawn = (proc: RunningProcess) => void processes.push(proc);
  const emulator = await startEmulatorProcess({ port: emulatorPort, env: { ...process.env, ...cccEnv } }, onSpawn);
  admin = createEmulatorAdmin(emulator.url);
  backend = await postgresBackend(serverUrl, "console_faults_test", [supervisor]);
  const env = consoleEnv(emulator.url, {
    ...backend.env,
    CCC_TIMEOUT_MS: String(FAULT_CCC_TIMEOUT_MS),
    // Every read goes to CCC: a shared answer would hide the fault from the case that injected it.
    CCC_READ_FRESH_MS: "0",
  });
  consoleProcess = await startStandaloneConsole(appPort, env, onSpawn);
  const answer = await signIn(supervisor, { forwardedFor: "198.51.100.11" }, consoleProcess.url);
  if (!answer.ok) throw new Error(`Sign-in failed: ${answer.message}`);
  const app = await demoApp(admin);
  const targets = await prepareTargets(admin, app, emulator.url);
  ctx = { url: consoleProcess.url, session: answer.session, admin, targets, run: `Fault ${randomUUID().slice(0, 6)}` };
}, 150_000);

afterAll(async () => {
  const db = backend ? await backend.open().catch(() => undefined) : undefined;
  await Promise.all(processes.map((proc) => proc.stop()));
  await db?.close();
  // Printed, not written to test-results/: the Playwright half that follows empties that folder.
  console.log(`fault matrix figures: ${JSON.stringify({ ...figures, durationMs: Date.now() - started })}`);
});

/** Injects the fault on one CCC action for every call until the case ends (so the client's retries meet it too). */
async function withFault<T>(cccAction: string, fault: FaultCase, run: () => Promise<T>): Promise<T> {
  const rule = await admin.injectFault({ ...fault.rule, action: cccAction });
  try {
    return await run();
  } finally {
    await admin.removeFault(rule.id);
  }
}

interface ShownFailure {
  formError?: { code?: string };
  requestId?: string;
  changed?: string;
}

/** The failure the action answered, after checking it answered nothing as success. */
function failureOf(answer: ActionAnswer): ShownFailure {
  const result = answer.result as { data?: unknown; serverError?: ShownFailure };
  expect(result.data, "answered as success").toBeUndefined();
  return result.serverError ?? {};
}

function expectShown(failure: ShownFailure, code: string, fault: FaultCase) {
  expect(failure).toEqual({
    formError: expect.objectContaining({ code, message: expect.any(String) }),
    ...(fault.answered ? { requestId: expect.stringMatching(UUID) } : {}),
    changed: fault.changed,
  });
}

async function expectAudited(write: WriteCase, fault: FaultCase, index: number, shown: ShownFailure) {
  const campaignId = write.campaignOf(ctx.targets, index);
  const handle = await backend.open();
  try {
    const where = campaignId === undefined ? { name: createName(ctx.run, fault) } : { campaignId };
    const code = campaignId === undefined ? fault.createCode : fault.code;
    expect(await auditRows(handle, write.cccAction, where)).toEqual([
      { outcome: auditOutcome(fault), error_code: code, ccc_request_id: shown.requestId ?? null },
    ]);
  } finally {
    await handle.close();
  }
}

/** What CCC holds after the case: unchanged when nothing was applied; changed once a late reply was applied. */
async function expectHeld(write: WriteCase, fault: FaultCase, index: number) {
  const campaignId = write.campaignOf(ctx.targets, index);
  const { sdkAppId } = ctx.targets.app;
  if (fault.appliesWrite) await new Promise((resolve) => setTimeout(resolve, LATENCY_MS));
  if (campaignId === undefined) {
    const app = (await admin.state()).apps.find((a) => a.SdkAppId === sdkAppId);
    const named = app?.cruiseCampaigns.filter((c) => c.Name === createName(ctx.run, fault)) ?? [];
    expect(named).toHaveLength(fault.appliesWrite ? 1 : 0);
    return;
  }
  const view = await admin.predictiveCampaign(sdkAppId, campaignId);
  const applied = { update: view.Name === updateName(ctx.run, fault), status: view.Status };
  const expected: Record<string, { update: boolean; status: number }> = {
    "predictive update": { update: fault.appliesWrite, status: 0 },
    pause: { update: false, status: fault.appliesWrite ? 2 : 1 },
    resume: { update: false, status: fault.appliesWrite ? 1 : 2 },
    abort: { update: false, status: fault.appliesWrite ? 3 : 1 },
  };
  expect(applied).toEqual(expected[write.name]);
}

/** A create that failed is never sent again by itself, and its idempotency key never reaches CCC twice. */
async function expectCreateNotRepeated(fault: FaultCase, arrivalsBefore: number) {
  expect(await arrivalsOf(admin, CREATE_CRUISE)).toBe(arrivalsBefore + 1);
  const again = failureOf((await WRITES[0]?.call(ctx, fault, 0)) as ActionAnswer);
  // The same key replays the first outcome; "unknown" stays unknown, whatever CCC did meanwhile.
  expect(again.formError?.code).toBe(fault.changed === "unknown" ? "outcome_unknown" : fault.createCode);
  expect(again.changed).toBe(fault.changed);
  expect(await arrivalsOf(admin, CREATE_CRUISE)).toBe(arrivalsBefore + 1);
  expect(createInputFor(ctx, fault).idempotencyKey).toMatch(UUID);
}

async function runWriteCase(write: WriteCase, fault: FaultCase, index: number) {
  const isCreate = write.cccAction === CREATE_CRUISE;
  const arrivals = isCreate ? await arrivalsOf(admin, CREATE_CRUISE) : 0;
  const shown = failureOf(await withFault(write.cccAction, fault, () => write.call(ctx, fault, index)));
  expectShown(shown, write.shownCode(fault), fault);
  await expectAudited(write, fault, index, shown);
  await expectHeld(write, fault, index);
  if (isCreate) await expectCreateNotRepeated(fault, arrivals);
  figures.cases += 1;
}

async function runReadCase(read: ReadCase, fault: FaultCase) {
  const response = await withFault(read.cccAction, fault, () =>
    fetch(`${ctx.url}${read.path(ctx.targets)}`, {
      headers: { cookie: ctx.session.cookie, "x-forwarded-for": ctx.session.forwardedFor },
    }),
  );
  const body = (await response.json()) as ShownFailure;
  expect(response.status).toBe(502);
  expect(body).toEqual({
    formError: { code: fault.code, message: expect.any(String) },
    ...(fault.answered ? { requestId: expect.stringMatching(UUID) } : {}),
    // Some routes say so, some leave it out; a read never changes anything, whatever the fault.
    ...(body.changed === undefined ? {} : { changed: "no" }),
  });
  figures.cases += 1;
}

describe.each(FAULTS.map((fault, index) => ({ fault, index, name: fault.name })))("$name", ({ fault, index }) => {
  describe("writes", () => {
    for (const write of WRITES) {
      it.concurrent(`${write.name}: ${fault.name}`, () => runWriteCase(write, fault, index), 60_000);
    }
  });
  describe("the Describe behind each page", () => {
    for (const read of READS) {
      it.concurrent(`${read.name}: ${fault.name}`, () => runReadCase(read, fault), 60_000);
    }
  });
});

describe("across the whole suite", () => {
  it("the emulator holds no duplicate campaign, and only the creates CCC applied late", async () => {
    const app = (await admin.state()).apps.find((a) => a.SdkAppId === ctx.targets.app.sdkAppId);
    const names = app?.cruiseCampaigns.map((c) => c.Name) ?? [];
    expect(new Set(names).size).toBe(names.length);
    const ours = names.filter((name) => name.startsWith(ctx.run)).sort();
    expect(ours).toEqual(
      FAULTS.filter((f) => f.appliesWrite)
        .map((f) => createName(ctx.run, f))
        .sort(),
    );
    figures.createArrivals = await arrivalsOf(admin, CREATE_CRUISE);
    expect(figures.createArrivals).toBe(FAULTS.length);
  });
});
