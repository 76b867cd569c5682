/**
 * Database errors the repositories raise. drizzle wraps driver errors in DrizzleQueryError whose message embeds
 * every query parameter: that would put password hashes and 100,000-number lists into logs. Repositories convert
 * it with `cleanDbError` into a DatabaseError that keeps the SQLSTATE, constraint and driver message only.
 */
import { DrizzleQueryError } from "drizzle-orm/errors";

export class DatabaseError extends Error {
  override readonly name: string = "DatabaseError";
  constructor(
    message: string,
    /** PostgreSQL SQLSTATE, e.g. "23505" unique_violation. */
    readonly code: string | undefined,
    readonly constraint: string | undefined,
  ) {
    super(message);
  }
}

export class EmailTakenError extends DatabaseError {
  override readonly name = "EmailTakenError";
  constructor(email: string) {
    super(`A user with the email ${email} already exists.`, "23505", "users_email_key");
  }
}

interface PgErrorFields {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
  cause?: unknown;
}

/** The innermost driver error (node-postgres DatabaseError or PGlite's), found through `cause` links. */
function driverError(error: unknown): PgErrorFields | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const fields = current as PgErrorFields;
    if (typeof fields.code === "string" && /^[0-9A-Z]{5}$/.test(fields.code)) return fields;
    current = fields.cause;
  }
  return undefined;
}

/** SQLSTATE of a database error, whichever driver raised it and however drizzle wrapped it. */
export function pgErrorCode(error: unknown): string | undefined {
  return driverError(error)?.code as string | undefined;
}

export function pgConstraint(error: unknown): string | undefined {
  const constraint = driverError(error)?.constraint;
  return typeof constraint === "string" ? constraint : undefined;
}

/** Returns an error safe to log: DrizzleQueryError becomes DatabaseError without the parameters. */
export function cleanDbError(error: unknown): unknown {
  if (!(error instanceof DrizzleQueryError)) return error;
  const driver = driverError(error);
  const message = typeof driver?.message === "string" ? driver.message : "database query failed";
  return new DatabaseError(message, pgErrorCode(error), pgConstraint(error));
}

/** Runs a repository query and rethrows failures through cleanDbError. */
export async function withCleanErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw cleanDbError(error);
  }
}
