"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { getQueryClient } from "@/lib/queries/query-client";

/**
 * Client-side providers. One QueryClient per browser tab (a new one per server render, never shared). Not in
 * useState: React would drop it if the first render suspended before a Suspense boundary (midday's note).
 */
export function Providers({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={getQueryClient()}>{children}</QueryClientProvider>;
}
