/**
 * Page render time. Called from requireSessionUser(), which the console layout and every console page call first:
 * the clock starts at the first call of the request (React's cache() makes it once per request) and stops in
 * after(), when Next has finished streaming the response, Suspense boundaries included. So it measures the server's
 * whole work for a page — session check, loaders (CCC reads, database), rendering and streaming — for full loads,
 * client-side navigations and refreshes alike. Not included: the proxy, and time before Next calls the page.
 */
import "server-only";
import { headers } from "next/headers";
import { after } from "next/server";
import { cache } from "react";
import { consoleMetrics } from "./metrics";

/**
 * document: a full page load; rsc: a client-side navigation or refresh; prefetch: the router prefetching; action:
 * the page a server action renders in its answer (a redirect after sign-in or a save, a revalidated page).
 */
export type PageRenderKind = "document" | "rsc" | "prefetch" | "action";

export function pageRenderKind(requestHeaders: Headers): PageRenderKind {
  if (requestHeaders.has("next-action")) return "action";
  if (requestHeaders.get("next-router-prefetch") === "1") return "prefetch";
  return requestHeaders.get("rsc") === "1" ? "rsc" : "document";
}

/** Starts timing this request's page render (idempotent within a request). */
export const observePageRender: () => Promise<void> = cache(async () => {
  const started = performance.now();
  const kind = pageRenderKind(await headers());
  after(() => {
    consoleMetrics().pageRender.observe({ kind }, (performance.now() - started) / 1000);
  });
});
