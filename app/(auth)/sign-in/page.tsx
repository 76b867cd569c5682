import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/session";
import { SignInForm } from "./_components/sign-in-form";

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

  const [t, tConsole] = await Promise.all([getTranslations("Auth"), getTranslations("Console")]);
  return (
    <div className="w-full max-w-sm">
      <div className="mb-6 flex flex-col items-center gap-3 text-center">
        {/* biome-ignore lint/performance/noImgElement: a static SVG mark gains nothing from next/image. */}
        <img src="/favicon.svg" alt="" width={36} height={36} />
        <p className="text-sm font-medium text-ink-muted">{tConsole("productName")}</p>
        <h1 className="text-xl font-semibold tracking-tight text-ink">{t("title")}</h1>
      </div>
      <div className="rounded-card border border-line bg-surface px-6 py-6 shadow-sm">
        <SignInForm callbackUrl={callbackUrl} />
      </div>
      <p className="mt-4 text-center text-xs text-ink-muted">{t("help")}</p>
    </div>
  );
}
