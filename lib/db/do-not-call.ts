/**
 * The do-not-call list per app (table do_not_call) and its version counter (do_not_call_versions). Every change
 * bumps the app's version in the same transaction, so an instance holding the list in memory
 * (lib/do-not-call/suppression-cache.ts) learns with one indexed read whether its copy is current, even when another
 * instance made the change.
 *
 * Lists of numbers travel as ONE newline-joined text parameter (string_to_array in SQL): drizzle spreads a JS array
 * into one bind parameter per element, and an import of 100,000 numbers would pass PostgreSQL's 65,535 limit.
 */
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "./client";
import { withCleanErrors } from "./errors";

export interface DoNotCallActor {
  id: string;
  email: string;
}

export interface DoNotCallEntry {
  phone: string;
  note: string | null;
  addedByEmail: string;
  addedAt: Date;
}

export interface DoNotCallPage {
  entries: DoNotCallEntry[];
  /** Entries matching the search (all of the app's when there is none). */
  total: number;
}

/** Bumps the app's counter; call inside the transaction of the change it versions. */
async function bumpVersion(tx: Db, sdkAppId: number): Promise<void> {
  await tx.execute(sql`
    insert into do_not_call_versions (sdk_app_id, version) values (${sdkAppId}, 1)
    on conflict (sdk_app_id) do update set version = do_not_call_versions.version + 1`);
}

/** The app's current version: 0 before its first change. */
export async function doNotCallVersion(db: Db, sdkAppId: number): Promise<number> {
  const rows = await withCleanErrors(() =>
    queryRows<{ version: string }>(
      db,
      sql`select version::text as version from do_not_call_versions where sdk_app_id = ${sdkAppId}`,
    ),
  );
  return rows[0] ? Number(rows[0].version) : 0;
}

/**
 * The whole list with the version it belongs to, read in one repeatable-read transaction so the two agree. The
 * numbers come back as one text (string_agg): a million row objects through the driver cost seconds, one string
 * a fraction of that.
 */
export async function loadDoNotCallList(db: Db, sdkAppId: number): Promise<{ version: number; phones: string[] }> {
  return withCleanErrors(() =>
    db.transaction(
      async (tx) => {
        const version = await doNotCallVersion(tx, sdkAppId);
        const [row] = await queryRows<{ phones: string | null }>(
          tx,
          sql`select string_agg(phone, E'\n') as phones from do_not_call where sdk_app_id = ${sdkAppId}`,
        );
        const text = row?.phones ?? "";
        return { version, phones: text === "" ? [] : text.split("\n") };
      },
      { isolationLevel: "repeatable read" },
    ),
  );
}

/**
 * Adds numbers (E.164, the caller normalized them) with one note; numbers already listed keep their first entry.
 * Returns how many were new. The version moves only when something was added.
 */
export async function addDoNotCall(
  db: Db,
  input: { sdkAppId: number; phones: readonly string[]; note: string | null; actor: DoNotCallActor },
): Promise<{ added: number; alreadyListed: number }> {
  const unique = [...new Set(input.phones)];
  if (unique.length === 0) return { added: 0, alreadyListed: 0 };
  const added = await withCleanErrors(() =>
    db.transaction(async (tx) => {
      const [row] = await queryRows<{ added: number }>(
        tx,
        sql`with inserted as (
          insert into do_not_call (sdk_app_id, phone, note, added_by, added_by_email)
          select ${input.sdkAppId}, phone, ${input.note}, ${input.actor.id}, ${input.actor.email}
          from unnest(string_to_array(${unique.join("\n")}, E'\n')) as phone
          on conflict (sdk_app_id, phone) do nothing
          returning 1
        ) select count(*)::int as added from inserted`,
      );
      const count = Number(row?.added ?? 0);
      if (count > 0) await bumpVersion(tx, input.sdkAppId);
      return count;
    }),
  );
  return { added, alreadyListed: unique.length - added };
}

/** Removes numbers; returns how many were listed. The version moves only when something was removed. */
export async function removeDoNotCall(db: Db, sdkAppId: number, phones: readonly string[]): Promise<number> {
  if (phones.length === 0) return 0;
  return withCleanErrors(() =>
    db.transaction(async (tx) => {
      const [row] = await queryRows<{ removed: number }>(
        tx,
        sql`with deleted as (
          delete from do_not_call
          where sdk_app_id = ${sdkAppId} and phone = any(string_to_array(${phones.join("\n")}, E'\n'))
          returning 1
        ) select count(*)::int as removed from deleted`,
      );
      const removed = Number(row?.removed ?? 0);
      if (removed > 0) await bumpVersion(tx, sdkAppId);
      return removed;
    }),
  );
}

/** One page, newest first; `search` keeps numbers containing its digits ("+" and other characters ignored). */
export async function listDoNotCall(
  db: Db,
  query: { sdkAppId: number; search?: string; page: number; pageSize: number },
): Promise<DoNotCallPage> {
  const digits = (query.search ?? "").replace(/\D/g, "");
  const filter = digits
    ? sql`sdk_app_id = ${query.sdkAppId} and strpos(phone, ${digits}) > 0`
    : sql`sdk_app_id = ${query.sdkAppId}`;
  const offset = Math.max(0, query.page - 1) * query.pageSize;
  return withCleanErrors(async () => {
    const rows = await queryRows<{ phone: string; note: string | null; added_by_email: string; added_ms: number }>(
      db,
      sql`select phone, note, added_by_email, (extract(epoch from added_at) * 1000)::float8 as added_ms from do_not_call where ${filter}
          order by added_at desc, phone desc limit ${query.pageSize} offset ${offset}`,
    );
    const [count] = await queryRows<{ total: number }>(
      db,
      sql`select count(*)::int as total from do_not_call where ${filter}`,
    );
    return {
      entries: rows.map((row) => ({
        phone: row.phone,
        note: row.note,
        addedByEmail: row.added_by_email,
        addedAt: new Date(Number(row.added_ms)),
      })),
      total: Number(count?.total ?? 0),
    };
  });
}
