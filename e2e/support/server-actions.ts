/**
 * Calls a server action the way an attacker would: a bare POST with the `Next-Action` header, no page, no form.
 * Action ids rotate per build, so they are read from the build's manifest.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";

interface ManifestEntry {
  exportedName?: string;
  filename?: string;
}

/** The id of an exported action in the current build, or undefined when no page references it. */
export function actionId(exportedName: string): string | undefined {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const file = path.join(process.cwd(), distDir, "server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName)?.[0];
}

export async function postAction(
  request: APIRequestContext,
  pagePath: string,
  id: string,
  args: unknown[],
  /** Extra headers (an Origin, say); or the body as a string, to send what JSON.stringify(args) would not. */
  extra: { headers?: Record<string, string>; body?: string } = {},
): Promise<APIResponse> {
  return request.post(pagePath, {
    headers: {
      "Next-Action": id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      ...extra.headers,
    },
    data: extra.body ?? JSON.stringify(args),
    maxRedirects: 0,
  });
}
