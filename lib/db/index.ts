/**
 * The door to the console's database for Next.js server code. `server-only` lives here and only here: the
 * implementation modules stay importable by tsx CLIs (scripts/db-*.ts) and by the lock test's child process,
 * where the real `server-only` package throws because there is no React Server Components bundle.
 */
import "server-only";

export * from "./audit";
export * from "./campaign-lists";
export * from "./campaign-plans";
export {
  closeDatabase,
  type DatabaseHandle,
  type Db,
  type DbKind,
  defaultDataDir,
  getDatabase,
  getDb,
  type OpenDatabaseOptions,
  openDatabase,
  queryRows,
} from "./client";
export * from "./console-campaigns";
export { DatabaseError, EmailTakenError, pgErrorCode } from "./errors";
export * from "./idempotency";
export * from "./interrupted-calls";
export { DatabaseLockedError } from "./lock";
export type { AuditOutcome, CampaignKind, IdempotencyState, Json, TerminalCampaignState, UserRole } from "./schema";
export { AUDIT_OUTCOMES, CAMPAIGN_KINDS, IDEMPOTENCY_STATES, TERMINAL_CAMPAIGN_STATES, USER_ROLES } from "./schema";
export * from "./terminal-states";
export * from "./users";
