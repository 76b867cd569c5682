/**
 * startEmulator(): a CCC endpoint on node:http for tests, benchmarks, e2e and demos. POST / speaks CCC (see
 * ccc-endpoint.ts); /__admin/… is the control API (admin.ts). Library code must never import this module.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Tc3SigningKeys } from "../lib/ccc/sign";
import { DEMO_CREDENTIALS } from "../lib/config/ccc-env";
import { ADMIN_PREFIX, handleAdminRequest } from "./admin";
import { createEmulatorAdmin, type EmulatorAdmin } from "./admin-client";
import { ArrivalLog } from "./arrivals";
import { type CccEndpointDeps, handleCccRequest, type RequestLogEntry } from "./ccc-endpoint";
import { EmulatorClock } from "./clock";
import { RequestCounter } from "./counts";
import { FaultRegistry } from "./faults";
import { sendJson } from "./http-util";
import { RateLimiter } from "./rate-limit";
import { loadStateFile, StateFileWriter } from "./state/persist";
import { type EmulatorState, type EmulatorStateInput, parseEmulatorState } from "./state/schema";
import { createDemoState } from "./state/seed";
import { EmulatorStore } from "./state/store";

export interface EmulatorOptions {
  /** TCP port; 0 (the default here) picks a free one. The CLI defaults to 4010. */
  port?: number;
  /** Defaults to 127.0.0.1. Anything but loopback requires `adminToken`. */
  host?: string;
  /** Credentials the emulator accepts; default the demo credentials from lib/config/ccc-env.ts. */
  secretId?: string;
  secretKey?: string;
  /** Apps that exist; each gets the demo data unless `seed` or the state file provides it. */
  sdkAppIds?: readonly number[];
  /** JSON state file: loaded at start when it exists, rewritten (debounced, atomic) after every change. */
  persistPath?: string;
  /** Initial data instead of the generated demo: a state object or the path of a JSON file. Reset returns to it. */
  seed?: EmulatorStateInput | string;
  /** The emulator's clock in epoch milliseconds (default Date.now). Signatures are checked against it. */
  now?: () => number;
  /** Per-action limit, requests per second (default 20, CCC's); 0 turns it off. */
  rateLimitPerSecond?: number;
  /** Most callees per campaign before LimitExceeded.OutOfCountLimit (default 100000). */
  maxCallees?: number;
  /** Required header value for the admin API; none by default (loopback only). */
  adminToken?: string;
  /** Seed for probabilistic faults, so a run is repeatable. */
  randomSeed?: number;
  /** Called after every CCC request (the CLI logs with it). */
  onRequest?: (entry: RequestLogEntry) => void;
}

export interface RunningEmulator {
  /** Base URL, e.g. http://127.0.0.1:4010 (CCC at "/", admin at "/__admin"). */
  url: string;
  port: number;
  host: string;
  secretId: string;
  secretKey: string;
  sdkAppIds: number[];
  /** Admin client bound to this emulator (with its token). */
  admin: EmulatorAdmin;
  /** Waits until the state file, if any, has every change written. */
  flush(): Promise<void>;
  /** Drops open connections (including ones held by timeout faults), writes the state file and stops. */
  close(): Promise<void>;
}

export const DEFAULT_MAX_CALLEES = 100_000;
export const DEFAULT_RATE_LIMIT = 20;

const isLoopback = (host: string) => host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? "127.0.0.1";
  if (!isLoopback(host) && !options.adminToken) {
    throw new Error(`Refusing to listen on ${host} without an admin token: the admin API would be open to the network`);
  }
  const secretId = options.secretId ?? DEMO_CREDENTIALS.secretId;
  const secretKey = options.secretKey ?? DEMO_CREDENTIALS.secretKey;
  const sdkAppIds = [...(options.sdkAppIds ?? DEMO_CREDENTIALS.sdkAppIds)];
  const clock = new EmulatorClock(options.now);

  let seedState =
    typeof options.seed === "string" ? requireFile(options.seed) : options.seed && parseEmulatorState(options.seed);
  const baseline = () => seedState ?? createDemoState(sdkAppIds, clock.nowSeconds());
  const persisted = options.persistPath ? loadStateFile(options.persistPath) : undefined;

  let writer: StateFileWriter | undefined;
  const store = new EmulatorStore(persisted ?? baseline(), () => writer?.schedule());
  if (options.persistPath) writer = new StateFileWriter(options.persistPath, () => store.raw());
  if (persisted) store.ensureApps(sdkAppIds, clock.nowSeconds());
  else writer?.schedule();

  const rateLimiter = new RateLimiter(options.rateLimitPerSecond ?? DEFAULT_RATE_LIMIT);
  const faults = new FaultRegistry(options.randomSeed);
  const counter = new RequestCounter();
  const arrivals = new ArrivalLog();
  const cccDeps: CccEndpointDeps = {
    store,
    clock,
    credentials: new Map([[secretId, secretKey]]),
    signingKeys: new Tc3SigningKeys(),
    rateLimiter,
    faults,
    counter,
    arrivals,
    maxCallees: options.maxCallees ?? DEFAULT_MAX_CALLEES,
    onRequest: options.onRequest,
  };
  let url = "";
  const adminDeps = {
    store,
    clock,
    faults,
    counter,
    arrivals,
    adminToken: options.adminToken,
    reset() {
      clock.offsetSeconds = 0;
      // CCC never reuses a CampaignId. Keeping the sequence across resets means an id a client recorded before the
      // reset (the console keeps lists and records per id) never names a different campaign afterwards.
      const nextCampaignId = store.raw().nextCampaignId;
      store.replace(baseline());
      store.raw().nextCampaignId = Math.max(store.raw().nextCampaignId, nextCampaignId);
      faults.clear();
      rateLimiter.reset();
      counter.reset();
      arrivals.reset();
    },
    seed(state: EmulatorState | undefined) {
      seedState = state;
      store.replace(baseline());
    },
    info: () => ({ url, sdkAppIds: store.raw().apps.map((app) => app.SdkAppId) }),
  };

  const route = (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> | undefined => {
    if (path === "/") return handleCccRequest(req, res, cccDeps);
    if (path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`))
      return handleAdminRequest(req, res, adminDeps, path);
    return undefined;
  };
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] || "/";
    // Both handlers answer their own errors; the catch only covers failing to write an answer.
    const handled = route(req, res, path);
    if (handled) return void handled.catch((error: unknown) => console.error(error));
    const error = { Code: "InvalidParameter", Message: `No such path ${path}; CCC is at POST /` };
    sendJson(res, 404, { Response: { Error: error, RequestId: randomUUID() } });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;

  return {
    url,
    port,
    host,
    secretId,
    secretKey,
    sdkAppIds,
    admin: createEmulatorAdmin(url, { token: options.adminToken }),
    flush: async () => writer?.flush(),
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await writer?.flush();
    },
  };
}

function requireFile(file: string): EmulatorState {
  const state = loadStateFile(file);
  if (!state) throw new Error(`Seed file ${file} does not exist`);
  return state;
}

export type { EmulatorAdmin } from "./admin-client";
export type { RequestLogEntry } from "./ccc-endpoint";
