/**
 * The accounts the e2e server seeds (scripts/e2e-server.ts) into its own throw-away PGlite directory. Fixed test
 * passwords: this database lives only for one e2e run on loopback.
 */
import type { DemoAccount } from "@/lib/auth/demo-accounts";
import { DEMO_CREDENTIALS } from "@/lib/config/ccc-env";
import { APP_PORT } from "./urls";

export const E2E_USERS = {
  admin: { email: "admin@e2e.local", password: "e2e-admin-password", displayName: "Ada Admin", role: "admin" },
  supervisor: {
    email: "supervisor@e2e.local",
    password: "e2e-supervisor-password",
    displayName: "Sam Supervisor",
    role: "supervisor",
  },
  viewer: { email: "viewer@e2e.local", password: "e2e-viewer-password", displayName: "Vic Viewer", role: "viewer" },
  // Disabled and re-enabled by the auth tests; nobody else signs in with it.
  disposable: {
    email: "disposable@e2e.local",
    password: "e2e-disposable-password",
    displayName: "Dee Disposable",
    role: "supervisor",
  },
  // Collects failed sign-ins for the throttling test.
  throttled: { email: "throttled@e2e.local", password: "e2e-throttled-password", displayName: "Tom", role: "viewer" },
  noApps: {
    email: "no-apps@e2e.local",
    password: "e2e-no-apps-password",
    displayName: "Nora NoApps",
    role: "viewer",
    sdkAppIds: [],
  },
  // A supervisor of the first app only, for the security probes naming the other app (e2e/security/).
  oneApp: {
    email: "one-app@e2e.local",
    password: "e2e-one-app-password",
    displayName: "Otto OneApp",
    role: "supervisor",
    sdkAppIds: [DEMO_CREDENTIALS.sdkAppIds[0] as number],
  },
} as const satisfies Record<string, DemoAccount>;

/** The e2e server's AUTH_SECRET (playwright.config.ts): a throw-away value, never used outside e2e. The security
 * probes forge cookies with it to show that only the probed property (secret, expiry, bytes) makes the difference. */
export const E2E_AUTH_SECRET = "e2e-only-auth-secret-0123456789abcdefghijklmnop";

export type E2eUserName = keyof typeof E2E_USERS;

/** Where the setup project stores each role's signed-in browser state (git-ignored). */
/** Per app port: sessions from a suite running on other ports (E2E_APP_PORT) must not overwrite these. */
export const storageStatePath = (role: "admin" | "supervisor" | "viewer") =>
  APP_PORT === 3100 ? `e2e/.auth/${role}.json` : `e2e/.auth/${APP_PORT}/${role}.json`;
