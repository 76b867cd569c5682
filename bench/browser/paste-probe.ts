/**
 * Runs inside the console's page (installed by bench/browser/form-paste.ts with `page.addInitScript`, so it is in
 * place before the app's own scripts). It records, for one paste:
 *   - t0: the timeStamp of the Ctrl+V keydown (the trusted key event whose default action is the paste);
 *   - shownAt: the first animation frame after the report's "valid numbers" count appeared in the DOM;
 *   - every long task (PerformanceObserver "longtask": main-thread tasks over 50 ms, as Chromium measures them);
 *   - the longest value the paste box (`#callees`) was given (its value setter and input events), to prove the
 *     text never landed in it.
 * Kept free of imports: Playwright serializes the function's source.
 */
export interface PasteProbe {
  t0: number;
  shownAt: number;
  validText: string;
  tasks: Array<[start: number, duration: number]>;
  longestTextareaValue: number;
}

export function installPasteProbe(): void {
  const probe: PasteProbe = { t0: 0, shownAt: 0, validText: "", tasks: [], longestTextareaValue: 0 };
  (window as unknown as { pasteProbe: PasteProbe }).pasteProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask" });
  const noteValue = (element: unknown, length: number) => {
    if (!(element instanceof HTMLTextAreaElement) || element.id !== "callees") return;
    probe.longestTextareaValue = Math.max(probe.longestTextareaValue, length);
  };
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value");
  if (setter?.set && setter.get) {
    const { get, set } = setter;
    Object.defineProperty(HTMLTextAreaElement.prototype, "value", {
      configurable: true,
      get() {
        return get.call(this);
      },
      set(value: string) {
        noteValue(this, String(value).length);
        set.call(this, value);
      },
    });
  }
  document.addEventListener(
    "input",
    (event) => {
      if (event.target instanceof HTMLTextAreaElement) noteValue(event.target, event.target.value.length);
    },
    true,
  );
  document.addEventListener(
    "keydown",
    (event) => {
      if (event.key.toLowerCase() === "v" && (event.ctrlKey || event.metaKey)) probe.t0 = event.timeStamp;
    },
    true,
  );
  const watch = new MutationObserver(() => {
    if (!probe.t0 || probe.shownAt) return;
    const valid = document.querySelector('[data-testid="callee-valid"]');
    if (!valid?.textContent) return;
    probe.validText = valid.textContent;
    requestAnimationFrame((frameTime) => {
      probe.shownAt = frameTime;
    });
  });
  const start = () => watch.observe(document.body, { childList: true, subtree: true, characterData: true });
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
}

/** A page with nothing but a textarea: the browser's own cost of the same paste (the baseline). */
export const BARE_TEXTAREA_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare textarea</title></head>' +
  '<body><label for="callees">Callees</label><textarea id="callees" rows="8"></textarea></body></html>';
