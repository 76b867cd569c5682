#!/usr/bin/env bash
# `npm test`: every check the project has, in the order that fails fastest.
# Needs only `npm ci` before it; installs Debian chromium and starts a throw-away PostgreSQL server itself.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "lock file in sync (npm ci --dry-run)"
# This registry serves no binaries for other platforms; `npm run lock:fix` records them so `npm ci` accepts the lock.
npm ci --dry-run --ignore-scripts --no-audit --no-fund >/dev/null || {
  echo "package-lock.json is out of sync with package.json: run 'npm install && npm run lock:fix'." >&2
  exit 1
}

step "lint (biome)"
npx biome ci .

step "typecheck (tsc)"
npx tsc --noEmit

step "browser (Debian chromium)"
bash scripts/ensure-chromium.sh

if [ -f scripts/pg-test-server.sh ]; then
  step "PostgreSQL test server"
  eval "$(bash scripts/pg-test-server.sh start)"
  trap 'bash scripts/pg-test-server.sh stop >/dev/null 2>&1 || true' EXIT
  export TEST_DATABASE_URL
fi

step "unit and integration tests (vitest)"
npx vitest run

step "production build (next build + standalone folder)"
npm run build

step "standalone server (signed-in page, graceful shutdown)"
npm run test:standalone

step "several instances (two production servers on one PostgreSQL, one emulator)"
# The same build twice on one database: sessions, forms, idempotency, login throttling and CCC's 20/s shared.
npx vitest run --config vitest.instances.config.ts

step "crash durability (SIGKILL with writes in flight, restart on PGlite and PostgreSQL)"
# The standalone server killed while CCC holds its creates and edits: every call in the audit trail, no key stuck.
npx vitest run --config vitest.durability.config.ts

step "fuzz over HTTP (a dozen hostile requests per action and route, production server)"
# The in-process fuzzers ran with vitest above; `npm run fuzz` is the full run (docs/fuzzing.md).
npx vitest run --config vitest.fuzz.config.ts e2e/fuzz

step "end-to-end tests (playwright, chromium)"
npx playwright test
