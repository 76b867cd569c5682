import { useTranslations } from "next-intl";

/** A quiet placeholder while the server asks CCC for live state; announced once to screen readers. */
export default function Loading() {
  const t = useTranslations("Loading");
  return (
    <div className="space-y-6" aria-busy="true">
      <p role="status" className="sr-only">
        {t("campaigns")}
      </p>
      <div aria-hidden="true" className="space-y-4">
        <div className="h-6 w-56 motion-safe:animate-pulse rounded bg-line" />
        <div className="h-4 w-96 max-w-full motion-safe:animate-pulse rounded bg-line/70" />
        <div className="h-40 motion-safe:animate-pulse rounded-card border border-line bg-surface" />
      </div>
    </div>
  );
}
