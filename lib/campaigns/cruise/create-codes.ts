/** Codes of create failures the cruise form translates itself (messages: CruiseForm.outcome.*). Browser-safe. */
export const CRUISE_CREATE_CODES = {
  outcomeUnknown: "outcome_unknown",
  inProgress: "create_in_progress",
  keyUsed: "idempotency_key_used",
} as const;
