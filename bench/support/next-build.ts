/** Builds the console for a benchmark (`next build` into NEXT_DIST_DIR), unless `--no-build` was passed. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
/** The build directory the benchmark reads (and `next start` serves): NEXT_DIST_DIR, as in next.config.js. */
export const DIST_DIR = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next");

/** Runs the production build unless the command line says `--no-build` and a build is there. */
export function ensureProductionBuild(argv: readonly string[] = process.argv.slice(2)): void {
  const reuse = argv.includes("--no-build");
  if (reuse && existsSync(path.join(DIST_DIR, "BUILD_ID"))) return;
  console.log(`next build → ${path.relative(ROOT, DIST_DIR)} (pass --no-build to reuse the last build)`);
  const built = spawnSync("npx", ["next", "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (built.status !== 0) throw new Error(`next build failed (exit ${built.status})`);
}
