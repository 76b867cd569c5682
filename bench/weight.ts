/**
 * First-load JavaScript per route, gzip, from the production build, against a minimal route of the same build.
 * Goal (issue 14): every campaign form route ≤ 1.6× the minimal route (/sign-in).
 *
 * Method. A route's first-load scripts are the ones its HTML names in <script src> tags:
 *   - the build's `rootMainFiles` (.next/build-manifest.json: Turbopack's runtime, React, Next's client), and
 *   - the union of every `entryJSFiles` list in the route's client reference manifest
 *     (.next/server/app/<route>/page_client-reference-manifest.js): the chunks of the root and nested layouts, the
 *     page, and the error / not-found / global-error boundaries around it. (An upper bound: Chromium fetched the
 *     root not-found chunk for /sign-in but not for the console's routes; the check below allows for that.)
 *   `polyfillFiles` are left out: Next loads them with `noModule`, which browsers with ES modules skip.
 * Each file counts once per route, gzip-compressed with Node's zlib at its default level (what `next start`'s
 * compression sends). Chunks loaded later — the callee Web Worker, `import()`ed modules — are not first-load, so
 * they are listed separately (every chunk of the build not first-loaded by any route).
 * Checked against the browser: `--check-html` starts the production console (bench/support/console-servers.ts),
 * signs in, and compares, for /sign-in and both forms, the scripts Chromium fetched by the load event (<script src>
 * tags and runtime chunk loads) with the manifest set; the run fails if Chromium fetched a script the set lacks.
 *
 * Run: npm run bench:weight [-- --no-build] [-- --check-html]. Writes bench/results/weight.json.
 */
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { printTable, round, writeBenchResult } from "./support/measure";
import { DIST_DIR, ensureProductionBuild } from "./support/next-build";
import { checkAgainstHtml } from "./support/served-scripts";

const GOAL_RATIO = 1.6;
const MINIMAL_ROUTE = "/sign-in";
export const FORM_ROUTES = ["/campaigns/cruise/new", "/campaigns/predictive/[sdkAppId]/[campaignId]/edit"];

interface ClientReferenceManifest {
  entryJSFiles: Record<string, string[]>;
}

/** Page routes of the build: the manifest entry ("/(console)/…/page") → URL path. */
function pageRoutes(): Array<{ entry: string; route: string }> {
  const map = JSON.parse(readFileSync(path.join(DIST_DIR, "app-path-routes-manifest.json"), "utf8")) as Record<
    string,
    string
  >;
  return Object.entries(map)
    .filter(([entry, route]) => entry.endsWith("/page") && !route.startsWith("/_"))
    .map(([entry, route]) => ({ entry, route }));
}

function clientManifest(entry: string): ClientReferenceManifest {
  const file = path.join(DIST_DIR, "server/app", `${entry}_client-reference-manifest.js`);
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  const manifest = sandbox.__RSC_MANIFEST?.[entry];
  if (!manifest) throw new Error(`${file} has no manifest for ${entry}`);
  return manifest;
}

/** The route's first-load scripts, as paths under the build directory ("static/chunks/…"). */
export function firstLoadScripts(entry: string): string[] {
  const build = JSON.parse(readFileSync(path.join(DIST_DIR, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const files = new Set(build.rootMainFiles);
  for (const list of Object.values(clientManifest(entry).entryJSFiles)) for (const file of list) files.add(file);
  return [...files];
}

const gzipCache = new Map<string, number>();
function gzipBytes(file: string): number {
  let bytes = gzipCache.get(file);
  if (bytes === undefined) {
    bytes = gzipSync(readFileSync(path.join(DIST_DIR, file))).length;
    gzipCache.set(file, bytes);
  }
  return bytes;
}

const kb = (bytes: number) => round(bytes / 1024, 1);

async function main() {
  const argv = process.argv.slice(2);
  ensureProductionBuild(argv);
  const routes = pageRoutes().map(({ entry, route }) => {
    const scripts = firstLoadScripts(entry);
    const gzip = scripts.reduce((sum, file) => sum + gzipBytes(file), 0);
    return { route, entry, scripts, gzip };
  });
  const minimal = routes.find((r) => r.route === MINIMAL_ROUTE);
  if (!minimal) throw new Error(`the build has no ${MINIMAL_ROUTE} route`);
  const firstLoaded = new Set(routes.flatMap((r) => r.scripts));
  const chunkDir = path.join(DIST_DIR, "static/chunks");
  const later = readdirSync(chunkDir)
    .filter((name) => name.endsWith(".js"))
    .map((name) => `static/chunks/${name}`)
    .filter((file) => !firstLoaded.has(file))
    .map((file) => ({ file, gzipKB: kb(gzipBytes(file)) }))
    .sort((a, b) => b.gzipKB - a.gzipKB);

  const rows = routes
    .sort((a, b) => a.gzip - b.gzip)
    .map((r) => ({
      route: r.route,
      scripts: r.scripts.length,
      gzipKB: kb(r.gzip),
      ratio: round(r.gzip / minimal.gzip),
    }));
  printTable(rows);
  const forms = rows.filter((r) => FORM_ROUTES.includes(r.route));
  const htmlCheck = argv.includes("--check-html") ? await checkAgainstHtml(routes, FORM_ROUTES) : undefined;
  const met =
    forms.length === FORM_ROUTES.length && forms.every((r) => r.ratio <= GOAL_RATIO) && htmlCheck?.ok !== false;
  const summary =
    `First-load JS (gzip): ${forms.map((f) => `${f.route} ${f.gzipKB} KB in ${f.scripts} scripts (${f.ratio}×)`).join(", ")} ` +
    `against ${MINIMAL_ROUTE} ${kb(minimal.gzip)} KB in ${minimal.scripts.length} scripts; goal ≤ ${GOAL_RATIO}×. ` +
    `${htmlCheck ? `HTML check: ${htmlCheck.ok ? "same scripts" : "DIFFERENT"}. ` : ""}${met ? "Met." : "Not met."}`;
  console.log(
    `Not first-load (the worker, import()ed chunks, noModule polyfills): ${later.map((l) => `${l.file} ${l.gzipKB} KB`).join(", ")}`,
  );
  console.log(summary);
  const figures = {
    method: "rootMainFiles + union of the route's entryJSFiles (client reference manifest), zlib gzip default level",
    minimalRoute: { route: MINIMAL_ROUTE, scripts: minimal.scripts.length, gzipKB: kb(minimal.gzip) },
    goalRatio: GOAL_RATIO,
    routes: rows,
    notFirstLoad: later,
    htmlCheck,
    cpus: os.cpus().length,
  };
  console.log(writeBenchResult("weight", { figures, met, summary }));
  if (!met) process.exitCode = 1;
}

if (require.main === module) void main();
