/** Where to go after signing in: only a same-origin path, so the sign-in page cannot be used as an open redirect. */
export const HOME_PATH = "/campaigns/predictive";

export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 2000) return HOME_PATH;
  // "/x" yes; "//host", "/\host" (browsers treat both as another origin) and absolute URLs no.
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return HOME_PATH;
  // Browsers strip tabs and newlines from URLs, which could turn "/\t/host" into "//host".
  if ([...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return HOME_PATH;
  try {
    const url = new URL(value, "http://console.invalid");
    if (url.origin !== "http://console.invalid") return HOME_PATH;
    if (url.pathname === "/sign-in") return HOME_PATH;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return HOME_PATH;
  }
}
