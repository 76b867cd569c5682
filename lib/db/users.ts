/**
 * Console users. Every change that should end existing sessions (role, SdkAppIds, disabled, password) bumps
 * `session_version` in the same UPDATE, so there is no window where the change is saved but old sessions pass.
 */
import { asc, eq, getTableColumns, type SQL, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Db } from "./client";
import { cleanDbError, EmailTakenError, pgConstraint, pgErrorCode, withCleanErrors } from "./errors";
import { type UserRole, type UserRow, users } from "./schema";

/** A user as the rest of the console sees it: the password hash stays in this module unless asked for. */
export type User = Omit<UserRow, "passwordHash">;

export interface NewUser {
  email: string;
  displayName: string;
  /** argon2id hash from lib/auth (the database refuses anything else); null or absent: single sign-on only. */
  passwordHash?: string | null;
  role: UserRole;
  sdkAppIds?: readonly number[];
  /** IANA zone; default Asia/Shanghai. */
  timeZone?: string;
}

export interface UserPatch {
  displayName?: string;
  role?: UserRole;
  sdkAppIds?: readonly number[];
  timeZone?: string;
}

const { passwordHash: _hash, ...publicColumns } = getTableColumns(users);
type UserSet = PgUpdateSetSource<typeof users>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Canonical IANA name ("asia/shanghai" → "Asia/Shanghai"); throws RangeError for an unknown zone. */
export function normalizeTimeZone(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: timeZone.trim() }).resolvedOptions().timeZone;
  } catch {
    throw new RangeError(`Unknown IANA time zone "${timeZone}"`);
  }
}

/** Sorted, de-duplicated; refuses anything but positive safe integers. */
export function normalizeSdkAppIds(ids: readonly number[]): number[] {
  for (const id of ids) {
    if (!Number.isSafeInteger(id) || id <= 0) throw new RangeError(`Invalid SdkAppId ${id}`);
  }
  return [...new Set(ids)].sort((a, b) => a - b);
}

export async function createUser(db: Db, input: NewUser): Promise<User> {
  const email = normalizeEmail(input.email);
  try {
    const [row] = await db
      .insert(users)
      .values({
        email,
        displayName: input.displayName.trim(),
        passwordHash: input.passwordHash ?? null,
        role: input.role,
        sdkAppIds: normalizeSdkAppIds(input.sdkAppIds ?? []),
        timeZone: normalizeTimeZone(input.timeZone ?? "Asia/Shanghai"),
      })
      .returning(publicColumns);
    if (!row) throw new Error("insert into users returned no row");
    return row;
  } catch (error) {
    if (pgErrorCode(error) === "23505" && pgConstraint(error) === "users_email_key") throw new EmailTakenError(email);
    throw cleanDbError(error);
  }
}

export async function findUserById(db: Db, id: string): Promise<User | null> {
  // A malformed id cannot match; PostgreSQL would raise "invalid input syntax for type uuid" instead.
  if (!UUID.test(id)) return null;
  const [row] = await withCleanErrors(() => db.select(publicColumns).from(users).where(eq(users.id, id)));
  return row ?? null;
}

export async function findUserByEmail(db: Db, email: string): Promise<User | null> {
  const [row] = await withCleanErrors(() =>
    db
      .select(publicColumns)
      .from(users)
      .where(eq(users.email, normalizeEmail(email))),
  );
  return row ?? null;
}

/** With the password hash, for sign-in only. */
export async function findUserCredentials(db: Db, email: string): Promise<UserRow | null> {
  const [row] = await withCleanErrors(() =>
    db
      .select()
      .from(users)
      .where(eq(users.email, normalizeEmail(email))),
  );
  return row ?? null;
}

export async function listUsers(db: Db): Promise<User[]> {
  return withCleanErrors(() => db.select(publicColumns).from(users).orderBy(asc(users.email)));
}

/** Updates profile, role, apps and zone; bumps session_version only if role or SdkAppIds actually change. */
export async function updateUser(db: Db, id: string, patch: UserPatch): Promise<User | null> {
  const changes: UserSet = {};
  const revoking: SQL[] = [];
  if (patch.displayName !== undefined) changes.displayName = patch.displayName.trim();
  if (patch.timeZone !== undefined) changes.timeZone = normalizeTimeZone(patch.timeZone);
  if (patch.role !== undefined) {
    changes.role = patch.role;
    revoking.push(sql`${users.role} is distinct from ${patch.role}`);
  }
  if (patch.sdkAppIds !== undefined) {
    const ids = normalizeSdkAppIds(patch.sdkAppIds);
    changes.sdkAppIds = ids;
    revoking.push(sql`${users.sdkAppIds} is distinct from ${sql.param(ids, users.sdkAppIds)}::bigint[]`);
  }
  // SET expressions see the row's old values, so the comparison is against what is being replaced.
  const bump = revoking.length > 0 ? sql`case when ${sql.join(revoking, sql` or `)} then 1 else 0 end` : sql`0`;
  return updateWhere(db, id, { ...changes, sessionVersion: sql`${users.sessionVersion} + ${bump}` });
}

/** Disabling (or re-enabling) ends the user's sessions; setting the same value again changes nothing. */
export async function setUserDisabled(db: Db, id: string, disabled: boolean): Promise<User | null> {
  return updateWhere(db, id, {
    disabled,
    sessionVersion: sql`${users.sessionVersion} + case when ${users.disabled} is distinct from ${disabled} then 1 else 0 end`,
  });
}

/** Stores a new argon2id hash and ends every session issued before. */
export async function setUserPasswordHash(db: Db, id: string, passwordHash: string): Promise<User | null> {
  return updateWhere(db, id, { passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` });
}

async function updateWhere(db: Db, id: string, set: UserSet): Promise<User | null> {
  if (!UUID.test(id)) return null;
  const [row] = await withCleanErrors(() =>
    db
      .update(users)
      .set({ ...set, updatedAt: sql`now()` })
      .where(eq(users.id, id))
      .returning(publicColumns),
  );
  return row ?? null;
}
