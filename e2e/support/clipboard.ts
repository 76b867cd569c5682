/**
 * A paste as a user makes it: the text on the system clipboard (permission granted to the page's origin), the box
 * clicked, Ctrl+V pressed — a trusted keydown whose default action is a trusted `paste` event. Playwright's fill()
 * types instead (minutes for 1.5 MB), and a synthetic ClipboardEvent never inserts text.
 */
import type { Page } from "@playwright/test";

export async function pasteText(page: Page, selector: string, text: string): Promise<void> {
  const origin = new URL(page.url()).origin;
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator(selector).click();
  await page.keyboard.press("ControlOrMeta+V");
}

/**
 * Records the longest value the textarea with `id` ever held (its value setter and input events), from before the
 * page's scripts run; read it with `longestTextareaValue(page)`.
 */
export async function watchTextareaValue(page: Page, id: string): Promise<void> {
  await page.addInitScript((watched) => {
    const log = { longest: 0 };
    (window as unknown as { textareaLog: typeof log }).textareaLog = log;
    const note = (element: unknown, length: number) => {
      if (element instanceof HTMLTextAreaElement && element.id === watched) log.longest = Math.max(log.longest, length);
    };
    const value = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value");
    const { get, set } = value ?? {};
    if (get && set) {
      Object.defineProperty(HTMLTextAreaElement.prototype, "value", {
        configurable: true,
        get() {
          return get.call(this);
        },
        set(next: string) {
          note(this, String(next).length);
          set.call(this, next);
        },
      });
    }
    document.addEventListener(
      "input",
      (event) => note(event.target, (event.target as HTMLTextAreaElement).value?.length ?? 0),
      true,
    );
  }, id);
}

export const longestTextareaValue = (page: Page) =>
  page.evaluate(() => (window as unknown as { textareaLog: { longest: number } }).textareaLog.longest);
