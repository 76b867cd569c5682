/**
 * Where the e2e servers listen. Ports can be moved with E2E_APP_PORT / E2E_EMULATOR_PORT (to run two checkouts'
 * suites side by side); the URLs can point at servers already running, but assert-local.ts refuses anything that is
 * not loopback.
 */
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
export const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4011);

export const APP_URL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${APP_PORT}`;
export const EMULATOR_URL = process.env.E2E_EMULATOR_URL ?? `http://127.0.0.1:${EMULATOR_PORT}`;
