/** Session settings from the environment. */
const DEFAULT_MAX_AGE_SECONDS = 8 * 60 * 60;

/** SESSION_MAX_AGE_SECONDS (default 8 h, one shift); a bad value falls back to the default. */
export function sessionMaxAgeSeconds(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env.SESSION_MAX_AGE_SECONDS?.trim();
  const value = raw ? Number(raw) : Number.NaN;
  return Number.isInteger(value) && value >= 60 && value <= 30 * 24 * 3600 ? value : DEFAULT_MAX_AGE_SECONDS;
}
