/**
 * One bench:load phase: a fresh database and emulator, N instances, viewers and writers for the planned duration,
 * then what CCC saw (arrivals, applied changes) against what the console recorded (audit rows) and told its users.
 */
import { sql } from "drizzle-orm";
import { createPredictiveCampaigns } from "../../e2e/support/ccc-seeder";
import { actionId } from "../../e2e/support/server-actions";
import type { ArrivalsReport } from "../../emulator/admin-client";
import type { DemoAccount } from "../../lib/auth/demo-accounts";
import { queryRows } from "../../lib/db/client";
import { type Cluster, startCluster } from "../../scripts/instances/cluster";
import { type Session, signIn } from "../../scripts/instances/console-http";
import { CREATE_CRUISE, demoApp, UPDATE_PREDICTIVE } from "../../scripts/instances/workload";
import { prioritize } from "../support/rate-workers";
import {
  type Ledger,
  type LoadPlan,
  type LoadTargets,
  newLedger,
  openAtOnce,
  runViewer,
  runWriter,
  warmUp,
} from "./clients";
import { type LatencySummary, Recorder } from "./recorder";

export interface PhaseSpec {
  label: string;
  instances: number;
  /** CCC_READ_FRESH_MS for every instance; undefined leaves the console's default. */
  readFreshMs?: string;
}

export interface PhaseSetup extends LoadPlan {
  viewers: number;
  writers: number;
  serverUrl: string;
  firstPort: number;
  emulatorPort: number;
}

export interface PhaseResult {
  spec: PhaseSpec;
  latency: Record<string, LatencySummary>;
  ccc: { peakPerSecond: number; byAction: ArrivalsReport["byAction"] };
  requestLimitExceededShown: number;
  audit: { okRows: number; errorRows: number; unknownRows: number; appliedChanges: number };
  lost: { noAnswer: number; savedButNotInCcc: number; createdButNotInCcc: number; total: number };
}

const viewerAccount = {
  email: "viewer@load.local",
  password: "load-viewer-password",
  displayName: "V",
  role: "viewer",
} as const satisfies DemoAccount;
const writerAccount = {
  email: "writer@load.local",
  password: "load-writer-password",
  displayName: "W",
  role: "supervisor",
} as const satisfies DemoAccount;

/** Signs `count` clients in, eight at a time, each from its own address, on the instances in turn. */
async function signInClients(cluster: Cluster, count: number, account: DemoAccount, net: number) {
  const sessions: Session[] = [];
  for (let start = 0; start < count; start += 8) {
    const batch = Array.from({ length: Math.min(8, count - start) }, (_, i) => start + i);
    const answers = await Promise.all(
      batch.map((n) =>
        signIn(
          account,
          { forwardedFor: `10.${net}.${n >> 8}.${n & 255}` },
          cluster.urls[n % cluster.urls.length] as string,
        ),
      ),
    );
    for (const answer of answers) {
      if (!answer.ok) throw new Error(`Sign-in of a load client failed: ${answer.message}`);
      sessions.push(answer.session);
    }
  }
  return sessions;
}

async function auditCounts(cluster: Cluster, since: Date) {
  const rows = await queryRows<{ outcome: string; count: number }>(
    cluster.db.db,
    sql`select outcome, count(*)::int as count from audit_events
        where at >= ${since.toISOString()} and action in (${CREATE_CRUISE}, ${UPDATE_PREDICTIVE}) group by outcome`,
  );
  const of = (outcome: string) => rows.find((row) => row.outcome === outcome)?.count ?? 0;
  return { okRows: of("ok"), errorRows: of("error"), unknownRows: of("unknown") };
}

