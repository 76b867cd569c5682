"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type SignInState, signInAction } from "@/lib/actions/sign-in-action";

const initialState: SignInState = { status: "idle", email: "" };
const inputClass =
  "mt-1.5 block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-sm text-ink shadow-sm " +
  "placeholder:text-ink-subtle focus-visible:border-accent aria-[invalid=true]:border-danger";

/** E-mail and password. The e-mail survives a failed attempt; the password never comes back from the server. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("Auth");
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
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-ink">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          // Uncontrolled, so typing before hydration is never overwritten; React's post-action form reset
          // restores this default, i.e. the e-mail the server echoed back.
          defaultValue={state.email}
          aria-invalid={failed}
          aria-describedby={failed ? "sign-in-error" : undefined}
          className={inputClass}
        />
      </div>
      <div className="mt-4">
        <label htmlFor="password" className="block text-sm font-medium text-ink">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={failed}
          aria-describedby={failed ? "sign-in-error" : undefined}
          className={inputClass}
        />
      </div>
      <button
        type="submit"
        aria-disabled={pending}
        onClick={(event) => {
          if (pending) event.preventDefault();
        }}
        className="mt-6 w-full rounded-md bg-accent px-3 py-2 text-sm font-semibold text-white shadow-sm transition-opacity hover:opacity-90 aria-disabled:cursor-wait aria-disabled:opacity-70"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
