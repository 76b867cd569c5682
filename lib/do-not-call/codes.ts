/** The failure code of a create or update refused because callees are on the app's do-not-call list. */
export const DO_NOT_CALL_CODE = "do_not_call";

/** Reads the count and the numbers back out of a `do_not_call` failure's message (`<count>: <numbers>`). */
export function doNotCallDetail(message: string): { count: number; numbers: string } {
  const at = message.indexOf(": ");
  const count = Number.parseInt(at < 0 ? message : message.slice(0, at), 10);
  return { count: Number.isFinite(count) ? count : 0, numbers: at < 0 ? "" : message.slice(at + 2) };
}
