/** What a key press does to a combobox's list (ARIA APG "editable combobox with list autocomplete"). */
export type ComboboxMove =
  | { type: "open"; active: number }
  | { type: "move"; active: number }
  | { type: "pick"; active: number }
  | { type: "close" }
  | { type: "escape-closed" }
  | { type: "none" };

const PAGE = 10;

/**
 * The list's answer to a key: arrows open the list or move through it (wrapping), Home/End and PageUp/PageDown jump
 * while it is open (when closed they move the caret as usual), Enter picks the highlighted option, Escape closes.
 * Pure, so every key is tested without a DOM.
 */
export function comboboxKey(
  key: string,
  state: { open: boolean; active: number; count: number; altKey?: boolean },
): ComboboxMove {
  const { open, active, count } = state;
  const last = count - 1;
  switch (key) {
    case "ArrowDown":
      if (!open) return { type: "open", active: state.altKey ? -1 : 0 };
      if (state.altKey) return { type: "none" };
      return { type: "move", active: count === 0 ? -1 : (active + 1) % count };
    case "ArrowUp":
      if (!open) return { type: "open", active: last };
      if (state.altKey) return { type: "close" };
      return { type: "move", active: count === 0 ? -1 : (active - 1 + count) % count };
    case "Home":
      return open && count > 0 ? { type: "move", active: 0 } : { type: "none" };
    case "End":
      return open && count > 0 ? { type: "move", active: last } : { type: "none" };
    case "PageDown":
      return open && count > 0 ? { type: "move", active: Math.min(active + PAGE, last) } : { type: "none" };
    case "PageUp":
      return open && count > 0 ? { type: "move", active: Math.max(active - PAGE, 0) } : { type: "none" };
    case "Enter":
      return open && active >= 0 && active < count ? { type: "pick", active } : { type: "none" };
    case "Escape":
      return open ? { type: "close" } : { type: "escape-closed" };
    default:
      return { type: "none" };
  }
}
