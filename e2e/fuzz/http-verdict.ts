/**
 * The verdict on a raw HTTP answer (lib/fuzz/verdict.ts for what each means): an action's Flight answer is read back
 * to the action's result; a refusal Next or the proxy makes before any of our code runs names its rule by status.
 */
import { actionVerdict, routeVerdict, type Verdict } from "@/lib/fuzz/verdict";
import { readActionAnswer } from "@/scripts/instances/flight";

/** Statuses that are the rule themselves (too large, not found, wrong method, URL too long…). */
const PROTOCOL_REFUSALS = new Set([400, 404, 405, 411, 413, 414, 415, 431]);

export interface HttpAnswer {
  status: number;
  contentType: string;
  body: Buffer;
  /** Next's x-action-redirect: the action ended in a redirect (signing out), answered with the target's tree. */
  actionRedirect: boolean;
}

export function httpVerdict(answer: HttpAnswer, cccRequests: number): { verdict: Verdict; detail: string } {
  const { status, contentType, body } = answer;
  const detail = `HTTP ${status} ${contentType} ${body.subarray(0, 400).toString()}`;
  if (status >= 500) return { verdict: "serverError", detail };
  if (status < 400 && contentType.includes("text/x-component")) {
    // An error row ("1:E{"digest":…}"): the action threw, or Next could not decode the body. The browser gets an
    // exception with a digest and the server logs an error: a 500 in all but status.
    if (/^[0-9a-f]+:E\{/m.test(body.toString())) return { verdict: "serverError", detail };
    try {
      const { result } = readActionAnswer(body);
      return { verdict: actionVerdict(result as never, cccRequests), detail };
    } catch {
      return { verdict: answer.actionRedirect ? "accepted" : "unexplained", detail };
    }
  }
  if (contentType.includes("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString());
    } catch {
      return { verdict: "unexplained", detail };
    }
    return { verdict: routeVerdict(status, parsed, cccRequests), detail };
  }
  if (status < 400) return { verdict: "accepted", detail };
  if (!PROTOCOL_REFUSALS.has(status)) return { verdict: "unexplained", detail };
  return { verdict: cccRequests > 0 ? "invalidReachedCcc" : "refused", detail };
}
