/**
 * The console's production server: the entry of the standalone build (`npm start`, the Docker image), bundled into
 * the standalone folder as console-server.js by scripts/assemble-standalone.ts. It serves Next's request handler
 * from our own HTTP server so that shutdown is ours (server/shutdown.ts); docs/decisions.md says why.
 *
 * Env: PORT, HOSTNAME, KEEP_ALIVE_TIMEOUT, SHUTDOWN_TIMEOUT_MS (lib/config/server-env.ts) and the console's own.
 */
import path from "node:path";
import { readServerSettings } from "../lib/config/server-env";
import { logger } from "../lib/log";
import { adoptBuildConfig } from "./build-config";
import { createDrainableServer, type RequestHandler } from "./drain";
import { guardRequest } from "./guard-request";
import { exitOnSignals } from "./shutdown";

const log = logger.child({ module: "server" });

async function main(): Promise<void> {
  const settings = readServerSettings();
  const dir = __dirname;
  Object.assign(process.env, { NODE_ENV: "production" }); // read-only in Next's types
  // Migrations travel in the folder; data stays where the operator starts the server (DATA_DIR, PGLITE_DATA_DIR).
  process.env.DRIZZLE_MIGRATIONS_DIR ||= path.join(dir, "drizzle");
  adoptBuildConfig(dir); // the folder has no next.config.js

  // Listening comes first (the real port is known before Next is told it, PORT=0 included); requests that arrive
  // while Next prepares wait for its handler, as under Next's own server.
  let setHandler: (handler: RequestHandler) => void = () => {};
  const nextHandler = new Promise<RequestHandler>((resolve) => {
    setHandler = resolve;
  });
  const drainable = createDrainableServer(
    async (req, res) => {
      if (await guardRequest(req, res)) return;
      return (await nextHandler)(req, res);
    },
    (error) => log.error({ err: error }, "request failed"),
  );
  let app: { close(): Promise<void> } | undefined;
  exitOnSignals({ drainable, closeApp: async () => app?.close(), timeoutMs: settings.shutdownTimeoutMs, log });

  const { server } = drainable;
  if (settings.keepAliveTimeoutMs !== undefined) server.keepAliveTimeout = settings.keepAliveTimeoutMs;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, settings.hostname, resolve);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : settings.port;

  // Loaded only now: NODE_ENV must be "production" before Next and React are first required.
  const { default: next } = await import("next");
  const nextApp = next({ dev: false, dir, hostname: settings.hostname, port });
  app = nextApp;
  await nextApp.prepare(); // runs instrumentation.ts: opens and migrates the database
  setHandler(nextApp.getRequestHandler());
  log.info({ url: `http://${settings.hostname}:${port}`, pid: process.pid }, "console listening");
}

main().catch((error: unknown) => {
  console.error(`The console cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
