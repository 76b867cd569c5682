/**
 * Liveness: the process answers. No session, no database, nothing in the answer but that (a restart is the only
 * remedy a failing liveness probe should trigger, so it must not fail for a dependency). See docs/operations.md.
 */
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
