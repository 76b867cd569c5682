/**
 * The shape of a server action's body, checked in the proxy before Next decodes it. Next answers a body it cannot
 * decode (arguments that are not an array, garbage, 100,000-deep nesting, a reference to a part the request does
 * not carry) with HTTP 200 and a Flight error row, and logs an error: the browser gets an exception, the caller no
 * reason. The fuzzer found it (docs/security.md, "Fuzzing"). This says the rule instead, with a 4xx.
 *
 * What the console's own pages send is narrow: every action takes plain JSON data, so the body is React's reply
 * encoding of an argument array (text/plain), or a form's FormData (multipart, the sign-out button). Anything else
 * is not a request this console makes.
 */

export interface ActionBodyRefusal {
  status: 400 | 413 | 415;
  code: "body_too_large" | "unsupported_content_type" | "invalid_action_body";
  message: string;
}

/** Far deeper than any form's data (the callee attributes are 3 levels), far shallower than a stack overflow. */
export const MAX_ACTION_BODY_DEPTH = 32;

/**
 * Strings React's reply encoder makes for plain values (ReactFlightReplyClient: `$$` escapes a string that starts
 * with "$"; undefined, dates, bigints and the non-finite numbers have their own forms). Every other "$" string is a
 * reference to another part of a multipart reply, a promise, a Map, a server function…: nothing a console page sends.
 */
const PLAIN_VALUE = /^\$(?:\$[\s\S]*|undefined|NaN|Infinity|-Infinity|-0|n-?\d{1,64}|D[0-9T:.Z+-]{10,40})$/;

const refuse = (message: string): ActionBodyRefusal => ({ status: 400, code: "invalid_action_body", message });

/** The first rule `value` breaks (too deep, a reference), walking iteratively: the depth is what is being checked. */
function valueRefusal(value: unknown): ActionBodyRefusal | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number };
    if (typeof current === "string") {
      if (current.startsWith("$") && !PLAIN_VALUE.test(current)) {
        return refuse(`An action's arguments are plain values; "${current.slice(0, 24)}" refers to something else.`);
      }
      continue;
    }
    if (typeof current !== "object" || current === null) continue;
    if (depth >= MAX_ACTION_BODY_DEPTH) {
      return refuse(`An action's arguments may nest at most ${MAX_ACTION_BODY_DEPTH} levels deep.`);
    }
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 });
  }
  return null;
}

/** The refusal for a text/plain body (React's encoding of the argument array), or null when it is well-formed. */
export function textActionBodyRefusal(bytes: Uint8Array): ActionBodyRefusal | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse("An action's body must be UTF-8 text.");
  }
  let args: unknown;
  try {
    args = JSON.parse(text);
  } catch {
    return refuse("An action's body must be its arguments as JSON.");
  }
  if (!Array.isArray(args)) return refuse("An action's body must be a JSON array of its arguments.");
  return valueRefusal(args);
}

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/**
 * The refusal decided from the headers alone: a content type no console page sends. A body without a declared
 * length is fine: Next itself forwards an action posted to another page's worker with a chunked body; its size is
 * checked as it is read (server/action-body-guard.ts).
 */
export function actionHeadersRefusal(headers: Headers): ActionBodyRefusal | null {
  const type = mediaType(headers.get("content-type"));
  if (type === "text/plain" || type === "multipart/form-data") return null;
  const message = "A server action's body must be text/plain (its arguments) or multipart/form-data (a form).";
  return { status: 415, code: "unsupported_content_type", message };
}
