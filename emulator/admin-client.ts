/**
 * Typed client for the emulator's admin API, for unit tests, e2e fixtures and benchmarks. Uses global fetch only,
 * so it runs anywhere Node 20 does; the types come from the emulator but nothing else is imported at run time.
 */
import type { ArrivalsReport } from "./arrivals";
import type { CallsSummary } from "./calls/summary";
import type { RequestCounts } from "./counts";
import type { FaultRule, FaultRuleInput } from "./faults";
import type { CruisePatch, PredictivePatch } from "./state/lifecycle";
import type { CruiseView, EmulatorStateInput, EmulatorStateView, PredictiveView } from "./state/schema";

export type { ArrivalsReport, CruisePatch, FaultRule, FaultRuleInput, PredictivePatch, RequestCounts };

export interface ClockView {
  /** Campaign time: the emulator's clock plus the offset (Unix seconds). */
  nowSeconds: number;
  offsetSeconds: number;
  /** The clock signatures are checked against (no offset). */
  signatureSeconds: number;
}

export interface EmulatorAdmin {
  health(): Promise<{ ok: true; url: string; sdkAppIds: number[] }>;
  /** Back to the seed: state, faults, clock offset, rate-limit windows and request counts. */
  reset(): Promise<void>;
  /**
   * Replaces the state, and what reset returns to, with a state object, a JSON file on the emulator's machine, or
   * ({demo: true}) the generated demo data again.
   */
  seed(state: EmulatorStateInput | { file: string } | { demo: true }): Promise<{ sdkAppIds: number[] }>;
  /** Everything, including stored Callees/Callers, settled to the emulator's clock. */
  state(): Promise<EmulatorStateView>;
  requestCounts(): Promise<RequestCounts>;
  resetCounts(): Promise<void>;
  /** Arrivals per action and their peak in any sliding second (arrivals.ts), since the last reset. */
  arrivals(): Promise<ArrivalsReport>;
  resetArrivals(): Promise<void>;
  injectFault(rule: FaultRuleInput): Promise<FaultRule>;
  faults(): Promise<FaultRule[]>;
  removeFault(id: string): Promise<void>;
  clearFaults(): Promise<void>;
  predictiveCampaign(sdkAppId: number, campaignId: number): Promise<PredictiveView>;
  setPredictiveCampaign(sdkAppId: number, campaignId: number, patch: PredictivePatch): Promise<PredictiveView>;
  cruiseCampaign(sdkAppId: number, campaignId: number): Promise<CruiseView>;
  setCruiseCampaign(sdkAppId: number, campaignId: number, patch: CruisePatch): Promise<CruiseView>;
  /** Outcome counts of a campaign's generated calls at campaign time. */
  campaignCalls(sdkAppId: number, kind: "predictive" | "cruise", campaignId: number): Promise<CallsSummary>;
  clock(): Promise<ClockView>;
  /** Moves campaign time forward (or back, with a negative number) by `seconds`. */
  advanceClock(seconds: number): Promise<ClockView>;
  setClockOffset(seconds: number): Promise<ClockView>;
}

export class EmulatorAdminError extends Error {
  override name = "EmulatorAdminError";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface EmulatorAdminOptions {
  /** Value for the x-emulator-admin-token header, when the emulator was started with one. */
  token?: string;
  fetch?: typeof fetch;
}

export function createEmulatorAdmin(baseUrl: string, options: EmulatorAdminOptions = {}): EmulatorAdmin {
  const root = `${baseUrl.replace(/\/+$/, "")}/__admin`;
  const doFetch = options.fetch ?? fetch;

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (options.token) headers["x-emulator-admin-token"] = options.token;
    const response = await doFetch(`${root}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as T & { error?: string };
    if (!response.ok) throw new EmulatorAdminError(response.status, json.error ?? response.statusText);
    return json;
  }
  const campaignPath = (kind: string, sdkAppId: number, campaignId: number) =>
    `/apps/${sdkAppId}/${kind}-campaigns/${campaignId}`;

  return {
    health: () => call("GET", "/health"),
    reset: async () => void (await call("POST", "/reset", {})),
    seed: (state) => call("POST", "/seed", state),
    state: () => call("GET", "/state"),
    requestCounts: () => call("GET", "/counts"),
    resetCounts: async () => void (await call("DELETE", "/counts")),
    arrivals: () => call("GET", "/arrivals"),
    resetArrivals: async () => void (await call("DELETE", "/arrivals")),
    injectFault: (rule) => call("POST", "/faults", rule),
    faults: () => call("GET", "/faults"),
    removeFault: async (id) => void (await call("DELETE", `/faults/${encodeURIComponent(id)}`)),
    clearFaults: async () => void (await call("DELETE", "/faults")),
    predictiveCampaign: (app, id) => call("GET", campaignPath("predictive", app, id)),
    setPredictiveCampaign: (app, id, patch) => call("PATCH", campaignPath("predictive", app, id), patch),
    cruiseCampaign: (app, id) => call("GET", campaignPath("cruise", app, id)),
    setCruiseCampaign: (app, id, patch) => call("PATCH", campaignPath("cruise", app, id), patch),
    campaignCalls: (app, kind, id) => call("GET", `${campaignPath(kind, app, id)}/calls`),
    clock: () => call("GET", "/clock"),
    advanceClock: (seconds) => call("POST", "/clock", { advanceSeconds: seconds }),
    setClockOffset: (seconds) => call("POST", "/clock", { offsetSeconds: seconds }),
  };
}
