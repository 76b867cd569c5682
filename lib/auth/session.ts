/**
 * The signed-in user for server components, route handlers and server actions. The token only says who it was
 * issued to; the user is re-read from the database on every request (once per request thanks to React's cache()).
 */
import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { observePageRender } from "@/lib/observability/page-render";
import { auth, SIGN_IN_PATH } from "./auth";
import { resolveSessionUser, type SessionUser } from "./session-user";

export type { SessionUser } from "./session-user";

export const getSessionUser: () => Promise<SessionUser | null> = cache(async () => {
  const session = await auth();
  if (!session) return null;
  return resolveSessionUser(await getDb(), session);
});

/** For pages and layouts: the user, or a redirect to the sign-in page. Actions should use getSessionUser(). */
export async function requireSessionUser(): Promise<SessionUser> {
  await observePageRender(); // every console page starts here: page render time (lib/observability/page-render.ts)
  const user = await getSessionUser();
  if (!user) redirect(SIGN_IN_PATH);
  return user;
}
