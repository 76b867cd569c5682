"use client";

import { type RefObject, useLayoutEffect } from "react";

const GAP = 4;
const MAX_HEIGHT = 288;
const MIN_HEIGHT = 160;

/** Places a fixed popup under its anchor (or above, when there is more room there), at the anchor's width. */
function place(anchor: HTMLElement, popup: HTMLElement) {
  const rect = anchor.getBoundingClientRect();
  const below = window.innerHeight - rect.bottom - GAP * 2;
  const above = rect.top - GAP * 2;
  const up = below < MIN_HEIGHT && above > below;
  popup.style.left = `${rect.left}px`;
  popup.style.width = `${rect.width}px`;
  popup.style.maxHeight = `${Math.max(Math.min(MAX_HEIGHT, up ? above : below), 96)}px`;
  popup.style.top = up ? "auto" : `${rect.bottom + GAP}px`;
  popup.style.bottom = up ? `${window.innerHeight - rect.top + GAP}px` : "auto";
}

/**
 * Shows `popup` (an element with `popover="manual"`) in the browser's top layer while `open`, pinned to `anchor`.
 * The top layer is never clipped by an overflow container (a table row, a scrolling card) nor hidden by z-index, so
 * the list works wherever its field is; the position follows scrolling and resizing while it is open.
 */
export function useAnchoredPopover(
  anchor: RefObject<HTMLElement | null>,
  popup: RefObject<HTMLElement | null>,
  open: boolean,
) {
  useLayoutEffect(() => {
    const anchorElement = anchor.current;
    const popupElement = popup.current;
    // Environments without the Popover API (unit tests' DOM) keep the element in flow; `hidden` still applies.
    if (!anchorElement || !popupElement || typeof popupElement.showPopover !== "function") return;
    if (!open) return;
    const follow = () => place(anchorElement, popupElement);
    follow();
    popupElement.showPopover();
    window.addEventListener("scroll", follow, true);
    window.addEventListener("resize", follow);
    return () => {
      window.removeEventListener("scroll", follow, true);
      window.removeEventListener("resize", follow);
      if (popupElement.matches(":popover-open")) popupElement.hidePopover();
    };
  }, [anchor, popup, open]);
}
