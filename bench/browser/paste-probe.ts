/**
 * Runs inside the console's page (installed by bench/browser/form-paste.ts with `page.addInitScript`, so it is in
 * place before the app's own scripts). It records, for one paste:
 *   - t0: the timeStamp of the Ctrl+V keydown (the trusted key event whose default action is the paste);
 *   - shownAt: the first animation frame after the report's "valid numbers" count appeared in the DOM;
 *   - every long task (PerformanceObserver "longtask": main-thread tasks over 50 ms, as Chromium measures them).
 * What the paste box held is watched by e2e/support/clipboard.ts's script, shared with the e2e tests.
 * Kept free of imports: Playwright serializes the function's source.
 */
export interface PasteProbe {
  t0: number;
  shownAt: number;
  validText: string;
  tasks: Array<[start: number, duration: number]>;
}

export function installPasteProbe(): void {
  const probe: PasteProbe = { t0: 0, shownAt: 0, validText: "", tasks: [] };
  (window as unknown as { pasteProbe: PasteProbe }).pasteProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask" });
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
