/**
 * CCC's account refusals in the browser: a create refused with LimitExceeded.InsufficientLicense (an injected
 * emulator fault whose message names request fields) shows that refusal's own message at form level, not a
 * generic one and not under a field, and keeps the form filled.
 */
import { expect, test } from "../support/fixtures";
import {
  CREATE_ACTION,
  createCalls,
  demoApp,
  expectFormStillFilled,
  fillCruiseForm,
  REQUEST_ID,
  utcWallTime,
  waitForFormReady,
} from "./cruise-helpers";

test("a create refused with InsufficientLicense says the licenses ran out", async ({ page, emulator }) => {
  const { sdkAppId, agent, callers } = await demoApp(emulator);
  const input = {
    sdkAppId,
    name: "License check",
    agentMail: agent.Mail,
    agentName: agent.Name ?? undefined,
    concurrency: 2,
    start: utcWallTime(60),
    end: utcWallTime(120),
    callees: ["+8613800138001"],
    callers: callers.slice(0, 1),
    inOrder: true,
    uui: "",
  };
  await emulator.injectFault({
    action: CREATE_ACTION,
    kind: "error",
    code: "LimitExceeded.InsufficientLicense",
    message: "Agent license insufficient",
    times: 1,
  });
  const calls = await createCalls(emulator);
  await page.goto("/campaigns/cruise/new");
  await waitForFormReady(page);
  await fillCruiseForm(page, input);
  await page.getByRole("button", { name: "Create campaign" }).click();

  const outcome = page.getByTestId("create-outcome");
  await expect(outcome).toHaveAttribute("data-code", "LimitExceeded.InsufficientLicense");
  await expect(outcome).toContainText("The contact center does not have enough seat licenses for this");
  await expect(page.getByTestId("create-outcome-request-id")).toHaveText(new RegExp(REQUEST_ID.source, "i"));
  await expect(page.locator("#agent-error")).toHaveCount(0);
  await expectFormStillFilled(page, input);
  expect(await createCalls(emulator)).toBe(calls + 1);
});
