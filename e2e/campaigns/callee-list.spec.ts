/**
 * The callee list input and the caller select in the browser, on the cruise create page: paste, CSV and XLSX
 * (through the real Web Worker), the report and the rejects download, bad files, and DescribeNumbers states from
 * the emulator through the console's numbers route.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { buildXlsx, xlsxParts, zipParts } from "@/lib/callees/files/testing/build-xlsx";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { pasteText } from "../support/clipboard";
import { expect, test } from "../support/fixtures";
import { APP_URL } from "../support/urls";

const PAGE = "/campaigns/cruise/new";

const report = (page: Page) => ({
  valid: page.getByTestId("callee-valid"),
  duplicates: page.getByTestId("callee-duplicates"),
  rejected: page.getByTestId("callee-rejected"),
});

/**
 * Chooses the app once the form is hydrated: a choice made on the server-rendered HTML before React takes over is
 * reset, so retry until the caller list (which needs the app) answers.
 */
async function chooseApp(page: Page, sdkAppId: number) {
  await expect(async () => {
    await page.locator("#sdkAppId").selectOption(String(sdkAppId));
    await expect(page.getByTestId("caller-number-select")).not.toContainText("Choose an app first", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

async function openFileTab(page: Page) {
  await page.getByRole("tab", { name: "Upload file" }).click();
  return page.getByLabel("Spreadsheet (.xlsx) or CSV file");
}

test("pasting reports valid numbers, duplicates and every rejected line, and the rejects download as CSV", async ({
  page,
}) => {
  await page.goto(PAGE);
  await expect(page.getByText("Up to 100,000 numbers per campaign.")).toBeVisible();
  const lines = [
    "13800138000", // 1 valid
    "+86 138 0013 8001", // 2 valid
    "138-0013-8000", // 3 duplicate of line 1
    "call me", // 4 rejected: letters
    "０１０ ６２５３ ０１２０", // 5 valid: full-width Beijing landline
    "+999 1234567", // 6 rejected: unknown country
    "0086 138 0013 8001", // 7 duplicate of line 2
    "12", // 8 rejected: too short
  ];
  await page.locator("#callees").fill(lines.join("\n"));
  await expect(report(page).valid).toHaveText("3");
  await expect(report(page).duplicates).toHaveText("2");
  await expect(report(page).rejected).toHaveText("3");
  await expect(
    page.getByRole("status").filter({ hasText: "3 valid numbers, 2 duplicates removed, 3 lines rejected." }),
  ).toBeVisible();

  const rejects = page.getByTestId("callee-rejects");
  await expect(rejects.getByRole("row")).toHaveCount(4);
  await expect(rejects.getByRole("row").nth(1)).toContainText("4");
  await expect(rejects.getByRole("row").nth(1)).toContainText("call me");
  await expect(rejects.getByRole("row").nth(1)).toContainText("Not a phone number");
  await expect(rejects.getByRole("row").nth(2)).toContainText("Unknown country code");
  await expect(rejects.getByRole("row").nth(3)).toContainText("Too short");

  const preview = page.getByTestId("callee-preview");
  await expect(preview.getByRole("listitem")).toHaveText(["1+8613800138000", "2+8613800138001", "3+861062530120"]);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download rejected lines (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("rejected-lines.csv");
  const csv = (await readFile(await download.path())).toString("utf8");
  expect(csv.replace(/^\uFEFF/, "").split("\r\n")).toEqual([
    "line,text,reason,message",
    "4,call me,not_a_number,Not a phone number (letters or other characters)",
    "6,+999 1234567,invalid_country,Unknown country code",
    "8,12,too_short,Too short",
    "",
  ]);
  await expectNoSeriousA11yViolations(page);
});

test("a CSV with several columns: the phone column is suggested, another can be chosen", async ({ page }) => {
  await page.goto(PAGE);
  const input = await openFileTab(page);
  const csv = "name,mobile,backup\nAda,13800138000,13900139000\nBo,13800138001,not-a-number\n";
  await input.setInputFiles({ name: "list.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  const column = page.getByLabel("Column with the numbers");
  await expect(column).toHaveValue("1");
  await expect(page.getByLabel("The first row is a header")).toBeChecked();
  await expect(report(page).valid).toHaveText("2");
  await expect(report(page).rejected).toHaveText("0");

  await column.selectOption({ label: "Column C: backup — e.g. 13900139000, not-a-number" });
  await expect(report(page).valid).toHaveText("1");
  await expect(report(page).rejected).toHaveText("1");
  await expect(page.getByTestId("callee-rejects")).toContainText("not-a-number");
  // Spreadsheet row numbers: the header is row 1, so the bad cell is on row 3.
  await expect(page.getByTestId("callee-rejects").getByRole("row").nth(1)).toContainText("3");
  await expect(page.getByTestId("callee-preview").getByRole("listitem")).toHaveText(["1+8613900139000"]);
});

test("an XLSX: first sheet by default, another sheet can be chosen", async ({ page }) => {
  await page.goto(PAGE);
  const input = await openFileTab(page);
  const xlsx = buildXlsx([
    {
      name: "Summary",
      rows: [
        ["Campaign", "Owner"],
        ["Double 11", "Ada"],
      ],
    },
    { name: "Callees", rows: [["手机号码"], ["13800138000"], ["13800138001"], ["13800138000"]] },
  ]);
  await input.setInputFiles({
    name: "callees.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(xlsx),
  });
  const sheet = page.getByLabel("Sheet", { exact: true });
  await expect(sheet).toHaveValue("0");
  await expect(report(page).valid).toHaveText("0");

  await sheet.selectOption({ label: "Callees" });
  await expect(report(page).valid).toHaveText("2");
  await expect(report(page).duplicates).toHaveText("1");
  await expect(page.getByTestId("callee-preview").getByRole("listitem")).toHaveText([
    "1+8613800138000",
    "2+8613800138001",
  ]);
});

test("bad files get a clear error naming the problem", async ({ page }) => {
  await page.goto(PAGE);
  const input = await openFileTab(page);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  await input.setInputFiles({ name: "numbers.csv", mimeType: "text/csv", buffer: png });
  const error = page.getByTestId("callee-file-error");
  await expect(error).toHaveAttribute("data-code", "binary_file");
  await expect(error).toHaveText(/not a spreadsheet or a CSV file/);
  await expect(error).toHaveAttribute("role", "alert");

  await input.setInputFiles({ name: "empty.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) });
  await expect(error).toHaveAttribute("data-code", "empty_file");
  await expect(error).toHaveText("The file is empty.");

  await input.setInputFiles({
    name: "notes.xlsx",
    mimeType: "application/zip",
    buffer: Buffer.from(zipParts({ "word/document.xml": "<w:document/>" })),
  });
  await expect(error).toHaveAttribute("data-code", "not_a_spreadsheet");

  // A zip bomb: ~120 KB that would expand to 120 MB (over the 100 MB cap); refused in the worker, tab still alive.
  const bomb = zipParts({
    ...xlsxParts([{ name: "S", rows: [["13800138000"]] }]),
    "xl/media/x.xml": new Uint8Array(120 * 1024 * 1024),
  });
  expect(bomb.byteLength).toBeLessThan(1024 * 1024);
  await input.setInputFiles({ name: "list.xlsx", mimeType: "application/zip", buffer: Buffer.from(bomb) });
  await expect(error).toHaveAttribute("data-code", "expands_too_large");
  await expect(error).toHaveText(/expands to far more data than allowed/);
  await expect(page.getByRole("tab", { name: "Paste" })).toBeEnabled();

  // Over 20 MB: refused by its size before a byte is read.
  const huge = Buffer.alloc(21 * 1024 * 1024, "13800138000\n");
  await input.setInputFiles({ name: "huge.csv", mimeType: "text/csv", buffer: huge });
  await expect(error).toHaveAttribute("data-code", "file_too_large");
  await expect(error).toHaveText("The file is too large (at most 20 MB). Split it into several files.");
});

test("a paste of more than 2,000 lines is held as a list, with Edit as text, Clear and paste-to-replace", async ({
  page,
}) => {
  await page.goto(PAGE);
  await expect(page.locator("form[data-hydrated]")).toBeVisible();
  const numbers = Array.from({ length: 3_000 }, (_, i) => `138${String(i).padStart(8, "0")}`);
  const text = [...numbers, numbers[0], "call me"].join("\n");
  await pasteText(page, "#callees", text);

  // The box gives way to a note named by the field's label; focus moves there, and the report has the counts.
  const held = page.getByRole("group", { name: "Callees" });
  await expect(held).toBeFocused();
  await expect(held).toContainText("kept as a list rather than shown in the box");
  await expect(page.locator("#callees")).toHaveCount(0);
  await expect(report(page).valid).toHaveText("3,000");
  await expect(report(page).duplicates).toHaveText("1");
  await expect(report(page).rejected).toHaveText("1");
  await expectNoSeriousA11yViolations(page);

  // Small enough to edit: the same text goes back into the box, the list stays as it was.
  await page.keyboard.press("Tab");
  await expect(held.getByRole("button", { name: "Edit as text" })).toBeFocused();
  await page.keyboard.press("Enter");
  const box = page.locator("#callees");
  await expect(box).toBeFocused();
  // Compared as one boolean: a 3,000-line diff would drown a failure.
  expect((await box.inputValue()) === text).toBe(true);
  await expect(report(page).valid).toHaveText("3,000");

  // Held again; a small paste on the note replaces the list and brings the box back with it.
  await pasteText(page, "#callees", text);
  await expect(held).toBeFocused();
  await page.evaluate(() => navigator.clipboard.writeText("13800138000\n13800138001"));
  await page.keyboard.press("ControlOrMeta+V");
  await expect(box).toBeFocused();
  await expect(box).toHaveValue("13800138000\n13800138001");
  await expect(report(page).valid).toHaveText("2");

  // Held once more, then cleared: an empty, focused box and no report.
  await pasteText(page, "#callees", text);
  await expect(held).toBeFocused();
  await page.getByRole("button", { name: "Clear", exact: true }).click();
  await expect(box).toBeFocused();
  await expect(box).toHaveValue("");
  await expect(page.getByTestId("callee-report")).toHaveCount(0);
});

test("the mode tabs work from the keyboard", async ({ page }) => {
  await page.goto(PAGE);
  const paste = page.getByRole("tab", { name: "Paste" });
  await paste.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Upload file" })).toBeFocused();
  await expect(page.getByRole("tab", { name: "Upload file" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByLabel("Spreadsheet (.xlsx) or CSV file")).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(paste).toHaveAttribute("aria-selected", "true");
  await expect(page.locator("#callees")).toBeVisible();
});

test("the caller select offers normal numbers and shows the others disabled with their state", async ({
  page,
  emulator,
}) => {
  const app = (await emulator.state()).apps[0];
  if (!app) throw new Error("The emulator has no app");
  await page.goto(PAGE);
  await chooseApp(page, app.SdkAppId);
  const callers = page.getByRole("group", { name: /Caller numbers/i });
  for (const number of app.numbers) {
    const box = callers.getByRole("checkbox", { name: number.Number, exact: true });
    if (number.State === 1) await expect(box).toBeEnabled();
    else await expect(box).toBeDisabled();
  }
  const states = { 2: "Suspended for arrears", 4: "Disabled by an administrator", 5: "Disabled for a violation" };
  for (const number of app.numbers.filter((n) => n.State !== 1)) {
    await expect(callers.locator("li", { hasText: number.Number })).toContainText(states[number.State as 2 | 4 | 5]);
  }
  const usable = app.numbers.filter((n) => n.State === 1);
  await callers.getByRole("checkbox", { name: usable[0]?.Number, exact: true }).check();
  await expect(callers).toContainText(`1 number selected of ${usable.length} usable.`);
  await expectNoSeriousA11yViolations(page);
});

test("the caller select shows CCC's code and RequestId when DescribeNumbers fails", async ({ page, emulator }) => {
  const app = (await emulator.state()).apps[0];
  if (!app) throw new Error("The emulator has no app");
  await emulator.injectFault({ action: "DescribeNumbers", kind: "error", code: "InternalError", times: 20 });
  const direct = await page.request.get(`/api/apps/${app.SdkAppId}/numbers`);
  expect(direct.status()).toBe(502);
  expect(await direct.json()).toMatchObject({ formError: { code: "InternalError" }, requestId: expect.any(String) });
  await page.goto(PAGE);
  await chooseApp(page, app.SdkAppId);
  await expect(page.getByText("The app's numbers could not be loaded.")).toBeVisible();
  await expect(page.getByTestId("caller-numbers-error")).toContainText(/^InternalError · Request ID: \S+$/);
});

test("in Chinese: the report, the reasons and a file error are translated, and axe finds nothing serious", async ({
  page,
  context,
}) => {
  await context.addCookies([{ name: LOCALE_COOKIE, value: "zh-CN", url: APP_URL }]);
  await page.goto(PAGE);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.locator("#callees").fill("13800138000\n13800138000\nabc");
  await expect(page.getByText("有效号码 1 个，已去除重复 1 个，被拒绝 1 行。")).toBeVisible();
  await expect(page.getByTestId("callee-rejects")).toContainText("不是电话号码");
  await page.getByRole("tab", { name: "上传文件" }).click();
  await page.getByLabel("表格（.xlsx）或 CSV 文件").setInputFiles({
    name: "empty.csv",
    mimeType: "text/csv",
    buffer: Buffer.alloc(0),
  });
  await expect(page.getByTestId("callee-file-error")).toHaveText("文件为空。");
  await expectNoSeriousA11yViolations(page);
});
