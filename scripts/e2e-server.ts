/**
 * The console server for Playwright: wipes its own PGlite directory, seeds the e2e accounts, then serves the
 * built app with Next in this same process (so the database it opened is the one Next uses — PGlite allows one
 * process per directory), plus a loopback-only control port the tests use to disable users, reset the login
 * throttle, forget recorded campaign states and flip the sign-in settings read per request (AUTH_PASSWORD_SIGNIN,
 * AUTH_OIDC_UNKNOWN_USERS). Test-only: never part of the app build.
 *
 * Env: PORT, E2E_CONTROL_PORT, and the console's usual settings (passed by playwright.config.ts).
 */
import { rmSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { readJsonBody } from "../e2e/support/read-json-body";
import { SSO_CONSOLE_USERS } from "../e2e/support/sso";
import { E2E_USERS } from "../e2e/support/users";
import { seedUsers } from "../lib/auth/demo-users";
import { DEMO_CREDENTIALS } from "../lib/config/ccc-env";
import { getDatabase } from "../lib/db/client";
import { forgetAllTerminalStates } from "../lib/db/terminal-states";
import { createUser, findUserByEmail, setUserDisabled } from "../lib/db/users";
import { adoptBuildConfig } from "../server/build-config";
import { guardRequest } from "../server/guard-request";

const root = path.resolve(__dirname, "..");
const host = "127.0.0.1";
const port = Number(process.env.PORT ?? 3100);
const controlPort = Number(process.env.E2E_CONTROL_PORT ?? 3101);
// Per port, so suites on other ports (E2E_APP_PORT) can run from the same checkout at once.
const dataDir = path.join(root, ".data", port === 3100 ? "e2e-pglite" : `e2e-pglite-${port}`);

/** Settings the console reads per sign-in, so a spec can switch them without a second server. */
const SWITCHABLE_ENV = new Set(["AUTH_PASSWORD_SIGNIN", "AUTH_OIDC_UNKNOWN_USERS"]);

async function control(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };
  if (req.method !== "POST") return send(405, { error: "POST only" });
  const db = (await getDatabase()).db;
  if (req.url === "/users/disabled") {
    const { email, disabled } = await readJsonBody(req);
    const user = typeof email === "string" ? await findUserByEmail(db, email) : null;
    if (!user) return send(404, { error: "no such user" });
    await setUserDisabled(db, user.id, disabled === true);
    return send(200, { ok: true });
  }
  if (req.url === "/terminal-states/reset") {
    // The emulator went back to its seed, where a campaign recorded as finished may be live again.
    await forgetAllTerminalStates(db);
    return send(200, { ok: true });
  }
  if (req.url === "/env") {
    const changes = await readJsonBody(req);
    const names = Object.keys(changes);
    const refused = names.filter((name) => !SWITCHABLE_ENV.has(name) || typeof changes[name] !== "string");
    if (refused.length > 0) return send(400, { error: `not switchable: ${refused.join(", ")}` });
    for (const name of names) process.env[name] = String(changes[name]);
    return send(200, { ok: true });
  }
  if (req.url === "/throttle/reset") {
    // lib/auth/throttle-store.ts keeps the limiter on globalThis; dropping it gives the next sign-in a fresh one.
    (globalThis as { __cccConsoleLoginThrottle?: unknown }).__cccConsoleLoginThrottle = undefined;
    return send(200, { ok: true });
  }
  send(404, { error: "unknown control" });
}

async function main(): Promise<void> {
  rmSync(dataDir, { recursive: true, force: true });
  process.env.PGLITE_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  const database = await getDatabase();
  await seedUsers(database.db, Object.values(E2E_USERS), DEMO_CREDENTIALS.sdkAppIds);
  // Single sign-on users have no password: only the identity provider signs them in.
  for (const user of SSO_CONSOLE_USERS) await createUser(database.db, { ...user, sdkAppIds: [...user.sdkAppIds] });

  createServer((req, res) => {
    control(req, res).catch((error: unknown) => {
      res.writeHead(500).end(error instanceof Error ? error.message : "error");
    });
  }).listen(controlPort, host);

  // The build's own settings, as in production (and no warning that `next start` does not suit standalone output).
  adoptBuildConfig(root, process.env.NEXT_DIST_DIR || ".next");
  const app = next({ dev: false, dir: root, hostname: host, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // In front of Next as in production (server/console-server.ts): over-long addresses and malformed action bodies are refused first.
  createServer((req, res) => {
    void guardRequest(req, res).then((refused) => (refused ? undefined : handle(req, res)));
  }).listen(port, host, () => console.log(`e2e console on http://${host}:${port}, control on ${controlPort}`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
