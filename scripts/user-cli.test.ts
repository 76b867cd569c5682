import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/credentials";
import { createMemoryThrottle } from "@/lib/auth/throttle";
import { openTestPglite, type TestDatabase } from "@/lib/db/test-support/test-db";
import { findUserByEmail } from "@/lib/db/users";
import { parseCommand, runCommand, UsageError } from "./user-cli";

describe("parseCommand", () => {
  it("parses add with every option", () => {
    expect(
      parseCommand([
        "add",
        "--email",
        "a@example.test",
        "--name",
        "Ann Lee",
        "--role",
        "supervisor",
        "--apps",
        "1400000001, 1400000002",
        "--time-zone",
        "europe/berlin",
        "--password",
        "twelve chars!",
      ]),
    ).toEqual({
      name: "add",
      email: "a@example.test",
      displayName: "Ann Lee",
      role: "supervisor",
      sdkAppIds: [1400000001, 1400000002],
      timeZone: "Europe/Berlin",
      password: "twelve chars!",
      noPassword: false,
    });
    expect(
      parseCommand(["add", "--email", "a@x.test", "--name", "A", "--role", "viewer", "--apps", "1", "--no-password"]),
    ).toMatchObject({ name: "add", password: undefined, noPassword: true });
  });

  it("parses the other commands", () => {
    expect(parseCommand(["list"])).toEqual({ name: "list" });
    expect(parseCommand(["disable", "--email", "a@x.test"])).toEqual({ name: "disable", email: "a@x.test" });
    expect(parseCommand(["enable", "--email", "a@x.test"])).toEqual({ name: "enable", email: "a@x.test" });
    expect(parseCommand(["reset-password", "--email", "a@x.test"])).toEqual({
      name: "reset-password",
      email: "a@x.test",
      password: undefined,
    });
    expect(parseCommand(["set-role", "--email", "a@x.test", "--role", "viewer"])).toEqual({
      name: "set-role",
      email: "a@x.test",
      role: "viewer",
    });
    expect(parseCommand([])).toEqual({ name: "help" });
    expect(parseCommand(["list", "--help"])).toEqual({ name: "help" });
  });

  it.each([
    [["frobnicate"], /unknown command/],
    [["add", "--email", "a@x.test", "--name", "A", "--role", "root", "--apps", "1"], /--role must be one of/],
    [["add", "--email", "a@x.test", "--name", "A", "--role", "viewer", "--apps", "14x"], /not a positive integer/],
    [["add", "--email", "a@x.test", "--role", "viewer", "--apps", "1"], /--name is required/],
    [
      [
        "add",
        "--email",
        "a@x.test",
        "--name",
        "A",
        "--role",
        "viewer",
        "--apps",
        "1",
        "--no-password",
        "--password",
        "x",
      ],
      /--password and --no-password exclude each other/,
    ],
    [["add", "--email", "a@x.test", "--name", "A", "--role", "viewer", "--apps", "1", "--password", "short"], /12 to/],
    [
      ["add", "--email", "a@x.test", "--name", "A", "--role", "viewer", "--apps", "1", "--time-zone", "Mars/Base"],
      /IANA/,
    ],
    [["disable"], /--email is required/],
    [["list", "--bogus"], /bogus/],
    [["list", "extra"], /unexpected argument/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});

describe("runCommand on a temp PGlite database", () => {
  let database: TestDatabase;
  const lines: string[] = [];
  const run = (argv: string[]) => runCommand(database.handle.db, parseCommand(argv), (line) => lines.push(line));
  const signIn = (email: string, password: string) =>
    checkCredentials({ db: database.handle.db, throttle: createMemoryThrottle() }, { email, password }, "10.9.0.1");

  beforeAll(async () => {
    database = await openTestPglite();
  }, 120_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("adds a user with a generated password that signs in", async () => {
    lines.length = 0;
    await run(["add", "--email", "Sup@Example.test", "--name", "Sup", "--role", "supervisor", "--apps", "1400000001"]);
    const password = lines.find((line) => line.startsWith("Password (shown once): "))?.slice(23) ?? "";
    expect(password).toMatch(/^[A-Za-z2-9]{20}$/);
    expect((await signIn("sup@example.test", password)).ok).toBe(true);
    const user = await findUserByEmail(database.handle.db, "sup@example.test");
    expect(user).toMatchObject({ role: "supervisor", sdkAppIds: [1400000001], timeZone: "Asia/Shanghai" });
  });

  it("refuses a duplicate e-mail", async () => {
    await expect(
      run(["add", "--email", "sup@example.test", "--name", "X", "--role", "viewer", "--apps", "1400000001"]),
    ).rejects.toThrow(/exists/);
  });

  it("disables, enables, changes role and resets the password", async () => {
    await run(["disable", "--email", "sup@example.test"]);
    expect((await findUserByEmail(database.handle.db, "sup@example.test"))?.disabled).toBe(true);
    await run(["enable", "--email", "sup@example.test"]);
    await run(["set-role", "--email", "sup@example.test", "--role", "viewer"]);
    expect(await findUserByEmail(database.handle.db, "sup@example.test")).toMatchObject({
      disabled: false,
      role: "viewer",
    });
    await run(["reset-password", "--email", "sup@example.test", "--password", "a brand new secret"]);
    expect((await signIn("sup@example.test", "a brand new secret")).ok).toBe(true);
    lines.length = 0;
    await run(["list"]);
    expect(lines).toEqual(["sup@example.test\tSup\tviewer\t1400000001\tAsia/Shanghai\tactive"]);
  });

  it("names the missing user", async () => {
    await expect(run(["disable", "--email", "ghost@example.test"])).rejects.toThrow(
      "no user with the e-mail ghost@example.test",
    );
  });

  it("adds a single sign-on user without a password, who cannot sign in with one", async () => {
    lines.length = 0;
    await run([
      "add",
      "--email",
      "sso@example.test",
      "--name",
      "S",
      "--role",
      "viewer",
      "--apps",
      "1",
      "--no-password",
    ]);
    expect(lines).toEqual([
      "Added sso@example.test (viewer).",
      "No password: this user signs in through single sign-on only.",
    ]);
    expect((await signIn("sso@example.test", "")).ok).toBe(false);
    expect(await findUserByEmail(database.handle.db, "sso@example.test")).toMatchObject({ role: "viewer" });
  });

  it("says clearly that the server holds the embedded database", () => {
    const tsx = path.resolve("node_modules/.bin/tsx");
    const child = spawnSync(tsx, ["scripts/user.ts", "list"], {
      env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: database.location },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain("is already in use by process");
    expect(child.stderr).toContain("stop it (Ctrl-C in `npm run demo`)");
  }, 60_000);
});
