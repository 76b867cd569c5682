import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/session";
import { signInMethods, ssoErrorKind } from "@/lib/auth/sign-in-methods";
import { SignInForm } from "./_components/sign-in-form";
import { SsoSignInButton } from "./_components/sso-sign-in-button";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth");
  return { title: t("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const raw = params.callbackUrl;
  const callbackUrl = safeCallbackPath(Array.isArray(raw) ? raw[0] : raw);
  // Already signed in (and still valid): nothing to do here.
  if (await getSessionUser()) redirect(callbackUrl);

  const methods = signInMethods();
  const ssoError = methods.sso ? ssoErrorKind(params.error) : null;
  const [t, tConsole, tSso] = await Promise.all([
    getTranslations("Auth"),
    getTranslations("Console"),
    getTranslations("Sso"),
  ]);
  return (
    <div className="w-full max-w-sm">
      <div className="mb-6 flex flex-col items-center gap-3 text-center">
        {/* biome-ignore lint/performance/noImgElement: a static SVG mark gains nothing from next/image. */}
        <img src="/favicon.svg" alt="" width={36} height={36} />
        <p className="text-sm font-medium text-ink-muted">{tConsole("productName")}</p>
        <h1 className="text-xl font-semibold tracking-tight text-ink">{t("title")}</h1>
      </div>
      <div className="rounded-card border border-line bg-surface px-6 py-6 shadow-sm">
        {methods.sso ? (
          <>
            {ssoError ? (
              // Where the identity provider's round trip ended without a session (Auth.js puts ?error= on the URL).
              <p
                role="alert"
                data-testid="sso-error"
                className="mb-4 rounded-md border border-danger/30 bg-danger-soft px-3 py-2 text-sm text-danger"
              >
                {tSso(ssoError, { provider: methods.sso.name })}
              </p>
            ) : null}
            <SsoSignInButton callbackUrl={callbackUrl} provider={methods.sso.name} primary={!methods.password} />
          </>
        ) : null}
        {methods.sso && methods.password ? (
          <div className="my-5 flex items-center gap-3 text-xs text-ink-muted">
            <span className="h-px flex-1 bg-line" />
            {tSso("or")}
            <span className="h-px flex-1 bg-line" />
          </div>
        ) : null}
        {methods.password ? <SignInForm callbackUrl={callbackUrl} ssoName={methods.sso?.name ?? null} /> : null}
      </div>
      <p className="mt-4 text-center text-xs text-ink-muted">{t("help")}</p>
    </div>
  );
}
