/**
 * Shared steps of the agent cruise specs: filling the create form the way a supervisor does, and reading what the
 * emulator holds. Expected values come from the emulator's admin API, never from copies of the seed.
 */
import { expect, type Page } from "@playwright/test";
import type { EmulatorAdmin } from "@/emulator/admin-client";
import { zonedWallTimeToUnix } from "@/lib/time/zoned";
import { pickTimeZone } from "../support/time-zone";

export const CREATE_ACTION = "CreateAgentCruiseDialingCampaign";
export const REQUEST_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

export async function createCalls(emulator: EmulatorAdmin): Promise<number> {
  return (await emulator.requestCounts()).byAction[CREATE_ACTION]?.total ?? 0;
}

/** The first app, an agent with skill groups, and two callable numbers of it. */
export async function demoApp(emulator: EmulatorAdmin) {
  const app = (await emulator.state()).apps[0];
  const agent = app?.staff.find((s) => (s.SkillGroupList?.length ?? 0) > 0);
  const callers = app?.numbers.filter((n) => n.State === 1).map((n) => n.Number) ?? [];
  if (!app || !agent || callers.length < 2) throw new Error("the emulator's first app lacks staff or numbers");
  return { sdkAppId: app.SdkAppId, agent, callers: callers.slice(0, 2) };
}

/** "YYYY-MM-DDTHH:mm" in UTC, `minutes` from now, on a whole minute. */
export function utcWallTime(minutesFromNow: number): string {
  const at = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + minutesFromNow * 60_000);
  return at.toISOString().slice(0, 16);
}

export interface CruiseFormInput {
  sdkAppId: number;
  name: string;
  agentMail: string;
  agentName?: string;
  concurrency: number;
  start: string;
  end: string;
  callees: string[];
  callers: string[];
  inOrder: boolean;
  uui: string;
}

/** What CCC should receive for `input` (times entered in UTC). */
export function expectedCampaign(input: CruiseFormInput) {
  return {
    Name: input.name,
    Agent: input.agentMail,
    ConcurrencyNumber: input.concurrency,
    StartTime: zonedWallTimeToUnix(input.start, "UTC"),
    EndTime: zonedWallTimeToUnix(input.end, "UTC"),
    Callers: input.callers,
    CallOrder: input.inOrder ? 1 : 0,
    ...(input.uui ? { UUI: input.uui } : {}),
  };
}

/** Waits until React has hydrated the form: values set before that would be reset. */
export async function waitForFormReady(page: Page) {
  await expect(page.locator("form[data-hydrated]")).toBeVisible();
}

export async function fillCruiseForm(page: Page, input: CruiseFormInput) {
  await waitForFormReady(page);
  await page.locator("#sdkAppId").selectOption(String(input.sdkAppId));
  await page.locator("#name").fill(input.name);
  const agent = page.getByRole("combobox", { name: "Agent" });
  await agent.fill(input.agentName ?? input.agentMail);
  if (input.agentName) {
    await page
      .getByRole("listbox", { name: "Agent" })
      .getByRole("option", { name: new RegExp(input.agentMail.replace(/\./g, "\\.")) })
      .click();
  }
  await expect(agent).toHaveValue(input.agentMail);
  await page.locator("#concurrencyNumber").fill(String(input.concurrency));
  await pickTimeZone(page, "UTC");
  await page.locator("#startTime").fill(input.start);
  await page.locator("#endTime").fill(input.end);
  await page.locator("#callees").fill(input.callees.join("\n"));
  await waitForCalleeReport(page, input.callees.length);
  for (const caller of input.callers) {
    await page
      .locator("#callers")
      .getByRole("checkbox", { name: new RegExp(caller) })
      .check();
  }
  await page.getByRole("radio", { name: input.inOrder ? "In list order" : "Random" }).check();
  await page.locator("#uui").fill(input.uui);
}

/**
 * The callee list is normalized in a Web Worker; its report appears when done and moves the fields below it, so a
 * click aimed at them before then can land elsewhere.
 */
export async function waitForCalleeReport(page: Page, count: number) {
  await expect(page.getByTestId("callee-list-input")).toContainText(new RegExp(`${count} valid numbers?`));
}

/** The values the form shows, to prove nothing typed was lost after a failure. */
export async function expectFormStillFilled(page: Page, input: CruiseFormInput) {
  await expect(page.locator("#name")).toHaveValue(input.name);
  await expect(page.getByRole("combobox", { name: "Agent" })).toHaveValue(input.agentMail);
  await expect(page.locator("#concurrencyNumber")).toHaveValue(String(input.concurrency));
  await expect(page.locator("#startTime")).toHaveValue(input.start);
  await expect(page.locator("#endTime")).toHaveValue(input.end);
  await expect(page.locator("#uui")).toHaveValue(input.uui);
  for (const caller of input.callers) {
    await expect(page.locator("#callers").getByRole("checkbox", { name: new RegExp(caller) })).toBeChecked();
  }
}
