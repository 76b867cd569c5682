/** The e2e server's control port (scripts/e2e-server.ts): test-only switches the UI does not offer yet. */
export const CONTROL_PORT = Number(process.env.E2E_CONTROL_PORT ?? 3101);
export const CONTROL_URL = process.env.E2E_CONTROL_URL ?? `http://127.0.0.1:${CONTROL_PORT}`;

async function post(pathname: string, body: unknown = {}): Promise<void> {
  const response = await fetch(`${CONTROL_URL}${pathname}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`e2e control ${pathname} failed: ${response.status} ${await response.text()}`);
}

export const consoleControl = {
  setDisabled: (email: string, disabled: boolean) => post("/users/disabled", { email, disabled }),
  resetThrottle: () => post("/throttle/reset"),
  forgetTerminalStates: () => post("/terminal-states/reset"),
  /** Sign-in settings read per request (AUTH_PASSWORD_SIGNIN, AUTH_OIDC_UNKNOWN_USERS); "" restores the default. */
  setSignInEnv: (changes: Partial<Record<"AUTH_PASSWORD_SIGNIN" | "AUTH_OIDC_UNKNOWN_USERS", string>>) =>
    post("/env", changes),
};
