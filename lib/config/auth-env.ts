/**
 * Sign-in settings beyond the session secret: password sign-in on or off, and single sign-on through one OpenID
 * Connect provider. Read at start (lib/startup.ts refuses a bad value, naming the variable) and again where they
 * are used, so the two never disagree.
 */
import { z } from "zod";
import { ConfigError, type EnvSource } from "./ccc-env";

export const UNKNOWN_USER_POLICIES = ["refuse", "provision"] as const;
export type UnknownUserPolicy = (typeof UNKNOWN_USER_POLICIES)[number];

export interface OidcConfig {
  /** The issuer identifier exactly as the provider publishes it (discovery is `<issuer>/.well-known/…`). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the sign-in button: "Sign in with <name>". */
  displayName: string;
  /** Space-separated scopes asked for; always includes openid. */
  scope: string;
  /** ID token claim carrying the console role; unset: roles are managed in the console only. */
  roleClaim?: string;
  /** ID token claim carrying the SdkAppIds; unset: apps are managed in the console only. */
  appsClaim?: string;
  /** What happens to a signed-in provider user with no console account. */
  unknownUsers: UnknownUserPolicy;
}

export interface AuthConfig {
  /** E-mail + password sign-in (AUTH_PASSWORD_SIGNIN, default on). */
  passwordSignIn: boolean;
  /** Single sign-on, when AUTH_OIDC_ISSUER is set. */
  oidc: OidcConfig | null;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

function issuerProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "must be an http(s) URL such as https://login.example.com/realms/ccc";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return "must be an http(s) URL such as https://login.example.com/realms/ccc";
  }
  if (url.protocol === "http:" && !LOOPBACK_HOSTS.has(url.hostname)) {
    return "must use https (plain http is accepted only on loopback, for tests)";
  }
  if (url.search || url.hash) return "must not have a query or fragment";
  return null;
}

const issuerUrl = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const message = issuerProblem(value);
    if (message) ctx.addIssue({ code: "custom", message });
  });

// A claim name, or a dotted path into nested claims (Keycloak's realm_access.roles); namespaced URL claims work too.
const claimName = z
  .string()
  .trim()
  .max(200, "must be at most 200 characters")
  .regex(/^[\w:/.#-]+$/, "must be a claim name such as console_role or realm_access.roles")
  .optional();

const ZAuthEnv = z.object({
  AUTH_PASSWORD_SIGNIN: z.stringbool({ error: "must be 1 (on) or 0 (off)" }).default(true),
  AUTH_OIDC_ISSUER: issuerUrl.optional(),
  AUTH_OIDC_ID: z.string().trim().min(1).max(500, "must be at most 500 characters").optional(),
  AUTH_OIDC_SECRET: z.string().min(1).optional(),
  AUTH_OIDC_NAME: z.string().trim().min(1).max(40, "must be at most 40 characters").default("SSO"),
  AUTH_OIDC_SCOPE: z
    .string()
    .trim()
    .refine((value) => value.split(/\s+/).includes("openid"), "must include openid")
    .default("openid email profile"),
  AUTH_OIDC_ROLE_CLAIM: claimName,
  AUTH_OIDC_APPS_CLAIM: claimName,
  AUTH_OIDC_UNKNOWN_USERS: z
    .enum(UNKNOWN_USER_POLICIES, { error: `must be one of ${UNKNOWN_USER_POLICIES.join(", ")}` })
    .default("refuse"),
});

type AuthEnv = z.output<typeof ZAuthEnv>;

/** Blank variables count as unset, as in lib/config/ccc-env.ts. */
function present(env: EnvSource): Record<string, string> {
  const names = Object.keys(ZAuthEnv.shape);
  return Object.fromEntries(
    names.flatMap((name) => {
      const value = env[name];
      return value === undefined || value.trim() === "" ? [] : [[name, value]];
    }),
  );
}

/** Rules across variables; each problem names the variable to fix. */
function crossChecks(value: AuthEnv, source: Record<string, string>): string[] {
  const problems: string[] = [];
  if (!value.AUTH_OIDC_ISSUER) {
    const stray = Object.keys(source).filter((name) => name.startsWith("AUTH_OIDC_"));
    if (stray.length > 0) problems.push(`AUTH_OIDC_ISSUER is required when ${stray.join(", ")} is set`);
    if (!value.AUTH_PASSWORD_SIGNIN) {
      problems.push("AUTH_PASSWORD_SIGNIN=0 needs single sign-on (AUTH_OIDC_ISSUER): nobody could sign in");
    }
    return problems;
  }
  if (!value.AUTH_OIDC_ID) problems.push("AUTH_OIDC_ID is required when AUTH_OIDC_ISSUER is set");
  if (!value.AUTH_OIDC_SECRET) problems.push("AUTH_OIDC_SECRET is required when AUTH_OIDC_ISSUER is set");
  return problems;
}

/** Reads and validates the sign-in settings. Throws ConfigError naming every bad variable (never a secret's value). */
export function readAuthConfig(env: EnvSource = process.env): AuthConfig {
  const source = present(env);
  const result = ZAuthEnv.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new ConfigError(`Invalid sign-in configuration: ${problems.join("; ")}`);
  }
  const value = result.data;
  const problems = crossChecks(value, source);
  if (problems.length > 0) throw new ConfigError(`Invalid sign-in configuration: ${problems.join("; ")}`);
  const { AUTH_OIDC_ISSUER: issuer, AUTH_OIDC_ID: clientId, AUTH_OIDC_SECRET: clientSecret } = value;
  return {
    passwordSignIn: value.AUTH_PASSWORD_SIGNIN,
    oidc:
      issuer && clientId && clientSecret
        ? {
            issuer,
            clientId,
            clientSecret,
            displayName: value.AUTH_OIDC_NAME,
            scope: value.AUTH_OIDC_SCOPE.split(/\s+/).join(" "),
            roleClaim: value.AUTH_OIDC_ROLE_CLAIM,
            appsClaim: value.AUTH_OIDC_APPS_CLAIM,
            unknownUsers: value.AUTH_OIDC_UNKNOWN_USERS,
          }
        : null,
  };
}
