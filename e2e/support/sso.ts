/**
 * The identity provider of the SSO specs: a real OpenID Connect provider (oidc-provider, scripts/e2e-oidc-provider.ts)
 * on loopback, its one client (the console), the accounts it knows, and the console users seeded for them.
 */
import { APP_URL } from "./urls";

/**
 * The console as the SSO specs reach it: under "localhost", not 127.0.0.1. Next reports every loopback request's
 * URL as localhost (NextURL normalises 127.x and [::1]), and Auth.js builds the OIDC callback's redirect URI from
 * that URL, while the sign-in action builds it from the Host header. Both agree only when the browser uses
 * localhost. Real deployments use a real host name (and AUTH_URL), where nothing is rewritten.
 */
export const SSO_APP_URL = APP_URL.replace("//127.0.0.1:", "//localhost:");

export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 4012);
export const OIDC_ISSUER = process.env.E2E_OIDC_ISSUER ?? `http://127.0.0.1:${OIDC_PORT}`;

/** The console as the provider's client. A fixed secret: this provider lives only for one e2e run on loopback. */
export const OIDC_CLIENT = {
  id: "ccc-console-e2e",
  secret: "e2e-only-oidc-client-secret-0123456789",
  redirectUri: `${SSO_APP_URL}/api/auth/callback/oidc`,
} as const;

/** What the console's button says: "Sign in with <name>". */
export const OIDC_DISPLAY_NAME = "Contoso SSO";

/** The console's settings for this provider (playwright.config.ts passes them to the e2e server). */
export const CONSOLE_SSO_ENV = {
  AUTH_OIDC_ISSUER: OIDC_ISSUER,
  AUTH_OIDC_ID: OIDC_CLIENT.id,
  AUTH_OIDC_SECRET: OIDC_CLIENT.secret,
  AUTH_OIDC_NAME: OIDC_DISPLAY_NAME,
  AUTH_OIDC_SCOPE: "openid email profile console",
  AUTH_OIDC_ROLE_CLAIM: "console_role",
  AUTH_OIDC_APPS_CLAIM: "console_apps",
  AUTH_OIDC_UNKNOWN_USERS: "refuse",
} as const;

export interface SsoAccount {
  email: string;
  name: string;
  console_role?: string | string[];
  console_apps?: string | string[];
}

/** Accounts at the provider, by login name. */
export const SSO_ACCOUNTS = {
  // Seeded in the console as a viewer of 1400000001: the claims make them a supervisor of 1400000002.
  "sso-supervisor": {
    email: "sso-supervisor@e2e.local",
    name: "Sue Sso",
    console_role: "supervisor",
    console_apps: ["1400000002"],
  },
  // Disabled and re-enabled by the spec; nobody else signs in with it.
  "sso-disposable": {
    email: "sso-disposable@e2e.local",
    name: "Dan Sso",
    console_role: ["staff", "supervisor"],
    console_apps: "1400000001,1400000002",
  },
  // Used for the forged-token specs: the forgery raises this viewer to admin.
  "sso-viewer": {
    email: "sso-viewer@e2e.local",
    name: "Val Sso",
    console_role: "viewer",
    console_apps: ["1400000001"],
  },
} as const satisfies Record<string, SsoAccount>;

export type SsoLogin = keyof typeof SSO_ACCOUNTS;

/**
 * Logins starting with this prefix are accounts the provider makes up on the spot (no role or app claims), so each
 * run has a person the console has never seen, even against a reused server.
 */
export const NEWCOMER_PREFIX = "newcomer-";

export function accountFor(login: string): SsoAccount | undefined {
  if (Object.hasOwn(SSO_ACCOUNTS, login)) return SSO_ACCOUNTS[login as SsoLogin];
  if (/^newcomer-[a-z0-9]{1,40}$/.test(login)) return { email: `${login}@e2e.local`, name: `New ${login.slice(9)}` };
  return undefined;
}

/** Console users for the provider's accounts, without passwords (single sign-on only). */
export const SSO_CONSOLE_USERS = [
  { email: SSO_ACCOUNTS["sso-supervisor"].email, displayName: "Sue Sso", role: "viewer", sdkAppIds: [1400000001] },
  { email: SSO_ACCOUNTS["sso-disposable"].email, displayName: "Dan Sso", role: "viewer", sdkAppIds: [] },
  { email: SSO_ACCOUNTS["sso-viewer"].email, displayName: "Val Sso", role: "viewer", sdkAppIds: [1400000001] },
] as const;

/** How the provider forges the ID token in its token response (a man in the middle at the provider's edge). */
export type TamperMode = "none" | "raise-role" | "foreign-key";

async function control(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${OIDC_ISSUER}/__e2e${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`e2e OIDC control ${path} failed: ${response.status} ${await response.text()}`);
}

export const oidcControl = {
  setTamper: (mode: TamperMode) => control("/tamper", { mode }),
};
