/**
 * The console's one clock in Unix seconds: what "the start time has passed" is judged by, in the forms (the
 * browser's clock) and in the actions and domain code (the server's). Schemas take it as a parameter so tests can
 * pass their own. Browser-safe.
 */
export const unixNowSeconds = (): number => Math.floor(Date.now() / 1000);
