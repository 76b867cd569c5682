/** A PostgreSQL server for a benchmark: the caller's, or a throw-away one from scripts/pg-test-server.sh. */
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

/** BENCH_DATABASE_URL or TEST_DATABASE_URL when set, else a started server that `stop` removes again. */
export function postgres(): { url: string; stop: () => void } {
  const given = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (given) return { url: given, stop: () => undefined };
  const script = path.join(ROOT, "scripts/pg-test-server.sh");
  const alreadyRunning = spawnSync("bash", [script, "url"], { encoding: "utf8" }).status === 0;
  const started = spawnSync("bash", [script, "start"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const url = /TEST_DATABASE_URL=(\S+)/.exec(started.stdout)?.[1];
  if (!url) throw new Error("Could not start a PostgreSQL server (scripts/pg-test-server.sh)");
  return { url, stop: () => (alreadyRunning ? undefined : void spawnSync("bash", [script, "stop"])) };
}
