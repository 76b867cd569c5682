"use server";

import { signOut } from "@/lib/auth/auth";

/** Ends the session (clears the cookie) and goes to the sign-in page. Safe for anyone to call. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
