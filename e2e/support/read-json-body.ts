import type { IncomingMessage } from "node:http";

/** The JSON object a test control endpoint was sent (an empty body or a non-object is `{}`). */
export async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  let body = "";
  for await (const chunk of req) body += chunk;
  const value: unknown = body ? JSON.parse(body) : {};
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}
