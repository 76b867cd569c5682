/**
 * The campaign forms' do-not-call step: after the worker has checked a list, ask the server which numbers are on the
 * app's list and remove them, remembering their lines for the report. A failed check leaves the list as it is and
 * says so: the create or update re-applies the list on the server anyway (lib/do-not-call/suppress.server.ts).
 */
import { actionFailure } from "@/lib/actions/action-result";
import { checkDoNotCallAction } from "@/lib/actions/check-do-not-call-action";
import { type CheckedList, withoutSuppressed } from "./list-model";

/** How many lines the report names before "and N more". */
export const DO_NOT_CALL_LINES_SHOWN = 20;

export async function applyDoNotCall(list: CheckedList, wire: string, sdkAppId: number, max: number) {
  if (list.numbers.length === 0) return list;
  try {
    const result = await checkDoNotCallAction({ sdkAppId, callees: wire });
    const failed = actionFailure(result);
    if (failed || !result?.data) return { ...list, doNotCallFailed: failed?.formError?.code ?? "internal" };
    return withoutSuppressed(list, result.data.suppressed, max);
  } catch {
    // No answer from the console at all (offline, restarting).
    return { ...list, doNotCallFailed: "unreachable" };
  }
}
