/**
 * Runs after `next build` (`npm run build`): makes <distDir>/standalone a folder that runs on its own, for
 * `npm start` and the Docker image. Next leaves out the browser assets, so they are copied in; the console's
 * server entry (server/console-server.ts) and user CLI (server/console-user.ts) are bundled into it with esbuild.
 *
 * Result: <distDir>/standalone/{console-server.js, console-user.js, <distDir>/static, public, drizzle, node_modules}.
 */
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(__dirname, "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const standalone = path.join(root, distDir, "standalone");

/**
 * Packages the bundles load from the folder's node_modules instead of inlining: Next itself, and what
 * next.config.js keeps external (native or WASM code, pino's worker files), which Next's tracing copied there.
 */
const EXTERNAL_PACKAGES = ["next", "@electric-sql/pglite", "@node-rs/argon2", "pino", "pg", "pg-native"];

function copyAssets(): void {
  rmSync(path.join(standalone, distDir, "static"), { recursive: true, force: true });
  cpSync(path.join(root, distDir, "static"), path.join(standalone, distDir, "static"), { recursive: true });
  if (existsSync(path.join(root, "public"))) {
    cpSync(path.join(root, "public"), path.join(standalone, "public"), { recursive: true });
  }
  // next.config.js traces drizzle/ in (outputFileTracingIncludes); a missing journal means that broke.
  if (!existsSync(path.join(standalone, "drizzle", "meta", "_journal.json"))) {
    throw new Error(`${standalone}/drizzle has no migrations: check outputFileTracingIncludes in next.config.js`);
  }
}

async function bundleEntries(): Promise<void> {
  await build({
    entryPoints: {
      "console-server": path.join(root, "server/console-server.ts"),
      "console-user": path.join(root, "server/console-user.ts"),
    },
    outdir: standalone,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: EXTERNAL_PACKAGES,
    // lib/ modules are shared with Next's bundle; "server-only" only guards against client imports there.
    alias: { "server-only": path.join(root, "node_modules/server-only/empty.js") },
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
  });
}

async function main(): Promise<void> {
  if (!existsSync(path.join(standalone, "server.js"))) {
    throw new Error(`${standalone} is missing: run \`next build\` first (next.config.js sets output: "standalone").`);
  }
  copyAssets();
  await bundleEntries();
  console.log(
    `Standalone server ready: node ${path.relative(process.cwd(), path.join(standalone, "console-server.js"))}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
