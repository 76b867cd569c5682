import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-3 px-6">
      <h1 className="text-xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="text-sm text-ink-muted">{t("body")}</p>
      <Link href="/campaigns/predictive" className="text-sm font-medium text-accent hover:underline">
        {t("home")}
      </Link>
    </main>
  );
}
