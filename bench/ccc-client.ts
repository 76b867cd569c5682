/**
 * `npm run bench:ccc-client` — our signed CCC client against the official tencentcloud-sdk-nodejs client, on the same
 * emulator, in the same run: the same three reads in the same order, CONCURRENCY at a time for both, a warm-up, then
 * alternating measured rounds (throughput: median of the rounds; p50/p99: over every measured request).
 * Goal: our throughput ≥ 1.5× the official client's, with p99 latency no worse.
 *
 * What it measures is each client's own cost per request on loopback, where the network adds nothing — not CCC,
 * whose 20 requests/second per action would cap both clients alike:
 * - The emulator runs in its own process with its rate limit off (--rate-limit 0) and serves both clients; it
 *   verifies every signature and validates every request of either.
 * - Our client does all it does in production: zod request validation, a fresh timestamp and signature on every
 *   request, zod response parsing ("parsed, not cast"), the per-attempt timeout, retries (p-retry) for these
 *   idempotent reads, and one info line per call through the project logger, redaction included (into a
 *   discarding stream). Only its per-action limiter is off (rateLimitPerSecond: Infinity, the documented "off").
 * - The official client runs as shipped, over a keep-alive agent whose lookup maps ccc.localhost to loopback (the
 *   SDK takes the service name from the host's first label).
 *
 * Where the gain comes from (numbers in docs/decisions.md, "CCC client"): undici's dispatcher instead of node:http;
 * one timer per attempt instead of AbortSignal.timeout + AbortSignal.any; the day's TC3 signing key derived once
 * instead of per request (client and emulator); p-retry entered only after a failed first attempt. The emulator
 * also verifies with the memoized key. Log redaction is pino's own (see docs/decisions.md for why).
 */
import http from "node:http";
import { Writable } from "node:stream";
import { Client as OfficialCccClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/ccc/v20200210/ccc_client";
import { createCccClient } from "../lib/ccc/client";
import { DEMO_CREDENTIALS, readCccConfig } from "../lib/config/ccc-env";
import { createLogger } from "../lib/log";
import { startEmulatorProcess } from "./support/emulator-process";
import { median, printTable, quantile, round, writeBenchResult } from "./support/measure";

const REQUESTS_PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 600);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const APP = DEMO_CREDENTIALS.sdkAppIds[0];

type Caller = (i: number) => Promise<unknown>;

/** The same three reads, in the same order, for both clients: list, detail, skill-group picker. */
function workload(call: (action: string, request: Record<string, number>) => Promise<unknown>): Caller {
  return (i) => {
    switch (i % 3) {
      case 0:
        return call("DescribePredictiveDialingCampaigns", { SdkAppId: APP, PageSize: 20, PageNumber: 0 });
      case 1:
        return call("DescribePredictiveDialingCampaign", { SdkAppId: APP, CampaignId: 1001 });
      default:
        return call("DescribeSkillGroupInfoList", { SdkAppId: APP, PageSize: 20, PageNumber: 0 });
    }
  };
}

interface RoundResult {
  seconds: number;
  latenciesMs: number[];
  failures: number;
}

async function runRound(caller: Caller, requests: number): Promise<RoundResult> {
  const latenciesMs: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < requests) {
      const i = next++;
      const t0 = performance.now();
      try {
        await caller(i);
      } catch {
        failures++;
      }
      latenciesMs.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { seconds: (performance.now() - started) / 1000, latenciesMs, failures };
}

function summarize(rounds: RoundResult[]) {
  const all = rounds.flatMap((r) => r.latenciesMs);
  return {
    rps: median(rounds.map((r) => REQUESTS_PER_ROUND / r.seconds)),
    p50: quantile(all, 0.5),
    p99: quantile(all, 0.99),
    failures: rounds.reduce((sum, r) => sum + r.failures, 0),
  };
}

async function main(): Promise<void> {
  const emulator = await startEmulatorProcess(["--rate-limit", "0"]);
  try {
    const config = readCccConfig({ CCC_ENDPOINT: emulator.url, CCC_TIMEOUT_MS: "10000" }, true);
    const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
    const ours = createCccClient(config, {
      logger: createLogger(discard, { level: "info" }),
      rateLimitPerSecond: Number.POSITIVE_INFINITY,
    });
    // The official client needs a host name whose first label is the service, resolved to loopback.
    const agent = new http.Agent({
      keepAlive: true,
      lookup: (_host, options, callback) =>
        options.all ? callback(null, [{ address: "127.0.0.1", family: 4 }]) : callback(null, "127.0.0.1", 4),
    });
    const official = new OfficialCccClient({
      credential: { secretId: config.secretId, secretKey: config.secretKey },
      profile: { httpProfile: { endpoint: `ccc.localhost:${emulator.port}`, protocol: "http://", agent } },
    });
    const officialMethods = official as unknown as Record<string, (req: unknown) => Promise<unknown>>;
    const callers: Record<"ours" | "official", Caller> = {
      ours: workload((action, request) => ours.call(action as "DescribeSkillGroupInfoList", request as never)),
      official: workload((action, request) =>
        (officialMethods[action] as (r: unknown) => Promise<unknown>).call(official, request),
      ),
    };

    for (const name of ["ours", "official"] as const) await runRound(callers[name], REQUESTS_PER_ROUND / 2);
    const rounds: Record<"ours" | "official", RoundResult[]> = { ours: [], official: [] };
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate who goes first so drift on the machine does not favour one side.
      const order = round % 2 === 0 ? (["ours", "official"] as const) : (["official", "ours"] as const);
      for (const name of order) rounds[name].push(await runRound(callers[name], REQUESTS_PER_ROUND));
    }
    agent.destroy();

    const a = summarize(rounds.ours);
    const b = summarize(rounds.official);
    const throughputRatio = a.rps / b.rps;
    const p99Ratio = a.p99 / b.p99;
    const met = throughputRatio >= 1.5 && a.p99 <= b.p99 && a.failures === 0 && b.failures === 0;
    printTable([
      {
        client: "ours",
        "req/s": round(a.rps, 0),
        "p50 ms": round(a.p50),
        "p99 ms": round(a.p99),
        failures: a.failures,
      },
      {
        client: "official",
        "req/s": round(b.rps, 0),
        "p50 ms": round(b.p50),
        "p99 ms": round(b.p99),
        failures: b.failures,
      },
    ]);
    const summary =
      `ours ${round(a.rps, 0)} req/s vs official ${round(b.rps, 0)} req/s (${round(throughputRatio)}×), ` +
      `p99 ${round(a.p99)} ms vs ${round(b.p99)} ms — goal ≥1.5× with p99 no worse: ${met ? "met" : "NOT met"}`;
    console.log(`\n${summary}`);
    const file = writeBenchResult("ccc-client", {
      figures: {
        requestsPerRound: REQUESTS_PER_ROUND,
        rounds: ROUNDS,
        concurrency: CONCURRENCY,
        ours: { rps: round(a.rps, 1), p50Ms: round(a.p50), p99Ms: round(a.p99), failures: a.failures },
        official: { rps: round(b.rps, 1), p50Ms: round(b.p50), p99Ms: round(b.p99), failures: b.failures },
        throughputRatio: round(throughputRatio),
        p99Ratio: round(p99Ratio),
      },
      met,
      summary,
    });
    console.log(`written to ${file}`);
  } finally {
    emulator.child.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
