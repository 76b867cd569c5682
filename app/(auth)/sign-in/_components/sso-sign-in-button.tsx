"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { type SsoSignInState, ssoSignInAction } from "@/lib/actions/sso-sign-in-action";

const initialState: SsoSignInState = { status: "idle" };

/** "Sign in with <provider>": a real form button, so it works by keyboard and before hydration. */
export function SsoSignInButton({
  callbackUrl,
  provider,
  primary,
}: {
  callbackUrl: string;
  provider: string;
  /** The main way in (passwords switched off). */
  primary: boolean;
}) {
  const t = useTranslations("Sso");
  const [state, formAction, pending] = useActionState(ssoSignInAction, initialState);
  return (
    <form action={formAction}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div aria-live="assertive" aria-atomic="true">
        {state.status === "unavailable" ? (
          <p
            data-testid="sso-unavailable"
            className="mb-4 rounded-md border border-danger/30 bg-danger-soft px-3 py-2 text-sm text-danger"
          >
            {t("unavailable", { provider })}
          </p>
        ) : null}
      </div>
      <Button
        type="submit"
        variant={primary ? "primary" : "secondary"}
        size="lg"
        aria-disabled={pending}
        onClick={(event) => {
          if (pending) event.preventDefault();
        }}
        className="w-full aria-disabled:cursor-wait"
      >
        {pending ? t("redirecting", { provider }) : t("button", { provider })}
      </Button>
    </form>
  );
}
