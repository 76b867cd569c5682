/**
 * Where the e2e servers listen. Both can be overridden (to reuse servers already running on other ports), but
 * assert-local.ts refuses anything that is not loopback.
 */
export const APP_PORT = 3100;
export const EMULATOR_PORT = 4011;

export const APP_URL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${APP_PORT}`;
export const EMULATOR_URL = process.env.E2E_EMULATOR_URL ?? `http://127.0.0.1:${EMULATOR_PORT}`;
