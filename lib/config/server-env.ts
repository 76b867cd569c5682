/**
 * Settings of the console's own HTTP server (server/console-server.ts: `npm start`, the Docker image). The names
 * are the ones Next's standalone server.js reads (PORT, HOSTNAME, KEEP_ALIVE_TIMEOUT), plus SHUTDOWN_TIMEOUT_MS.
 */
import { z } from "zod";
import { type EnvSource, parseEnv, present } from "./ccc-env";

const wholeMs = (max: number) =>
  z.coerce
    .number({ error: "must be a whole number of milliseconds" })
    .int("must be a whole number of milliseconds")
    .min(0, `must be between 0 and ${max}`)
    .max(max, `must be between 0 and ${max}`);

const ZServerEnv = z.object({
  PORT: z.coerce
    .number({ error: "must be a TCP port number" })
    .int("must be a TCP port number")
    .min(0, "must be between 0 (any free port) and 65535")
    .max(65_535, "must be between 0 (any free port) and 65535")
    .default(3000),
  HOSTNAME: z.string().trim().min(1).default("0.0.0.0"),
  SHUTDOWN_TIMEOUT_MS: wholeMs(600_000).default(25_000),
  KEEP_ALIVE_TIMEOUT: wholeMs(3_600_000).optional(),
});

export interface ServerSettings {
  port: number;
  /** Address to listen on; 0.0.0.0 (every interface) unless HOSTNAME says otherwise. */
  hostname: string;
  /** How long a shutdown waits for requests in flight before cutting them. */
  shutdownTimeoutMs: number;
  /** Idle keep-alive connections are closed after this; longer than a load balancer's idle timeout avoids 502s. */
  keepAliveTimeoutMs?: number;
}

/** Reads and validates the server settings; throws ConfigError naming each bad variable and its rule. */
export function readServerSettings(env: EnvSource = process.env): ServerSettings {
  const value = parseEnv(ZServerEnv, present(env), "server");
  return {
    port: value.PORT,
    hostname: value.HOSTNAME,
    shutdownTimeoutMs: value.SHUTDOWN_TIMEOUT_MS,
    keepAliveTimeoutMs: value.KEEP_ALIVE_TIMEOUT,
  };
}
