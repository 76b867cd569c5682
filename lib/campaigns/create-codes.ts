/** Codes of create failures the campaign create forms translate themselves (CreateOutcome). Browser-safe. */
export const CREATE_CODES = {
  outcomeUnknown: "outcome_unknown",
  inProgress: "create_in_progress",
  keyUsed: "idempotency_key_used",
} as const;
