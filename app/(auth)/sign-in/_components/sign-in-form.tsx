"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { type SignInState, signInAction } from "@/lib/actions/sign-in-action";

const initialState: SignInState = { status: "idle", email: "" };

/** E-mail and password. The e-mail survives a failed attempt; the password never comes back from the server. */
export function SignInForm({ callbackUrl, ssoName }: { callbackUrl: string; ssoName: string | null }) {
  const t = useTranslations("Auth");
  const tSso = useTranslations("Sso");
  const [state, formAction, pending] = useActionState(signInAction, initialState);
  const failed = state.status !== "idle";

  function message(): string {
    switch (state.status) {
      case "invalid":
        return t("invalid");
      case "throttled":
        return t("throttled", { seconds: state.retryAfterSeconds });
      case "unavailable":
        return t("unavailable");
      case "password_off":
        // Only a page loaded before passwords were switched off can get here.
        return tSso("passwordOff", { provider: ssoName ?? "SSO" });
      default:
        return "";
    }
  }

  return (
    <form action={formAction}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {/* Always in the DOM so screen readers announce a new message when it appears. */}
      <div aria-live="assertive" aria-atomic="true">
        {failed ? (
          <p
            id="sign-in-error"
            data-testid="sign-in-error"
            className="mb-4 rounded-md border border-danger/30 bg-danger-soft px-3 py-2 text-sm text-danger"
          >
            {message()}
          </p>
        ) : null}
      </div>
      <Field id="email" label={t("email")}>
        <Input
          name="email"
          type="email"
          autoComplete="username"
          required
          // Uncontrolled, so typing before hydration is never overwritten; React's post-action form reset
          // restores this default, i.e. the e-mail the server echoed back.
          defaultValue={state.email}
          aria-invalid={failed}
          aria-describedby={failed ? "sign-in-error" : undefined}
        />
      </Field>
      <Field id="password" label={t("password")} className="mt-4">
        <Input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={failed}
          aria-describedby={failed ? "sign-in-error" : undefined}
        />
      </Field>
      <Button
        type="submit"
        variant="primary"
        size="lg"
        aria-disabled={pending}
        onClick={(event) => {
          if (pending) event.preventDefault();
        }}
        className="mt-6 w-full aria-disabled:cursor-wait"
      >
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
