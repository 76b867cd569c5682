/**
 * bench:load's users, each a plain HTTP client with its own session. Viewers behave like the console in a browser:
 * open a page (the predictive list, the cruise list, a campaign), stay on it for a while polling its JSON endpoint at
 * the page's own interval (lib/queries/polling.ts), then open the next. Writers alternate a predictive save and a
 * cruise create. Requests go round-robin over
 * the instances, as behind a load balancer without sticky sessions. Every answer a writer got is kept in a ledger,
 * to be checked against what CCC holds afterwards.
 */
import { randomUUID } from "node:crypto";
import type { EmulatorAdmin } from "../../emulator/admin-client";
import { POLL_MS } from "../../lib/queries/polling";
import { callAction, getPage, type Session } from "../../scripts/instances/console-http";
import { cruiseCreateInput, type DemoApp, predictiveSaveInput } from "../../scripts/instances/workload";
import type { Recorder } from "./recorder";

export interface LoadTargets {
  urls: readonly string[];
  app: DemoApp;
  /** Campaigns whose pages viewers open. */
  predictiveIds: readonly number[];
  cruiseIds: readonly number[];
  emulator: EmulatorAdmin;
  actionIds: { save: string; create: string };
}

export interface LoadPlan {
  durationMs: number;
  /** How long a viewer stays on a page, polling it, before opening the next (each stay 0.5–1.5× this). */
  viewerThinkMs: number;
  writerThinkMs: number;
}

/** What writers were told, per campaign and per create. */
export interface Ledger {
  /** Predictive campaign → the last name an answer said was saved. */
  lastSaved: Map<number, string>;
  /** Names whose save ended without a definite answer (CCC may have applied them). */
  unsure: Set<string>;
  /** Creates answered with a campaign id. */
  created: { name: string; campaignId: number }[];
  /** Submissions that got no usable answer at all (HTTP error, connection lost, unreadable body). */
  noAnswer: number;
}

export const newLedger = (): Ledger => ({ lastSaved: new Map(), unsure: new Set(), created: [], noAnswer: 0 });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const think = (ms: number) => sleep(ms * (0.5 + Math.random()));

let roundRobin = 0;
const nextInstance = (urls: readonly string[]) => urls[roundRobin++ % urls.length] as string;

/** "ok", "RequestLimitExceeded" when the page shows CCC's throttling code, else what went wrong. */
export function pageOutcome(status: number, body: string): string {
  if (body.includes("RequestLimitExceeded")) return "RequestLimitExceeded";
  if (status === 200) return "ok";
  return status >= 300 && status < 400 ? "redirect" : `http${status}`;
}

/** The outcome a server action's answer stands for: its data's outcome, its error code, or "invalid". */
export function actionOutcome(result: unknown): string {
  const answer = result as {
    data?: { outcome?: string };
    serverError?: { formError?: { code?: string }; fieldErrors?: object };
    validationErrors?: unknown;
  };
  if (answer.data) return answer.data.outcome ?? "ok";
  if (answer.serverError) return answer.serverError.formError?.code ?? "fieldError";
  return answer.validationErrors ? "invalid" : "unknown";
}

/** A page a viewer opens: its server render, then its JSON endpoint polled at the page's interval. */
interface ViewerPage {
  name: string;
  path(i: number): string;
  poll(i: number): string;
  /** The page's poll interval; campaign pages poll at a running campaign's (the most frequent). */
  pollMs: number;
}

function viewerPages(targets: LoadTargets): ViewerPage[] {
  const { sdkAppId } = targets.app;
  const predictive = (i: number) => targets.predictiveIds[i % targets.predictiveIds.length];
  const cruise = (i: number) => targets.cruiseIds[i % targets.cruiseIds.length];
  return [
    {
      name: "predictiveList",
      path: () => "/campaigns/predictive",
      poll: () => `/api/apps/${sdkAppId}/predictive-campaigns?app=${sdkAppId}`,
      pollMs: POLL_MS.predictiveList,
    },
    {
      name: "cruiseList",
      path: () => "/campaigns/cruise",
      poll: () => "/api/cruise-campaigns",
      pollMs: POLL_MS.cruiseList,
    },
    {
      name: "predictiveCampaign",
      path: (i) => `/campaigns/predictive/${sdkAppId}/${predictive(i)}`,
      poll: (i) => `/api/apps/${sdkAppId}/predictive-campaigns/${predictive(i)}`,
      pollMs: POLL_MS.predictiveCampaign.running,
    },
    {
      name: "cruiseCampaign",
      path: (i) => `/campaigns/cruise/${sdkAppId}/${cruise(i)}`,
      poll: (i) => `/api/apps/${sdkAppId}/cruise-campaigns/${cruise(i)}`,
      pollMs: POLL_MS.cruiseCampaign.running,
    },
  ];
}

/** Opens every kind of page once on every instance, so the measured window starts warm (routes loaded, pools open). */
export async function warmUp(session: Session, targets: LoadTargets): Promise<void> {
  for (const url of targets.urls) {
    for (const page of viewerPages(targets)) {
      await getPage(url, page.path(0), session);
      await getPage(url, page.poll(0), session);
    }
  }
}

const outcomeOf = ({ status, body }: { status: number; body: string }) => pageOutcome(status, body);

