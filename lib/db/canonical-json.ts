/**
 * JSON with object keys sorted at every level, so two payloads that differ only in key order serialise (and hash)
 * the same. Used for idempotency request hashes and audit diffs.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? "null";
}

function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  // Dates and other objects with toJSON serialise as JSON would (a Date becomes its ISO string).
  if ("toJSON" in value && typeof value.toJSON === "function") return sortKeys(value.toJSON());
  if (Array.isArray(value)) return value.map(sortKeys);
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}
