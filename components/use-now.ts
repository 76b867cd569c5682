"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

/**
 * The current time, re-read every `intervalMs`. Null until mounted, so the server render and the first client render
 * agree (no hydration mismatch); callers treat null as "the moment the data was read".
 */
export function useNow(intervalMs = 1000): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

function subscribeVisibility(onChange: () => void) {
  document.addEventListener("visibilitychange", onChange);
  return () => document.removeEventListener("visibilitychange", onChange);
}

/** Whether the tab is visible (document.visibilityState), the same signal react-query pauses polling on. */
export function useDocumentVisible(): boolean {
  return useSyncExternalStore(
    subscribeVisibility,
    () => document.visibilityState !== "hidden",
    () => true,
  );
}
