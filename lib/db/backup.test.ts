/**
 * The backup and restore commands of docs/operations.md ("Backup of the database"), run as written: pg_dump's
 * custom format restored into an empty database, and a stopped PGlite directory archived with tar. The restored
 * copy must hold the same users and audit trail, open (and migrate) cleanly, and keep the append-only trigger.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { appendAuditEvent, listAuditEvents } from "./audit";
import { type Db, openDatabase } from "./client";
import { LOCK_FILE_NAME } from "./lock";
import {
  openTestPglite,
  openTestPostgres,
  POSTGRES_SKIP_NOTE,
  TEST_DATABASE_URL,
  tempDir,
} from "./test-support/test-db";
import { createUser, listUsers } from "./users";

const run = promisify(execFile);
const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";

async function writeSomething(db: Db) {
  const user = await createUser(db, {
    email: "ann@example.com",
    displayName: "Ann",
    passwordHash: HASH,
    role: "admin",
  });
  await appendAuditEvent(db, { userId: user.id, userEmail: user.email, action: "user.create", outcome: "ok" });
}

async function contents(db: Db) {
  const users = (await listUsers(db)).map(({ email, role }) => ({ email, role }));
  const audit = (await listAuditEvents(db, {})).rows.map(({ action, userEmail, outcome }) => ({
    action,
    userEmail,
    outcome,
  }));
  return { users, audit };
}

const expected = {
  users: [{ email: "ann@example.com", role: "admin" }],
  audit: [{ action: "user.create", userEmail: "ann@example.com", outcome: "ok" }],
};

describe.skipIf(!TEST_DATABASE_URL)(
  `PostgreSQL: pg_dump / pg_restore ${TEST_DATABASE_URL ? "" : POSTGRES_SKIP_NOTE}`,
  () => {
    it("restores users and the audit trail into an empty database, which then opens and stays append-only", async () => {
      const source = await openTestPostgres();
      const target = await openTestPostgres({ migrate: false });
      const dump = path.join(tempDir(), "console.dump");
      try {
        await writeSomething(source.handle.db);
        await run("pg_dump", ["--format=custom", "--no-owner", `--file=${dump}`, source.location]);
        await run("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${target.location}`, dump]);

        await target.handle.migrate(); // what the console does at start: nothing left to apply, no error
        expect(await contents(target.handle.db)).toEqual(expected);
        const refused = await target.handle.db.execute("delete from audit_events").then(
          () => undefined,
          (error: { cause?: unknown }) => String(error.cause),
        );
        expect(refused).toMatch(/audit_events is append-only: DELETE/);
      } finally {
        await source.dispose();
        await target.dispose();
        rmSync(path.dirname(dump), { recursive: true, force: true });
      }
    });
  },
);

describe("PGlite: the stopped directory, archived with tar", () => {
  it("holds no lock after a clean close, and the unpacked copy opens with the same data", async () => {
    const source = await openTestPglite();
    const backups = tempDir();
    const restored = path.join(backups, "restore");
    try {
      await writeSomething(source.handle.db);
      await source.handle.close(); // the console stopped
      expect(existsSync(path.join(source.location, LOCK_FILE_NAME))).toBe(false);
      const archive = path.join(backups, "console-pglite.tgz");
      const [parent, name] = [path.dirname(source.location), path.basename(source.location)];
      await run("tar", ["-C", parent, "-czf", archive, name]);
      mkdirSync(restored);
      await run("tar", ["-C", restored, "-xzf", archive]);

      const copy = await openDatabase({ dataDir: path.join(restored, name) });
      try {
        expect(await contents(copy.db)).toEqual(expected);
      } finally {
        await copy.close();
      }
    } finally {
      await source.dispose();
      rmSync(backups, { recursive: true, force: true });
    }
  });
});
