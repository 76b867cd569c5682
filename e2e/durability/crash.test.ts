/**
 * Crash durability (`npm run test:durability`, after `npm run build`): the production console, started as an
 * operator starts it, is killed with SIGKILL while cruise creates and predictive edits wait on CCC, then started
 * again on the same data — once on embedded PGlite, once on PostgreSQL (TEST_DATABASE_URL). The emulator holds each
 * write (a latency fault) and says how many it received; the console is killed only once it received them all, and
 * the emulator then applies them: every reply is lost, every change is made.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmulatorAdmin, type EmulatorAdmin } from "@/emulator/admin-client";
import { CREATE_CODES } from "@/lib/campaigns/create-codes";
import { queryRows } from "@/lib/db/client";
import { isPidAlive } from "@/lib/db/lock";
import {
  type Backend,
  type ConsoleProcess,
  pgliteBackend,
  postgresBackend,
  startStandaloneConsole,
} from "@/scripts/durability/console-process";
import { answeredOrLost, appliedOf, arrivalsOf, holdWrites, waitFor } from "@/scripts/durability/in-flight";
import { cccEnv, consoleEnv } from "@/scripts/instances/cluster";
import { callAction, getPage, type Session, signIn } from "@/scripts/instances/console-http";
import { type RunningProcess, startEmulatorProcess } from "@/scripts/instances/processes";
import {
  CREATE_CRUISE,
  cruiseCreateInput,
  type DemoApp,
  demoApp,
  predictiveSaveInput,
  UPDATE_PREDICTIVE,
} from "@/scripts/instances/workload";
import { createPredictiveCampaigns } from "../support/ccc-seeder";
import { actionId } from "../support/server-actions";

const appPort = Number(process.env.DURABILITY_APP_PORT ?? 3520);
const emulatorPort = Number(process.env.DURABILITY_EMULATOR_PORT ?? 4520);
const serverUrl = process.env.TEST_DATABASE_URL;

const CREATES = 4;
const EDITS = 3;
/** CCC holds each write this long; the console is killed well inside it. */
const LATENCY_MS = 6_000;
/** A key or audit row pending longer than this belongs to a process that died (CCC_PENDING_LEASE_MS). */
const LEASE_MS = 15_000;

const supervisor = {
  email: "supervisor@durability.local",
  password: "durability-supervisor-password",
  displayName: "Dee",
  role: "supervisor",
} as const;

const processes: RunningProcess[] = [];
const figures: Record<string, unknown> = {};
let admin: EmulatorAdmin;
let emulatorUrl: string;
let app: DemoApp;
let editable: number[];
const ids = { create: "", save: "" };

beforeAll(async () => {
  if (!serverUrl) throw new Error('Set TEST_DATABASE_URL: eval "$(bash scripts/pg-test-server.sh start)"');
  const emulator = await startEmulatorProcess({ port: emulatorPort, env: { ...process.env, ...cccEnv } }, (proc) =>
    processes.push(proc),
  );
  emulatorUrl = emulator.url;
  admin = createEmulatorAdmin(emulator.url);
  app = await demoApp(admin);
  // Pending campaigns to edit: EDITS for each backend.
  editable = await createPredictiveCampaigns(admin, app.sdkAppId, 2 * EDITS, "Durability", emulator.url);
  ids.create = actionId("createAgentCruiseCampaignAction") ?? "";
  ids.save = actionId("updatePredictiveCampaignAction") ?? "";
  if (!ids.create || !ids.save) throw new Error("Build first (npm run build): the build lacks the campaign actions");
}, 60_000);

afterAll(async () => {
  await Promise.all(processes.map((proc) => proc.stop()));
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/durability.json", `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`durability figures: ${JSON.stringify(figures)}`);
});

/** The console's environment: the same secrets before and after the crash, as a restarted server has. */
function consoleEnvFor(backend: Backend): NodeJS.ProcessEnv {
  return consoleEnv(emulatorUrl, {
    ...backend.env,
    // Longer than the held writes, so the console is still waiting for each one when it dies.
    CCC_TIMEOUT_MS: String(2 * LATENCY_MS),
    CCC_PENDING_LEASE_MS: String(LEASE_MS),
  });
}

