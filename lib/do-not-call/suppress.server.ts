/**
 * The one function every server path that sends callees to CCC calls before it does (cruise create, predictive
 * create and update): the app's do-not-call list applied to the list about to be sent, from this instance's cache.
 */
import "server-only";
import type { CampaignFailure } from "@/lib/campaigns/campaign-failure";
import { getDb } from "@/lib/db";
import { DO_NOT_CALL_CODE } from "./codes";
import type { Suppression } from "./phone-set";
import { SuppressionCache } from "./suppression-cache";

const GLOBAL_KEY = "__cccConsoleDoNotCall";
// On globalThis: Next's dev server re-evaluates modules on edits, and one process should hold one copy of the lists.
const shared = globalThis as typeof globalThis & { [GLOBAL_KEY]?: SuppressionCache };

function cache(): SuppressionCache {
  shared[GLOBAL_KEY] ??= new SuppressionCache();
  return shared[GLOBAL_KEY];
}

/** Kept numbers (to send) and suppressed ones with their 0-based index in `callees`. */
export async function suppressCallees(sdkAppId: number, callees: readonly string[]): Promise<Suppression> {
  return cache().suppress(await getDb(), sdkAppId, callees);
}

/** How many suppressed numbers a refusal names; the count is always exact. */
export const SUPPRESSED_SAMPLE = 20;

/**
 * The failure code and the numbers a refusal names when a request still carries listed numbers (see
 * docs/decisions.md, "Do-not-call: refuse, don't drop"), or null when none is listed.
 */
export async function doNotCallRefusal(
  sdkAppId: number,
  callees: readonly string[],
): Promise<{ count: number; phones: string[] } | null> {
  const { suppressed } = await suppressCallees(sdkAppId, callees);
  if (suppressed.length === 0) return null;
  return { count: suppressed.length, phones: suppressed.slice(0, SUPPRESSED_SAMPLE).map((entry) => entry.phone) };
}

/**
 * The failure a create or update returns when its callees still hold listed numbers, or null when none is listed.
 * Form level (the list as a whole), "nothing changed"; the message is `<count>: <first numbers, comma-separated>`,
 * which the form's notice turns into "N numbers are on the do-not-call list: …" (doNotCallDetail).
 */
export async function doNotCallFailure(
  sdkAppId: number,
  callees: readonly string[],
): Promise<CampaignFailure<never> | null> {
  const refused = await doNotCallRefusal(sdkAppId, callees);
  if (!refused) return null;
  return {
    code: DO_NOT_CALL_CODE,
    field: null,
    changed: "no",
    detail: `${refused.count}: ${refused.phones.join(", ")}`,
  };
}
