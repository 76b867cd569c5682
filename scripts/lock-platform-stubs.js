#!/usr/bin/env node
/**
 * Adds package-lock entries for other platforms' optional binary packages (e.g. @next/swc-darwin-arm64) that the
 * npm registry reachable here does not serve. Without them, `npm ci` calls the lock file out of sync; with them,
 * npm sees an optional package for another os/cpu and skips it without fetching. Run after `npm install`:
 *   node scripts/lock-platform-stubs.js
 */
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const lockPath = path.resolve(__dirname, "..", "package-lock.json");

function missingPackages() {
  let output = "";
  try {
    execFileSync("npm", ["ci", "--dry-run", "--ignore-scripts"], { cwd: path.dirname(lockPath), stdio: "pipe" });
  } catch (error) {
    output = String(error.stderr);
  }
  return [...output.matchAll(/Missing: (.+?)@ from lock file/g)].map((m) => m[1]);
}

/** os/cpu/libc from the naming convention these packages share: <scope>/<name>-<os>-<cpu>[-<abi>]. */
function platformOf(name) {
  const tail = name.split("/").pop();
  const os = ["android", "darwin", "win32", "freebsd", "linux", "openbsd", "sunos", "aix"].find((o) =>
    tail.includes(`-${o}-`),
  );
  const cpu = ["arm64", "x64", "ia32", "ppc64", "s390x", "riscv64", "loong64", "arm", "wasm32"].find((c) =>
    new RegExp(`-${c}(-|$)`).test(tail),
  );
  const entry = {};
  if (os) entry.os = [os];
  if (cpu) entry.cpu = [cpu];
  if (tail.endsWith("-musl")) entry.libc = ["musl"];
  if (tail.endsWith("-gnu") || tail.endsWith("-gnueabihf") || tail.endsWith("-msvc")) {
    if (os === "linux") entry.libc = ["glibc"];
  }
  return entry;
}

const lock = JSON.parse(fs.readFileSync(lockPath, "utf8"));
const added = [];
for (const name of missingPackages()) {
  const parent = Object.values(lock.packages).find((p) => p.optionalDependencies?.[name]);
  if (!parent) continue;
  const key = `node_modules/${name}`;
  lock.packages[key] = {
    version: parent.optionalDependencies[name],
    ...(parent.dev ? { dev: true } : {}),
    optional: true,
    ...platformOf(name),
  };
  added.push(name);
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : a.localeCompare(b))),
);
fs.writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length} platform stubs: ${added.join(", ")}` : "lock file already complete");