async function signedIn(url: string): Promise<Session> {
  const answer = await signIn(supervisor, { forwardedFor: "198.51.100.7" }, url);
  if (!answer.ok) throw new Error(`Sign-in failed: ${answer.message}`);
  return answer.session;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

describe.each(["pglite", "postgres"] as const)("SIGKILL with writes in flight, on %s", (kind) => {
  const run = `Crash ${kind} ${randomUUID().slice(0, 6)}`;
  const edits = () => (kind === "pglite" ? editable.slice(0, EDITS) : editable.slice(EDITS));
  let backend: Backend;
  let env: NodeJS.ProcessEnv;
  let consoleProcess: ConsoleProcess;
  let creates: ReturnType<typeof cruiseCreateInput>[];
  let killedAt = 0;
  const stats: Record<string, unknown> = {};
  figures[kind] = stats;

  beforeAll(async () => {
    backend =
      kind === "pglite"
        ? await pgliteBackend([supervisor])
        : await postgresBackend(serverUrl ?? "", "console_durability_test", [supervisor]);
    env = consoleEnvFor(backend);
    consoleProcess = await startStandaloneConsole(appPort, env, (proc) => processes.push(proc));
  }, 120_000);

  afterAll(async () => {
    await consoleProcess?.stop();
    await backend?.dispose();
  });

  it(`the console dies with ${CREATES} creates and ${EDITS} edits waiting on CCC, and CCC applies them all`, async () => {
    const session = await signedIn(consoleProcess.url);
    creates = Array.from({ length: CREATES }, (_, n) => cruiseCreateInput(app, `${run} create ${n + 1}`));
    const views = await Promise.all(edits().map((id) => admin.predictiveCampaign(app.sdkAppId, id)));
    const saves = views.map((view) => predictiveSaveInput(app.sdkAppId, view, `${run} edit ${view.CampaignId}`));
    await holdWrites(admin, LATENCY_MS);
    await Promise.all([admin.resetArrivals(), admin.resetCounts()]);

    const calls = [
      ...creates.map((input) => callAction(consoleProcess.url, "/campaigns/cruise/new", ids.create, [input], session)),
      ...saves.map((input) =>
        callAction(
          consoleProcess.url,
          `/campaigns/predictive/${app.sdkAppId}/${input.campaignId}/edit`,
          ids.save,
          [input],
          session,
        ),
      ),
    ].map(answeredOrLost);
    const heldSince = Date.now();
    const all = { [CREATE_CRUISE]: CREATES, [UPDATE_PREDICTIVE]: EDITS };
    const received = await waitFor(arrivalsOf, admin, all, 15_000);
    await consoleProcess.kill();
    killedAt = Date.now();
    // Every one of them was still waiting: no answer reached the client before the process died.
    expect(await Promise.all(calls)).toEqual(Array(CREATES + EDITS).fill("lost"));
    expect(received).toEqual(all);
    stats.inFlightKilled = CREATES + EDITS;
    stats.killedAfterMs = killedAt - heldSince;

    // CCC finishes what it received, though nobody is left to hear the answer.
    expect(await waitFor(appliedOf, admin, all, LATENCY_MS + 5_000)).toEqual(all);
    await admin.clearFaults();
    const held = (await admin.state()).apps.find((a) => a.SdkAppId === app.sdkAppId);
    const names = held?.cruiseCampaigns.map((c) => c.Name).filter((name) => name.startsWith(run)) ?? [];
    expect(names.sort()).toEqual(creates.map((input) => input.name).sort());
    const edited = held?.predictiveCampaigns.filter((c) => c.Name.startsWith(`${run} edit`)).map((c) => c.CampaignId);
    expect(edited?.sort()).toEqual([...edits()].sort());
  }, 60_000);

  it("starts again on the same data: what the killed process left behind does not block it", async () => {
    if (backend.lockFile) {
      // SIGKILL ran no exit handler: the dead process's lock is still there, naming it.
      const lock = JSON.parse(readFileSync(backend.lockFile, "utf8")) as { pid: number };
      expect(lock.pid).toBe(consoleProcess.pid);
      expect(isPidAlive(lock.pid)).toBe(false);
      stats.leftBehind = readdirSync(path.dirname(backend.lockFile)).filter((name) => /lock|\.pid$/.test(name));
    }
    consoleProcess = await startStandaloneConsole(appPort, env, (proc) => processes.push(proc));
    stats.restartMs = consoleProcess.startMs;
    stats.restartAfterKillMs = Date.now() - killedAt;
    const session = await signedIn(consoleProcess.url);
    expect((await getPage(consoleProcess.url, "/campaigns/cruise", session)).status).toBe(200);
  }, 120_000);

  it("the same idempotency key sent again never reaches CCC a second time", async () => {
    const session = await signedIn(consoleProcess.url);
    await admin.resetArrivals();
    const resubmit = async () => {
      const answers = await Promise.all(
        creates.map((input) => callAction(consoleProcess.url, "/campaigns/cruise/new", ids.create, [input], session)),
      );
      return answers.map(
        (answer) => (answer.result as { serverError?: { formError?: { code?: string } } }).serverError?.formError?.code,
      );
    };
    if (kind === "postgres") {
      // Another instance could still be waiting on CCC for these keys, until their lease runs out.
      expect(await resubmit()).toEqual(Array(CREATES).fill(CREATE_CODES.inProgress));
      await sleep(killedAt + LEASE_MS + 250 - Date.now());
    }
    // PGlite: the console that owned them is gone (one process per data directory), so they are settled at start.
    expect(await resubmit()).toEqual(Array(CREATES).fill(CREATE_CODES.outcomeUnknown));
    expect(await arrivalsOf(admin, [CREATE_CRUISE])).toEqual({ [CREATE_CRUISE]: 0 });
    const held = (await admin.state()).apps.find((a) => a.SdkAppId === app.sdkAppId);
    expect(held?.cruiseCampaigns.filter((c) => c.Name.startsWith(run)).length).toBe(CREATES);
  }, 60_000);

  it("after restart the trail has a row for every write CCC received, and no key is left in progress", async () => {
    const session = await signedIn(consoleProcess.url);
    // The trail as a supervisor reads it; a fresh create shows the restarted console writes too.
    expect((await getPage(consoleProcess.url, "/audit", session)).status).toBe(200);
    const fresh = await callAction(
      consoleProcess.url,
      "/campaigns/cruise/new",
      ids.create,
      [cruiseCreateInput(app, `${run} after`)],
      session,
    );
    expect(fresh.result).toMatchObject({ data: { replayed: false } });
    await consoleProcess.stop();

    const handle = await backend.open();
    try {
      const audit = await queryRows<{ action: string; outcome: string; error_code: string | null; count: number }>(
        handle.db,
        sql`select action, outcome, error_code, count(*)::int as count from audit_events
            group by action, outcome, error_code order by action, outcome`,
      );
      const keys = await queryRows<{ state: string; count: number }>(
        handle.db,
        sql`select state, count(*)::int as count from idempotency_keys group by state order by state`,
      );
      stats.auditRows = audit;
      stats.idempotencyKeys = keys;
      expect(audit).toEqual([
        { action: CREATE_CRUISE, outcome: "ok", error_code: null, count: 1 },
        { action: CREATE_CRUISE, outcome: "unknown", error_code: "Interrupted", count: CREATES },
        { action: UPDATE_PREDICTIVE, outcome: "unknown", error_code: "Interrupted", count: EDITS },
      ]);
      expect(keys).toEqual([
        { state: "succeeded", count: 1 },
        { state: "unknown", count: CREATES },
      ]);
    } finally {
      await handle.close();
    }
  }, 60_000);
});
