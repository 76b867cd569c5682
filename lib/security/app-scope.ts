/**
 * Finds every SdkAppId an input names, so authorization can check each one against the user's apps. Any key
 * called sdkAppId/SdkAppId (a number) or sdkAppIds/SdkAppIds (a list), at any depth, counts: a new field with one of
 * those names is covered without anyone remembering to add a check.
 */
const SINGLE = /^sdkappid$/i;
const LIST = /^sdkappids$/i;

export function collectSdkAppIds(input: unknown, found: Set<number> = new Set()): number[] {
  if (Array.isArray(input)) {
    for (const item of input) collectSdkAppIds(item, found);
  } else if (typeof input === "object" && input !== null) {
    for (const [key, value] of Object.entries(input)) {
      // Fail closed: a value that is not a number (a schema that forgot to coerce) becomes NaN, which no user has.
      if (SINGLE.test(key)) found.add(typeof value === "number" ? value : Number.NaN);
      else if (LIST.test(key)) {
        for (const id of Array.isArray(value) ? value : [value]) found.add(typeof id === "number" ? id : Number.NaN);
      } else collectSdkAppIds(value, found);
    }
  }
  return [...found];
}
