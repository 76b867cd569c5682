"use server";

import { refresh } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS, locales } from "@/lib/i18n/locales";

const ZSetLocaleInput = z.enum(locales);

/**
 * Stores the UI language in the `NEXT_LOCALE` cookie and re-renders the current page in it.
 * Deliberately open to signed-out users (the sign-in page has a language switch too): it only writes a preference
 * cookie for the caller, so it needs no session or role check. The input is still validated like any action's.
 */
export async function setLocaleAction(input: unknown): Promise<{ ok: boolean }> {
  const parsed = ZSetLocaleInput.safeParse(input);
  if (!parsed.success) return { ok: false };
  const cookieStore = await cookies();
  // Not `secure`: it holds no secret, and it must also work on the plain-http loopback emulator setup.
  cookieStore.set(LOCALE_COOKIE, parsed.data, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS,
    sameSite: "lax",
    httpOnly: true,
  });
  refresh();
  return { ok: true };
}
