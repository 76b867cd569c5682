/**
 * The calls every security probe makes against the production server: each guarded action (by its id in the
 * build's manifest) and each guarded route, with the inputs the vitest refusal tables use, and the emulator's
 * arrival count that proves a refusal reached no CCC.
 */
import { type APIRequestContext, expect } from "@playwright/test";
import type { EmulatorAdmin } from "@/emulator/admin-client";
import { ACTION_REFUSAL_INPUTS, type RefusalInputs } from "@/lib/actions/testing/refusal-inputs";
import { ROUTE_CALLS, runningCampaigns, type SeedIds } from "@/lib/api/testing/route-calls";
import { actionId, postAction } from "../support/server-actions";

/** Every request that reached the emulator since its last reset, refused ones included. */
export async function cccArrivals(emulator: EmulatorAdmin): Promise<number> {
  const report = await emulator.arrivals();
  return Object.values(report.byAction).reduce((sum, action) => sum + action.total, 0);
}

/** Runs `probe` and asserts the emulator saw no request meanwhile. */
export async function expectNoCccRequest(emulator: EmulatorAdmin, probe: () => Promise<void>): Promise<void> {
  const before = await cccArrivals(emulator);
  await probe();
  expect(await cccArrivals(emulator), "requests that reached CCC").toBe(before);
}

export type ActionInput = keyof Pick<RefusalInputs, "input" | "foreignInput">;

/**
 * Posts every guarded action with `which` input (skipping those without one, and those `only` leaves out) and
 * returns name → response text.
 */
export async function callEveryAction(
  request: APIRequestContext,
  which: ActionInput = "input",
  only: (inputs: RefusalInputs) => boolean = () => true,
) {
  const answers: Record<string, string> = {};
  for (const [name, inputs] of Object.entries(ACTION_REFUSAL_INPUTS) as [string, RefusalInputs][]) {
    const input = inputs[which];
    if (input === null || !only(inputs)) continue;
    const id = actionId(name);
    expect(id, `${name} should be in the build's action manifest`).toBeTruthy();
    const response = await postAction(request, "/campaigns/predictive", id ?? "", [input]);
    answers[name] = await response.text();
  }
  expect(Object.keys(answers).length).toBeGreaterThan(0);
  return answers;
}

/** Expects every answer to be a refusal with `code` and no data. */
export function expectAllRefused(answers: Record<string, string>, code: string): void {
  for (const [name, body] of Object.entries(answers)) {
    expect(body, name).toContain(`"code":"${code}"`);
    expect(body, name).not.toContain('"data"');
  }
}

/** GETs every guarded route about `sdkAppId` (campaigns `ids`) and returns key → status and JSON body. */
export async function callEveryRoute(request: APIRequestContext, sdkAppId: number, ids: SeedIds) {
  const answers: Record<string, { status: number; body: unknown }> = {};
  for (const [key, route] of Object.entries(ROUTE_CALLS)) {
    const response = await request.get(route.call(sdkAppId, ids).path, { maxRedirects: 0 });
    answers[key] = { status: response.status(), body: await response.json().catch(() => null) };
  }
  return answers;
}

export function expectAllRoutes(answers: Awaited<ReturnType<typeof callEveryRoute>>, status: number, code: string) {
  for (const [key, answer] of Object.entries(answers)) {
    expect(answer.status, key).toBe(status);
    expect(answer.body, key).toMatchObject({ formError: { code } });
  }
}

export async function seedIds(emulator: EmulatorAdmin, sdkAppId: number): Promise<SeedIds> {
  return runningCampaigns(await emulator.state(), sdkAppId);
}
