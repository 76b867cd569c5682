/**
 * `npm run user -- <command>`: manage console users from a shell, straight on the database (lib/db, not the
 * server-only door). Parsing and commands are separate from scripts/user.ts so tests drive them on a temp database.
 */
import { parseArgs } from "node:util";
import { generatePassword, hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../lib/auth/password";
import { isRole, ROLES, type Role } from "../lib/auth/roles";
import type { Db } from "../lib/db/client";
import { EmailTakenError } from "../lib/db/errors";
import {
  createUser,
  findUserByEmail,
  listUsers,
  normalizeTimeZone,
  setUserDisabled,
  setUserPasswordHash,
  updateUser,
} from "../lib/db/users";

export class UsageError extends Error {
  override name = "UsageError";
}

export const USAGE = `Usage: npm run user -- <command> [options]

  add --email E --name N --role R --apps ID[,ID…] [--time-zone Z] [--password P | --no-password]
  list
  disable --email E
  enable --email E
  reset-password --email E [--password P]
  set-role --email E --role R

Roles: ${ROLES.join(", ")}. Without --password a strong one is generated and printed once; --no-password makes a
user who signs in only through single sign-on (AUTH_OIDC_*; reset-password gives them one later).
Passwords given with --password must have ${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters (and end up in
your shell history: prefer the generated one).`;

export type Command =
  | {
      name: "add";
      email: string;
      displayName: string;
      role: Role;
      sdkAppIds: number[];
      timeZone?: string;
      password?: string;
      /** Single sign-on only: no password at all. */
      noPassword: boolean;
    }
  | { name: "list" }
  | { name: "disable" | "enable"; email: string }
  | { name: "reset-password"; email: string; password?: string }
  | { name: "set-role"; email: string; role: Role }
  | { name: "help" };

const OPTIONS = {
  email: { type: "string" },
  name: { type: "string" },
  role: { type: "string" },
  apps: { type: "string" },
  "time-zone": { type: "string" },
  password: { type: "string" },
  "no-password": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function required(value: string | undefined, flag: string): string {
  if (!value?.trim()) throw new UsageError(`--${flag} is required`);
  return value.trim();
}

function role(value: string | undefined): Role {
  const raw = required(value, "role");
  if (!isRole(raw)) throw new UsageError(`--role must be one of ${ROLES.join(", ")}`);
  return raw;
}

function apps(value: string | undefined): number[] {
  const parts = required(value, "apps")
    .split(",")
    .map((part) => part.trim());
  return parts.map((part) => {
    if (!/^[1-9]\d{0,15}$/.test(part)) throw new UsageError(`--apps: "${part}" is not a positive integer SdkAppId`);
    return Number(part);
  });
}

function password(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.length < MIN_PASSWORD_LENGTH || value.length > MAX_PASSWORD_LENGTH) {
    throw new UsageError(`--password must have ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`);
  }
  return value;
}

function timeZone(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return normalizeTimeZone(value);
  } catch {
    throw new UsageError(`--time-zone: "${value}" is not an IANA time zone (e.g. Asia/Shanghai)`);
  }
}

export function parseCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [name, ...extra] = positionals;
  if (values.help || name === undefined || name === "help") return { name: "help" };
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  switch (name) {
    case "add":
      if (values["no-password"] && values.password !== undefined) {
        throw new UsageError("--password and --no-password exclude each other");
      }
      return {
        name,
        email: required(values.email, "email"),
        displayName: required(values.name, "name"),
        role: role(values.role),
        sdkAppIds: apps(values.apps),
        timeZone: timeZone(values["time-zone"]),
        password: password(values.password),
        noPassword: values["no-password"] === true,
      };
    case "list":
      return { name };
    case "disable":
    case "enable":
      return { name, email: required(values.email, "email") };
    case "reset-password":
      return { name, email: required(values.email, "email"), password: password(values.password) };
    case "set-role":
      return { name, email: required(values.email, "email"), role: role(values.role) };
    default:
      throw new UsageError(`unknown command "${name}"`);
  }
}

async function userId(db: Db, email: string): Promise<string> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new UsageError(`no user with the e-mail ${email}`);
  return user.id;
}

/** Runs a parsed command; `print` receives every line meant for the operator. */
export async function runCommand(db: Db, command: Command, print: (line: string) => void): Promise<void> {
  switch (command.name) {
    case "help":
      print(USAGE);
      return;
    case "list": {
      const users = await listUsers(db);
      if (users.length === 0) print("No users yet. Add one with: npm run user -- add …");
      for (const u of users) {
        const state = u.disabled ? "disabled" : "active";
        print(`${u.email}\t${u.displayName}\t${u.role}\t${u.sdkAppIds.join(",") || "-"}\t${u.timeZone}\t${state}`);
      }
      return;
    }
    case "add": {
      const generated = command.password === undefined && !command.noPassword;
      const secret = command.noPassword ? null : (command.password ?? generatePassword());
      try {
        await createUser(db, { ...command, passwordHash: secret === null ? null : await hashPassword(secret) });
      } catch (error) {
        if (error instanceof EmailTakenError) throw new UsageError(`a user with the e-mail ${command.email} exists`);
        throw error;
      }
      print(`Added ${command.email} (${command.role}).`);
      if (secret === null) print("No password: this user signs in through single sign-on only.");
      if (generated) print(`Password (shown once): ${secret}`);
      return;
    }
    case "disable":
    case "enable":
      await setUserDisabled(db, await userId(db, command.email), command.name === "disable");
      print(`${command.name === "disable" ? "Disabled" : "Enabled"} ${command.email}; their sessions have ended.`);
      return;
    case "reset-password": {
      const id = await userId(db, command.email);
      const secret = command.password ?? generatePassword();
      await setUserPasswordHash(db, id, await hashPassword(secret));
      print(`New password set for ${command.email}; their sessions have ended.`);
      if (command.password === undefined) print(`Password (shown once): ${secret}`);
      return;
    }
    case "set-role":
      await updateUser(db, await userId(db, command.email), { role: command.role });
      print(`${command.email} is now ${command.role}.`);
      return;
  }
}
