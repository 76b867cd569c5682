import { useTranslations } from "next-intl";

const rows = Array.from({ length: 8 }, (_, index) => index);

/** Skeleton in the shape of the list, so the page does not jump when CCC answers. */
export default function Loading() {
  const t = useTranslations("Loading");
  return (
    <div className="space-y-6" aria-busy="true">
      <p role="status" className="sr-only">
        {t("campaigns")}
      </p>
      <div aria-hidden="true" className="space-y-6">
        <div className="space-y-2">
          <div className="h-6 w-56 motion-safe:animate-pulse rounded bg-line" />
          <div className="h-4 w-96 max-w-full motion-safe:animate-pulse rounded bg-line/70" />
        </div>
        <div className="h-8 w-72 motion-safe:animate-pulse rounded-lg bg-line/70" />
        <div className="overflow-hidden rounded-card border border-line bg-surface">
          <div className="h-11 border-b border-line bg-canvas/60" />
          {rows.map((row) => (
            <div key={row} className="flex items-center gap-6 border-b border-line px-4 py-4 last:border-b-0">
              <div className="h-4 w-48 motion-safe:animate-pulse rounded bg-line/80" />
              <div className="h-4 w-16 motion-safe:animate-pulse rounded bg-line/60" />
              <div className="h-5 w-20 motion-safe:animate-pulse rounded-full bg-line/60" />
              <div className="h-1.5 flex-1 motion-safe:animate-pulse rounded-full bg-line/60" />
              <div className="h-4 w-12 motion-safe:animate-pulse rounded bg-line/60" />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