/** Submissions whose answer CCC contradicts: a save or create said done that CCC does not hold. */
async function lostSubmissions(cluster: Cluster, ledger: Ledger, sdkAppId: number) {
  const app = (await cluster.emulator.admin.state()).apps.find((a) => a.SdkAppId === sdkAppId);
  let savedButNotInCcc = 0;
  for (const [campaignId, name] of ledger.lastSaved) {
    const held = app?.predictiveCampaigns.find((c) => c.CampaignId === campaignId)?.Name;
    // A later save without a definite answer may have been applied after it: that is not a loss.
    if (held !== name && !(held && ledger.unsure.has(held))) savedButNotInCcc += 1;
  }
  const cruise = new Map(app?.cruiseCampaigns.map((c) => [c.CampaignId, c.Name]));
  const createdButNotInCcc = ledger.created.filter((c) => cruise.get(c.campaignId) !== c.name).length;
  const total = ledger.noAnswer + savedButNotInCcc + createdButNotInCcc;
  return { noAnswer: ledger.noAnswer, savedButNotInCcc, createdButNotInCcc, total };
}

async function prepareTargets(cluster: Cluster, writers: number): Promise<LoadTargets & { owned: number[] }> {
  const admin = cluster.emulator.admin;
  const app = await demoApp(admin);
  // One pending campaign per writer, so saves conflict only when the console gets something wrong.
  const owned = await createPredictiveCampaigns(admin, app.sdkAppId, writers, "Load", cluster.emulator.url);
  const seeded = (await admin.state()).apps.find((a) => a.SdkAppId === app.sdkAppId);
  const save = actionId("updatePredictiveCampaignAction");
  const create = actionId("createAgentCruiseCampaignAction");
  if (!seeded || !save || !create) throw new Error("The build lacks the campaign actions, or the emulator its app");
  return {
    urls: cluster.urls,
    app,
    predictiveIds: seeded.predictiveCampaigns.filter((c) => !owned.includes(c.CampaignId)).map((c) => c.CampaignId),
    cruiseIds: seeded.cruiseCampaigns.map((c) => c.CampaignId),
    emulator: admin,
    actionIds: { save, create },
    owned,
  };
}

export async function runPhase(spec: PhaseSpec, setup: PhaseSetup): Promise<PhaseResult> {
  const cluster = await startCluster({
    appPorts: Array.from({ length: spec.instances }, (_, i) => setup.firstPort + i),
    emulatorPort: setup.emulatorPort,
    serverUrl: setup.serverUrl,
    database: "console_bench_load",
    users: [viewerAccount, writerAccount],
    env: spec.readFreshMs === undefined ? {} : { CCC_READ_FRESH_MS: spec.readFreshMs },
  });
  try {
    // The emulator stands in for CCC, which runs on other machines: its clock of arrivals must not stall behind the
    // console's own load on this one (bench:rate does the same).
    prioritize(cluster.emulator.pid);
    const targets = await prepareTargets(cluster, setup.writers);
    const viewers = await signInClients(cluster, setup.viewers, viewerAccount, 1);
    const writers = await signInClients(cluster, setup.writers, writerAccount, 2);
    const [first] = [...viewers, ...writers];
    if (first) await warmUp(first, targets);
    const admin = cluster.emulator.admin;
    await Promise.all([admin.resetCounts(), admin.resetArrivals()]);
    const since = new Date();
    const rec = new Recorder();
    const ledger = newLedger();
    await openAtOnce(viewers, targets, rec);
    await Promise.all([
      ...viewers.map((session, n) => runViewer(n, session, targets, setup, rec)),
      ...writers.map((session, n) => runWriter(n, session, targets.owned[n] as number, targets, setup, rec, ledger)),
    ]);

    const [arrivals, counts, audit, lost] = await Promise.all([
      admin.arrivals(),
      admin.requestCounts(),
      auditCounts(cluster, since),
      lostSubmissions(cluster, ledger, targets.app.sdkAppId),
    ]);
    const applied = [CREATE_CRUISE, UPDATE_PREDICTIVE].reduce((n, a) => n + (counts.byAction[a]?.succeeded ?? 0), 0);
    return {
      spec,
      latency: rec.summary(),
      ccc: { peakPerSecond: arrivals.peakPerSecond, byAction: arrivals.byAction },
      requestLimitExceededShown: rec.countOutcomes("RequestLimitExceeded"),
      audit: { ...audit, appliedChanges: applied },
      lost,
    };
  } finally {
    await cluster.stop();
  }
}
