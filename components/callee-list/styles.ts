/** Buttons of the list input (the same look as the console's secondary buttons). */
export const secondaryButtonClass =
  "inline-flex items-center rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:bg-canvas disabled:opacity-60";
export const linkButtonClass = "text-sm font-medium text-accent underline underline-offset-2 hover:no-underline";
