/**
 * The paste as a user makes it, on the real pages: the production console (bench/support/console-servers.ts),
 * signed in, the cruise create form and a predictive edit form. Each round loads the form, puts the text on the
 * clipboard (navigator.clipboard, permission granted), clicks the paste box and presses Ctrl+V: a trusted key event
 * whose default action is a trusted `paste` event — what reaches the form's handler when a user pastes (CDP's
 * Input.insertText or a synthetic ClipboardEvent would not be the same). bench/browser/paste-probe.ts records the
 * long tasks and the moment the report shows. The baseline is the same Ctrl+V into a page with nothing but a
 * textarea, served from the console's origin.
 */
import type { Browser, Page } from "@playwright/test";
import { build } from "esbuild";
import { longestTextareaValue, watchTextareaValue } from "../../e2e/support/clipboard";
import { formUrls, signedInPage } from "../support/console-pages";
import type { PasteProbe } from "./paste-probe";
import { BARE_TEXTAREA_HTML } from "./paste-probe";

export interface PasteRun {
  /** Ctrl+V → the first frame with the report's counts (absent for the bare textarea). */
  reportMs?: number;
  /** Longest main-thread task from Ctrl+V until the report showed (bare textarea: within 5 s). */
  longestTaskMs: number;
  /** Longest task in the second after the report showed (the form taking the list). */
  longestTaskAfterMs: number;
  /** Longest value the paste box held. */
  longestTextareaValue: number;
  validText: string;
}

const SETTLE_MS = 1_000;

async function probeScript(): Promise<string> {
  const bundled = await build({
    stdin: {
      contents: 'import { installPasteProbe } from "./paste-probe"; installPasteProbe();',
      resolveDir: __dirname,
      loader: "ts",
    },
    bundle: true,
    write: false,
    format: "iife",
    target: "es2022",
    logLevel: "error",
  });
  return bundled.outputFiles[0]?.text ?? "";
}

const readProbe = (page: Page) => page.evaluate(() => (window as unknown as { pasteProbe: PasteProbe }).pasteProbe);

function longest(tasks: PasteProbe["tasks"], from: number, to: number): number {
  // A task counts when it overlaps the window (the paste's own task starts before the keydown's timeStamp ends).
  const overlapping = tasks.filter(([start, duration]) => start + duration >= from && start <= to);
  return Math.max(0, ...overlapping.map(([, duration]) => duration));
}

async function pasteOnce(page: Page, url: string, text: string, ready: (page: Page) => Promise<void>) {
  await page.goto(url);
  await ready(page);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  // Half a second for what a user does before pasting (reaching the box takes longer): hydration's tail, the
  // clipboard write, and the list input starting its worker when the page goes idle.
  await page.waitForTimeout(500);
  await page.locator("#callees").click();
  await page.keyboard.press("ControlOrMeta+V");
}

async function formRun(page: Page, url: string, text: string, ready: (page: Page) => Promise<void>) {
  await pasteOnce(page, url, text, ready);
  await page.waitForFunction(() => (window as unknown as { pasteProbe: PasteProbe }).pasteProbe.shownAt > 0, null, {
    timeout: 30_000,
    polling: 50,
  });
  await page.waitForTimeout(SETTLE_MS + 100);
  const probe = await readProbe(page);
  const run: PasteRun = {
    reportMs: probe.shownAt - probe.t0,
    longestTaskMs: longest(probe.tasks, probe.t0, probe.shownAt),
    longestTaskAfterMs: longest(probe.tasks, probe.shownAt, probe.shownAt + SETTLE_MS),
    longestTextareaValue: await longestTextareaValue(page),
    validText: probe.validText,
  };
  return run;
}

async function bareRun(page: Page, url: string, text: string): Promise<PasteRun> {
  await pasteOnce(page, url, text, async () => {});
  await page.waitForFunction(
    (length) => (document.getElementById("callees") as HTMLTextAreaElement).value.length === length,
    text.length,
    { timeout: 60_000, polling: 100 },
  );
  await page.waitForTimeout(5_000);
  const probe = await readProbe(page);
  return {
    longestTaskMs: longest(probe.tasks, probe.t0, probe.t0 + 5_000),
    longestTaskAfterMs: 0,
    longestTextareaValue: await longestTextareaValue(page),
    validText: "",
  };
}

export interface FormPasteRuns {
  cruise: PasteRun[];
  edit: PasteRun[];
  bareTextarea: PasteRun[];
}

/** `rounds` pastes of `text` into each form and into the bare textarea, alternating so all see the same load. */
export async function measureFormPastes(
  browser: Browser,
  servers: { appUrl: string; emulatorUrl: string },
  text: string,
  rounds: number,
): Promise<FormPasteRuns> {
  const page = await signedInPage(browser, servers.appUrl);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: servers.appUrl });
  await page.addInitScript({ content: await probeScript() });
  await watchTextareaValue(page, "callees");
  const bareUrl = `${servers.appUrl}/__bench/bare-textarea`;
  await page.route(bareUrl, (route) => route.fulfill({ contentType: "text/html", body: BARE_TEXTAREA_HTML }));
  const { cruise, edit } = await formUrls(servers.emulatorUrl);
  const hydrated = async (p: Page) => {
    await p.locator("form[data-hydrated]").waitFor({ timeout: 60_000 });
  };
  const saveEnabled = async (p: Page) => {
    await p.getByRole("button", { name: "Save changes" }).and(p.locator(":enabled")).waitFor({ timeout: 60_000 });
  };
  const runs: FormPasteRuns = { cruise: [], edit: [], bareTextarea: [] };
  // One unmeasured round first: the build's chunks into the HTTP cache, as for a user who has used the console.
  await formRun(page, cruise, text, hydrated);
  for (let i = 0; i < rounds; i++) {
    runs.cruise.push(await formRun(page, cruise, text, hydrated));
    runs.edit.push(await formRun(page, edit, text, saveEnabled));
    runs.bareTextarea.push(await bareRun(page, bareUrl, text));
  }
  await page.context().close();
  return runs;
}
