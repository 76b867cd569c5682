/**
 * One console instance for `npm run bench:rate` (bench/rate.ts), in a process of its own: its own signed CCC client
 * and limiter, as a second console server behind a load balancer would have. Started as
 * `node --import tsx bench/rate-worker.ts '<WorkerPlan JSON>'`; prints {"ready":…} once connected, waits for a line
 * on stdin with the epoch ms to start at, runs the plan, prints {"result":…} and exits.
 */
import { createInterface } from "node:readline";
import { Pool } from "pg";
import { RateLimiterMemory, RateLimiterQueue } from "rate-limiter-flexible";
import { createCccClient } from "../lib/ccc/client";
import { type CccRateLimiter, createMemoryRateLimiter, noRateLimit } from "../lib/ccc/rate-limit";
import { createPostgresRateLimiter, measureClockSkew } from "../lib/ccc/rate-limit-postgres";
import { DEMO_CREDENTIALS, readCccConfig } from "../lib/config/ccc-env";
import { createLogger } from "../lib/log";

export type WorkerLimiter = "none" | "before" | "memory" | "postgres";

export interface WorkerPlan {
  emulatorUrl: string;
  limiter: WorkerLimiter;
  databaseUrl?: string;
  /** Background calls queued all at once at the start. */
  backgroundCalls: number;
  /** Interactive calls, one at a time, the first `interactiveDelayMs` after the start, then every `everyMs`. */
  interactiveCalls?: number;
  interactiveDelayMs?: number;
  interactiveEveryMs?: number;
  /** For the postgres limiter: the interactive head start to use (default: the library's). */
  headStartMs?: number;
}

export interface WorkerResult {
  ok: number;
  /** Error code → count (no retries: every refusal shows). */
  errors: Record<string, number>;
  /** From the start to the last background call's reply. */
  elapsedMs: number;
  /** Each interactive call's time from asking to its reply. */
  interactiveMs: number[];
  /** When the limiter let each request go, epoch ms (sub-ms; comparable across processes on one host). */
  departuresMs: number[];
}

/** Records when the limiter lets each request go: the client-side view to hold against the emulator's arrivals. */
function recordingDepartures(limiter: CccRateLimiter, departuresMs: number[]): CccRateLimiter {
  return {
    async acquire(action, options) {
      await limiter.acquire(action, options);
      departuresMs.push(performance.timeOrigin + performance.now());
    },
  };
}

/** The limiter before this change (rate-limiter-flexible's FIFO RateLimiterQueue, 55 ms spacing), as a baseline. */
function previousLimiter(): CccRateLimiter {
  const queues = new Map<string, RateLimiterQueue>();
  return {
    async acquire(action) {
      let queue = queues.get(action);
      if (!queue) {
        queue = new RateLimiterQueue(new RateLimiterMemory({ points: 1, duration: 0.055 }), { maxQueueSize: 5_000 });
        queues.set(action, queue);
      }
      await queue.removeTokens(1);
    },
  };
}

async function limiterFor(plan: WorkerPlan): Promise<{ limiter: CccRateLimiter; ready: Record<string, unknown> }> {
  if (plan.limiter === "none") return { limiter: noRateLimit, ready: {} };
  if (plan.limiter === "before") return { limiter: previousLimiter(), ready: {} };
  if (plan.limiter === "memory") return { limiter: createMemoryRateLimiter({ maxQueueSize: 5_000 }), ready: {} };
  const pool = new Pool({ connectionString: plan.databaseUrl, max: 4 });
  // Also opens the pool's connections before the clock starts.
  const skew = await measureClockSkew(pool);
  const limiter = createPostgresRateLimiter(pool, { maxQueueSize: 5_000, interactiveHeadStartMs: plan.headStartMs });
  return { limiter, ready: { clockSkewMs: Math.round(skew.skewMs * 10) / 10 } };
}

const sleepUntil = (epochMs: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, epochMs - Date.now())));

async function run(plan: WorkerPlan): Promise<void> {
  const { limiter: inner, ready } = await limiterFor(plan);
  const departuresMs: number[] = [];
  const limiter = recordingDepartures(inner, departuresMs);
  const config = readCccConfig({ CCC_ENDPOINT: plan.emulatorUrl, CCC_TIMEOUT_MS: "30000" }, true);
  const ccc = createCccClient(config, {
    limiter,
    retry: { retries: 0, minTimeoutMs: 1, maxTimeoutMs: 1 },
    logger: createLogger(undefined, { level: "silent" }),
  });
  const request = { SdkAppId: DEMO_CREDENTIALS.sdkAppIds[0], CampaignId: 1001 };
  const result: WorkerResult = { ok: 0, errors: {}, elapsedMs: 0, interactiveMs: [], departuresMs };
  const settle = (call: Promise<unknown>) =>
    call.then(
      () => void result.ok++,
      (error: { code?: string }) => {
        const code = error.code ?? "unknown";
        result.errors[code] = (result.errors[code] ?? 0) + 1;
      },
    );

  console.log(JSON.stringify({ ready: { pid: process.pid, ...ready } }));
  const line = await new Promise<string>((resolve) => createInterface({ input: process.stdin }).once("line", resolve));
  const startAt = Number(line);
  await sleepUntil(startAt);

  const started = performance.now();
  const background = Promise.all(
    Array.from({ length: plan.backgroundCalls }, () => settle(ccc.describePredictiveDialingCampaign(request))),
  ).then(() => {
    result.elapsedMs = performance.now() - started;
  });
  for (let i = 0; i < (plan.interactiveCalls ?? 0); i++) {
    await sleepUntil(startAt + (plan.interactiveDelayMs ?? 0) + i * (plan.interactiveEveryMs ?? 0));
    const asked = performance.now();
    await settle(ccc.describePredictiveDialingCampaign(request, { lane: "interactive" }));
    result.interactiveMs.push(Math.round((performance.now() - asked) * 10) / 10);
  }
  await background;
  console.log(JSON.stringify({ result }));
  process.exit(0);
}

run(JSON.parse(process.argv[2] ?? "{}") as WorkerPlan).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
