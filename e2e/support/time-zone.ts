import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Picks a zone in the kit's TimeZonePicker (a combobox) the way a keyboard user does: type its name, Enter on the
 * best match. `scope` narrows the search to one form when a page has several pickers.
 */
export async function pickTimeZone(scope: Page | Locator, zone: string, name = "Time zone") {
  const box = scope.getByRole("combobox", { name });
  await box.fill(zone);
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await box.press("Enter");
  await expect(box).toHaveValue(zone);
  await expect(box).toHaveAttribute("aria-expanded", "false");
}

/** The e2e supervisor's zone (scripts/e2e-server.ts seeds the default), which the console's pages name. */
export const SUPERVISOR_ZONE = "Asia/Shanghai";

/** A Unix time as the console shows a date and time (next-intl: dateStyle medium, timeStyle short) in `zone`. */
export const shownIn = (unix: number, zone: string, locale = "en") =>
  new Intl.DateTimeFormat(locale, { timeZone: zone, dateStyle: "medium", timeStyle: "short" }).format(unix * 1000);