/**
 * One stay on a page: its render, then a poll every interval until the stay ends (or the run does). `joinedAt`
 * (0–1): the stay began before the run did, this far into its first poll interval; the page is already open.
 */
async function stayOn(
  page: ViewerPage,
  i: number,
  session: Session,
  targets: LoadTargets,
  until: number,
  rec: Recorder,
  joinedAt?: number,
) {
  if (joinedAt === undefined) {
    await rec.time(`page:${page.name}`, () => getPage(nextInstance(targets.urls), page.path(i), session), outcomeOf);
  }
  const firstPoll = Date.now() + page.pollMs * (1 - (joinedAt ?? 0));
  for (let next = firstPoll; next < until; next += page.pollMs) {
    await sleep(next - Date.now());
    await rec.time(`poll:${page.name}`, () => getPage(nextInstance(targets.urls), page.poll(i), session), outcomeOf);
  }
  // The viewer stays until the stay ends: returning early would open the next page at once, and near the end of
  // the run (every stay cut to it) each viewer would open pages back to back.
  await sleep(until - Date.now());
}

/**
 * Supervisors watching: the run joins them in the middle of their day, each already on a page, part-way through its
 * stay and its poll interval, so pages open at the steady rate (viewers / stay, about 3 a second for 50) rather than
 * 50 in the first second. Everyone opening a page at the same moment is measured on its own (openAtOnce).
 */
export async function runViewer(n: number, session: Session, targets: LoadTargets, plan: LoadPlan, rec: Recorder) {
  const pages = viewerPages(targets);
  const end = Date.now() + plan.durationMs;
  for (let i = n; Date.now() < end; i += 1) {
    const page = pages[i % pages.length] as ViewerPage;
    const stayMs = plan.viewerThinkMs * (0.5 + Math.random());
    const joinedAt = i === n ? Math.random() : undefined;
    const left = joinedAt === undefined ? stayMs : stayMs * Math.random();
    await stayOn(page, i, session, targets, Math.min(end, Date.now() + left), rec, joinedAt);
  }
}

/**
 * Every viewer opens a list in the same second (after a deploy, or a meeting's "everyone open the list now"):
 * recorded as burst:<page>, reported beside the goals but not one of them (CPU-bound: each render costs ~25 ms of
 * one core, so 50 at once queue for about a second per instance).
 */
export async function openAtOnce(sessions: readonly Session[], targets: LoadTargets, rec: Recorder) {
  const lists = viewerPages(targets).filter((page) => page.name.endsWith("List"));
  await Promise.all(
    sessions.map(async (session, n) => {
      await sleep(Math.random() * 1000);
      const page = lists[n % lists.length] as ViewerPage;
      await rec.time(`burst:${page.name}`, () => getPage(nextInstance(targets.urls), page.path(n), session), outcomeOf);
    }),
  );
}

async function saveOnce(
  name: string,
  campaignId: number,
  session: Session,
  t: LoadTargets,
  rec: Recorder,
  ledger: Ledger,
) {
  // The form opens on what CCC holds now (the admin API: no CCC request, so it does not count against the limit).
  const view = await t.emulator.predictiveCampaign(t.app.sdkAppId, campaignId);
  const input = predictiveSaveInput(t.app.sdkAppId, view, name);
  const path = `/campaigns/predictive/${t.app.sdkAppId}/${campaignId}/edit`;
  const url = nextInstance(t.urls);
  const answer = await rec.time(
    "action:savePredictive",
    () => callAction(url, path, t.actionIds.save, [input], session),
    (a) => actionOutcome(a.result),
  );
  if (!answer) ledger.noAnswer += 1;
  const outcome = answer ? actionOutcome(answer.result) : "none";
  if (outcome === "saved") ledger.lastSaved.set(campaignId, name);
  else if (!["conflict", "notEditable"].includes(outcome)) ledger.unsure.add(name);
}

async function createOnce(name: string, session: Session, t: LoadTargets, rec: Recorder, ledger: Ledger) {
  const input = cruiseCreateInput(t.app, name, randomUUID());
  const url = nextInstance(t.urls);
  const answer = await rec.time(
    "action:createCruise",
    () => callAction(url, "/campaigns/cruise/new", t.actionIds.create, [input], session),
    (a) => actionOutcome(a.result),
  );
  if (!answer) ledger.noAnswer += 1;
  const campaignId = (answer?.result as { data?: { campaignId?: number } } | undefined)?.data?.campaignId;
  if (campaignId !== undefined) ledger.created.push({ name, campaignId });
}

export async function runWriter(
  n: number,
  session: Session,
  campaignId: number,
  targets: LoadTargets,
  plan: LoadPlan,
  rec: Recorder,
  ledger: Ledger,
) {
  const until = Date.now() + plan.durationMs;
  await think(plan.writerThinkMs);
  for (let k = 0; Date.now() < until; k += 1) {
    const name = `Load w${n} ${k % 2 === 0 ? "save" : "create"} ${k}`;
    if (k % 2 === 0) await saveOnce(name, campaignId, session, targets, rec, ledger);
    else await createOnce(name, session, targets, rec, ledger);
    await think(plan.writerThinkMs);
  }
}
