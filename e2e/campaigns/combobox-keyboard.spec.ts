/**
 * The kit's combobox by keyboard alone, in Chromium: the agent picker and the time-zone picker of the cruise form.
 * Arrows wrap, Home/End jump, the highlighted option is always scrolled into the list's view, Escape closes, typing
 * filters and Enter picks (without submitting the form).
 */
import { expect, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { test } from "../support/fixtures";
import { demoApp, waitForFormReady } from "./cruise-helpers";

/** The option is wholly inside the list's visible box (scrolled into view, not clipped). */
async function expectInListView(list: Locator, option: Locator) {
  const [outer, inner] = await Promise.all([list.boundingBox(), option.boundingBox()]);
  if (!outer || !inner) throw new Error("list or option not rendered");
  expect(inner.y).toBeGreaterThanOrEqual(outer.y - 0.5);
  expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height + 0.5);
}

async function openCruiseForm(page: Page, sdkAppId: number) {
  await page.goto("/campaigns/cruise/new");
  await waitForFormReady(page);
  await page.locator("#sdkAppId").selectOption(String(sdkAppId));
}

test("the agent picker: arrows, Home/End, Escape, type to filter, Enter picks", async ({ page, emulator }) => {
  const { sdkAppId } = await demoApp(emulator);
  const staff = (await emulator.state()).apps.find((app) => app.SdkAppId === sdkAppId)?.staff ?? [];
  expect(staff.length).toBeGreaterThan(6); // more than the list shows at once, so End must scroll
  await openCruiseForm(page, sdkAppId);
  const box = page.getByRole("combobox", { name: "Agent" });
  const list = page.getByRole("listbox", { name: "Agent" });
  const options = list.getByRole("option");
  const active = list.locator("[role=option][aria-selected=true]");
  await expect(page.getByTestId("agent-status")).toHaveText(`${staff.length} agents`);

  await box.focus();
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await expect(options).toHaveCount(staff.length);
  await expect(active).toHaveAttribute("data-value", staff[0]?.Mail ?? "");
  await expect(box).toHaveAttribute("aria-activedescendant", (await active.getAttribute("id")) ?? "");

  await page.keyboard.press("End");
  await expect(active).toHaveAttribute("data-value", staff.at(-1)?.Mail ?? "");
  await expectInListView(list, active);
  const scrolledToEnd = await list.evaluate((element) => element.scrollTop);
  expect(scrolledToEnd).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page);

  await page.keyboard.press("Home");
  await expect(active).toHaveAttribute("data-value", staff[0]?.Mail ?? "");
  await expectInListView(list, active);
  expect(await list.evaluate((element) => element.scrollTop)).toBeLessThan(scrolledToEnd);

  await page.keyboard.press("ArrowUp"); // wraps to the last
  await expect(active).toHaveAttribute("data-value", staff.at(-1)?.Mail ?? "");
  await expectInListView(list, active);

  await page.keyboard.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(box).toHaveValue("");

  const wanted = staff[2];
  await page.keyboard.type(wanted?.Mail.slice(0, 6) ?? "");
  await expect(options).toHaveCount(staff.filter((s) => s.Mail.includes(wanted?.Mail.slice(0, 6) ?? "")).length);
  await page.keyboard.press("Enter");
  await expect(box).toHaveValue(wanted?.Mail ?? "");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  // Enter picked; it did not submit the form (which would show the error summary).
  await expect(page.getByTestId("error-summary")).toHaveCount(0);
});

test("the time-zone picker: opens on the current zone, End scrolls to the last, search by offset", async ({
  page,
  emulator,
}) => {
  const { sdkAppId } = await demoApp(emulator);
  await openCruiseForm(page, sdkAppId);
  const box = page.getByRole("combobox", { name: "Time zone" });
  const list = page.getByRole("listbox", { name: "Time zone" });
  const active = list.locator("[role=option][aria-selected=true]");
  const zone = await box.inputValue();

  await box.focus();
  await page.keyboard.press("ArrowDown");
  await expect(active).toHaveAttribute("data-value", zone);
  await expect(list.getByRole("group", { name: "Common time zones" })).toBeVisible();
  await expect(list.getByRole("group", { name: "All time zones" })).toBeAttached();

  await page.keyboard.press("End");
  const last = list.getByRole("group", { name: "All time zones" }).getByRole("option").last();
  await expect(active).toHaveAttribute("data-value", (await last.getAttribute("data-value")) ?? "");
  await expectInListView(list, active);

  // The text was selected on focus, so typing replaces it and searches zone, city and offset.
  await page.keyboard.press("Home");
  await page.keyboard.type("+09:00");
  await expect(list.getByRole("group", { name: "Common time zones" }).getByRole("option")).toHaveText([
    /^Asia\/TokyoUTC\+09:00$/,
    /^Asia\/SeoulUTC\+09:00$/,
  ]);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(box).toHaveValue("Asia/Seoul");
  await expect(page.locator('label[for="startTime"]')).toContainText("(Asia/Seoul)");

  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("Atlantis");
  await expect(page.getByText("No time zone matches “Atlantis”.")).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(box).toHaveValue("Asia/Seoul");
});
