/**
 * Next's configuration as `next build` resolved it, handed to a server the way Next's own standalone server.js
 * does. A standalone folder has no next.config.js; a server started from the project (the e2e server) then runs
 * with exactly the build's settings and Next stops warning that `next start` does not suit standalone output.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const MANIFEST = "required-server-files.json";

/** The build folder under `dir` (".next", or the NEXT_DIST_DIR it was built with). */
function findDistDir(dir: string): string {
  const distDir = readdirSync(dir).find((name) => existsSync(path.join(dir, name, MANIFEST)));
  if (!distDir) throw new Error(`${dir} holds no Next.js build: run \`npm run build\` first.`);
  return distDir;
}

/** Makes Next use the build's configuration; returns the build folder's name. */
export function adoptBuildConfig(dir: string, distDir = findDistDir(dir)): string {
  const file = path.join(dir, distDir, MANIFEST);
  const { config } = JSON.parse(readFileSync(file, "utf8")) as { config: unknown };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  return distDir;
}
