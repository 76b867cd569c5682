/**
 * Moves focus to the first of `ids` that is on the page (the form's field order), or to the first control inside it
 * when it is a group (a fieldset of radios, a checkbox list). Returns whether something took the focus.
 */
export function focusFirstError(ids: readonly string[]): boolean {
  for (const id of ids) {
    const element = document.getElementById(id);
    if (!element) continue;
    const target = element.matches("input, select, textarea, button")
      ? element
      : element.querySelector<HTMLElement>("input:not([disabled]), select, textarea");
    if (target instanceof HTMLElement) {
      target.focus();
      return true;
    }
  }
  return false;
}
