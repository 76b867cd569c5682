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
 * Script run before the page's own: records the longest value the textarea with `id` ever held (its value setter
 * and input events); read it with `longestTextareaValue(page)`. Source text, not a function, so the benchmarks can
 * use it too: tsx would wrap the inner functions in a helper the page does not have.
 */
export function textareaWatchScript(id: string): string {
  return `(() => {
    const log = { longest: 0 };
    window.textareaLog = log;
    const note = (element, length) => {
      if (element instanceof HTMLTextAreaElement && element.id === ${JSON.stringify(id)}) {
        log.longest = Math.max(log.longest, length);
      }
    };
    const value = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value");
    Object.defineProperty(HTMLTextAreaElement.prototype, "value", {
      configurable: true,
      get() { return value.get.call(this); },
      set(next) { note(this, String(next).length); value.set.call(this, next); },
    });
    document.addEventListener("input", (event) => note(event.target, event.target.value?.length ?? 0), true);
  })();`;
}

export async function watchTextareaValue(page: Page, id: string): Promise<void> {
  await page.addInitScript({ content: textareaWatchScript(id) });
}

export const longestTextareaValue = (page: Page) =>
  page.evaluate(() => (window as unknown as { textareaLog: { longest: number } }).textareaLog.longest);
