import { getTranslations } from "next-intl/server";

/** First focusable element on every page: lets keyboard users jump past the header. Target: <main id="main">. */
export async function SkipLink() {
  const t = await getTranslations("Console");
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-accent focus:shadow-md"
    >
      {t("skipToContent")}
    </a>
  );
}
